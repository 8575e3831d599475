package dates

import "testing"

func TestCentury(t *testing.T) {
	runFixtures(t, []fixture{
		{"The wars of the 20th century shaped Europe.", []string{"the 20th century=19"}},
		{"It was built in the nineteenth century.", []string{"the nineteenth century=18"}},
		// An adjective leaves "the" out.
		{"The 19th-century palace was restored.", []string{"19th-century=18"}},
		{"They restored the eighteenth-century church.", []string{"eighteenth-century=17"}},
	})
}
