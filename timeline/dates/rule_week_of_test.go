package dates

import "testing"

func TestWeekOf(t *testing.T) {
	runFixtures(t, []fixture{
		{"The case was heard the week of March 6.", []string{"the week of March 6=2024-W10"}},
		{"The case may be heard the week of March 6.", []string{"the week of March 6=2025-W10"}},
		{"It was the week of June 3, 2019.", []string{"the week of June 3, 2019=2019-W23"}},
	})
}
