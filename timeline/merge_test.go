package timeline

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// genExtraction returns random extracted events for the file timeline
// tl: fresh events, events derived from the file's (a finer or the same
// date, a retouched title, the same quote from another article, overlapping
// actors) and repeats.
func genExtraction(r *rand.Rand, tl *Timeline) *Timeline {
	x := &Timeline{}
	for range 1 + r.IntN(8) {
		var e *Event
		switch k := r.IntN(10); {
		case k < 3 || len(tl.Events) == 0:
			e = genEvent(r, false)
		case k < 9:
			f := pick(r, tl.Events)
			e = &Event{Date: f.Date, Title: f.Title, Actors: slices.Clone(f.Actors), Type: f.Type}
			if r.IntN(3) == 0 {
				e.Date = MustParseDate(pick(r, genDates))
				if !f.Date.Contains(e.Date) {
					e.Date = f.Date
				}
			}
			switch r.IntN(4) {
			case 0:
				e.Title = f.Title + " " + pick(r, genWords)
			case 1:
				if w := strings.Fields(f.Title); len(w) > 1 {
					e.Title = strings.Join(w[1:], " ")
				}
			case 2:
				e.Title = genText(r, 1, 5)
			}
			if r.IntN(3) == 0 {
				e.Actors = append(e.Actors, pick(r, genActors))
			}
			if r.IntN(3) == 0 {
				e.Type = ""
			}
			for _, s := range f.Sources {
				if r.IntN(2) == 0 {
					s.File, s.URL = pick(r, genFiles), ""
					e.Sources = append(e.Sources, s)
				}
			}
			if r.IntN(2) == 0 {
				e.Sources = append(e.Sources, genSource(r))
			}
		default:
			if len(x.Events) == 0 {
				continue
			}
			c := *pick(r, x.Events)
			c.Sources = append(slices.Clone(c.Sources), genSource(r))
			e = &c
		}
		e.Rejected = false
		x.Events = append(x.Events, e)
	}
	x.AssignIDs()
	return x
}

// shuffled returns a copy of tl with its events, and each event's
// sources, in a random order, and with other IDs.
func shuffled(r *rand.Rand, tl *Timeline) *Timeline {
	out := &Timeline{Title: tl.Title}
	for _, e := range tl.Events {
		c := *e
		c.ID = fmt.Sprintf("x-%d", r.IntN(1000))
		c.Sources = slices.Clone(e.Sources)
		r.Shuffle(len(c.Sources), func(i, j int) { c.Sources[i], c.Sources[j] = c.Sources[j], c.Sources[i] })
		out.Events = append(out.Events, &c)
	}
	r.Shuffle(len(out.Events), func(i, j int) { out.Events[i], out.Events[j] = out.Events[j], out.Events[i] })
	return out
}

func merge(t *testing.T, name string, file []byte, x *Timeline) ([]byte, MergeResult) {
	t.Helper()
	doc, err := OpenDocument(name, file)
	if err != nil {
		t.Fatalf("OpenDocument: %v\n%s", err, file)
	}
	res := Merge(doc, x)
	out, err := doc.Bytes()
	if err != nil {
		t.Fatalf("Bytes: %v\n%s", err, file)
	}
	return out, res
}

var emptyList = regexp.MustCompile(`(?m)^events: \[\]((?: +#.*)?)`)

// isSubsequence reports whether the lines of a appear in b in order.
func isSubsequence(a, b []byte) (bool, string) {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	j := 0
	for _, l := range al {
		for j < len(bl) && bl[j] != l {
			j++
		}
		if j == len(bl) {
			return false, l
		}
		j++
	}
	return true, ""
}

// TestMergeProperties merges random extractions into random hand-edited
// files and checks that merging never drops or alters what the user
// wrote, never brings back a rejected event, accounts for every extracted
// event, gives the same file whatever the order of its input, and changes
// nothing the second time.
func TestMergeProperties(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 50
	}
	for seed := range n {
		r := rand.New(rand.NewPCG(uint64(seed), 6))
		tl := genTimeline(r, r.IntN(8), false)
		if r.IntN(2) == 0 {
			Sort(tl.Events)
		}
		file := decorate(r, encode(t, tl))
		if r.IntN(4) == 0 {
			file = bytes.ReplaceAll(file, []byte("\n"), []byte("\r\n"))
		}
		x := genExtraction(r, tl)
		out, res := merge(t, "f.yaml", file, x)

		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("seed %d: %s\n--- file:\n%s\n--- merged:\n%s", seed, fmt.Sprintf(format, args...), file, out)
		}
		// Every line the user wrote is still there, in order; only an
		// empty "[]" gives way to the first events.
		user := file
		if len(res.Added) > 0 {
			user = emptyList.ReplaceAllFunc(user, func(b []byte) []byte {
				if b = bytes.TrimPrefix(b, []byte("events: []")); len(b) > 0 {
					return append([]byte("events: "), b...)
				}
				return []byte("events:")
			})
		}
		if ok, line := isSubsequence(user, out); !ok {
			fail("line %q was changed or dropped", line)
			continue
		}
		got, err := Parse("merged.yaml", out)
		if err != nil {
			fail("merged file is invalid: %v", err)
			continue
		}
		// Every event keeps every field; sources are only appended, and
		// rejected events are untouched.
		byID := make(map[string]*Event)
		for _, e := range got.Events {
			byID[e.ID] = e
		}
		for _, o := range tl.Events {
			e := byID[o.ID]
			if e == nil {
				fail("event %s was dropped", o.ID)
				continue
			}
			want := *o
			want.Sources = e.Sources
			if !sameEvent(e, &want) || !slices.Equal(e.Sources[:len(o.Sources)], o.Sources) {
				fail("event %s was altered", o.ID)
			}
			if o.Rejected && len(e.Sources) != len(o.Sources) {
				fail("rejected event %s got sources", o.ID)
			}
		}
		// No new event is a rejected one come back.
		for _, e := range got.Events {
			if slices.ContainsFunc(tl.Events, func(o *Event) bool { return o.ID == e.ID }) {
				continue
			}
			for _, o := range tl.Events {
				if o.Rejected && SameHappening(o, e) {
					fail("new event %s is the rejected event %s", e.ID, o.ID)
				}
			}
		}
		// Every extracted event is in the result, as itself or as an event
		// it is the same happening as.
		for _, n := range x.Events {
			if !slices.ContainsFunc(got.Events, func(e *Event) bool { return SameHappening(e, n) }) {
				fail("extracted event %q (%s) was lost", n.Title, n.Date)
			}
		}
		if len(got.Events) != len(tl.Events)+len(res.Added) {
			fail("%d events, want %d + %d added", len(got.Events), len(tl.Events), len(res.Added))
		}
		// The same file whatever the order of the extracted events.
		for range 3 {
			if out2, _ := merge(t, "f.yaml", file, shuffled(r, x)); !bytes.Equal(out, out2) {
				fail("a shuffled extraction gives another file:\n%s", out2)
				break
			}
		}
		// Merging the same extraction again changes nothing.
		if out3, res3 := merge(t, "f.yaml", out, x); !bytes.Equal(out, out3) {
			fail("merging again changes the file (%+v):\n%s", res3, out3)
		}
	}
}

func TestMergeEmptyLists(t *testing.T) {
	x := &Timeline{Events: []*Event{{
		Date:    MustParseDate("2024-04-26"),
		Title:   "Blinken meets Xi",
		Sources: []Source{{File: "a.txt", Quote: "Blinken met Xi."}},
	}}}
	const event = "  - id: 2024-04-26-blinken-meets-xi\n    date: \"2024-04-26\"\n    title: Blinken meets Xi\n    sources:\n      - file: a.txt\n        quote: Blinken met Xi.\n"
	tests := []struct{ in, want string }{
		{"events: []\n", "events:\n" + event},
		{"events: [] # none yet\n", "events:  # none yet\n" + event},
		{"events:\n", "events:\n" + event},
		{"events: ~\n", "events:\n" + event},
		{"events: [ ]", "events:\n" + event},
		{"title: T\nevents:\n# nothing yet\n", "title: T\nevents:\n" + event + "# nothing yet\n"},
		{"events: []\ntitle: T\n", "events:\n" + event + "title: T\n"},
		{"  events: []\n", "  events:\n" + "  " + strings.ReplaceAll(strings.TrimSuffix(event, "\n"), "\n", "\n  ") + "\n"},
	}
	for _, tt := range tests {
		out, res := merge(t, "f.yaml", []byte(tt.in), x)
		if string(out) != tt.want {
			t.Errorf("merge into %q:\n%s\nwant:\n%s", tt.in, out, tt.want)
		}
		if len(res.Added) != 1 {
			t.Errorf("merge into %q: result %+v", tt.in, res)
		}
	}
}

func TestMergeSources(t *testing.T) {
	x := &Timeline{Events: []*Event{{
		Date:    MustParseDate("2024-04-26"),
		Title:   "Blinken meets Xi",
		Actors:  []string{"Antony Blinken"},
		Sources: []Source{{File: "b.txt", Quote: "Blinken met Xi."}},
	}}}
	const head = "events:\n  - id: e\n    date: 2024-04\n    title: Blinken meets Xi Jinping\n    actors: [Antony Blinken]\n"
	const src = "      - file: b.txt\n        quote: Blinken met Xi.\n"
	tests := []struct{ in, want string }{
		{head, head + "    sources:\n" + src},
		{head + "    sources:\n", head + "    sources:\n" + src},
		{head + "    sources: []   # none\n", head + "    sources:    # none\n" + src},
		{head + "    sources: ~\n  - id: f\n    date: 2020\n    title: Other\n", head + "    sources:\n" + src + "  - id: f\n    date: 2020\n    title: Other\n"},
		{head + "    sources:\n    - file: a.txt\n    location: Beijing\n", head + "    sources:\n    - file: a.txt\n    - file: b.txt\n      quote: Blinken met Xi.\n    location: Beijing\n"},
		{head + "    sources:\n      - file: a.txt\n        quote: |\n          Line one.\n\n          Line two.\n\n    # the end\n", head + "    sources:\n      - file: a.txt\n        quote: |\n          Line one.\n\n          Line two.\n" + src + "\n    # the end\n"},
		{head + "    location: Beijing", head + "    location: Beijing\n    sources:\n" + src},
		// A quoted value whose lines are less indented than its key.
		{head + "    sources:\n      - file: a.txt\n        quote: 'two\n  lines'\n", head + "    sources:\n      - file: a.txt\n        quote: 'two\n  lines'\n" + src},
		// A block that keeps its last blank line (|+): the line is its own.
		{head + "    sources:\n      - file: a.txt\n        quote: |+\n          kept\n\n  - {id: f, date: 2020, title: Other}\n",
			head + "    sources:\n      - file: a.txt\n        quote: |+\n          kept\n\n" + src + "  - {id: f, date: 2020, title: Other}\n"},
	}
	for _, tt := range tests {
		out, res := merge(t, "f.yaml", []byte(tt.in), x)
		if string(out) != tt.want {
			t.Errorf("merge into\n%s\ngot:\n%s\nwant:\n%s", tt.in, out, tt.want)
		}
		if res.Sources != 1 || len(res.Added) != 0 {
			t.Errorf("merge into %q: result %+v", tt.in, res)
		}
	}
}

// TestMergeRefuses checks that layouts Merge cannot extend without
// rewriting the user's text are reported, and nothing is damaged.
func TestMergeRefuses(t *testing.T) {
	x := &Timeline{Events: []*Event{
		{Date: MustParseDate("2024-04-26"), Title: "Blinken meets Xi", Actors: []string{"A"}, Sources: []Source{{File: "b.txt", Quote: "q"}}},
	}}
	// Sources in a flow list: the event is kept as it is, and Skipped says why.
	in := "events:\n  - {date: 2024-04, title: Blinken meets Xi Jinping, actors: [A], sources: [{file: a.txt}]}\n"
	out, res := merge(t, "f.yaml", []byte(in), x)
	if string(out) != in || len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0], "timeline fmt") {
		t.Errorf("flow event: got %q, %+v", out, res)
	}
	// New events cannot be added to a non-empty flow list.
	in = "events: [{date: 2020, title: Other}]\n"
	doc, err := OpenDocument("f.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	Merge(doc, x)
	if _, err := doc.Bytes(); err == nil || !strings.Contains(err.Error(), "f.yaml:1:9: the events are written as a flow list") {
		t.Errorf("flow list: err = %v", err)
	}
}

func TestMergeRejected(t *testing.T) {
	const in = `events:
  - id: x
    date: "2022"
    title: Pelosi visits Taiwan
    rejected: true
    sources:
      - file: a.txt
        quote: Pelosi's visit to Taiwan in 2022
`
	x := &Timeline{Events: []*Event{
		// The same quote from another copy of the article, a finer date
		// and a retouched title: the same happening, still rejected.
		{Date: MustParseDate("2022-08-02"), Title: "Pelosi's visit to Taiwan", Sources: []Source{{File: "b.txt", Quote: "Pelosi’s  visit to Taiwan in 2022"}}},
		// Another article: the rejected event names no actors, and the
		// titles are the same.
		{Date: MustParseDate("2022-08"), Title: "Pelosi visits Taiwan", Actors: []string{"Taiwan"}, Sources: []Source{{File: "c.txt", Quote: "In August 2022 Pelosi went to Taiwan."}}},
	}}
	out, res := merge(t, "f.yaml", []byte(in), x)
	if string(out) != in || res.Rejected != 2 || len(res.Added) != 0 {
		t.Errorf("got %+v:\n%s", res, out)
	}
}
