package dates

import "testing"

func TestHoliday(t *testing.T) {
	runFixtures(t, []fixture{
		{"Shells fell on Christmas Eve.", []string{"Christmas Eve=2023-12-24"}},
		{"He was rescued last Thanksgiving.", []string{"last Thanksgiving=2023-11-23"}},
		{"The truce held over Easter 2024.", []string{"Easter 2024=2024-03-31"}},
		{"Voters go to the polls on Election Day.", []string{"Election Day=2024-11-05"}},
		{"The quake struck on New Year's Day.", []string{"New Year's Day=2024-01-01"}},
		{"He will speak on New Year’s Day.", []string{"New Year’s Day=2025-01-01"}},
		{"Fireworks were set off on New Year’s Eve.", []string{"New Year’s Eve=2023-12-31"}},
		{"Her New Year's resolutions were modest.", nil},
	})
}
