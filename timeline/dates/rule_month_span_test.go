package dates

import "testing"

func TestMonthSpan(t *testing.T) {
	runFixtures(t, []fixture{
		{"Exports in the January-September period rose.", []string{"the January-September period=P9M/DURATION"}},
		{"Sales in the Nov.-Feb. period fell.", []string{"the Nov.-Feb. period=P4M/DURATION"}},
		{"Imports in the January–March 2024 period fell.", []string{"the January–March 2024 period=P3M/DURATION"}},
	})
}
