package dates

import "testing"

func TestHourMinute(t *testing.T) {
	runFixtures(t, []fixture{
		{"The blast occurred at 10:35 a.m. local time.", []string{"10:35 a.m. local time=2024-04-26T10:35/TIME"}},
		// Not times.
		{"He left in the a.m. and the score was 3-2.", nil},
		{"Shares rose $6.25 a share.", nil},
		{"The score was 10:30 in the end.", nil},
	})
}
