package dates

import "testing"

func TestVagueDuration(t *testing.T) {
	runFixtures(t, []fixture{
		{"The dispute has lasted for years.", []string{"years=PXY/DURATION"}},
		{"They talked for hours.", []string{"hours=PTXH/DURATION"}},
		// TimeBank marks "recent days" and "coming weeks" as durations.
		{"The violence of recent days alarmed them.", []string{"recent days=PXD/DURATION"}},
		{"Rates may fall in coming weeks.", []string{"coming weeks=PXW/DURATION"}},
		{"Funds must pay investors in the weeks ahead.", []string{"the weeks ahead=PXW/DURATION"}},
		{"It was a tough business in recent quarters.", []string{"recent quarters=PXQ/DURATION"}},
		// Not durations without "for", "over" or "within".
		{"The days are long.", nil},
	})
}
