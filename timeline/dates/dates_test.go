package dates

import (
	"strings"
	"testing"
	"time"
)

// ref is the publication date of the tests: Friday 26 April 2024, the day
// of the Blinken–Xi meeting.
var ref = time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)

// A fixture is a sentence and the expressions expected in it, each written
// "text=VALUE" (or "text=VALUE/TYPE" for a type other than DATE).
type fixture struct {
	text string
	want []string
}

// runFixtures checks each fixture against Find with the reference date ref.
func runFixtures(t *testing.T, fixtures []fixture) {
	t.Helper()
	for _, f := range fixtures {
		got := Find(f.text, ref)
		var gs []string
		for _, x := range got {
			s := x.Text + "=" + x.Value
			if x.Type != Date {
				s += "/" + string(x.Type)
			}
			gs = append(gs, s)
		}
		if strings.Join(gs, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, gs, f.want)
		}
	}
}

func TestSeed(t *testing.T) {
	runFixtures(t, []fixture{
		{"Pelosi's visit to Taiwan in 2022 angered Beijing.", []string{"2022=2022"}},
		{"the shooting down of a balloon in February 2023", []string{"February 2023=2023-02"}},
		{"Blinken arrived in China on Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"The aid bill Biden signed earlier this week.", []string{"earlier this week=2024-W17"}},
		{"Putin announced he would visit China in May.", []string{"May=2024-05"}},
		{"Blinken sat down with Xi.", nil},
		{"You may also like", nil},
	})
}
