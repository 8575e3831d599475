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
		for _, m := range g.scanActors(c.text, tokenize(c.text)) {
			got = append(got, m.Name+"/"+m.Short)
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("scanActors(%q) = %s\nwant %s", c.text, s, c.want)
		}
	}
}
