package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline/dates"
)

// maxTitleWords is the longest title made.
const maxTitleWords = 12

// Phrasal predicates that headlines say more simply.
var headlineVerbs = map[string]string{
	"sit down with": "meet", "sat down with": "meet", "meet with": "meet", "met with": "meet",
	"hold talks with": "hold talks with", "speak by telephone with": "speak by phone with",
}

// Verbs of saying, whose object is what was said.
var speechVerbs = toSet(`say announce tell warn declare state insist argue claim note report confirm deny add predict
believe reveal disclose acknowledge concede admit`)

// clauseTitle makes a "who does what" title from clause c, leaving out the
// time expression tx. It returns the title, the PLOVER type, and whether
// the verb is in the future.
func (s *sentence) clauseTitle(c clause, tx dates.Timex) (string, string, bool) {
	seg := s.segs[c.si]
	vg := c.vg
	subj, plural := s.subjectText(c)
	base := vg.base
	particle := ""
	if vg.end > vg.head+1 {
		particle = strings.ToLower(s.toks[vg.end-1].Text)
	}
	objStart, objEnd := vg.end, seg.end
	for _, v := range seg.verbs {
		if v.start > vg.start {
			objEnd = v.start
			break
		}
	}
	phr := strings.TrimSpace(base + " " + particle)
	if objStart < objEnd {
		if hv, ok := headlineVerbs[phr+" "+strings.ToLower(s.toks[objStart].Text)]; ok {
			base, particle = hv, ""
			objStart++
		}
	}
	// "said on Tuesday that X": the title says what was said.
	if speechVerbs[base] && c.si+1 < len(s.segs) && s.segs[c.si+1].lead == "that" && vg.form != formPassive {
		objStart, objEnd = s.segs[c.si+1].start, s.segs[c.si+1].end
	}
	// "X will happen, the ministry said on Tuesday": what was said comes
	// first.
	if speechVerbs[base] && vg.form != formPassive && (objStart >= objEnd || s.inTimex(objStart) || prepositions[strings.ToLower(s.toks[objStart].Text)] && objStart+1 < objEnd && s.inTimex(objStart+1)) && c.si > 0 && s.segs[c.si].lead == "" && len(s.segs[c.si-1].verbs) > 0 {
		prev := s.segs[c.si-1]
		objStart, objEnd = prev.start, prev.end
	}
	var verbWords []string
	switch vg.form {
	case formPassive, formParticiple:
		verbWords = append(verbWords, strings.ToLower(s.toks[vg.head].Text))
	case formFuture:
		if strings.HasSuffix(base, "ed") || irregular[base] != "" && irregular[base] != base {
			verbWords = append(verbWords, "to", "be", base) // "will be elected"
		} else {
			verbWords = append(verbWords, "to", base)
		}
	default:
		if plural {
			verbWords = append(verbWords, base)
		} else {
			f := strings.Fields(base)
			f[0] = thirdPerson(f[0])
			verbWords = append(verbWords, strings.Join(f, " "))
		}
	}
	if particle != "" {
		verbWords = append(verbWords, particle)
	}
	obj := s.objectWords(c, objStart, objEnd, tx, maxTitleWords-len(strings.Fields(subj))-len(verbWords))
	// "a framework that the negotiators announced": the noun before the
	// relative clause is what its verb acted on.
	if (seg.lead == "that" || seg.lead == "which") && vg.form == formActive && seg.start >= 2 {
		if a, b := s.subjectOf(c); a < b && !pronouns[strings.ToLower(s.toks[a].Text)] {
			var ante []string
			for j := seg.start - 2; j >= 0 && len(ante) < 3; j-- {
				t := s.toks[j]
				lw := strings.ToLower(t.Text)
				if t.Punct || determiners[lw] || prepositions[lw] || s.isVerbAt(j) {
					break
				}
				ante = append([]string{t.Text}, ante...)
			}
			obj = slices.Concat(ante, obj)
		}
	}
	title := strings.Join(slices.Concat([]string{subj}, verbWords, obj), " ")
	typ := classify(strings.ToLower(base + " " + particle + " " + strings.Join(obj, " ")))
	return capitalise(strings.TrimSpace(title)), typ, vg.form == formFuture
}

// Words that end an object: what follows is another clause or a
// circumstance.
var objectStops = toSet(`after before when while as because although though which who whom whose where amid despite
including ending leaving saying calling following according`)

// Auxiliaries a title leaves out of a reported clause.
var titleAux = toSet(`had has have been was were would be being`)

// objectWords returns the words of toks[a:b] that a title keeps after the
// verb: up to n words, without the time expression (and the words after it
// once some are kept), people's titles, and a leading article.
func (s *sentence) objectWords(c clause, a, b int, tx dates.Timex, n int) []string {
	var out []string
	for k := a; k < b && len(out) < n+2; k++ {
		t := s.toks[k]
		lw := strings.ToLower(t.Text)
		if s.inTimex(k) || k+1 < b && prepositions[lw] && s.inTimex(k+1) {
			if len(out) > 0 {
				out = trimTimePhrase(out)
				break
			}
			continue
		}
		if t.Punct && t.Text != "$" && t.Text != "%" {
			if len(out) > 0 || t.Text != "," {
				break
			}
			continue
		}
		if objectStops[lw] || lw == "that" && len(out) > 0 {
			break
		}
		// "a bill containing …": a participle after the noun starts a
		// clause of its own.
		if len(out) >= 2 && strings.HasSuffix(lw, "ing") && len(lw) > 5 && eventNouns[lw] == "" && !isCap(t.Text) {
			if _, noun := eventNouns[lw]; !noun {
				break
			}
		}
		if lw == "would" {
			out = append(out, "will") // reported future
			continue
		}
		if lw == "be" && len(out) > 0 && out[len(out)-1] == "will" {
			out = append(out, "be")
			continue
		}
		if lw == "that" || titleAux[lw] {
			continue
		}
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		w := t.Text
		if lw == "her" || lw == "him" {
			if ant, _ := s.antecedent(c, "he"); ant != "" {
				w = ant
			}
		}
		if t.Poss {
			w += "’s"
		}
		out = append(out, w)
	}
	trim := func() {
		for len(out) > 0 {
			l := strings.ToLower(out[len(out)-1])
			if !prepositions[l] && !determiners[l] && l != "and" && l != "or" && l != "but" {
				break
			}
			out = out[:len(out)-1]
		}
	}
	trim()
	if len(out) > 0 && (out[0] == "the" || out[0] == "a" || out[0] == "an") {
		out = out[1:]
	}
	if len(out) > n {
		out = out[:max(n, 0)]
		trim()
	}
	return out
}

// trimTimePhrase removes a trailing "on the night of" that belonged to a
// date.
func trimTimePhrase(out []string) []string {
	n := len(out)
	if n >= 1 && strings.ToLower(out[n-1]) == "of" {
		n--
	}
	if n >= 2 && strings.EqualFold(out[n-2], "the") {
		switch strings.ToLower(out[n-1]) {
		case "night", "morning", "evening", "afternoon", "day", "eve", "end", "start", "beginning", "weekend", "middle", "spring", "summer", "autumn", "fall", "winter":
			n--
			for n > 0 && (determiners[strings.ToLower(out[n-1])] || prepositions[strings.ToLower(out[n-1])]) {
				n--
			}
			return out[:n]
		}
	}
	return out
}

// titleWords are the words of office titles that a headline drops before
// a name: "Chinese President Xi Jinping" is "Xi Jinping".
var titleWords = toSet(`President Vice Prime Minister Foreign Secretary of State Chancellor Premier Defense Defence Public
Security Interior Finance Trade Commerce Economy Justice Home External Affairs Speaker House Senate Senator Gen. Col. Maj.
Lt. Adm. Sen. Rep. Gov. King Queen Prince Crown Supreme Leader Chief Executive Envoy Ambassador Special Presidential
Mr. Mrs. Ms. Dr. Mullah Sheikh Chairman Deputy Acting Former Colonel General Admiral`)

// isTitleWord reports whether toks[k] is part of a title (or nationality)
// in front of a person's name.
func (s *sentence) isTitleWord(k int) bool { return s.titleRun(k) > k }

// titleRun returns the index of the person's name that the title (or
// nationality) starting at toks[k] stands in front of, or k if none does:
// for "South Korean President Moon Jae-in" at "South", the index of "Moon".
func (s *sentence) titleRun(k int) int {
	// Find the next non-title token and check that it starts a person.
	j := k
	for j < len(s.toks) {
		if titleWords[s.toks[j].Text] || s.isNationality(j) || strings.HasPrefix(s.toks[j].Text, "then-") || strings.HasPrefix(s.toks[j].Text, "former") {
			j++
			continue
		}
		// Two-word nationalities: "South Korean".
		if j+1 < len(s.toks) && !s.toks[j].Poss {
			if e := s.d.g.idx().forms[s.toks[j].Text+" "+s.toks[j+1].Text]; e != nil && e.kind == kindCountry && !s.toks[j+1].Poss {
				j += 2
				continue
			}
		}
		break
	}
	if j == k || j >= len(s.toks) {
		return k
	}
	if s.toks[k].Text == "of" && k > 0 && !titleWords[s.toks[k-1].Text] {
		return k
	}
	off := s.toks[j].Start
	for _, m := range s.d.mentions {
		if m.Start == off && m.Kind == kindPerson {
			return j
		}
	}
	return k
}

func (s *sentence) isNationality(k int) bool {
	x := s.d.g.idx()
	e := x.forms[s.toks[k].Text]
	return e != nil && e.kind == kindCountry && !s.toks[k].Poss
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// A nominalEvent is a happening named by a noun phrase: "Pelosi's visit to
// Taiwan in 2022", "the 1985 summit", "the US shooting down of a balloon in
// February 2023".
type nominalEvent struct {
	title, typ string
	sp         span
}

// nominal returns the event named by the noun phrase that the time
// expression at token k is attached to, or nil when it dates a clause.
func (s *sentence) nominal(tx dates.Timex, k int) *nominalEvent {
	end := k // tokens [start, end) of the noun phrase before the date
	if isYear(tx.Text) {
		// "the 1985 summit", "Putin's 2018 summit in Helsinki"
		e := s.tokenAt(tx.End)
		for j := e; j < min(e+3, len(s.toks)); j++ {
			lw := strings.ToLower(s.toks[j].Text)
			if _, ok := eventNouns[lw]; ok {
				// "endorsed membership in the 1975 referendum": the
				// clause says more than the noun.
				if k >= 2 && prepositions[s.d.rawWordBefore(s.toks[k-1].Start)] && s.verbBefore(k) && !s.toks[k-1].Poss {
					return nil
				}
				return s.buildNominal(k, j, j+1, s.phraseEnd(j+1))
			}
			if s.toks[j].Punct {
				break
			}
		}
	}
	// "<possessor>'s <noun> ... in <date>" with no verb between.
	if end == 0 || !prepositions[strings.ToLower(s.toks[end-1].Text)] {
		return nil
	}
	for j := end - 2; j >= max(0, end-9); j-- {
		t := s.toks[j]
		if t.Punct || s.isVerbAt(j) && !strings.HasSuffix(strings.ToLower(t.Text), "ing") {
			return nil
		}
		lw := strings.ToLower(t.Text)
		_, isNoun := eventNouns[lw]
		gerund := strings.HasSuffix(lw, "ing") && j+1 < end && (s.toks[j+1].Text == "of" || particles[strings.ToLower(s.toks[j+1].Text)])
		if !isNoun && !gerund {
			continue
		}
		// It must be introduced by a possessor, or by a determiner when no
		// verb comes before it in its clause.
		if j == 0 {
			return nil
		}
		p := s.toks[j-1]
		if p.Poss || gerund && j >= 2 && (determiners[strings.ToLower(s.toks[j-2].Text)] || isCap(p.Text)) {
			return s.buildNominal(j, j, j+1, end-1)
		}
		if determiners[strings.ToLower(p.Text)] && !s.verbBefore(j) {
			return s.buildNominal(j, j, j+1, end-1)
		}
		return nil
	}
	return nil
}

// verbBefore reports whether a finite verb comes before token k in its
// segment.
func (s *sentence) verbBefore(k int) bool {
	si := s.segmentOf(k)
	for _, v := range s.segs[si].verbs {
		if v.start < k {
			return true
		}
	}
	return false
}

// phraseEnd returns where the noun phrase that continues at toks[i] ends:
// at punctuation, a verb or a clause word.
func (s *sentence) phraseEnd(i int) int {
	for i < len(s.toks) && !s.toks[i].Punct && !objectStops[strings.ToLower(s.toks[i].Text)] && !s.isVerbAt(i) {
		i++
	}
	return i
}

// buildNominal makes the title of a nominal event whose noun is toks[n]
// (a year at toks[y] may precede it), its complement running to toks[c].
func (s *sentence) buildNominal(y, n, after, c int) *nominalEvent {
	noun := strings.ToLower(s.toks[n].Text)
	// The possessor or the words between the determiner and the noun.
	a := min(y, n)
	for a > 0 && !s.toks[a-1].Punct && !determiners[strings.ToLower(s.toks[a-1].Text)] && !prepositions[strings.ToLower(s.toks[a-1].Text)] && !s.isVerbAt(a-1) {
		a--
	}
	owner := ""
	plural := false
	if a > 0 && (strings.ToLower(s.toks[a-1].Text) == "their" || strings.ToLower(s.toks[a-1].Text) == "his" || strings.ToLower(s.toks[a-1].Text) == "her" || strings.ToLower(s.toks[a-1].Text) == "its") {
		if c, ok := s.clauseFor(a - 1); ok {
			owner, plural = s.subjectText(c)
		}
	}
	var mods []string
	for k := a; k < n; k++ {
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		mods = append(mods, s.toks[k].Text)
	}
	if owner == "" && a < n {
		o, pl := s.nameNP(a, n, true)
		o = strings.TrimSuffix(strings.TrimSuffix(o, "'s"), "’s")
		if pl || s.toks[n-1].Poss || len(s.d.mentionsIn(span{s.toks[a].Start, s.toks[n-1].End})) > 0 {
			owner, plural, mods = o, pl, nil
			if isYear(s.toks[y].Text) && y > a && y < n {
				owner, plural = s.nameNP(a, y, true)
			}
		}
	}
	// Complement: "to Taiwan", "of a suspected balloon", "in Helsinki".
	var comp []string
	for k := after; k < c && k < len(s.toks); k++ {
		if s.inTimex(k) || s.toks[k].Punct {
			break
		}
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		comp = append(comp, s.toks[k].Text)
	}
	for len(comp) > 0 && (prepositions[strings.ToLower(comp[len(comp)-1])] || determiners[strings.ToLower(comp[len(comp)-1])]) {
		comp = comp[:len(comp)-1]
	}
	verb := ""
	if v, ok := eventNouns[noun]; ok && v != "" {
		verb = v
	} else if strings.HasSuffix(noun, "ing") {
		verb = thirdPerson(strings.TrimSuffix(noun, "ing"))
		if b := strings.TrimSuffix(noun, "ing"); len(b) > 3 && b[len(b)-1] == b[len(b)-2] {
			verb = thirdPerson(b[:len(b)-1])
		}
		if after < len(s.toks) && particles[strings.ToLower(s.toks[after].Text)] {
			verb += " " + strings.ToLower(s.toks[after].Text)
			if len(comp) > 0 {
				comp = comp[1:]
			}
		}
	}
	if len(comp) > 0 && (comp[0] == "of" || verb != "" && (comp[0] == "to" || comp[0] == "on")) {
		comp = comp[1:]
	}
	if len(comp) > 0 && (comp[0] == "a" || comp[0] == "an" || comp[0] == "the") {
		comp = comp[1:]
	}
	var words []string
	switch {
	case owner != "" && verb != "":
		if plural {
			verb = strings.Replace(verb, "s", "", 1)
			verb = strings.TrimSuffix(strings.Fields(verb)[0], "e") + strings.TrimPrefix(verb, strings.Fields(verb)[0])
		}
		words = slices.Concat([]string{owner, verb}, comp)
	case owner != "" && heldNouns[noun]:
		held := "holds"
		if plural {
			held = "hold"
		}
		words = slices.Concat([]string{owner, held}, withoutYear(mods), []string{noun}, comp)
	case owner != "":
		words = slices.Concat([]string{owner}, withoutYear(mods), []string{noun}, comp)
	default:
		words = slices.Concat(mods, []string{s.toks[n].Text}, comp)
	}
	if len(words) > maxTitleWords {
		words = words[:maxTitleWords]
	}
	sp := span{s.toks[a].Start, s.toks[max(n, min(c, len(s.toks))-1)].End}
	typ := classify(strings.ToLower(strings.Join(words, " ")))
	return &nominalEvent{title: capitalise(dropArticle(strings.Join(words, " "))), typ: typ, sp: sp}
}

// Nouns of happenings that someone holds: "Reagan and Gorbachev hold
// summit".
var heldNouns = toSet(`summit talks meeting conference election elections referendum exercise exercises vote negotiations
session convention`)

func withoutYear(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !isYear(w) {
			out = append(out, w)
		}
	}
	return out
}

// sortActors puts people first, keeping the order otherwise.
func sortActors(d *document, actors []string) {
	x := d.g.idx()
	person := func(a string) bool {
		if e := x.byName[a]; e != nil {
			return e.kind == kindPerson
		}
		for _, m := range d.mentions {
			if m.Name == a {
				return m.Kind == kindPerson
			}
		}
		return false
	}
	slices.SortStableFunc(actors, func(a, b string) int {
		pa, pb := person(a), person(b)
		switch {
		case pa && !pb:
			return -1
		case pb && !pa:
			return 1
		}
		return 0
	})
}

// actors returns the names of the actors in sp: people first, then
// countries and organisations, each once, in order of appearance.
func (s *sentence) actors(sp span) []string {
	var people, others []string
	for _, m := range s.d.mentionsIn(sp) {
		if m.Kind == kindPerson {
			if !slices.Contains(people, m.Name) {
				people = append(people, m.Name)
			}
			if e := s.d.g.idx().byName[m.Name]; e != nil && e.country != "" && !slices.Contains(others, e.country) {
				others = append(others, e.country)
			}
		} else if !slices.Contains(others, m.Name) {
			others = append(others, m.Name)
		}
	}
	return slices.Concat(people, others)
}

var locationRE = regexp.MustCompile(`\b(?:in|at|near|outside) ((?:the )?(?:[A-Z][\p{L}'’.-]+)(?:(?: | of | de | of the |, )[A-Z][\p{L}'’.-]+){0,4})`)

// location returns the first place named in sp ("in Beijing", "at the
// White House"), or "".
func (s *sentence) location(sp span) string {
	txt := s.d.text[sp.Start:sp.End]
	for _, m := range locationRE.FindAllStringSubmatchIndex(txt, -1) {
		place := txt[m[2]:m[3]]
		first := strings.Fields(strings.TrimPrefix(place, "the "))[0]
		if monthOf(strings.TrimSuffix(first, ".")) != 0 || weekdays[first] || isYear(first) {
			continue
		}
		// Not a person, not a demonym.
		abs := sp.Start + m[2]
		skip := false
		for _, mm := range s.d.mentions {
			if mm.Start == abs+strings.Index(place, first) && mm.Kind == kindPerson {
				skip = true
			}
		}
		if e := s.d.g.idx().forms[first]; e != nil && e.kind == kindCountry && first != e.name && !strings.EqualFold(first, place) && strings.Contains(place, " ") {
			skip = skip || false
		}
		if skip {
			continue
		}
		place = strings.TrimPrefix(strings.TrimSuffix(place, "."), "the ")
		if strings.HasSuffix(place, "'s") || strings.HasSuffix(place, "’s") {
			continue
		}
		return place
	}
	return ""
}

var weekdays = toSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)
