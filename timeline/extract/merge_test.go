package extract

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

func ev(date, title, typ, file string, actors ...string) *timeline.Event {
	return &timeline.Event{
		Date: timeline.MustParseDate(date), Title: title, Type: typ, Actors: actors,
		Sources: []timeline.Source{{File: file, Quote: title + "."}},
	}
}

func encode(t *testing.T, events []*timeline.Event) []byte {
	t.Helper()
	tl := &timeline.Timeline{Events: events}
	tl.AssignIDs()
	var b bytes.Buffer
	if err := timeline.Encode(&b, tl); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMerge(t *testing.T) {
	in := []*timeline.Event{
		ev("1978-09-17", "Sadat and Begin sign Camp David accords", "SUPPORT", "a.txt", "Anwar Sadat", "Menachem Begin", "Egypt", "Israel"),
		ev("1978", "Carter brokers Camp David accords", "SUPPORT", "b.md", "Jimmy Carter", "Egypt", "Israel"),
		ev("2023-08-18", "Biden hosts Camp David summit", "CONSULT", "b.md", "Joe Biden", "Japan", "South Korea"),
		ev("1985", "Reagan and Gorbachev hold summit in Geneva", "CONSULT", "c.txt", "Ronald Reagan", "Mikhail Gorbachev"),
		ev("2021-06-16", "Biden and Putin hold summit in Geneva", "CONSULT", "c.txt", "Joe Biden", "Vladimir Putin"),
		ev("2020-06-15", "Twenty Indian soldiers killed in clash", "ASSAULT", "d.txt", "India", "China"),
		ev("2020-06-15", "Monday's clash erupts", "", "d.txt"),
	}
	out := Merge(in)
	var titles []string
	for _, e := range out {
		titles = append(titles, e.Date.String()+" "+e.Title)
	}
	want := []string{
		"1978-09-17 Sadat and Begin sign Camp David accords",
		"1985 Reagan and Gorbachev hold summit in Geneva",
		"2020-06-15 Twenty Indian soldiers killed in clash",
		"2021-06-16 Biden and Putin hold summit in Geneva",
		"2023-08-18 Biden hosts Camp David summit",
	}
	if !slices.Equal(titles, want) {
		t.Errorf("Merge titles =\n%q\nwant\n%q", titles, want)
	}
	if got := out[0].Sources; len(got) != 2 || got[0].File != "a.txt" || got[1].File != "b.md" {
		t.Errorf("merged sources = %+v, want a.txt and b.md", got)
	}
	if got := out[0].Actors; !slices.Contains(got, "Jimmy Carter") {
		t.Errorf("merged actors = %v, want Jimmy Carter among them", got)
	}
	// The same output whatever the order of the input.
	first := string(encode(t, out))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(in)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := string(encode(t, Merge(shuffled))); got != first {
			t.Fatalf("Merge depends on input order:\n%s\nvs\n%s", got, first)
		}
	}
}

// TestMergeWords checks what counts as a shared word: synonyms do, names
// (which say who, not what) do not.
func TestMergeWords(t *testing.T) {
	for _, c := range []struct {
		a, b *timeline.Event
		same bool
	}{
		{ev("2016-01", "Riyadh cuts ties with Tehran", "SANCTION", "a.txt", "Saudi Arabia", "Iran"),
			ev("2016-01-03", "Kingdom breaks off relations", "SANCTION", "a.txt", "Saudi Arabia", "Iran"), true},
		{ev("1978", "1978 accords between Egypt and Israel", "SUPPORT", "b.md", "Egypt", "Israel"),
			ev("1978-09-17", "Sadat and Begin sign two agreements", "SUPPORT", "a.txt", "Anwar Sadat", "Egypt", "Israel"), true},
		// Annexing, seizing, taking over and a law absorbing a territory
		// are one kind of happening; an airliner shot down the same year
		// by the same country is not.
		{ev("2014-03-18", "Putin signs law absorbing Crimea", "ASSAULT", "a.txt", "Vladimir Putin", "Russia", "Crimea"),
			ev("2014", "Russia annexes Crimea", "ASSAULT", "b.txt", "Russia", "Crimea"), true},
		{ev("2014-02", "Russian troops seize Crimea", "ASSAULT", "a.txt", "Russia", "Crimea"),
			ev("2014", "Moscow takes over the peninsula", "ASSAULT", "b.txt", "Russia", "Crimea"), true},
		{ev("2014", "Russia annexes Crimea", "ASSAULT", "a.txt", "Russia", "Crimea"),
			ev("2014-07", "Russian missile shoots down airliner", "ASSAULT", "b.txt", "Russia"), false},
		// Withdrawing and pulling out are one kind of happening; "Mr
		// Trump" is Donald Trump.
		{ev("2018-10", "Trump says US will withdraw", "RETREAT", "a.txt", "Donald Trump", "United States"),
			ev("2018-10-20", "Trump announces US will pull out", "RETREAT", "a.txt", "Donald Trump", "United States"), true},
		// So are exiting, leaving and quitting.
		{ev("2020-11-04", "US exit from the Paris agreement takes effect", "RETREAT", "a.txt", "United States"),
			ev("2020-11-04", "United States becomes only country to leave the accord", "RETREAT", "a.txt", "United States"), true},
		// ... or by naming a happening the other's sentence tells of.
		{&timeline.Event{Date: timeline.MustParseDate("2024-03-11"), Title: "Flag to be raised at headquarters", Actors: []string{"NATO"},
			Description: "The flag will be raised on Monday in a ceremony.", Sources: []timeline.Source{{File: "a.txt"}}},
			&timeline.Event{Date: timeline.MustParseDate("2024-W11"), Title: "Ceremony to be held instead", Actors: []string{"NATO"},
				Description: "The ceremony will be held at the start of the week.", Sources: []timeline.Source{{File: "a.txt"}}}, true},
		// ... but not by sharing who did it.
		{ev("1997-07-01", "Democratic legislators lose their seats", "", "a.txt", "China"),
			ev("1997-07-01", "Democratic legislators to hold protest", "PROTEST", "a.txt", "China"), false},
		// Within one article, a typeless event may join one told before,
		// but not on a shared name alone.
		{ev("2024-03-07", "Kristersson hands instrument of accession to Blinken", "SUPPORT", "a.txt", "United States"),
			ev("2024-03-07", "Ulf Kristersson to watch the State of the Union address", "", "a.txt", "United States"), false},
	} {
		got := len(Merge([]*timeline.Event{c.a, c.b})) == 1
		if got != c.same {
			t.Errorf("%q and %q: merged = %v, want %v", c.a.Title, c.b.Title, got, c.same)
		}
	}
}
