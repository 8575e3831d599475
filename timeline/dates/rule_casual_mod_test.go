package dates

import (
	"strings"
	"testing"
)

func TestCasualMod(t *testing.T) {
	for _, f := range []fixture{
		{"Officials commented late yesterday.", []string{"late yesterday=2024-04-25@END"}},
		{"The vote is due early tomorrow.", []string{"early tomorrow=2024-04-27@START"}},
		// "Earlier" and "later" place the event around the moment of
		// speaking, not at the start or end of the day.
		{"Earlier today, the talks resumed.", []string{"Earlier today=2024-04-26"}},
		{"The minister will speak later today.", []string{"later today=2024-04-26"}},
	} {
		got := timexStrings(Find(f.text, ref))
		if strings.Join(got, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, got, f.want)
		}
	}
}
