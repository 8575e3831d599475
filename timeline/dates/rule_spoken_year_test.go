package dates

import "testing"

func TestSpokenYear(t *testing.T) {
	runFixtures(t, []fixture{
		{"In nineteen ninety-one Keating was convicted.", []string{"nineteen ninety-one=1991"}},
		{"January nineteen ninety-seven. Atlanta again.", []string{"January nineteen ninety-seven=1997-01"}},
		{"His promise to halve unemployment by the year two thousand.", []string{"the year two thousand=2000"}},
		{"a nineteen ninety-seven attack", []string{"nineteen ninety-seven=1997"}},
		// Counts, not years.
		{"He counted nineteen twenty-dollar bills.", nil},
	})
}
