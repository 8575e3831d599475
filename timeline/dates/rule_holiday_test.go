package dates

import "testing"

func TestHoliday(t *testing.T) {
	runFixtures(t, []fixture{
		{"Shells fell on Christmas Eve.", []string{"Christmas Eve=2023-12-24"}},
		{"He was rescued last Thanksgiving.", []string{"last Thanksgiving=2023-11-23"}},
		{"The truce held over Easter 2024.", []string{"Easter 2024=2024-03-31"}},
		{"Voters go to the polls on Election Day.", []string{"Election Day=2024-11-05"}},
	})
}
