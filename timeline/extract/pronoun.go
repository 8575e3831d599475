package extract

import "strings"

// A referent is a noun phrase that a pronoun may stand for.
type referent struct {
	text           string
	sp             span
	plural, person bool
}

// fits reports whether a pronoun can stand for r: "it" for one thing,
// "they" and "them" for several, "he" and "she" for a person.
func (r referent) fits(pronoun string) bool {
	switch pronoun {
	case "it", "its":
		return !r.plural && !r.person
	case "they", "them", "their":
		return r.plural
	case "he", "she", "him", "her", "his":
		return r.person && !r.plural
	}
	return false
}

// clauseReferents returns the subject and the object of clause c as
// candidate referents, when they are noun phrases (not pronouns).
func (s *sentence) clauseReferents(c clause) (subj, obj referent, okS, okO bool) {
	a, b := s.subjectOf(c)
	if a >= b {
		// "The United States, now the biggest emitter, has …".
		if ea, eb, ok := s.elidedSubject(c.si); ok && c.vg.start == s.segs[c.si].start {
			a, b = ea, eb
		}
	}
	if a < b && !(b-a == 1 && pronouns[s.toks[a].Low]) {
		t, pl := s.nameNP(a, b, true)
		subj, okS = referent{t, span{s.toks[a].Start, s.toks[b-1].End}, pl, s.isPersonNP(a, b)}, t != ""
	}
	if speechVerbs[c.vg.base] {
		return // what was said is a clause, not a thing
	}
	oa, ob := s.objectNP(c)
	for oa < ob && (determiners[s.toks[oa].Low] || s.toks[oa].Low == "the") {
		oa++
	}
	// "approved the Swedish bid the day after": one noun phrase; "export
	// controls it had imposed": the pronoun starts another clause.
	for k := oa + 1; k < ob; k++ {
		if determiners[s.toks[k].Low] || subjectPronouns[s.toks[k].Low] || s.toks[k].Low == "there" || s.toks[k].Low == "here" {
			ob = k
		}
	}
	// "spent the rest of his life": a stretch of time is no thing.
	if oa < ob && (spanNouns[s.toks[oa].Low] || spanNouns[s.toks[ob-1].Low]) {
		return
	}
	if oa < ob && !pronouns[s.toks[oa].Low] && !(ob-oa == 1 && subjectPronouns[s.toks[oa].Low]) && s.toks[oa].Low != "them" && s.toks[oa].Low != "him" && s.toks[oa].Low != "her" {
		t, pl := s.nameNP(oa, ob, false)
		obj, okO = referent{t, span{s.toks[oa].Start, s.toks[ob-1].End}, pl, s.isPersonNP(oa, ob)}, t != ""
	}
	return
}

// Nouns of a stretch of time, which "it" does not stand for.
var spanNouns = toSet(`rest remainder life lifetime time career tenure term years months weeks days hours decades while`)

// Nouns that name a person by office or role: "Kuwait's emir", "the
// foreign minister", "the two leaders".
var personNouns = toSet(`emir emirs king kings queen president presidents minister ministers leader leaders chancellor premier
sultan prince princess pope official officials diplomat diplomats spokesman spokeswoman envoy envoys negotiator negotiators
commander commanders ambassador ambassadors secretary mayor governor senator senators judge judges aide aides adviser advisers
successor predecessor counterpart counterparts rival rivals chief sheikh ayatollah monarch ruler rulers dictator
man men woman women people soldier soldiers voters lawmakers`)

// isPersonNP reports whether the noun phrase toks[a:b] names people: it
// ends in a person's name ("President Joe Biden") or its head is a noun
// of office or role ("Kuwait's emir"), so that "it" cannot stand for it.
func (s *sentence) isPersonNP(a, b int) bool {
	return personNouns[s.toks[b-1].Low] && isLowerWord(s.toks[b-1].Text) || s.hasPerson(a, b) && s.personHead(a, b)
}

// personHead reports whether the noun phrase toks[a:b] ends in a
// person's name (or is only names): "President Joe Biden", not "Biden's
// first trip".
func (s *sentence) personHead(a, b int) bool {
	ms := s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End})
	return len(ms) > 0 && ms[len(ms)-1].Kind == kindPerson && ms[len(ms)-1].End >= s.toks[b-1].Start+len(s.toks[b-1].Text)
}

// referentOf returns what pronoun, in clause c (as its object when
// object is set), stands for: the nearest fitting subject or object of an
// earlier main clause of the sentence other than exclude (an object first
// for an object, a
// subject first for a subject), else the first of a main or reported
// clause of one of the two sentences before.
func (s *sentence) referentOf(c clause, pronoun string, object bool, exclude string) (referent, bool) {
	pick := func(t *sentence, cc clause) (referent, bool) {
		subj, obj, okS, okO := t.clauseReferents(cc)
		first, second, ok1, ok2 := subj, obj, okS, okO
		if object {
			first, second, ok1, ok2 = obj, subj, okO, okS
		}
		if ok1 && first.fits(pronoun) && !strings.EqualFold(first.text, exclude) {
			return first, true
		}
		if ok2 && second.fits(pronoun) && !strings.EqualFold(second.text, exclude) {
			return second, true
		}
		return referent{}, false
	}
	for j := c.si; j >= 0; j-- {
		// Relative and subordinate clauses ("where his coalition has a
		// majority", "after the Timorese declared independence") say
		// something in passing.
		if j < c.si && (relativeLeads[s.segs[j].lead] || subordinators[s.segs[j].lead]) {
			continue
		}
		vs := s.segs[j].verbs
		for v := len(vs) - 1; v >= 0; v-- {
			if j == c.si && vs[v].start >= c.vg.start {
				continue
			}
			if r, ok := pick(s, clause{j, vs[v]}); ok {
				return r, true
			}
		}
	}
	p := s.prev
	for n := 0; p != nil && n < 2; n++ {
		for si, seg := range p.segs {
			if relativeLeads[seg.lead] && seg.lead != "that" || subordinators[seg.lead] {
				continue
			}
			for _, v := range seg.verbs {
				if r, ok := pick(p, clause{si, v}); ok {
					return r, true
				}
			}
		}
		p = p.prev
	}
	return referent{}, false
}

// pluralBefore returns the nearest plural common noun before toks[k] in
// the sentence, outside the subject of clause c: "troops" in "inherited a
// force of 2,500 troops, announced that all of them would be out".
func (s *sentence) pluralBefore(c clause, k int) (string, bool) {
	a, b := s.subjectOf(c)
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if j >= a && j < b || t.Punct || !isLowerWord(t.Text) || s.inTimex(j) || s.isVerbAt(j) {
			continue
		}
		if !pluralNoun(t.Text) || determiners[t.Low] || numberWords[t.Low] || prepositions[t.Low] || pronouns[t.Low] || t.Low == "them" || t.Low == "this" {
			continue
		}
		if j+1 < len(s.toks) && isLowerWord(s.toks[j+1].Text) && !prepositions[s.toks[j+1].Low] && !s.isVerbAt(j+1) && !clauseLeads[s.toks[j+1].Low] {
			continue // not the head of its noun phrase
		}
		return t.Text, true
	}
	return "", false
}

// groupReferent returns what "them" in "one of them" stands for when no
// plural noun names it: the nearest noun of a happening or an agreement
// before toks[k] ("A truce … collapsed, and two more, one of them brokered
// by the United States, …").
func (s *sentence) groupReferent(k int) (string, bool) {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if _, ok := eventNouns[t.Low]; (ok || agreementNouns[t.Low]) && isLowerWord(t.Text) && !s.inTimex(j) {
			return t.Low, true
		}
	}
	return "", false
}

// isPerson reports whether name is how the document names a person: the
// short or full name of a person it mentions.
func (d *document) isPerson(name string) bool {
	for _, m := range d.mentions {
		if m.Kind == kindPerson && (m.Short == name || m.Name == name) {
			return true
		}
	}
	return false
}
