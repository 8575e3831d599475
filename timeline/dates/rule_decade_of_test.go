package dates

import "testing"

func TestDecadeOf(t *testing.T) {
	runFixtures(t, []fixture{
		{"In the first decade of this century, growth averaged 10 percent.", []string{"the first decade of this century=200"}},
		{"The last decade of the 20th century brought peace to the Balkans.", []string{"The last decade of the 20th century=199"}},
		{"Emigration peaked in the second decade of the last century.", []string{"the second decade of the last century=191"}},
		// Without a century, a decade is a length of time.
		{"It took a decade of talks.", []string{"a decade=P10Y/DURATION"}},
	})
}
