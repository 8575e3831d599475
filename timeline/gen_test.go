package timeline

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Random timelines for the property tests. They draw from small pools so
// that events often overlap: the same dates, words, actors and quotes.

var (
	genDates = []string{
		"2022", "2022-08", "2022-08-02", "2022-08-04", "2022-22", "2023-02", "2023-02-04",
		"2024", "2024-04", "2024-04-24", "2024-04-26", "2024-W17", "2024-05", "197X",
		"2022-08-04/2022-08-10", "2019/..", "2022?", "2024-04~",
	}
	genWords = []string{
		"Blinken", "meets", "Xi", "Pelosi", "visits", "Taiwan", "talks", "summit", "signs", "aid",
		"bill", "balloon", "shot", "down", "Putin", "China", "sanctions", "trade", "deal",
		"Réunion", "Wang", "Yi", "Biden", "the", "of", "«quoted»", "it's", "C#", "key: value",
		"'single'", "\"double\"", "-", "100%", "[list]", "{map}", "true", "2024", "yes", "null",
	}
	genActors = []string{"Antony Blinken", "Xi Jinping", "Nancy Pelosi", "Taiwan", "China", "United States", "Wang Yi", "Vladimir Putin"}
	genFiles  = []string{"a.txt", "b.html", "notes/c.md", "d e.txt"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func genText(r *rand.Rand, minWords, maxWords int) string {
	n := minWords + r.IntN(maxWords-minWords+1)
	w := make([]string, n)
	for i := range w {
		w[i] = pick(r, genWords)
	}
	return strings.Join(w, " ")
}

func genSource(r *rand.Rand) Source {
	var s Source
	if r.IntN(4) == 0 {
		s.URL = fmt.Sprintf("https://example.com/%d", r.IntN(5))
	} else {
		s.File = pick(r, genFiles)
	}
	if r.IntN(2) == 0 {
		s.Published = fmt.Sprintf("2024-04-%02d", 20+r.IntN(9))
		if r.IntN(2) == 0 {
			s.PublishedFrom = pick(r, PublishedFromValues)
		}
	}
	if r.IntN(5) == 0 {
		s.Outlet = "Example News"
	}
	if r.IntN(8) != 0 {
		s.Quote = genText(r, 3, 9) + "."
	}
	return s
}

// genEvent returns a random valid event without an ID. multiline allows
// descriptions that span lines.
func genEvent(r *rand.Rand, multiline bool) *Event {
	e := &Event{
		Date:  MustParseDate(pick(r, genDates)),
		Title: genText(r, 1, 6),
	}
	switch r.IntN(4) {
	case 0:
		e.Description = genText(r, 2, 12)
	case 1:
		if multiline {
			e.Description = genText(r, 2, 6) + "\n\n" + genText(r, 2, 6)
		}
	}
	for range r.IntN(4) {
		if a := pick(r, genActors); !slices.Contains(e.Actors, a) {
			e.Actors = append(e.Actors, a)
		}
	}
	if r.IntN(2) == 0 {
		e.Type = pick(r, EventTypes[:5])
	}
	if r.IntN(4) == 0 {
		e.Location = pick(r, []string{"Taipei", "Beijing", "Washington, D.C."})
	}
	e.Planned = r.IntN(6) == 0
	e.Rejected = r.IntN(5) == 0
	for range r.IntN(4) {
		e.Sources = append(e.Sources, genSource(r))
	}
	return e
}

// genTimeline returns a random valid timeline with IDs.
func genTimeline(r *rand.Rand, n int, multiline bool) *Timeline {
	tl := &Timeline{}
	if r.IntN(2) == 0 {
		tl.Title = genText(r, 1, 4)
	}
	for range n {
		tl.Events = append(tl.Events, genEvent(r, multiline))
	}
	tl.AssignIDs()
	return tl
}

func encode(t testing.TB, tl *Timeline) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, tl); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// decorate adds what people add to a file by hand: comment lines at any
// indentation, comments after values and blank lines. The file must hold
// no block scalars.
func decorate(r *rand.Rand, data []byte) []byte {
	var out bytes.Buffer
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		for r.IntN(6) == 0 {
			if r.IntN(2) == 0 {
				out.WriteString("\n")
			} else {
				fmt.Fprintf(&out, "%s# note %d\n", strings.Repeat(" ", r.IntN(9)), i)
			}
		}
		out.WriteString(line)
		if r.IntN(5) == 0 {
			fmt.Fprintf(&out, "   # about line %d", i)
		}
		out.WriteString("\n")
	}
	if r.IntN(2) == 0 {
		out.WriteString("# the end\n")
	}
	return out.Bytes()
}
