package dates

import "testing"

func TestWeekOfMonth(t *testing.T) {
	runFixtures(t, []fixture{
		{"The two sides will meet again in the first week of June.", []string{"the first week of June=2024-W23"}},
		{"Fighting eased in the last week of March, monitors said.", []string{"the last week of March=2024-W13"}},
		{"Prices rose in the second week of March 2015.", []string{"the second week of March 2015=2015-W11"}},
		{"He spent the first week in Paris.", nil},
	})
}
