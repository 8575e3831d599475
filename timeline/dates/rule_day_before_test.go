package dates

import "testing"

func TestDayBefore(t *testing.T) {
	runFixtures(t, []fixture{
		{"The committee approved the bid the day after Christmas.", []string{"the day after Christmas=2023-12-26"}},
		{"He left the day before yesterday.", []string{"the day before yesterday=2024-04-24"}},
		{"They will meet the day after tomorrow.", []string{"the day after tomorrow=2024-04-28"}},
		{"The talks ended the day after Aug. 2, 2022.", []string{"the day after Aug. 2, 2022=2022-08-03"}},
		{"They met the day before last Tuesday's hearing.", []string{"the day before last Tuesday=2024-04-22"}},
		// Before an event: the date in apposition, or the day before or
		// after the last day named nearby, or an unknown day.
		{"He was last seen on Oct. 12, the day before the crash.", []string{"Oct. 12=2023-10-12", "the day=2023-10-12"}},
		{"Voters go to the polls on Sunday. Thousands will rally the day before the vote.", []string{"Sunday=2024-04-28", "the day=2024-04-27"}},
		{"Thousands rallied the day before the vote.", []string{"the day=XXXX-XX-XX"}},
		{"He spoke on the day after the blast.", []string{"the day=XXXX-XX-XX"}},
	})
}
