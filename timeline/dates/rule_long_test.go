package dates

import "testing"

func TestLong(t *testing.T) {
	runFixtures(t, []fixture{
		{"They emerged from a day-long meeting.", []string{"day-long=P1D/DURATION"}},
		{"a decades-long battle", []string{"decades-long=PXY/DURATION"}},
		{"a two-week-long visit", []string{"two-week-long=P2W/DURATION"}},
	})
}
