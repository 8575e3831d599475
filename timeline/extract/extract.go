package extract

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

// An Extractor finds events in articles. The zero value is ready to use; it
// recognises no actors beyond the names it finds in the text.
type Extractor struct {
	// Gazetteer names the countries, organisations and people it
	// recognises as actors. nil means an empty one.
	Gazetteer *Gazetteer
	// Find finds the time expressions of a text; nil means dates.Find.
	Find func(text string, ref time.Time) []dates.Timex
}

// Extract returns the events of a, merged (the same happening told twice
// is one event) and sorted. Each event cites a as its source, with the
// sentence it came from as the quote. Relative dates need a.Published;
// without it only absolute dates ("in 2022", "Feb. 3, 2021") give events.
func (x *Extractor) Extract(a *Article) []*timeline.Event {
	g := x.Gazetteer
	if g == nil {
		g = &Gazetteer{}
	}
	find := x.Find
	if find == nil {
		find = dates.Find
	}
	var ref time.Time
	if a.Published != "" {
		ref, _ = time.Parse("2006-01-02", a.Published)
	}
	doc := newDocument(a, g, ref)
	doc.timexes = find(a.Text, ref)
	doc.addAfterwards()
	doc.resolvePlaces()
	events := doc.foldEntries(doc.events())
	for _, e := range events {
		e.Title = capWords(e.Title, maxTitleWords)
	}
	return Merge(events)
}

// capWords returns s cut to its first n words, at the start of a phrase
// and without a dangling preposition, article or conjunction at the end.
func capWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	if c := trimObject(cutAtPhrase(f, n)); len(c) > 0 {
		return strings.Join(c, " ")
	}
	return strings.Join(f[:n], " ")
}
