package dates

import "testing"

func TestDecade(t *testing.T) {
	runFixtures(t, []fixture{
		{"Trade grew in the 1990s.", []string{"the 1990s=199"}},
		{"The talks began in the mid-1990s.", []string{"the mid-1990s=199"}},
		{"Tensions rose in the '80s.", []string{"the '80s=198"}},
		{"It was popular in the seventies.", []string{"the seventies=197"}},
		{"He is in his seventies.", nil},
		{"The 1990s-era rules were scrapped.", []string{"1990s=199"}},
	})
}
