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

func TestRanges(t *testing.T) {
	for _, c := range []struct{ text, first, through string }{
		{"The war lasted from 1910 to 1945.", "1910", "1945"},
		{"Talks were held Feb. 27-28, 2019, in Hanoi.", "2019-02-27", "2019-02-28"},
		{"Talks ran between March and May.", "2024-03", "2024-05"},
		{"Output grew in 2015-2018.", "2015", "2018"},
	} {
		got := Find(c.text, ref)
		if len(got) == 0 || got[0].Value != c.first || got[0].Through != c.through {
			t.Errorf("Find(%q) = %+v; want first %s through %s", c.text, got, c.first, c.through)
		}
	}
}

// TestNoReference checks that without a publication date relative
// expressions are found, marked Relative and left without a value, and
// absolute ones are resolved as usual.
func TestNoReference(t *testing.T) {
	got := Find("On Aug. 2, 2022, and again on Wednesday and last year, in May.", time.Time{})
	want := []struct {
		text, value string
		rel         bool
	}{{"Aug. 2, 2022", "2022-08-02", false}, {"Wednesday", "", true}, {"last year", "", true}, {"May", "", true}}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v; want %d expressions", got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Value != w.value || got[i].Relative != w.rel {
			t.Errorf("expression %d = %+v; want %+v", i, got[i], w)
		}
	}
}

// TestSpans checks that spans are byte offsets on rune boundaries, in
// order and without overlaps, also around non-ASCII text.
func TestSpans(t *testing.T) {
	text := "« Le 2 août » — Blinken arrived in Beijing on Wednesday, 24 April 2024 — 会谈 in May."
	prev := 0
	for _, x := range Find(text, ref) {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) || text[x.Start:x.End] != x.Text {
			t.Errorf("bad span %+v", x)
		}
		prev = x.End
	}
}

func TestTense(t *testing.T) {
	for _, c := range []struct {
		text string
		want Tense
	}{
		{"Blinken arrived in China on Wednesday.", TensePast},
		{"Blinken will arrive in China on Wednesday.", TenseFuture},
		{"He must be returned by Wednesday.", TenseFuture},
		{"The talks are scheduled for Wednesday.", TenseFuture},
		{"Xi said Wednesday that he would come.", TensePast},
		{"Wednesday.", TenseUnknown},
	} {
		got := Find(c.text, ref)
		if len(got) != 1 || got[0].Tense != c.want {
			t.Errorf("Find(%q) = %+v; want tense %d", c.text, got, c.want)
		}
	}
}
