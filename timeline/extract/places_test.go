package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline/dates"
)

// TestPlaceDescriptions checks which place each definite description ("the
// peninsula", "the capital") stands for: the nearest one before it whose
// kind fits, never the subject of its own verb; "" means it is left alone.
func TestPlaceDescriptions(t *testing.T) {
	g := builtin(t)
	for _, c := range []struct {
		text string
		want map[string]string // description → place (and how a title says it, after a slash)
	}{
		{"Moscow took control of Crimea in 2014. A month later it held a vote on the peninsula.",
			map[string]string{"the peninsula": "Crimea/Crimea"}},
		{"Chinese jets flew near Taiwan on Monday. The island's defence ministry protested.",
			map[string]string{"The island": "Taiwan/Taiwan"}},
		{"Grain sat in Ukrainian ports after Russia invaded the country in February.",
			map[string]string{"the country": "Ukraine/Ukraine"}},
		{"Prime Minister Narendra Modi said the country would not yield.",
			map[string]string{"the country": "India/India"}},
		{"Obama landed in Cuba on Sunday. In the capital he met Raúl Castro.",
			map[string]string{"the capital": "Cuba/Havana"}},
		{"The talks were held in Moscow. The city was quiet.",
			map[string]string{"The city": "Russia/Moscow"}},
		{"Azerbaijan retook Nagorno-Karabakh in 2023, and most of the enclave's residents fled.",
			map[string]string{"the enclave": "Nagorno-Karabakh/Nagorno-Karabakh"}},
		{"Finland will host an exercise in the north of the country next month.",
			map[string]string{"the country": "Finland/Finland"}},
		{"Israel left Gaza in 2005.\n\nHamas took over the territory two years later.",
			map[string]string{"the territory": "Gaza Strip/Gaza Strip"}},
		// Of several countries, the one the sentence is about; two
		// sentences' subjects of different countries leave it open.
		{"On Monday, Seoul announced that a fund, not Japanese firms, would pay, as the country's court had ordered.",
			map[string]string{"the country": "South Korea/South Korea"}},
		{"Prime Minister Narendra Modi and President Joe Biden were among the guests.\n\nGusmao was sworn in as the country's first president.",
			map[string]string{"the country": ""}},
		// A name or an of-phrase after the noun names the place; words
		// between "the" and the noun make another description; a place
		// of another kind does not fit.
		{"Troops entered Georgia. They reached the city of Gori on Wednesday.", map[string]string{"the city": ""}},
		{"Ukraine said the capital, Kyiv, was calm.", map[string]string{"the capital": ""}},
		{"Japan hosted the talks. The ceremony was held in the Japanese city.", map[string]string{"the Japanese city": ""}},
		{"Talks were held in Japan. The region was calm.", map[string]string{"The region": ""}},
		{"The island was calm.", map[string]string{"The island": ""}},
		// Too far back: two sentences before, in another paragraph.
		{"Chinese jets flew near Taiwan.\n\nThe talks ended on Friday. Ships left the island on Monday.", map[string]string{"the island": ""}},
	} {
		ref := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
		d := newDocument(&Article{Text: c.text}, g, ref)
		d.timexes = dates.Find(c.text, ref)
		d.resolvePlaces()
		for desc, want := range c.want {
			at := strings.Index(c.text, desc)
			if at < 0 {
				t.Fatalf("%q not in %q", desc, c.text)
			}
			got := ""
			if m, ok := d.descAt(at); ok {
				got = m.Name + "/" + m.Short
			}
			if got != want {
				t.Errorf("%q: %q = %q, want %q", c.text, desc, got, want)
			}
		}
		if !slices.IsSortedFunc(d.mentions, func(a, b mention) int { return a.Start - b.Start }) {
			t.Errorf("%q: mentions out of order", c.text)
		}
	}
}

// TestPlaceDescriptionEvents checks that a description gives the event its
// actor and the title the place's name.
func TestPlaceDescriptionEvents(t *testing.T) {
	evs := extractText(t, "2015-01-10", "Russian troops had taken control of Crimea by early March 2014. On March 18, 2014, Vladimir Putin signed a law annexing the peninsula.")
	for _, e := range evs {
		if e.Date.String() != "2014-03-18" {
			continue
		}
		if e.Title != "Putin signs law annexing Crimea" || !slices.Contains(e.Actors, "Crimea") || e.Type != "ASSAULT" {
			t.Errorf("got %q %v %s, want \"Putin signs law annexing Crimea\" with Crimea among the actors, ASSAULT", e.Title, e.Actors, e.Type)
		}
		return
	}
	t.Errorf("no event on 2014-03-18 in %v", evs)
}
