package dates

import "testing"

func TestSeason(t *testing.T) {
	runFixtures(t, []fixture{
		{"The offensive began in summer 2001.", []string{"summer 2001=2001-SU"}},
		{"Protests spread during the Arab Spring of 2011.", []string{"2011=2011"}},
		{"Troops crushed the Prague Spring in 1968.", []string{"1968=1968"}},
		{"Talks Resumed In Spring 2023 After Long Pause", []string{"Spring 2023=2023-SP"}},
		{"By the spring of 2023, Kyiv had a plan; In Spring 2024 it changed.", []string{"the spring of 2023=2023-SP", "Spring 2024=2024-SP"}},
		{"Prices fall when demand drops.", nil},
		// A closing quote after the full stop still ends the sentence.
		{"``Prices will fall in the winter.'' Figures showed a drop.", []string{"the winter=2024-WI"}},
		// A year the season's rule cannot read, joined after.
		{"Oil fell to the level we saw in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four=1994-WI"}},
	})
}
