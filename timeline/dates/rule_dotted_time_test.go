package dates

import "testing"

func TestDottedTime(t *testing.T) {
	runFixtures(t, []fixture{
		{"The minister arrived at 10.30am.", []string{"10.30am=2024-04-26T10:30/TIME"}},
		{"Polls close at 10.00 p.m. local time.", []string{"10.00 p.m. local time=2024-04-26T22:00/TIME"}},
		{"The statement came at 22.05 GMT.", []string{"22.05 GMT=2024-04-26T22:05/TIME"}},
		// Not times: numbers, money.
		{"The index rose 10.30 points.", nil},
		{"The shares closed at $10.30 a share.", nil},
		{"Inflation was 4.25 percent.", nil},
	})
}
