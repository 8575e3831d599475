package dates

import "testing"

func TestSeason(t *testing.T) {
	runFixtures(t, []fixture{
		{"The offensive began in summer 2001.", []string{"summer 2001=2001-SU"}},
		{"Prices fall when demand drops.", nil},
	})
}
