package dates

import "testing"

func TestCasualMod(t *testing.T) {
	runFixtures(t, []fixture{
		{"Officials commented late yesterday.", []string{"late yesterday=2024-04-25"}},
		{"Earlier today, the talks resumed.", []string{"Earlier today=2024-04-26"}},
	})
}
