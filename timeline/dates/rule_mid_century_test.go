package dates

import "testing"

func TestMidCentury(t *testing.T) {
	runFixtures(t, []fixture{
		{"By mid-century, a quarter of the population will be over 65.", []string{"mid-century=20"}},
		{"Emissions must reach net zero by mid-century.", []string{"mid-century=20"}},
		// A style, and a past that may be any century's.
		{"The house is full of mid-century furniture.", nil},
		{"By mid-century, the railway had reached every town.", nil},
	})
}
