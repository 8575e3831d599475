package dates

import "testing"

func TestWeekdayTime(t *testing.T) {
	runFixtures(t, []fixture{
		{"It calls for a cease-fire to take effect on Sunday at 00:00 local time.", []string{"Sunday at 00:00 local time=2024-04-28T00:00/TIME"}},
		{"They met Friday at 3 p.m. in Geneva.", []string{"Friday at 3 p.m.=2024-04-26T15:00/TIME"}},
		{"Britain left the Union at 11 p.m. London time on Friday.", []string{"11 p.m. London time on Friday=2024-04-26T23:00/TIME"}},
	})
}
