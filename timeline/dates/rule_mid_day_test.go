package dates

import "testing"

func TestMidDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"By mid afternoon, the operation was over.", []string{"mid afternoon=2024-04-26TAF/TIME"}},
		{"In London at mid-afternoon yesterday, shares were up.", []string{"mid-afternoon yesterday=2024-04-25TAF/TIME"}},
		{"The talks were in mid-morning.", []string{"mid-morning=2024-04-26TMO/TIME"}},
		// Not a time: a middle of something else.
		{"It sat in mid air.", nil},
	})
}
