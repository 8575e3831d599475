package dates

import "testing"

func TestYearEarlier(t *testing.T) {
	runFixtures(t, []fixture{
		{"Profit fell from year-earlier levels.", []string{"year-earlier=2023"}},
		{"In the third quarter, profit doubled from year-ago levels.", []string{"the third quarter=2023-Q3", "year-ago=2022-Q3"}},
	})
}
