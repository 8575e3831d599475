package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/data"
)

func builtin(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteer(data.FS(), "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestParseGazetteerErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"countries:\n  - {name: X, capitol: Y}\n", "g.yaml:2: unknown field 'capitol'"},
		{"people:\n  - name: A\n    offices: [{title: P, from: 2021-02-30}]\n", "February 2021 has 28 days"},
		{"organisations:\n  - {aliases: [X]}\n", "organisations entry 1 has no name"},
		{"places:\n  - {kind: [island]}\n", "places entry 1 has no name"},
		{"places:\n  - {name: X, kinds: [island]}\n", "g.yaml:2: unknown field 'kinds'"},
		{"countries: [\n", "g.yaml:1: invalid YAML"},
	} {
		_, err := ParseGazetteer("g.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseGazetteer(%q) error = %v, want it to contain %q", c.src, err, c.want)
		}
	}
}

func TestHolder(t *testing.T) {
	g := builtin(t)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct{ country, title, day, want string }{
		{"United States", "Secretary of State", "2024-04-26", "Antony Blinken"},
		{"United States", "President", "1978-09-18", "Jimmy Carter"},
		{"United States", "President", "2021-01-20", "Joe Biden"},
		{"United States", "President", "2021-01-19", "Donald Trump"},
		{"Russia", "President", "2010-01-01", "Dmitry Medvedev"},
		{"China", "Foreign Minister", "2023-03-01", "Qin Gang"},
	} {
		e := g.holder(c.country, c.title, day(c.day))
		if e == nil || e.name != c.want {
			t.Errorf("holder(%s, %s, %s) = %v, want %s", c.country, c.title, c.day, e, c.want)
		}
	}
}

func TestScanActors(t *testing.T) {
	g := builtin(t)
	for _, c := range []struct{ text, want string }{
		{"Secretary of State Antony Blinken sat down with Chinese President Xi Jinping in Beijing.", "Antony Blinken/Blinken China/Chinese Xi Jinping/Xi China/Beijing"},
		{"His successor, Theresa May, took office. May announced in May 2019 that she would go.", "Theresa May/May Theresa May/May"},
		{"Public Security Minister Wang Xiaohong met Foreign Minister Wang Yi.", "Wang Xiaohong/Xiaohong Wang Yi/Wang"},
		{"The Trilateral Contact Group met in Minsk.", "Trilateral Contact Group/Trilateral Contact Group Belarus/Minsk"},
		{"The U.N. Security Council voted.", "UN Security Council/U.N. Security Council"},
	} {
		var got []string
		for _, m := range g.scanActors(c.text, tokenize(c.text), time.Time{}) {
			got = append(got, m.Name+"/"+m.Short)
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("scanActors(%q) = %s\nwant %s", c.text, s, c.want)
		}
	}
}

// TestOfficeHolders checks that a bare title names the person who held it
// on the day of the article.
func TestOfficeHolders(t *testing.T) {
	g := builtin(t)
	for _, c := range []struct{ day, text, want string }{
		{"1972-02-21", "The Chinese premier will give a banquet.", "Zhou Enlai/Zhou"},
		{"2024-03-07", "The Swedish prime minister is expected to attend.", "Ulf Kristersson/Kristersson"},
		{"2023-12-01", "Britain's foreign secretary flew to Kyiv.", "David Cameron/Cameron Ukraine/Kyiv"},
		{"2023-12-01", "The U.S. secretary of state flew to Kyiv.", "Antony Blinken/Blinken Ukraine/Kyiv"},
		// A name after the title is the person; no day, no lookup.
		{"2024-04-26", "Chinese President Xi Jinping met him.", "China/Chinese Xi Jinping/Xi"},
		{"", "The Chinese premier spoke.", "China/Chinese"},
	} {
		var ref time.Time
		if c.day != "" {
			ref, _ = time.Parse("2006-01-02", c.day)
		}
		var got []string
		for _, m := range g.scanActors(c.text, tokenize(c.text), ref) {
			got = append(got, m.Name+"/"+m.Short)
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("scanActors(%q, %s) = %s\nwant %s", c.text, c.day, s, c.want)
		}
	}
}

// TestGazetteerPlaces checks that a user's places and kinds are read and
// used: a description names the place of the right kind.
func TestGazetteerPlaces(t *testing.T) {
	g, err := ParseGazetteer("g.yaml", []byte("countries:\n  - {name: Freedonia, capital: Fredville, kind: [island]}\nplaces:\n  - {name: Sylvania Strip, aliases: [Sylvania], kind: [strip, enclave]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	x := Extractor{Gazetteer: g}
	a := &Article{Name: "a.txt", Published: "2024-05-01", Text: "Freedonia blockaded Sylvania in March. On April 2 its navy shelled the enclave. On April 3 a storm hit the island."}
	got := map[string]string{}
	for _, e := range x.Extract(a) {
		got[e.Date.String()] = e.Title + " | " + strings.Join(e.Actors, ", ")
	}
	for d, want := range map[string]string{
		"2024-04-02": "Navy shells Sylvania Strip | Sylvania Strip",
		"2024-04-03": "Storm hits Freedonia | Freedonia",
	} {
		if got[d] != want {
			t.Errorf("%s: got %q, want %q", d, got[d], want)
		}
	}
}
