package dates

import "testing"

func TestAgo(t *testing.T) {
	runFixtures(t, []fixture{
		{"The treaty was signed two years ago.", []string{"two years ago=2022"}},
		{"It happened a year ago.", []string{"a year ago=2023"}},
		{"He spoke six weeks ago.", []string{"six weeks ago=2024-W11"}},
		{"The talks began three days ago.", []string{"three days ago=2024-04-23"}},
		{"Prices rose a year ago this month.", []string{"a year ago this month=2023-04"}},
		{"Sales fell from a year earlier.", []string{"a year earlier=2023"}},
		{"The town was founded years ago.", []string{"years ago=PAST_REF"}},
		// Vague counts later or earlier: the day named just before, or a
		// time before or after the reference by the tense.
		{"The deal was initialed on Tuesday. Clinton announced it a few hours later.", []string{"Tuesday=2024-04-23", "a few hours later=2024-04-23"}},
		{"Rebels seized the town a few hours later, residents said.", []string{"a few hours later=PAST_REF"}},
		{"Years later, he returned to Kabul.", []string{"Years later=PAST_REF"}},
		{"The plan will be reviewed years later.", []string{"years later=FUTURE_REF"}},
		{"Hours earlier, police detained protesters.", []string{"Hours earlier=PAST_REF"}},
		{"Then, a week or so ago, the general picked a date.", []string{"a week or so ago=2024-W16"}},
		{"The war ended about 20 years ago.", []string{"20 years ago=2004"}},
		// Centuries count in years; "from now" looks ahead; hours count
		// whole days back.
		{"A century ago, the port was a fishing village.", []string{"A century ago=1924"}},
		{"Two centuries ago the city had no walls.", []string{"Two centuries ago=1824"}},
		{"Twenty years from now, the debt will be repaid.", []string{"Twenty years from now=2044"}},
		{"Forty-eight hours ago, the border was open.", []string{"Forty-eight hours ago=2024-04-24"}},
		{"Three hours ago, the polls closed.", []string{"Three hours ago=2024-04-26"}},
		// A count of days goes on from the last day named in the same or
		// the previous paragraph, past a year named in between; a count
		// of months or years from a month or year given with its year.
		{"The pact was announced on 15 September 2021. The same day, the firm chosen in 2016 lost its contract.\n\nTwo days later France recalled its ambassadors.",
			[]string{"15 September 2021=2021-09-15", "The same day=2021-09-15", "2016=2016", "Two days later=2021-09-17"}},
		{"He died in September 2020 without seeing it settled.\n\nIt ended three months later.",
			[]string{"September 2020=2020-09", "three months later=2020-12"}},
		{"The treaty was signed in 1990 and ratified two years later.", []string{"1990=1990", "two years later=1992"}},
		// A day too far back, or a year counted from the publication
		// date, leaves the count to the publication date.
		{"The pact was announced on 15 September 2021.\n\nIt spread.\n\nThe firm was chosen in 2016.\n\nTwo days later France recalled its ambassadors.",
			[]string{"15 September 2021=2021-09-15", "2016=2016", "Two days later=2024-04-28"}},
		{"The firm had a loss a year ago. Sales were flat from a year earlier.", []string{"a year ago=2023", "a year earlier=2023"}},
		{"The talks stalled in January. Two months later they resumed.", []string{"January=2024-01", "Two months later=2024-03"}},
		// After a quarter, "a year earlier" is that quarter a year before.
		{"Profit rose in the third quarter from a year earlier.", []string{"the third quarter=2023-Q3", "a year earlier=2022-Q3"}},
		// A comparison, not a time.
		{"The conference opens a year later than planned.", []string{"a year=P1Y/DURATION"}},
		{"Sydney has 700 seats a week and 24 hours a day.", []string{"24 hours=PT24H/DURATION"}},
		// Before an event, a length of time, not a date.
		{"He left two days before the vote.", []string{"two days=P2D/DURATION"}},
	})
}
