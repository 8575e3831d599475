package dates

import "testing"

func TestVagueDuration(t *testing.T) {
	runFixtures(t, []fixture{
		{"The dispute has lasted for years.", []string{"years=PXY/DURATION"}},
		{"They talked for hours.", []string{"hours=PTXH/DURATION"}},
		{"Ukraine was ruled from Moscow for centuries.", []string{"centuries=PXC/DURATION"}},
		// TimeBank marks "recent days" and "coming weeks" as durations.
		{"The violence of recent days alarmed them.", []string{"recent days=PXD/DURATION"}},
		{"Rates may fall in coming weeks.", []string{"coming weeks=PXW/DURATION"}},
		{"Funds must pay investors in the weeks ahead.", []string{"the weeks ahead=PXW/DURATION"}},
		{"It was a tough business in recent quarters.", []string{"recent quarters=PXQ/DURATION"}},
		{"Air strikes resumed within hours of the collapse.", []string{"hours=PTXH/DURATION"}},
		// After "in", with a superlative or a negation before.
		{"It was the deadliest attack in the country in decades.", []string{"decades=PXY/DURATION"}},
		{"It was the first such visit in years.", []string{"years=PXY/DURATION"}},
		{"Oil rose to its highest level in months.", []string{"months=PXM/DURATION"}},
		{"India, China seek calm after deadliest border clash in decades", []string{"decades=PXY/DURATION"}},
		{"The two have not spoken in years.", []string{"years=PXY/DURATION"}},
		// Not durations without "for", "over" or "within".
		{"The days are long.", nil},
		{"The price is quoted in years and months.", nil},
		{"It was the first of three talks held in weeks of tension.", nil},
	})
}
