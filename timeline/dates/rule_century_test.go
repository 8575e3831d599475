package dates

import "testing"

func TestCentury(t *testing.T) {
	runFixtures(t, []fixture{
		{"The wars of the 20th century shaped Europe.", []string{"the 20th century=19"}},
		{"It was built in the nineteenth century.", []string{"the nineteenth century=18"}},
	})
}
