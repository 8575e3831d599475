package dates

import (
	"regexp"
	"testing"
	"time"
	"unicode/utf8"
)

// validValue matches the TIMEX3 values Find writes.
var validValue = regexp.MustCompile(`^(?:` +
	`\d{2,4}` + // century, decade, year
	`|\d{4}-(?:H[12]|Q[1-4]|QX|SP|SU|FA|WI|W\d{2}(?:-WE)?|\d{2})` +
	`|\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|MI|\d{2}:\d{2}))?` +
	`|P(?:\d+(?:\.\d)?|X)(?:Y|M|W|D|Q|DE|CE|C)` +
	`|PT(?:\d+|X)(?:H|M|S)(?:\d+M|\d+S)?` +
	`|P\d+(?:\.\d)?[YMWD]` +
	`|P(?:\d+Y)?\d+M|P(?:\d+M)?\d+D|P(?:\d+D)?T\d+H` + // P2Y6M, P1M15D, P1DT12H
	`|XXXX-(?:SP|SU|FA|WI|WXX-WE|XX-XX|XX-XXT(?:MO|AF|EV|NI)|WXX-[1-7](?:T(?:MO|AF|EV|NI))?|\d{2})` +
	`|PRESENT_REF|PAST_REF|FUTURE_REF` +
	`)$`)

// FuzzFind checks that Find never panics, that its spans lie inside the
// text on rune boundaries, in order and without overlaps, and that its
// values are well formed, with and without a reference date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Blinken arrived in China on Wednesday, a year after the balloon crisis of February 2023.",
		"On Aug. 2, 2022, Feb. 27-28, 2019 and March 20-22, the talks (2022-08-02, 8/2/2022) resumed.",
		"the 1990s, the '80s, the 20th century, summer 2001, the third quarter of 1998, Q1 2024",
		"two years ago, in three weeks, a year ago this month, Feb. 29 last year, the following day",
		"every year, twice a week, daily, for years, a five-and-a-half-hour meeting, 5 1/2 hours",
		"$2022, 2,000 troops, Resolution 2231, F-16, Flight 2022, $6.25 a share, 10:30 a.m. Tuesday",
		"« Le 2 août » — 会谈 in May. Thanksgiving, Christmas Eve 2023, noon Thursday, 9 p.m. EST",
		"31/12/1999 29.02.2023 1990-95 1990-1995 from 1910 to 1945 between March and May",
		"the day before the vote, the day after Christmas, a week from Monday, for centuries, in decades",
		"Updated 7 March 2024, 18:40 GMT; at 10:30 a.m. (0730 GMT) on Tuesday; around Nov. 1; end-March",
		"the first week of April, April 24 and 25, Dec. 3 or 4, 1999, Next year's meeting in November",
		"https://news.example/2023/09/oslo-thirty-years; Kerry, who arrived on Monday, will fly Thursday",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC).Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		if len(text) > 4096 {
			return // long inputs only slow the fuzzer down
		}
		var ref time.Time
		if unix != 0 {
			ref = time.Unix(unix%(1<<36), 0).UTC() // years up to about 4100
		}
		// The rune boundaries, as decoding from the start finds them (an
		// invalid byte is a rune of its own).
		boundary := make([]bool, len(text)+1)
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		boundary[len(text)] = true
		prev := 0
		for _, x := range Find(text, ref) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("span [%d,%d) out of order or outside the text (after %d, len %d)", x.Start, x.End, prev, len(text))
			}
			if !boundary[x.Start] || !boundary[x.End] {
				t.Fatalf("span [%d,%d) not on rune boundaries", x.Start, x.End)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q is not text[%d:%d]", x.Text, x.Start, x.End)
			}
			if x.Value == "" && !x.Relative {
				t.Fatalf("%q: empty value for an absolute expression", x.Text)
			}
			if x.Value != "" && !validValue.MatchString(x.Value) {
				t.Fatalf("%q: bad value %q", x.Text, x.Value)
			}
			if x.Through != "" && !validValue.MatchString(x.Through) {
				t.Fatalf("%q: bad range end %q", x.Text, x.Through)
			}
			if ref.IsZero() && x.Relative && x.Value != "" && x.Value[0] >= '0' && x.Value[0] <= '9' {
				t.Fatalf("%q: resolved to %q without a reference date", x.Text, x.Value)
			}
			switch x.Type {
			case Date, Time, Duration, Set:
			default:
				t.Fatalf("%q: bad type %q", x.Text, x.Type)
			}
			prev = x.End
		}
	})
}
