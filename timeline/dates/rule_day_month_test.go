package dates

import "testing"

func TestDayMonth(t *testing.T) {
	runFixtures(t, []fixture{
		{"The accord was signed on 2 August 2022.", []string{"2 August 2022=2022-08-02"}},
		{"The delegation arrived on the 2nd of August.", []string{"the 2nd of August=2023-08-02"}},
		{"Talks were held 27-28 February 2019 in Hanoi.", []string{"27-28 February 2019=2019-02-27"}},
		{"The vote is on 3 May.", []string{"3 May=2024-05-03"}},
		// Not days: money and counts before a month name.
		{"It cost $3 May said.", nil},
	})
}
