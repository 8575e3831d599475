package extract

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

// A sentence is one sentence of a document, cut into clauses.
type sentence struct {
	d           *document
	sp          span
	index       int
	prevSubject string // subject of the sentence before, for pronouns
	toks        []token
	segs        []segment
	// subjSpan is the noun phrase the last subjectText resolved a pronoun
	// or an elided subject to, when it is in this sentence.
	subjSpan span
	// dated holds the day-precision date of each segment whose clause an
	// event was made from.
	dated map[int]timeline.Date
}

// A segment is a stretch of a sentence between clause boundaries (commas,
// semicolons, dashes, conjunctions and subordinators).
type segment struct {
	start, end int         // token indices in sentence.toks
	lead       string      // the conjunction or subordinator that opens it, lower-case
	verb       verbGroup   // the first of verbs, or start < 0
	verbs      []verbGroup // the finite verb groups, in order
}

// A clause is a verb group of a segment.
type clause struct {
	si int
	vg verbGroup
}

// Verb forms.
const (
	formActive     = iota + 1 // "signed", "meets"
	formPassive               // "was signed"
	formFuture                // "will visit", "is to report", "is expected to begin"
	formParticiple            // "an agreement signed in Doha"
)

// A verbGroup is the finite verb of a segment, with its auxiliaries and
// particle.
type verbGroup struct {
	start, end int // token indices; start < 0 when the segment has none
	head       int // index of the main verb
	base       string
	form       int
	negated    bool
}

// Subordinators and conjunctions that open a new clause.
var clauseLeads = toSet(`when after before while because although though whose which who whom where whereas if unless that
and but as`)

// Words that may stand between an auxiliary and its verb.
var adverbs = toSet(`not never also already formally officially finally later soon still just first then once again jointly
quickly immediately repeatedly eventually no longer effectively reportedly subsequently initially originally`)

func (s *sentence) analyse() {
	defer func() {
		for si := range s.segs {
			if s.isAppositiveParticiple(si) {
				s.segs[si].verbs[0].form = formParticiple
				s.segs[si].verb.form = formParticiple
			}
		}
	}()
	s.toks = s.d.tokensIn(s.sp)
	start := 0
	lead := ""
	for i := 0; i <= len(s.toks); i++ {
		boundary, nextLead, skip := false, "", 0
		if i == len(s.toks) {
			boundary = true
		} else {
			t := s.toks[i]
			lw := strings.ToLower(t.Text)
			switch {
			case t.Punct && strings.Contains(",;:—–()", t.Text):
				boundary, skip = true, 1
				if i+1 < len(s.toks) && clauseLeads[strings.ToLower(s.toks[i+1].Text)] {
					nextLead, skip = strings.ToLower(s.toks[i+1].Text), 2
				}
			case !t.Punct && clauseLeads[lw] && i > start && lw != "and" && lw != "but" && lw != "as" && lw != "that":
				boundary, nextLead, skip = true, lw, 1
			case (lw == "and" || lw == "but") && i > start && s.verbAhead(i+1):
				boundary, nextLead, skip = true, lw, 1
			case lw == "that" && i > start && (s.isSpeechVerb(i-1) || s.nounBefore(i) && s.verbWithin(i+1, 4)):
				boundary, nextLead, skip = true, lw, 1
			}
		}
		if !boundary {
			continue
		}
		if i > start || i == len(s.toks) && start < len(s.toks) {
			seg := segment{start: start, end: i, lead: lead}
			for k := start; k < i; {
				g := s.findVerb(k, i)
				if g.start < 0 {
					break
				}
				seg.verbs = append(seg.verbs, g)
				k = g.end
			}
			seg.verb = verbGroup{start: -1, head: -1}
			if len(seg.verbs) > 0 {
				// A participle needs a verb before it in its clause
				// ("was set in motion by an agreement signed in Doha").
				if seg.verbs[0].form == formParticiple && relativeLeads[lead] {
					seg.verbs[0].form = formActive
				}
				seg.verb = seg.verbs[0]
			}
			s.segs = append(s.segs, seg)
		}
		if i == len(s.toks) {
			break
		}
		lead = nextLead
		start = i + skip
		i = start - 1
	}
}

// verbAhead reports whether a finite verb starts at toks[i] (after an
// optional adverb).
func (s *sentence) verbAhead(i int) bool {
	for k := i; k < min(i+2, len(s.toks)); k++ {
		w := strings.ToLower(s.toks[k].Text)
		if adverbs[w] {
			continue
		}
		return s.isVerbAt(k)
	}
	return false
}

// verbWithin reports whether a finite verb starts within n tokens of
// toks[i], before any punctuation.
func (s *sentence) verbWithin(i, n int) bool {
	for k := i; k < min(i+n, len(s.toks)); k++ {
		if s.toks[k].Punct {
			return false
		}
		if s.isVerbAt(k) {
			return true
		}
	}
	return false
}

func (s *sentence) nounBefore(i int) bool {
	if i == 0 {
		return false
	}
	t := s.toks[i-1]
	return !t.Punct && !auxiliaries[strings.ToLower(t.Text)] && baseVerb(t.Text) == ""
}

func (s *sentence) isSpeechVerb(i int) bool {
	if i < 0 {
		return false
	}
	switch baseVerb(s.toks[i].Text) {
	case "say", "announce", "tell", "warn", "declare", "state", "insist", "argue", "claim", "note", "report", "agree", "confirm", "deny", "add", "predict", "believe":
		return true
	}
	switch strings.ToLower(s.toks[i].Text) {
	case "says", "announces", "warns", "believes":
		return true
	}
	return false
}

// Determiners and prepositions after which an -ed word is an adjective.
var determiners = toSet(`the a an its their his her our your my this that these those of some any every each no two three
four five several many most more`)

// isVerbAt reports whether toks[k] is a finite verb or an auxiliary.
func (s *sentence) isVerbAt(k int) bool {
	t := s.toks[k]
	if t.Punct {
		return false
	}
	w := strings.ToLower(t.Text)
	if auxiliaries[w] && w != "to" && w != "be" && w != "been" && w != "being" {
		return true
	}
	if presentVerbs[w] {
		return true
	}
	if isCap(t.Text) && k > 0 {
		return false
	}
	if baseVerb(w) == "" {
		return false
	}
	if k > 0 && (determiners[strings.ToLower(s.toks[k-1].Text)] || s.toks[k-1].Poss) {
		return false
	}
	return true
}

// findVerb finds the first finite verb group in toks[start:end].
func (s *sentence) findVerb(start, end int) verbGroup {
	for k := start; k < end; k++ {
		if !s.isVerbAt(k) {
			continue
		}
		w := strings.ToLower(s.toks[k].Text)
		g := verbGroup{start: k, head: k, end: k + 1, form: formActive}
		if auxiliaries[w] || presentVerbs[w] && (w == "plans" || w == "seeks" || w == "wants" || w == "expects") {
			// Auxiliary: find the main verb.
			j := k + 1
			for j < end && (adverbs[strings.ToLower(s.toks[j].Text)] || strings.HasSuffix(strings.ToLower(s.toks[j].Text), "ly") && !s.toks[j].Punct) {
				if strings.ToLower(s.toks[j].Text) == "not" || strings.ToLower(s.toks[j].Text) == "never" {
					g.negated = true
				}
				j++
			}
			future := w == "will" || w == "shall" || w == "would" && !s.habitual(end) || w == "plans" || w == "seeks" || w == "wants" || w == "expects"
			// "is to", "is due to", "is expected to", "is scheduled to"
			if j < end && (w == "is" || w == "are" || w == "was" || w == "were") {
				nw := strings.ToLower(s.toks[j].Text)
				if nw == "to" || (nw == "due" || nw == "expected" || nw == "scheduled" || nw == "set" || nw == "slated" || nw == "poised" || nw == "likely" || nw == "going" || nw == "planned" || nw == "supposed") && j+1 < end && strings.ToLower(s.toks[j+1].Text) == "to" {
					future = w == "is" || w == "are"
					for j < end && strings.ToLower(s.toks[j].Text) != "to" {
						j++
					}
				}
			}
			if j < end && strings.ToLower(s.toks[j].Text) == "to" {
				j++
			}
			if j < end && (strings.ToLower(s.toks[j].Text) == "be" || strings.ToLower(s.toks[j].Text) == "been" || strings.ToLower(s.toks[j].Text) == "have") {
				j++
			}
			if j >= end || s.toks[j].Punct {
				g.base = "be"
				return g
			}
			mw := strings.ToLower(s.toks[j].Text)
			// "had been some progress", "was a success": the auxiliary
			// is the verb.
			if (determiners[mw] || isCap(s.toks[j].Text) || mw[0] >= '0' && mw[0] <= '9' || prepositions[mw]) && beHave[w] {
				g.base = "be"
				if w == "has" || w == "have" || w == "had" {
					if prev := strings.ToLower(s.toks[j-1].Text); prev != "been" {
						g.base = "have"
					}
				}
				return g
			}
			g.head, g.end = j, j+1
			if b := baseVerb(mw); copulas[b] && j+1 < end && strings.HasSuffix(strings.ToLower(s.toks[j+1].Text), "ed") {
				g.base, g.end = b, j+2
				return g
			}
			switch b := baseVerb(mw); {
			case future:
				g.form, g.base = formFuture, mw
				if b != "" && b != mw && !strings.HasSuffix(mw, "ed") {
					g.base = b
				}
			case b != "" && (w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || strings.ToLower(s.toks[j-1].Text) == "been"):
				g.form, g.base = formPassive, b
			case b != "":
				g.base = b
			default:
				g.base = mw
			}
			s.addParticle(&g, end)
			return g
		}
		g.base = baseVerb(w)
		if g.base == "" {
			g.base = strings.TrimSuffix(w, "s")
		}
		// "seemed doomed", "became isolated": the participle describes.
		if copulas[g.base] && k+1 < end && strings.HasSuffix(strings.ToLower(s.toks[k+1].Text), "ed") {
			g.end = k + 2
			return g
		}
		// A participle right after a noun: "an agreement signed in Doha".
		if k > start && strings.HasSuffix(w, "ed") && !s.toks[k-1].Punct && !isCap(s.toks[k-1].Text) && baseVerb(s.toks[k-1].Text) == "" && k+1 < end && (s.toks[k+1].Text == "in" || s.toks[k+1].Text == "by" || s.toks[k+1].Text == "on" || s.toks[k+1].Text == "at") {
			g.form = formParticiple
		}
		s.addParticle(&g, end)
		return g
	}
	return verbGroup{start: -1, head: -1}
}

var copulas = toSet(`seem appear become look remain get grow`)

var beHave = toSet(`is are was were has have had been be`)

// habitual reports whether the segment ending at end tells what used to
// happen again and again ("would march … every Monday").
func (s *sentence) habitual(end int) bool {
	for k := 0; k < end && k < len(s.toks); k++ {
		switch strings.ToLower(s.toks[k].Text) {
		case "every", "each", "often", "usually", "regularly":
			return true
		}
	}
	return false
}

var particles = toSet(`down up off out back over away`)

func (s *sentence) addParticle(g *verbGroup, end int) {
	if g.end < end && particles[strings.ToLower(s.toks[g.end].Text)] {
		g.end++
	}
}

// segmentOf returns the index of the segment holding token index k.
func (s *sentence) segmentOf(k int) int {
	for i, seg := range s.segs {
		if k >= seg.start && k < seg.end {
			return i
		}
	}
	return len(s.segs) - 1
}

// tokenAt returns the index of the first token at or after byte offset off.
func (s *sentence) tokenAt(off int) int {
	k, _ := slices.BinarySearchFunc(s.toks, off, func(t token, o int) int { return t.Start - o })
	return k
}

// clauseFor returns the clause whose verb governs the time expression at
// token index k: the nearest verb before it in its segment (or the first
// after it), else the verb of the nearest segment that has one (before it,
// or after it when a leading "On Thursday," has none before).
func (s *sentence) clauseFor(k int) (clause, bool) {
	si := s.segmentOf(k)
	if si < 0 {
		return clause{}, false
	}
	if vs := s.segs[si].verbs; len(vs) > 0 {
		c := clause{si, vs[0]}
		for i, v := range vs {
			// "had ordered the companies to do in 2018": "do" stands
			// for the verb before it.
			if v.start < k && (i == 0 || !proVerb(s.toks[v.head].Text)) {
				c.vg = v
			}
		}
		return c, true
	}
	if !s.allVerbless(0, si) {
		for j := si - 1; j >= 0; j-- {
			if vs := s.segs[j].verbs; len(vs) > 0 {
				return clause{j, vs[len(vs)-1]}, true
			}
		}
	}
	for j := si + 1; j < len(s.segs); j++ {
		if s.segs[j].verb.start >= 0 {
			return clause{j, s.segs[j].verb}, true
		}
	}
	return clause{}, false
}

func proVerb(w string) bool {
	switch strings.ToLower(w) {
	case "do", "does", "did", "done", "so":
		return true
	}
	return false
}

func (s *sentence) allVerbless(from, to int) bool {
	for j := from; j <= to && j < len(s.segs); j++ {
		if s.segs[j].verb.start >= 0 {
			return false
		}
	}
	return true
}

// inTimex reports whether token k lies inside one of the sentence's time
// expressions.
func (s *sentence) inTimex(k int) bool {
	t := s.toks[k]
	for _, tx := range s.d.timexes {
		if tx.Start >= s.sp.End {
			break
		}
		if t.Start < tx.End && t.End > tx.Start {
			return true
		}
	}
	return false
}

// subjectOf returns the subject tokens [a, b) of segment si's verb, or
// a == b when it has none of its own.
func (s *sentence) subjectOf(c clause) (int, int) {
	seg := s.segs[c.si]
	a, b := seg.start, c.vg.start
	for _, v := range seg.verbs {
		if v.end <= c.vg.start {
			a = v.end
		}
	}
	if c.vg.form == formParticiple {
		// The noun phrase just before the participle.
		a = b
		for a > seg.start && a > 0 && !s.toks[a-1].Punct && !prepositions[strings.ToLower(s.toks[a-1].Text)] {
			a--
		}
	}
	for a < b && (s.inTimex(a) || clauseLeads[strings.ToLower(s.toks[a].Text)] || prepositions[strings.ToLower(s.toks[a].Text)] || adverbs[strings.ToLower(s.toks[a].Text)] || s.toks[a].Punct || leadAdverbials[strings.ToLower(s.toks[a].Text)]) {
		a++
	}
	return a, b
}

var prepositions = toSet(`in on at of for by with from to into onto over under after before since until during about against
between among amid across through throughout near toward towards upon without within beyond like than despite`)

var leadAdverbials = toSet(`separately meanwhile later earlier then also hours days weeks months years ago afterward afterwards
still however yesterday today tonight instead`)

// subjectText returns how a title names the subject of clause c, and
// whether it is plural. An elided subject ("… and imposed") is that of the
// clause before; a pronoun is resolved to the nearest subject before it.
func (s *sentence) subjectText(c clause) (string, bool) {
	s.subjSpan = span{}
	a, b := s.subjectOf(c)
	if a < b && b-a == 1 {
		w := strings.ToLower(s.toks[a].Text)
		if pronouns[w] {
			return s.antecedent(c, w)
		}
	}
	if a >= b {
		return s.antecedent(c, "")
	}
	return s.nameNP(a, b, true)
}

var pronouns = toSet(`he she it they we who which that`)

// antecedent returns the subject of the nearest clause before c in the
// sentence that has one of its own (a person for "he" and "she"), else the
// subject of the sentence before.
func (s *sentence) antecedent(c clause, pronoun string) (string, bool) {
	if pronoun == "" {
		if a, b, ok := s.elidedSubject(c.si); ok {
			s.subjSpan = span{s.toks[a].Start, s.toks[b-1].End}
			return s.nameNP(a, b, true)
		}
	}
	for j := c.si; j >= 0; j-- {
		vs := s.segs[j].verbs
		for v := len(vs) - 1; v >= 0; v-- {
			if j == c.si && vs[v].start >= c.vg.start {
				continue
			}
			cc := clause{j, vs[v]}
			a, b := s.subjectOf(cc)
			if a >= b || b-a == 1 && pronouns[strings.ToLower(s.toks[a].Text)] {
				continue
			}
			if (pronoun == "he" || pronoun == "she") && !s.hasPerson(a, b) {
				continue
			}
			if pronoun == "it" && s.hasPerson(a, b) {
				// "Obama signed the treaty …, and it entered into force":
				// "it" is what the person acted on.
				if oa, ob := s.objectNP(cc); oa < ob {
					s.subjSpan = span{s.toks[oa].Start, s.toks[ob-1].End}
					return s.nameNP(oa, ob, true)
				}
				continue
			}
			s.subjSpan = span{s.toks[a].Start, s.toks[b-1].End}
			return s.nameNP(a, b, true)
		}
	}
	return s.prevSubject, pronoun == "they"
}

// Leads of relative clauses, which say something about a noun rather than
// carry the sentence on.
var relativeLeads = toSet(`who which that where whose whom`)

// elidedSubject finds the subject of segment si, which starts with its
// verb: the noun phrase of an earlier segment, skipping relative clauses
// and appositive participles ("The Berlin Wall, built in 1961, was
// opened"), or the subject of a coordinated clause before it.
func (s *sentence) elidedSubject(si int) (int, int, bool) {
	found := -1
	for j := si - 1; j >= 0; j-- {
		seg := s.segs[j]
		if relativeLeads[seg.lead] {
			continue
		}
		if len(seg.verbs) == 0 {
			if prepositions[strings.ToLower(s.toks[seg.start].Text)] || s.inTimex(seg.start) {
				if found >= 0 {
					break
				}
				continue
			}
			found = j
			if seg.lead != "" {
				break
			}
			continue
		}
		if found >= 0 {
			break
		}
		if seg.verbs[0].start == seg.start {
			continue // a participle or a clause without its own subject
		}
		a, b := s.subjectOf(clause{j, seg.verbs[0]})
		if a < b {
			return a, b, true
		}
	}
	if found < 0 {
		return 0, 0, false
	}
	seg := s.segs[found]
	a := seg.start
	for a < seg.end && (s.toks[a].Punct || prepositions[strings.ToLower(s.toks[a].Text)]) {
		a++
	}
	return a, seg.end, a < seg.end
}

// isAppositiveParticiple reports whether segment si is a participle phrase
// set off by commas inside a noun phrase ("…, built in August 1961, was
// opened…"): it starts with its verb and a later segment does too.
func (s *sentence) isAppositiveParticiple(si int) bool {
	seg := s.segs[si]
	if seg.lead != "" || len(seg.verbs) == 0 || seg.verbs[0].start != seg.start || seg.verbs[0].form != formActive || si == 0 {
		return false
	}
	if !strings.HasSuffix(strings.ToLower(s.toks[seg.start].Text), "ed") && irregular[strings.ToLower(s.toks[seg.start].Text)] == "" {
		return false
	}
	for j := si + 1; j < len(s.segs); j++ {
		if s.segs[j].lead == "" && len(s.segs[j].verbs) > 0 && s.segs[j].verbs[0].start == s.segs[j].start {
			return true
		}
	}
	return false
}

// objectNP returns the noun phrase right after the verb of c, up to a
// preposition, punctuation or clause word.
func (s *sentence) objectNP(c clause) (int, int) {
	a := c.vg.end
	seg := s.segs[c.si]
	b := a
	for b < seg.end && !s.toks[b].Punct && !prepositions[strings.ToLower(s.toks[b].Text)] && !objectStops[strings.ToLower(s.toks[b].Text)] && !s.inTimex(b) && !s.isVerbAt(b) {
		b++
	}
	return a, b
}

func (s *sentence) hasPerson(a, b int) bool {
	for _, m := range s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End}) {
		if m.Kind == kindPerson {
			return true
		}
	}
	return false
}

// nameNP returns a noun phrase as a title names it: the actors in it by
// their short names ("Sadat and Begin"), or else its words without a
// leading article. subject says whether people are named by surname.
func (s *sentence) nameNP(a, b int, subject bool) (string, bool) {
	sp := span{s.toks[a].Start, s.toks[b-1].End}
	ms := s.d.mentionsIn(sp)
	var people, others []string
	for _, m := range ms {
		name := m.Short
		if !subject && m.Kind == kindPerson {
			name = s.d.text[m.Start:m.End]
		}
		if m.Kind == kindPerson {
			if !slices.Contains(people, name) {
				people = append(people, name)
			}
		} else if !slices.Contains(others, name) {
			others = append(others, name)
		}
	}
	words := s.toks[a:b]
	n := len(words)
	if len(people) == 1 && n > 1 && s.onlyTitles(a, b) {
		return people[0], false
	}
	if len(people) > 0 && (n > 3 || len(people) > 1) {
		return joinAnd(people), len(people) > 1
	}
	if len(people) == 0 && len(others) > 0 && n > 6 {
		return joinAnd(others), len(others) > 1
	}
	txt := strings.TrimSpace(s.d.text[words[0].Start:words[n-1].End])
	txt = dropArticle(txt)
	plural := strings.Contains(txt, " and ")
	if last := words[n-1].Text; isLowerWord(last) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		plural = true
	}
	if len(strings.Fields(txt)) > 6 {
		if len(people) > 0 {
			return joinAnd(people), len(people) > 1
		}
		if len(others) > 0 {
			return joinAnd(others), len(others) > 1
		}
		f := strings.Fields(txt)
		txt = strings.Join(f[:6], " ")
	}
	return txt, plural
}

// onlyTitles reports whether toks[a:b] is one person's name with titles
// and nationality before it: "President Ronald Reagan".
func (s *sentence) onlyTitles(a, b int) bool {
	for k := a; k < b; k++ {
		if s.isTitleWord(k) || strings.EqualFold(s.toks[k].Text, "the") {
			continue
		}
		for _, m := range s.d.mentions {
			if m.Kind == kindPerson && m.Start == s.toks[k].Start {
				return m.End >= s.toks[b-1].End
			}
		}
		return false
	}
	return false
}

func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func dropArticle(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if t, ok := strings.CutPrefix(s, a); ok {
			return t
		}
	}
	return s
}

// mainSubject returns the subject of the sentence's first clause, for the
// pronouns of the next sentence.
func (s *sentence) mainSubject() string {
	for si, seg := range s.segs {
		if seg.verb.start >= 0 {
			t, _ := s.subjectText(clause{si, seg.verb})
			return t
		}
	}
	return ""
}

// Verbs that say nothing happened by themselves: "was", "had been",
// "sat", "were highlighted … when X happened".
var weakVerbs = toSet(`be have seem remain appear sit stand highlight underline underscore come lie`)

// copulas take a participle as an adjective: "seemed doomed".

// Passives that report a happening rather than tell it: "divisions were
// highlighted … when X happened".
var weakPassives = toSet(`highlight underline underscore overshadow illustrate`)

// event builds the event a time expression dates, or nil if it dates none.
func (s *sentence) event(tx dates.Timex, txs []dates.Timex) *timeline.Event {
	dt, ok := s.timexDate(tx)
	k := s.tokenAt(tx.Start)
	if k >= len(s.toks) {
		return nil
	}
	// "since early last month, when soldiers brawled": the when-clause
	// happened then.
	whenClause, hasWhen := s.whenAfter(tx)
	if !ok {
		if !hasWhen || !s.limitBefore(tx) {
			return nil
		}
		if dt, ok = s.timexDateLoose(tx); !ok {
			return nil
		}
	}
	// A time of day next to a date in the same sentence adds nothing:
	// "at 11 p.m. London time on Friday".
	if tx.Type == dates.Time && !hasDayWord(tx.Text) {
		si := s.segmentOf(k)
		for _, o := range txs {
			if o.Type == dates.Date && o.Start != tx.Start && len(o.Value) >= 10 {
				if oi := s.segmentOf(s.tokenAt(o.Start)); oi >= si-1 && oi <= si+1 {
					return nil
				}
			}
		}
	}
	e := &timeline.Event{Date: dt}
	var n *nominalEvent
	if !hasWhen {
		n = s.nominal(tx, k)
	}
	if n != nil {
		e.Title, e.Type = n.title, n.typ
		e.Actors = s.actors(n.sp)
		e.Location = s.location(n.sp)
	} else {
		c, ok := s.clauseFor(k)
		if !ok {
			return nil
		}
		weak := weakVerbs[c.vg.base] && (c.vg.form == formActive && (c.vg.end == c.vg.head+1 || copulas[c.vg.base]) || c.vg.form == formPassive && weakPassives[c.vg.base])
		if hasWhen && (weak || s.limitBefore(tx)) {
			c, weak = whenClause, false
		}
		if weak {
			// "stood at the Gate and urged Gorbachev": the next verb says
			// what happened.
			if c.si+1 < len(s.segs) && s.segs[c.si+1].lead == "and" && s.segs[c.si+1].verb.start == s.segs[c.si+1].start {
				c, weak = clause{c.si + 1, s.segs[c.si+1].verb}, false
			}
		}
		if c.vg.negated || weak {
			return nil
		}
		title, typ, future := s.clauseTitle(c, tx)
		if title == "" {
			return nil
		}
		// "Egypt made peace with Israel in 1979 and Jordan in 1994": the
		// second date goes with the second subject.
		if ga, gb, ok := s.gapped(c, k, txs); ok {
			subj, _ := s.subjectText(c)
			np, _ := s.nameNP(ga, gb, true)
			if strings.HasPrefix(title, capitalise(subj)+" ") {
				title = capitalise(np) + title[len(subj):]
				e.Actors = s.actors(span{s.toks[ga].Start, s.toks[gb-1].End})
			}
		}
		if dt.Precision() == timeline.PrecisionDay && !dt.IsInterval() {
			if s.dated == nil {
				s.dated = make(map[int]timeline.Date)
			}
			s.dated[c.si] = dt
		}
		e.Title, e.Type = title, typ
		seg := s.segs[c.si]
		sp := span{s.toks[seg.start].Start, s.toks[seg.end-1].End}
		if a, _ := s.subjectOf(c); a < c.vg.start {
			sp.Start = s.toks[a].Start
		}
		if len(e.Actors) == 0 {
			e.Actors = s.actors(sp)
		}
		if s.subjSpan.End > s.subjSpan.Start {
			for _, a := range s.actors(s.subjSpan) {
				if !slices.Contains(e.Actors, a) {
					e.Actors = append(e.Actors, a)
				}
			}
			sortActors(s.d, e.Actors)
		}
		if len(e.Actors) == 0 {
			e.Actors = s.actors(s.sp)
		}
		e.Location = s.location(sp)
		if future && !s.d.ref.IsZero() && !dt.End().Before(s.d.ref) {
			e.Planned = true
		}
	}
	if !s.d.ref.IsZero() && dt.Start().After(s.d.ref) {
		e.Planned = true
	}
	s.cite(e)
	return e
}

// gapped finds, for the time expression at token k, the subject of a
// gapped conjunct: "… in 1979 and Jordan in 1994" gives "Jordan" when
// another date of the same clause comes before the "and".
func (s *sentence) gapped(c clause, k int, txs []dates.Timex) (int, int, bool) {
	p := k - 1
	if p < 1 || !prepositions[strings.ToLower(s.toks[p].Text)] {
		return 0, 0, false
	}
	b := p
	a := b
	for a > c.vg.end && !s.toks[a-1].Punct && isCap(s.toks[a-1].Text) {
		a--
	}
	if a == b || a < 1 || strings.ToLower(s.toks[a-1].Text) != "and" {
		return 0, 0, false
	}
	for _, o := range txs {
		if ok := s.tokenAt(o.Start); ok > c.vg.end && ok < a-1 {
			return a, b, true
		}
	}
	return 0, 0, false
}

// cite sets the description and source of e to this sentence.
func (s *sentence) cite(e *timeline.Event) {
	quote := strings.TrimSpace(s.d.text[s.sp.Start:s.sp.End])
	e.Description = quote
	e.Sources = []timeline.Source{{
		File: s.d.a.Name, URL: s.d.a.URL, Title: s.d.a.Title, Outlet: s.d.a.Outlet,
		Published: s.d.a.Published, PublishedFrom: s.d.a.PublishedFrom, Quote: quote,
	}}
}

// hasDayWord reports whether a time expression names a day ("Friday
// night", "Sept. 5 at noon"), not only a time of day ("11 p.m.").
func hasDayWord(t string) bool {
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ".,")
		if weekdays[capitalise(strings.ToLower(w))] || monthOf(w) != 0 && len(w) >= 3 || strings.ContainsAny(w, "0123456789") && !strings.Contains(w, ":") && len(w) >= 4 {
			return true
		}
		switch strings.ToLower(w) {
		case "today", "tonight", "yesterday", "tomorrow":
			return true
		}
	}
	return false
}

// whenAfter returns the clause of a "when" segment that directly follows
// the time expression: "on Wednesday, when the parliament approved…".
func (s *sentence) whenAfter(tx dates.Timex) (clause, bool) {
	k := s.tokenAt(tx.End)
	si := s.segmentOf(max(0, k-1))
	if si < 0 || si+1 >= len(s.segs) {
		return clause{}, false
	}
	next := s.segs[si+1]
	if next.lead != "when" || next.verb.start < 0 {
		return clause{}, false
	}
	// Nothing but punctuation between the expression and "when".
	for j := k; j < next.start; j++ {
		if !s.toks[j].Punct && strings.ToLower(s.toks[j].Text) != "when" {
			return clause{}, false
		}
	}
	return clause{si + 1, next.verb}, true
}

// limitBefore reports whether tx is introduced by "since", "until" and the
// like.
func (s *sentence) limitBefore(tx dates.Timex) bool {
	first, _, _ := strings.Cut(strings.ToLower(tx.Text), " ")
	return limitWords[first] || limitWords[s.d.rawWordBefore(tx.Start)]
}

// restates checks whether the sentence, which has no date of its own,
// tells the article's main event again ("Blinken met with the dictator
// after …"): its first clause has the main event's first actor as subject
// and a predicate of the same type. If so, that clause takes the main
// event's date, so that what happened just before or after it is dated.
func (s *sentence) restates(m *mainEvent) {
	for si, seg := range s.segs {
		if seg.verb.start < 0 {
			continue
		}
		c := clause{si, seg.verb}
		a, b := s.subjectOf(c)
		if a >= b {
			return
		}
		found := false
		for _, mm := range s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End}) {
			if mm.Name == m.actor {
				found = true
			}
		}
		if !found {
			return
		}
		_, typ, _ := s.clauseTitle(c, dates.Timex{Start: -1, End: -1})
		if typ != m.typ {
			return
		}
		s.dated = map[int]timeline.Date{si: m.date}
		return
	}
}

// Words before "before" or "after" that put two happenings on the same
// day: "shortly before", "hours after".
var sameDayWords = toSet(`shortly just hours minutes moments soon immediately right`)

// subEvents returns the events of clauses that a dated clause of the
// sentence places on its day: "after holding talks with X" and "shortly
// before Biden signed Y".
func (s *sentence) subEvents() []*timeline.Event {
	var out []*timeline.Event
	for si := 1; si < len(s.segs); si++ {
		seg := s.segs[si]
		if seg.lead != "after" && seg.lead != "before" {
			continue
		}
		// The nearest dated clause before it in the sentence.
		var date timeline.Date
		var from int
		for j := si - 1; j >= 0; j-- {
			if d, ok := s.dated[j]; ok {
				date, from = d, j
				break
			}
		}
		if date.IsZero() {
			continue
		}
		first := strings.ToLower(s.toks[seg.start].Text)
		var title, typ string
		switch {
		case strings.HasSuffix(first, "ing") && len(first) > 5 && baseVerb(first) == "":
			// "after holding talks with X": the subject is the dated
			// clause's.
			subj, plural := s.subjectText(clause{from, s.segs[from].verb})
			base := gerundBase(first)
			verb := base
			if !plural {
				verb = thirdPerson(base)
			}
			obj := s.objectWords(clause{si, seg.verb}, seg.start+1, seg.end, dates.Timex{Start: -1, End: -1}, maxTitleWords-len(strings.Fields(subj))-1)
			title = capitalise(strings.Join(slices.Concat([]string{subj, verb}, obj), " "))
			typ = classify(strings.ToLower(base + " " + strings.Join(obj, " ")))
		case seg.verb.start >= 0 && seg.start >= 2 && sameDayWords[strings.ToLower(s.toks[seg.start-2].Text)]:
			title, typ, _ = s.clauseTitle(clause{si, seg.verb}, dates.Timex{Start: -1, End: -1})
		default:
			continue
		}
		if title == "" {
			continue
		}
		e := &timeline.Event{Date: date, Title: title, Type: typ}
		sp := span{s.toks[seg.start].Start, s.toks[seg.end-1].End}
		if strings.HasSuffix(first, "ing") {
			if a, b := s.subjectOf(clause{from, s.segs[from].verb}); a < b {
				sp.Start = s.toks[a].Start
			}
		}
		e.Actors = s.actors(sp)
		sortActors(s.d, e.Actors)
		e.Location = s.location(sp)
		s.cite(e)
		out = append(out, e)
	}
	return out
}

// gerundBase returns the base verb of an -ing form: "holding" → "hold",
// "making" → "make", "stopping" → "stop".
func gerundBase(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	switch {
	case eVerbs[stem+"e"]:
		return stem + "e"
	case len(stem) > 3 && stem[len(stem)-1] == stem[len(stem)-2] && !strings.ContainsRune("aeioulsz", rune(stem[len(stem)-1])):
		return stem[:len(stem)-1]
	case strings.HasSuffix(stem, "v") || strings.HasSuffix(stem, "c") || strings.HasSuffix(stem, "iz") || strings.HasSuffix(stem, "at") && len(stem) > 4 || strings.HasSuffix(stem, "ak") || strings.HasSuffix(stem, "ur") && !strings.HasSuffix(stem, "our"):
		return stem + "e"
	}
	return stem
}
