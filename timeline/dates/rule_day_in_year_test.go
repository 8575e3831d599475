package dates

import "testing"

func TestDayInYear(t *testing.T) {
	runFixtures(t, []fixture{
		{"On this day in 1938, a radio play panicked listeners.", []string{"this day in 1938=1938-04-26"}},
		{"This day in 1986 the reactor exploded.", []string{"This day in 1986=1986-04-26"}},
		// Not an anniversary.
		{"He spent the day in 1938's archives.", []string{"1938=1938"}},
	})
}
