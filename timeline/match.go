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
	if !a.Date.Contains(b.Date) && !b.Date.Contains(a.Date) {
		return false
	}
	if a.Type != "" && b.Type != "" && a.Type != b.Type {
		return false
	}
	sim := titleSimilarity(a.Title, b.Title)
	if sharesQuote(a, b) && (sim >= 0.5 || sameActors(a.Actors, b.Actors)) {
		return true
	}
	if sim >= 0.5 && sharesActor(a.Actors, b.Actors) {
		return true
	}
	return sim >= 0.8 && (len(actorSet(a.Actors)) == 0 || len(actorSet(b.Actors)) == 0)
}

// normText folds s for comparison: lower case, accents removed, runs of
// spaces and punctuation-free quotes collapsed.
func normText(s string) string {
	s = asciiFold(s)
	s = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func sharesQuote(a, b *Event) bool {
	for _, x := range a.Sources {
		if x.Quote == "" {
			continue
		}
		qx := normText(x.Quote)
		for _, y := range b.Sources {
			if y.Quote != "" && normText(y.Quote) == qx {
				return true
			}
		}
	}
	return false
}

func actorSet(actors []string) map[string]bool {
	m := make(map[string]bool, len(actors))
	for _, a := range actors {
		if k := normText(a); k != "" {
			m[k] = true
		}
	}
	return m
}

func sharesActor(a, b []string) bool {
	sa := actorSet(a)
	for k := range actorSet(b) {
		if sa[k] {
			return true
		}
	}
	return false
}

func sameActors(a, b []string) bool {
	sa, sb := actorSet(a), actorSet(b)
	if len(sa) == 0 || len(sa) != len(sb) {
		return false
	}
	for k := range sb {
		if !sa[k] {
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

// titleSimilarity is the Dice coefficient of the content words of a and b:
// 1 when they are the same (or the titles are, as folded by normText), 0
// when they share none.
func titleSimilarity(a, b string) float64 {
	if normText(a) == normText(b) {
		return 1
	}
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}
