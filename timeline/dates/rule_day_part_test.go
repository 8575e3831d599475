package dates

import "testing"

func TestDayPart(t *testing.T) {
	runFixtures(t, []fixture{
		{"They met yesterday afternoon.", []string{"yesterday afternoon=2024-04-25TAF/TIME"}},
		{"He landed this morning.", []string{"this morning=2024-04-26TMO/TIME"}},
		{"Sirens sounded late Tuesday.", []string{"late Tuesday=2024-04-23"}},
	})
}
