package extract

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline/dates"
)

// Base verbs a present-tense schedule uses ("the first match kicks off on
// Sunday", "talks resume Monday", "Xi and Biden meet on Wednesday"), besides
// those of the other verb lists.
var scheduleVerbs = toSet(`start begin end open close resume restart meet talk return launch hold visit travel arrive leave sign
vote convene gather host play enter expire run reopen head fly tour sail land take go come hand wrap conclude continue
kick face fall stand lapse finish get`)

// verbBases holds the base verbs presentAhead knows: scheduleVerbs, the
// base forms of the irregular and present-tense verbs and of eVerbs, and
// the verbs with a type of their own.
var verbBases = func() map[string]bool {
	m := make(map[string]bool)
	for w := range scheduleVerbs {
		m[w] = true
	}
	for w := range eVerbs {
		m[w] = true
	}
	for _, b := range irregular {
		if !strings.Contains(b, " ") {
			m[b] = true
		}
	}
	for w := range presentVerbs {
		if b := presentBase(w); b != "" {
			m[b] = true
		}
	}
	for v := range verbTypes {
		if !strings.Contains(v, " ") {
			m[v] = true
		}
	}
	return m
}()

// presentBase returns the base form of a verb in the third person
// singular ("kicks" → "kick", "pushes" → "push", "tries" → "try"), or "" if
// w does not end like one.
func presentBase(w string) string {
	n := len(w)
	switch {
	case n < 4 || w[n-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return ""
	case strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes"):
		return w[:n-2]
	}
	return w[:n-1]
}

// presentAhead finds, in a segment toks[start:end] in which no finite
// verb was found, a verb in the simple present that tells a scheduled
// happening: "The first match kicks off on Sunday", "Xi and Biden meet on
// Wednesday", "Talks resume Monday". The segment must hold a time
// expression dated after the publication date (the date finder reads the
// present tense as looking ahead); the verb follows a noun phrase that
// starts the segment and agrees with it: an -s form after a singular
// noun, a base form after a plural noun or names joined by "and". A verb
// not in verbBases needs a particle ("kicks off").
func (s *sentence) presentAhead(start, end int) (verbGroup, bool) {
	none := verbGroup{start: -1, head: -1}
	if end-start < 3 || s.d.ref.IsZero() || !s.aheadIn(start, end) {
		return none, false
	}
	hasAnd := false
	for k := start + 1; k < end; k++ {
		p := s.toks[k-1]
		if p.Punct && p.Text != "’" && p.Text != "'" || s.inTimex(k-1) {
			return none, false
		}
		if p.Low == "and" {
			hasAnd = true
		} else if prepositions[p.Low] && p.Low != "of" || p.Low == "to" || auxiliaries[p.Low] || pronouns[p.Low] && k-1 > start {
			return none, false
		}
		t := s.toks[k]
		w := t.Low
		if t.Punct || !isLowerWord(t.Text) || determiners[w] || prepositions[w] || functionWords[w] || adverbs[w] || auxiliaries[w] ||
			pronouns[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || s.inTimex(k) {
			continue
		}
		if _, ev := eventNouns[w]; ev {
			continue
		}
		subj := p.Low
		pluralSubj := hasAnd || pluralNoun(subj) && (!isCap(p.Text) || k-1 == 0) || numberWords[subj] && subj != "one"
		base := ""
		if b := presentBase(w); b != "" && !pluralSubj && (determiners[s.toks[start].Low] || isCap(s.toks[start].Text)) {
			base = b
		} else if pluralSubj && presentBase(w) == "" {
			base = w
		}
		if base == "" {
			continue
		}
		g := verbGroup{start: k, head: k, end: k + 1, form: formActive, base: base}
		s.addParticle(&g, end)
		if g.end == k+1 && !verbBases[base] {
			continue
		}
		// What follows the verb: a circumstance, an object or nothing.
		if n := g.end; n < end {
			nt := s.toks[n]
			if !nt.Punct && !prepositions[nt.Low] && !s.inTimex(n) && !determiners[nt.Low] && !isCap(nt.Text) && !particles[nt.Low] {
				continue
			}
		}
		return g, true
	}
	return none, false
}

// aheadIn reports whether a time expression in toks[a:b] dates a day
// after the publication date.
func (s *sentence) aheadIn(a, b int) bool {
	from, to := s.toks[a].Start, s.toks[b-1].End
	i, _ := slices.BinarySearchFunc(s.d.timexes, from, func(tx dates.Timex, off int) int { return tx.Start - off })
	for ; i < len(s.d.timexes) && s.d.timexes[i].Start < to; i++ {
		tx := s.d.timexes[i]
		if tx.Type != dates.Date || tx.Value == "" {
			continue
		}
		if dt, err := EDTF(tx.Value, tx.Mod); err == nil && dt.Start().After(s.d.ref) {
			return true
		}
	}
	return false
}

// presentSimple reports whether the verb of c is a single word in the
// simple present: "meets", "kicks off", "resume".
func (s *sentence) presentSimple(c clause) bool {
	if c.vg.form != formActive || c.vg.head != c.vg.start || c.vg.head < 0 {
		return false
	}
	w := s.toks[c.vg.head].Low
	return !auxiliaries[w] && baseVerb(w) == "" && !strings.HasSuffix(w, "ed") && subjectVerbs[w] == ""
}

// presentClauseAt reports whether a clause whose verb presentAhead finds
// starts at toks[i] and runs to the next clause boundary.
func (s *sentence) presentClauseAt(i int) bool {
	end := i
	for end < len(s.toks) && !(s.toks[end].Punct && strings.Contains(",;:—–()", s.toks[end].Text)) {
		end++
	}
	_, ok := s.presentAhead(i, end)
	return ok
}

// infinitiveBetween reports whether "to" and a verb stand in toks[a:b]:
// "to cut", "to take effect".
func (s *sentence) infinitiveBetween(a, b int) bool {
	for k := a; k+1 < b && k+1 < len(s.toks); k++ {
		if s.toks[k].Low != "to" {
			continue
		}
		n := s.toks[k+1]
		if !n.Punct && isLowerWord(n.Text) && !determiners[n.Low] && !s.inTimex(k+1) && (verbBases[n.Low] || baseVerb(n.Low) == "" && !strings.HasSuffix(n.Low, "s")) {
			return true
		}
	}
	return false
}
