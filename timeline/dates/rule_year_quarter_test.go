package dates

import "testing"

func TestYearQuarter(t *testing.T) {
	runFixtures(t, []fixture{
		{"Profit rose in the third quarter. In the 1988 quarter, it fell.", []string{"the third quarter=2023-Q3", "the 1988 quarter=1988-Q3"}},
		{"It earned $3 million in the 2023 period.", []string{"the 2023 period=2023-Q1"}},
		{"Sales for last year's quarter were flat.", []string{"last year's quarter=2023-Q1"}},
	})
}
