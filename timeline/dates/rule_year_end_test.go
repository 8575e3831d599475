package dates

import "testing"

func TestYearEnd(t *testing.T) {
	runFixtures(t, []fixture{
		{"The deal should close by year-end.", []string{"year-end=2024"}},
		{"The index has risen 5% since year-end.", []string{"year-end=2023"}},
		{"It must be in place by year's end.", []string{"year's end=2024"}},
	})
}
