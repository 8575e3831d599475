package dates

import "testing"

func TestMonthDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"The treaty was signed on Aug. 2, 2022, in Vienna.", []string{"Aug. 2, 2022=2022-08-02"}},
		{"The envoys met on August 2 in Doha.", []string{"August 2=2023-08-02"}},
		{"The summit will open on August 2.", []string{"August 2=2024-08-02"}},
		{"Talks were held Feb. 27-28, 2019, in Hanoi.", []string{"Feb. 27-28, 2019=2019-02-27"}},
		{"The conference runs March 20-22.", []string{"March 20-22=2024-03-20"}},
		{"On Thursday, March 14, the council voted.", []string{"Thursday, March 14=2024-03-14"}},
		{"The ceasefire began March 3 last year.", []string{"March 3 last year=2023-03-03"}},
		{"He was shot last Oct. 23 at his home.", []string{"last Oct. 23=2023-10-23"}},
		{"It was issued on Sept. 30.", []string{"Sept. 30=2023-09-30"}},
		// A deadline soon after the publication date stays in its year.
		{"The court set a deadline of May 14 for the reply.", []string{"May 14=2024-05-14"}},
		// An event named right after a date of the same year (see
		// TestAnchors for an earlier year).
		{"He left on April 20, days after the April 13 strike.", []string{"April 20=2024-04-20", "April 13=2024-04-13"}},
		// "effective" looks ahead; a day just past stays in its year.
		{"The rule change is effective Feb. 1.", []string{"Feb. 1=2025-02-01"}},
		{"They ordered the INS to return the child by April 20.", []string{"April 20=2024-04-20"}},
		// A number ends a sentence: the verb of the next one is not this one's.
		{"Profits will double by 2030. In March, it announced plans to buy the unit.", []string{"2030=2030", "March=2024-03"}},
		// The number after a month is a count, not a day.
		{"In March 20,000 people marched.", []string{"March=2024-03"}},
		{"On August 2, 2022-08-02 was the date.", []string{"August 2=2023-08-02", "2022-08-02=2022-08-02"}},
	})
}
