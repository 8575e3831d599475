package dates

import "testing"

func TestVagueDuration(t *testing.T) {
	runFixtures(t, []fixture{
		{"The dispute has lasted for years.", []string{"years=PXY/DURATION"}},
		{"They talked for hours.", []string{"hours=PTXH/DURATION"}},
		{"The violence of recent days alarmed them.", []string{"recent days=PAST_REF"}},
		// Not durations without "for", "over" or "within".
		{"The days are long.", nil},
	})
}
