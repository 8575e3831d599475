package timeline

import (
	"strings"
)

// SameHappening reports whether a and b describe the same happening, so
// that an extracted event b adds its sources to a (or stays out, when the
// user rejected a) instead of being added again. It is the rule Merge uses,
// and it is built to survive the user's edits: titles may have been
// rewritten, so no single field has to match exactly.
//
// Two events are the same happening when all of these hold:
//   - their dates are compatible: one contains the other (Date.Contains),
//     so "2022" and "2022-08-02" may match but "2022-08" and "2022-09" may not;
//   - their types agree, or at least one of them has none;
//   - and either
//     (a) they cite the same quote (compared ignoring case, accents and
//     spacing) and have similar titles or the same non-empty set of actors, or
//     (b) they share an actor and have similar titles, or
//     (c) one of them names no actors (as events people add by hand often
//     do) and their titles are nearly the same.
//
// Titles are similar when their Dice coefficient over content words (lower
// case, without accents, common function words and the endings -s, -es,
// -ed, -ing) is at least 0.5: "Pelosi visits Taiwan" and "Speaker Pelosi's
// visit to Taiwan" are similar; "Blinken meets Xi Jinping" and "Blinken
// holds talks with Wang Yi" are not. Nearly the same is at least 0.8.
//
// SameHappening is symmetric. It errs on the side of "different": a missed
// match adds an event the user can reject once, while a false match would
// hide a new event.
func SameHappening(a, b *Event) bool {
	return newHappening(a).same(newHappening(b))
}

// happening holds what SameHappening compares of an event, computed once.
type happening struct {
	e      *Event
	quotes map[string]bool // normalised quotes of its sources
	actors map[string]bool // normalised actors
	title  string          // normalised title
	words  map[string]bool // content words of the title
}

func newHappening(e *Event) *happening {
	h := &happening{e: e, quotes: make(map[string]bool), actors: actorSet(e.Actors), title: normText(e.Title), words: titleWords(e.Title)}
	for _, s := range e.Sources {
		if s.Quote != "" {
			h.quotes[normText(s.Quote)] = true
		}
	}
	return h
}

func (a *happening) same(b *happening) bool {
	if !a.e.Date.Contains(b.e.Date) && !b.e.Date.Contains(a.e.Date) {
		return false
	}
	if a.e.Type != "" && b.e.Type != "" && a.e.Type != b.e.Type {
		return false
	}
	sim := a.titleSimilarity(b)
	if a.sharesQuote(b) && (sim >= 0.5 || sameSet(a.actors, b.actors)) {
		return true
	}
	if sim >= 0.5 && sharesKey(a.actors, b.actors) {
		return true
	}
	return sim >= 0.8 && (len(a.actors) == 0 || len(b.actors) == 0)
}

func (a *happening) sharesQuote(b *happening) bool { return sharesKey(a.quotes, b.quotes) }

// titleSimilarity is the Dice coefficient of the content words of the
// titles: 1 when they are the same (or the titles are, as folded by
// normText), 0 when they share none.
func (a *happening) titleSimilarity(b *happening) float64 {
	if a.title == b.title {
		return 1
	}
	if len(a.words) == 0 || len(b.words) == 0 {
		return 0
	}
	common := 0
	for w := range a.words {
		if b.words[w] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(a.words)+len(b.words))
}

// normText folds s for comparison: lower case, accents removed, curly
// quotes made straight, runs of spaces collapsed.
func normText(s string) string {
	return strings.Join(strings.Fields(quoteFolder.Replace(asciiFold(s))), " ")
}

var quoteFolder = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'")

func actorSet(actors []string) map[string]bool {
	m := make(map[string]bool, len(actors))
	for _, a := range actors {
		if k := normText(a); k != "" {
			m[k] = true
		}
	}
	return m
}

// sharesKey reports whether a and b have a key in common.
func sharesKey(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// sameSet reports whether a and b hold the same keys, and some.
func sameSet(a, b map[string]bool) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// stopWords are function words left out of title comparison.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "and": true, "or": true, "by": true, "from": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "its": true, "his": true,
	"her": true, "their": true, "into": true, "over": true, "after": true, "about": true,
}

// titleWords returns the content words of a title, lightly stemmed.
func titleWords(title string) map[string]bool {
	words := make(map[string]bool)
	for w := range strings.FieldsFuncSeq(asciiFold(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) < 2 || stopWords[w] {
			continue
		}
		words[stem(w)] = true
	}
	return words
}

// stem removes a common English inflection from w: "visits", "visited"
// and "visiting" become "visit".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// titleSimilarity compares two titles as SameHappening does.
func titleSimilarity(a, b string) float64 {
	return newHappening(&Event{Title: a}).titleSimilarity(newHappening(&Event{Title: b}))
}
