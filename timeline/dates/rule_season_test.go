package dates

import "testing"

func TestSeason(t *testing.T) {
	runFixtures(t, []fixture{
		{"The offensive began in summer 2001.", []string{"summer 2001=2001-SU"}},
		{"Prices fall when demand drops.", nil},
		// A closing quote after the full stop still ends the sentence.
		{"``Prices will fall in the winter.'' Figures showed a drop.", []string{"the winter=2024-WI"}},
		// A year the season's rule cannot read, joined after.
		{"Oil fell to the level we saw in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four=1994-WI"}},
	})
}
