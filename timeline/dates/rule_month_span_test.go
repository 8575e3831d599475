package dates

import "testing"

func TestMonthSpan(t *testing.T) {
	runFixtures(t, []fixture{
		{"Exports in the January-September period rose.", []string{"the January-September period=P9M/DURATION"}},
		{"Sales in the Nov.-Feb. period fell.", []string{"the Nov.-Feb. period=P4M/DURATION"}},
		{"Imports in the January–March 2024 period fell.", []string{"the January–March 2024 period=P3M/DURATION"}},
		{"Exports in the January-September period of 2023 rose.", []string{"the January-September period=P9M/DURATION", "2023=2023"}},
	})
}

func TestMonthQuarter(t *testing.T) {
	runFixtures(t, []fixture{
		{"GDP grew 8.4 percent in the October-December quarter.", []string{"the October-December quarter=2023-Q4"}},
		{"Profit in the April-June quarter will rise.", []string{"the April-June quarter=2024-Q2"}},
		{"Output fell in the January-March 2023 quarter.", []string{"the January-March 2023 quarter=2023-Q1"}},
		{"Sales rose in the July-September quarter of 2022.", []string{"the July-September quarter of 2022=2022-Q3"}},
	})
}
