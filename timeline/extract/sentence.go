package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

// A sentence is one sentence of a document, cut into clauses.
type sentence struct {
	d       *document
	sp      span
	index   int
	prev    *sentence // the sentence before, whose subject pronouns may take
	subject *string   // mainSubject, once worked out
	toks    []token
	verbAt  []int8 // isVerbAt of each token: 0 not known yet, 1 yes, -1 no
	segs    []segment
	// subjSpan is the noun phrase the last subjectText resolved a pronoun
	// or an elided subject to, when it is in this sentence.
	subjSpan span
	// dated holds the day-precision date of each segment whose clause an
	// event was made from.
	dated map[int]timeline.Date
	// coarse holds the month- or year-precision date of each segment
	// whose clause an event was made from.
	coarse map[int]timeline.Date
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
	passive    bool // a future passive: "will be held"
	// shared is set for a verb group that shares the subject of the one
	// before it in the segment: "is to visit X and to fly home".
	shared bool
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
		// "The leaders agreed on Friday": the only verb of the sentence's
		// first clause is its verb, unless a later clause has a verb
		// without a subject ("An agreement signed in Doha, …, set …").
		if len(s.segs) > 0 && len(s.segs[0].verbs) == 1 && s.segs[0].verb.form == formParticiple && !s.laterPredicate(0) {
			s.segs[0].verbs[0].form = formActive
			s.segs[0].verb.form = formActive
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
			case t.Text == "," && i > 0 && i+1 < len(s.toks) && isLowerWord(s.toks[i+1].Text) && !clauseLeads[s.toks[i+1].Low] &&
				(amountWord(s.toks[i-1].Text) || i > 1 && determiners[s.toks[i-2].Low] && ordinals[s.toks[i-1].Low]):
				// "a $2 billion, three-year loan", "a second, much longer
				// agreement": one noun phrase.
			case t.Punct && strings.Contains(",;:—–()", t.Text):
				boundary, skip = true, 1
				if i+1 < len(s.toks) && clauseLeads[s.toks[i+1].Low] {
					nextLead, skip = s.toks[i+1].Low, 2
				}
			case !t.Punct && clauseLeads[lw] && i > start && lw != "and" && lw != "but" && lw != "as" && lw != "that":
				boundary, nextLead, skip = true, lw, 1
			case (lw == "and" || lw == "but") && i > start && (s.verbAhead(i+1) || s.presentClauseAt(i+1) && s.findVerb(start, i).start >= 0):
				// "the fan zones are open and the first match kicks off
				// on Sunday": a clause of its own.
				boundary, nextLead, skip = true, lw, 1
			case lw == "that" && i > start && (s.isSpeechVerb(s.beforeTime(i-1, start)) || s.isSpeechVerb(s.beforeMedium(s.beforeTime(i-1, start), start)) || s.nounBefore(i) && (s.verbWithin(i+1, 4) || s.namesThenVerb(i+1))):
				boundary, nextLead, skip = true, lw, 1
			case lw == "as" && i > start && s.verbWithin(i+1, 5) && !asWords[s.toks[i-1].Low] && i+1 < len(s.toks) && !asWords[s.toks[i+1].Low] &&
				(determiners[s.toks[i+1].Low] || pronouns[s.toks[i+1].Low] || isCap(s.toks[i+1].Text)):
				// "as the court had ordered": a clause.
				boundary, nextLead, skip = true, lw, 1
			case lw == "since" && i > start && s.verbWithin(i+1, 5) && !auxiliaries[s.toks[i-1].Low]:
				// Not "had since resumed": after an auxiliary, "since" is
				// an adverb.
				// "since the Communists won the civil war": a clause.
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
			seg.verbs = s.coordinatedInfinitives(seg.verbs, i)
			if len(seg.verbs) == 0 {
				if g, ok := s.presentAhead(start, i); ok {
					seg.verbs = []verbGroup{g}
				}
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

// coordinatedInfinitives adds to the verb groups of a segment ending at
// token end the infinitives coordinated with a future group: in "is to visit
// Hangchow later in the week and to fly home on Feb. 28", "to fly" is a
// future verb of the same subject.
func (s *sentence) coordinatedInfinitives(vs []verbGroup, end int) []verbGroup {
	for i := 0; i < len(vs); i++ {
		if vs[i].form != formFuture {
			continue
		}
		stop := end
		if i+1 < len(vs) {
			stop = vs[i+1].start
		}
		for k := vs[i].end; k+2 < stop; k++ {
			if s.toks[k].Punct && s.toks[k].Text != "," {
				break
			}
			if !strings.EqualFold(s.toks[k].Text, "and") || !strings.EqualFold(s.toks[k+1].Text, "to") {
				continue
			}
			w := s.toks[k+2].Low
			if s.toks[k+2].Punct || isCap(s.toks[k+2].Text) || determiners[w] || prepositions[w] || adverbs[w] {
				continue
			}
			g := verbGroup{start: k + 1, head: k + 2, end: k + 3, form: formFuture, base: w, shared: true}
			if b := baseVerb(w); b != "" && !strings.HasSuffix(w, "ed") {
				g.base = b
			}
			s.addParticle(&g, stop)
			vs = slices.Insert(vs, i+1, g)
			break
		}
	}
	return vs
}

// verbAhead reports whether a finite verb starts at toks[i] (after an
// optional adverb).
func (s *sentence) verbAhead(i int) bool {
	for k := i; k < min(i+2, len(s.toks)); k++ {
		w := s.toks[k].Low
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

// beforeTime returns the index of the token before a time expression
// ending at toks[k] ("said on Tuesday", "said the same day"), or k when
// toks[k] is in none; it does not go back before start.
func (s *sentence) beforeTime(k, start int) int {
	j := k
	for j > start && s.inTimex(j) {
		j--
	}
	if j < k && j > start && prepositions[s.toks[j].Low] {
		j--
	}
	return j
}

// beforeMedium returns the index of the token before a short phrase with
// "in" that ends at toks[k] and says where something was said ("said in a
// joint statement", "said in an interview"), or -1 when there is none.
func (s *sentence) beforeMedium(k, start int) int {
	for j := k; j > start && j >= k-4; j-- {
		t := s.toks[j]
		if t.Punct || s.inTimex(j) {
			return -1
		}
		if t.Low == "in" {
			if j == k {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// namesThenVerb reports whether names joined by "and" start at toks[i]
// and a finite verb follows them: "that Ronald Reagan and Mikhail
// Gorbachev adopted".
func (s *sentence) namesThenVerb(i int) bool {
	k := i
	for k < len(s.toks) && k < i+9 && !s.toks[k].Punct && (isCap(s.toks[k].Text) || s.toks[k].Low == "and") {
		k++
	}
	return k > i+1 && k < len(s.toks) && s.isVerbAt(k)
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
	case "say", "announce", "tell", "warn", "declare", "state", "insist", "argue", "claim", "note", "report", "agree", "confirm", "deny", "add", "predict", "believe", "promise", "pledge", "vow":
		return true
	}
	switch s.toks[i].Low {
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
	if s.verbAt == nil {
		s.verbAt = make([]int8, len(s.toks))
	}
	if v := s.verbAt[k]; v != 0 {
		return v > 0
	}
	ok := s.verbAtUncached(k)
	s.verbAt[k] = -1
	if ok {
		s.verbAt[k] = 1
	}
	return ok
}

func (s *sentence) verbAtUncached(k int) bool {
	t := s.toks[k]
	if t.Punct {
		return false
	}
	w := t.Low
	if k > 0 && s.toks[k-1].Low == "to" && (w == "do" || w == "have") {
		return false // "ordered the companies to do", "to have": an infinitive
	}
	if auxiliaries[w] && w != "to" && w != "be" && w != "been" && w != "being" || t.Text == "may" {
		return true // "may" in lower case is the modal, not the month
	}
	if !presentVerbs[w] && subjectVerbs[w] == "" && baseVerb(w) == "" {
		return false // no verb form at all
	}
	// "the understanding now known as the 1992 Consensus": a name, not a
	// happening; "was known as" stays a verb.
	if w == "known" && k+1 < len(s.toks) && s.toks[k+1].Low == "as" && (k == 0 || !auxiliaries[s.toks[k-1].Low] && s.toks[k-1].Low != "be" && s.toks[k-1].Low != "been") {
		return false
	}
	// After a determiner, a possessive or a number ("30 industrialised
	// countries"), an -ed word is an adjective.
	afterDet := k > 0 && (determiners[s.toks[k-1].Low] || s.toks[k-1].Poss || isNumber(s.toks[k-1].Text) && !s.inTimex(k-1) || s.isDemonym(k-1))
	// "when the two met in Rome", "the three signed on Monday": a number
	// after "the" is the subject when no noun follows the verb.
	if afterDet && k > 1 && numberWords[s.toks[k-1].Low] && s.toks[k-2].Low == "the" && k+1 < len(s.toks) {
		if n := s.toks[k+1]; n.Punct || prepositions[n.Low] || determiners[n.Low] && !numberWords[n.Low] || particles[n.Low] || s.inTimex(k+1) || isCap(n.Text) {
			afterDet = false
		}
	}
	if afterDet && strings.EqualFold(s.toks[k-1].Text, "that") {
		// "a cease-fire that ended a war", "talks that began on Monday":
		// "that" is a pronoun unless a noun follows ("that divided
		// city").
		afterDet = false
		if k+1 < len(s.toks) && strings.HasSuffix(w, "ed") {
			n := s.toks[k+1]
			nw := strings.ToLower(n.Text)
			afterDet = !n.Punct && isLowerWord(n.Text) && !prepositions[nw] && !determiners[nw] && !adverbs[nw] && !particles[nw]
		}
	}
	if presentVerbs[w] {
		// "the talks", "air strikes followed", "the Sept. 11 attacks":
		// a plural noun.
		return !afterDet && !(k+1 < len(s.toks) && s.pastVerbAt(k+1)) && !(k > 0 && s.inTimex(k-1))
	}
	if isCap(t.Text) && k > 0 {
		return false
	}
	if baseVerb(w) == "" {
		// "Fighting continued on Friday": after a subject and before a
		// circumstance, a verb.
		return subjectVerbs[w] != "" && k > 0 && !afterDet && !s.toks[k-1].Punct && !prepositions[s.toks[k-1].Low] && !adverbs[s.toks[k-1].Low] &&
			k+1 < len(s.toks) && (prepositions[s.toks[k+1].Low] || s.toks[k+1].Punct || s.inTimex(k+1))
	}
	// "to set", "agreed to cut": an infinitive, not a finite verb.
	if afterDet || k > 0 && strings.EqualFold(s.toks[k-1].Text, "to") {
		return false
	}
	return true
}

// pastVerbAt reports whether toks[k] is a verb in the past tense or an
// auxiliary, as after a plural subject ("air strikes followed", "talks
// were").
func (s *sentence) pastVerbAt(k int) bool {
	t := s.toks[k]
	if t.Punct || isCap(t.Text) {
		return false
	}
	w := strings.ToLower(t.Text)
	switch w {
	case "were", "have", "had", "will", "would", "could", "are", "began", "ended":
		return true
	}
	return strings.HasSuffix(w, "ed") && baseVerb(w) != ""
}

// statesYear reports whether a time expression names its year in digits.
func statesYear(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// simplePast reports whether c's verb is in the simple past, active or
// passive ("recalled", "was signed", "met"), not a form that is also the
// present ("put", "set").
func (s *sentence) simplePast(c clause) bool {
	if c.vg.form != formActive && c.vg.form != formPassive || c.vg.head < 0 || c.vg.head >= len(s.toks) {
		return false
	}
	if c.vg.form == formPassive {
		aux := s.toks[c.vg.start].Low
		return aux == "was" || aux == "were"
	}
	if c.vg.head != c.vg.start {
		return false
	}
	w := s.toks[c.vg.head].Low
	b := baseVerb(w)
	return b != "" && b != w && !participles[w]
}

// findVerb finds the first finite verb group in toks[start:end].
func (s *sentence) findVerb(start, end int) verbGroup {
	for k := start; k < end; k++ {
		if !s.isVerbAt(k) {
			continue
		}
		w := s.toks[k].Low
		g := verbGroup{start: k, head: k, end: k + 1, form: formActive}
		if auxiliaries[w] || w == "may" || presentVerbs[w] && (w == "plans" || w == "seeks" || w == "wants" || w == "expects") {
			// Auxiliary: find the main verb.
			j := k + 1
			// "had himself set the tone": a reflexive stands where an
			// adverb may.
			for j < end && (adverbs[s.toks[j].Low] || reflexives[s.toks[j].Low] || lyAdverb(s.toks[j].Low)) {
				if s.toks[j].Low == "not" || s.toks[j].Low == "never" {
					g.negated = true
				}
				j++
			}
			// "may hold a protest", "could vote as early as Wednesday": a
			// possible happening, told as a plan.
			future := w == "will" || w == "shall" || w == "would" && !s.habitual(end) || w == "plans" || w == "seeks" || w == "wants" || w == "expects" || w == "may" || w == "might" || w == "could" && !s.pastContext(k)
			// "is to", "is due to", "is expected to", "is scheduled to"
			if j < end && (w == "is" || w == "are" || w == "was" || w == "were") {
				nw := s.toks[j].Low
				if nw == "to" || (nw == "due" || nw == "expected" || nw == "scheduled" || nw == "set" || nw == "slated" || nw == "poised" || nw == "likely" || nw == "going" || nw == "planned" || nw == "supposed") && j+1 < end && s.toks[j+1].Low == "to" {
					future = w == "is" || w == "are"
					for j < end && s.toks[j].Low != "to" {
						j++
					}
				}
			}
			if j < end && s.toks[j].Low == "to" {
				j++
			}
			beAux := false
			if j < end && (s.toks[j].Low == "be" || s.toks[j].Low == "been" || s.toks[j].Low == "have") {
				beAux = s.toks[j].Low != "have"
				j++
			}
			if j >= end || s.toks[j].Punct {
				g.base = "be"
				return g
			}
			mw := s.toks[j].Low
			// "had been some progress", "was a success", "was far
			// smaller": the auxiliary is the verb.
			notVerb := baseVerb(mw) == "" && (!strings.HasSuffix(mw, "ing") || ingNouns[mw]) && !participles[mw]
			if (determiners[mw] || isCap(s.toks[j].Text) || mw[0] >= '0' && mw[0] <= '9' || prepositions[mw] || notVerb && !future) && beHave[w] {
				g.base = "be"
				if w == "has" || w == "have" || w == "had" {
					if prev := s.toks[j-1].Low; prev != "been" {
						g.base = "have"
					}
				}
				return g
			}
			g.head, g.end = j, j+1
			if b := baseVerb(mw); copulas[b] && j+1 < end && strings.HasSuffix(s.toks[j+1].Low, "ed") {
				g.base, g.end = b, j+2
				return g
			}
			switch b := baseVerb(mw); {
			case future:
				g.form, g.base = formFuture, mw
				if b != "" && b != mw && !strings.HasSuffix(mw, "ed") {
					g.base = b
				}
				g.passive = beAux && b != ""
			case b != "" && (w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || s.toks[j-1].Low == "been"):
				g.form, g.base = formPassive, b
			case b != "":
				g.base = b
			case strings.HasSuffix(mw, "ing") && len(mw) > 5 && beHave[w] && !ingNouns[mw]:
				g.base = gerundBase(mw) // "were still manning checkpoints"
			default:
				g.base = mw
			}
			s.addParticle(&g, end)
			return g
		}
		g.base = baseVerb(w)
		if g.base == "" && subjectVerbs[w] != "" {
			g.base = subjectVerbs[w]
		}
		if g.base == "" {
			g.base = strings.TrimSuffix(w, "s")
		}
		// "seemed doomed", "became isolated": the participle describes.
		if copulas[g.base] && k+1 < end && strings.HasSuffix(s.toks[k+1].Low, "ed") {
			g.end = k + 2
			return g
		}
		// "appeared to take credit", "seems to have won": the infinitive
		// tells what happened.
		if raisingVerbs[g.base] && k+2 < end && s.toks[k+1].Low == "to" {
			j := k + 2
			if s.toks[j].Low == "have" && j+1 < end {
				j++
			}
			if b := baseVerb(s.toks[j].Low); b != "" || s.isVerbAt(j) || !s.toks[j].Punct && isLowerWord(s.toks[j].Text) && !determiners[s.toks[j].Low] && !prepositions[s.toks[j].Low] {
				if b == "" {
					b = s.toks[j].Low
				}
				g.head, g.end, g.base = j, j+1, b
			}
		}
		// A participle right after a noun: "an agreement signed in Doha",
		// "a rail hub held by government troops".
		// So after a name that is the object of a preposition: "lifting
		// it with the Interim Accord signed in New York", "began with the
		// Anglo-Irish Agreement signed by Thatcher".
		if k > start && (strings.HasSuffix(w, "ed") || pastParticiples[w]) && !s.toks[k-1].Punct && (!isCap(s.toks[k-1].Text) || s.nameAfterPreposition(k-1)) && baseVerb(s.toks[k-1].Text) == "" && k+1 < end && (s.toks[k+1].Text == "in" || s.toks[k+1].Text == "by" || s.toks[k+1].Text == "on" || s.toks[k+1].Text == "at") {
			g.form = formParticiple
		}
		s.addParticle(&g, end)
		return g
	}
	return verbGroup{start: -1, head: -1}
}

// nameAfterPreposition reports whether the capitalised word at toks[k]
// ends a name that follows "the" after a preposition: "with the Interim
// Accord".
func (s *sentence) nameAfterPreposition(k int) bool {
	j := k
	for j >= 0 && !s.toks[j].Punct && isCap(s.toks[j].Text) && k-j < 6 {
		j--
	}
	return j >= 1 && j < k && s.toks[j].Low == "the" && objectPrepositions[s.toks[j-1].Low]
}

// Prepositions that never open a clause ("until the United States
// invaded" does).
var objectPrepositions = toSet(`with of to for by from at on in into about against between among under over through`)

// Words in -ing that are nouns, not verbs: "had nothing to do with".
var ingNouns = toSet(`nothing something anything everything morning evening meeting building thing`)

// lyVerbs are verbs that end like an adverb: "will fly", "would
// reply".
var lyVerbs = toSet(`fly rely apply reply supply comply ally multiply imply`)

// lyAdverb reports whether the lower-case word w is an adverb in -ly:
// "formally", not "fly".
func lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 3 && !lyVerbs[w]
}

// Reflexive pronouns, which may stand between an auxiliary and its verb.
var reflexives = toSet(`himself herself itself themselves myself ourselves yourself`)

// Words around "as" that make it part of a phrase, not a clause: "such
// as", "as well as", "as early as", "as soon as".
var asWords = toSet(`such well as same soon early late long far much many`)

// Words ending in -ed that are usually adjectives but verbs after a
// subject: "Fighting continued on Friday".
var subjectVerbs = map[string]string{"continued": "continue", "renewed": "renew", "expanded": "expand", "advanced": "advance"}

var copulas = toSet(`seem appear become look remain get grow`)

// raisingVerbs take an infinitive that tells what happened: "appeared to
// take credit".
var raisingVerbs = toSet(`seem appear`)

// Past participles that are also the base form, which baseVerb does not
// see: "has become", "had come".
var participles = toSet(`become come overcome run outrun`)

var beHave = toSet(`is are was were has have had been be`)

// habitual reports whether the segment ending at end tells what used to
// happen again and again ("would march … every Monday").
func (s *sentence) habitual(end int) bool {
	for k := 0; k < end && k < len(s.toks); k++ {
		switch s.toks[k].Low {
		case "every", "each", "often", "usually", "regularly":
			return true
		}
	}
	return false
}

var particles = toSet(`down up off out back over away`)

func (s *sentence) addParticle(g *verbGroup, end int) {
	if g.end < end && particles[s.toks[g.end].Low] {
		g.end++
		return
	}
	// "was sworn in as president", "got in last April": "in" ends the
	// verb when no noun phrase follows it.
	if g.end < end && s.toks[g.end].Low == "in" && inVerbs[g.base] {
		if n := g.end + 1; n >= end || s.toks[n].Punct || s.inTimex(n) || s.toks[n].Low == "as" || s.toks[n].Low == "on" || s.toks[n].Low == "at" {
			g.end++
		}
	}
}

// Verbs that take "in" as a particle: "sworn in", "got in", "moved in".
var inVerbs = toSet(`swear get move step give phase usher`)

// pastContext reports whether the clause of toks[k] is about the past
// ("could not agree last week" is not a plan): a past time word follows.
func (s *sentence) pastContext(k int) bool {
	for j := k + 1; j < len(s.toks) && j < k+8; j++ {
		switch s.toks[j].Low {
		case "ago", "yesterday", "last", "earlier":
			return true
		}
	}
	return false
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
	// "Gough Whitlam, in 1973, became …": a verbless phrase set off by
	// commas between a subject and its verb dates that verb.
	if c, ok := s.setOffBeforeVerb(si); ok {
		return c, true
	}
	if !s.allVerbless(0, si) {
		for j := si - 1; j >= 0; j-- {
			if vs := s.segs[j].verbs; len(vs) > 0 {
				// "approved it in a session that ended after midnight,
				// early on Saturday": a phrase set off after a relative
				// clause that says when a happening ended or began dates
				// the clause it hangs on, unless that clause tells
				// nothing ("was the final stop of a trip which began …").
				if s.isRelative(j) && aspectVerbs[vs[0].base] && s.segs[si].lead == "" && s.segs[si].start > 0 && s.toks[s.segs[si].start-1].Text == "," {
					for i := j - 1; i >= 0; i-- {
						if ivs := s.segs[i].verbs; len(ivs) > 0 {
							c := clause{i, ivs[len(ivs)-1]}
							if !s.isRelative(i) && !subordinators[s.segs[i].lead] && !s.isWeak(c) && !c.vg.negated {
								return c, true
							}
							break
						}
					}
				}
				return clause{j, vs[len(vs)-1]}, true
			}
		}
	}
	// "In the early hours of Aug. 20, with Peres in Oslo on what was
	// billed as a visit, the two sides initialed the document": the main
	// clause, not one in a phrase.
	for j := si + 1; j < len(s.segs); j++ {
		if s.segs[j].verb.start >= 0 && s.segs[j].lead == "" && !prepositions[s.toks[s.segs[j].start].Low] {
			return clause{j, s.segs[j].verb}, true
		}
	}
	for j := si + 1; j < len(s.segs); j++ {
		if s.segs[j].verb.start >= 0 {
			return clause{j, s.segs[j].verb}, true
		}
	}
	return clause{}, false
}

// setOffBeforeVerb returns the clause of the segment after si when si is a
// verbless phrase set off by commas and that segment, with no lead, starts
// with its verb: the predicate of the subject before si ("Whitlam, in 1973,
// became"). The segment before si must have no verb after its subject's
// last word, so "He said, on Monday, that …" is not one.
func (s *sentence) setOffBeforeVerb(si int) (clause, bool) {
	if si == 0 || si+1 >= len(s.segs) {
		return clause{}, false
	}
	g, next := s.segs[si], s.segs[si+1]
	if g.start == 0 || s.toks[g.start-1].Text != "," || g.end >= len(s.toks) || s.toks[g.end].Text != "," {
		return clause{}, false
	}
	if next.lead != "" || len(next.verbs) == 0 || next.verbs[0].start != next.start || next.start != g.end+1 {
		return clause{}, false
	}
	if vs := s.segs[si-1].verbs; len(vs) > 0 && vs[len(vs)-1].end >= s.segs[si-1].end-1 {
		return clause{}, false
	}
	return clause{si + 1, next.verbs[0]}, true
}

// Verbs that say when a happening began or ended: "a session that ended
// after midnight".
var aspectVerbs = toSet(`begin start end finish conclude close open last run`)

// isRelative reports whether segment si is a relative clause: "which it
// had chosen", "a session that ended after midnight" (but not "said that
// …").
func (s *sentence) isRelative(si int) bool {
	seg := s.segs[si]
	switch seg.lead {
	case "who", "which", "whom", "whose":
		return true
	case "that":
		if seg.start < 2 {
			return false
		}
		p := s.beforeTime(seg.start-2, 0)
		return !s.isVerbAt(p) && !s.isSpeechVerb(p) && !s.toks[p].Punct
	}
	return false
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
	if c.vg.shared {
		for i := len(seg.verbs) - 1; i >= 0; i-- {
			if v := seg.verbs[i]; v.start < c.vg.start && !v.shared {
				return s.subjectOf(clause{c.si, v})
			}
		}
	}
	a, b := seg.start, c.vg.start
	for _, v := range seg.verbs {
		// A participle ("talks hosted by Iraq") is inside the subject.
		if v.end <= c.vg.start && v.form != formParticiple {
			a = v.end
		}
	}
	if c.vg.form == formParticiple {
		// The noun phrase just before the participle, from its
		// determiner: "activate a security agreement signed in 2001"; set
		// off by a comma after a clause, the one that ends it: "press rich
		// nations over a promise, made in 2009, to …".
		a = b
		start := seg.start
		if c.vg.start == seg.start && c.si > 0 && len(s.segs[c.si-1].verbs) > 0 {
			prev := s.segs[c.si-1]
			a, b, start = prev.end, prev.end, prev.start
		}
		for a > start && a > 0 && !s.toks[a-1].Punct && !prepositions[s.toks[a-1].Low] && !s.isVerbAt(a-1) {
			a--
			if determiners[s.toks[a].Low] || s.toks[a].Poss {
				break
			}
		}
	}
	// ("no foreign flag will fly": "no" belongs to the subject.)
	for a < b && (s.inTimex(a) || clauseLeads[s.toks[a].Low] || prepositions[s.toks[a].Low] || adverbs[s.toks[a].Low] && s.toks[a].Low != "no" || s.toks[a].Punct || leadAdverbials[s.toks[a].Low]) {
		a++
	}
	// "In the early hours of Thursday a High Court judge granted": an
	// opening phrase of time ends at its date.
	if a > seg.start && prepositions[s.toks[seg.start].Low] {
		last := -1
		for k := a; k < b; k++ {
			if s.inTimex(k) {
				last = k
			}
		}
		if last >= a && last+1 < b && !s.toks[last+1].Punct {
			a = last + 1
		}
	}
	// "The two presidents first met", "He then met": the adverb before
	// the verb is not part of the subject.
	for b > a+1 && adverbs[s.toks[b-1].Low] && !s.inTimex(b-1) {
		b--
	}
	// "export controls it had imposed": the pronoun is the subject, the
	// noun before it the object of a relative clause.
	if b-a >= 2 && subjectPronouns[s.toks[b-1].Low] && c.vg.form != formParticiple {
		if p := s.toks[b-2]; !p.Punct && !prepositions[p.Low] && !determiners[p.Low] && !clauseLeads[p.Low] && !s.isVerbAt(b-2) && !s.inTimex(b-2) && !leadAdverbials[p.Low] && !adverbs[p.Low] {
			a = b - 1
		}
		// "At a summit in Brussels last week he accused": the pronoun
		// after an opening phrase of place or time is the subject.
		if s.inTimex(b-2) && s.toks[b-1].Low != "it" || prepositions[s.toks[seg.start].Low] && a > seg.start {
			a = b - 1
		}
	}
	if a < b && a == seg.start {
		a = s.listStart(c.si, a, b)
	}
	return a, b
}

// listStart returns where a subject that starts a segment really starts
// when it ends a list cut by commas: in "The presidents of Bosnia, Serbia
// and Croatia initialed", the subject of "initialed" starts at "The".
// toks[a:b] must be names joined by "and".
func (s *sentence) listStart(si, a, b int) int {
	hasAnd := false
	for k := a; k < b; k++ {
		t := s.toks[k]
		switch lw := strings.ToLower(t.Text); {
		case lw == "and":
			hasAnd = true
		case t.Punct || !isCap(t.Text) && lw != "the" && lw != "of":
			return a
		}
	}
	if !hasAnd {
		return a
	}
	for j := si - 1; j >= 0; j-- {
		seg := s.segs[j]
		first, last := s.toks[seg.start], s.toks[seg.end-1]
		fl := strings.ToLower(first.Text)
		if len(seg.verbs) > 0 || seg.lead != "" || !isCap(last.Text) || s.inTimex(seg.start) || s.inTimex(seg.end-1) ||
			prepositions[fl] || leadAdverbials[fl] || strings.HasSuffix(fl, "ing") || seg.end != a-1 {
			break
		}
		if k := seg.end; k >= len(s.toks) || s.toks[k].Text != "," {
			break
		}
		a = seg.start
	}
	return a
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
		w := s.toks[a].Low
		if w == "it" || w == "they" {
			if r, ok := s.referentOf(c, w, false, ""); ok {
				s.subjSpan = r.sp
				return r.text, r.plural
			}
		}
		if pronouns[w] {
			return s.antecedent(c, w)
		}
	}
	// "one of them brokered by …": one of the things named before.
	if a < b && s.toks[b-1].Low == "them" && (b-a == 1 || s.toks[b-2].Low == "of") {
		one := b-a == 3 && s.toks[a].Low == "one"
		if p, ok := s.pluralBefore(c, b-1); ok {
			if one {
				return strings.TrimSuffix(p, "s"), false
			}
			return p, true
		}
		if r, ok := s.referentOf(c, "them", true, ""); ok && !one {
			return r.text, true
		}
		if n, ok := s.groupReferent(b - 1); ok {
			return n, !one
		}
	}
	// "She and Hollande had started the push": the person she is.
	if b-a > 2 && (s.toks[a].Low == "she" || s.toks[a].Low == "he") && s.toks[a+1].Low == "and" {
		if r, ok := s.referentOf(c, s.toks[a].Low, false, ""); ok {
			rest, _ := s.nameNP(a+2, b, true)
			s.subjSpan = span{s.toks[a].Start, s.toks[b-1].End}
			return r.text + " and " + rest, true
		}
	}
	if a >= b {
		if ra, rb, ok := s.relativeAntecedent(c.si); ok {
			s.subjSpan = span{s.toks[ra].Start, s.toks[rb-1].End}
			return s.nameNP(ra, rb, true)
		}
		return s.antecedent(c, "")
	}
	if b-a == 2 && s.toks[a].Low == "the" && smallNumbers[s.toks[a+1].Low] > 0 {
		if _, sp, ok := s.lastPeople(a, smallNumbers[s.toks[a+1].Low]); ok {
			s.subjSpan = sp
		}
	}
	return s.nameNP(a, b, true)
}

// whichAgreement returns a title's name for "the treaty" (the noun at
// token n, subject of segment si): the parties of a participle phrase set
// off after it ("The treaty, signed by Obama and Medvedev in 2010, …"
// gives "Treaty signed by Obama and Medvedev"), else the agreement named
// in full in the sentence or the few before ("the New START treaty", "the
// Kyoto Protocol", "the Treaty of Lisbon"), else "".
func (s *sentence) whichAgreement(si, n int) string {
	noun := s.toks[n].Text
	if si+1 < len(s.segs) && n+1 == s.segs[si].end {
		seg := s.segs[si+1]
		if len(seg.verbs) > 0 && seg.verbs[0].start == seg.start && seg.start+1 < seg.end && strings.EqualFold(s.toks[seg.start+1].Text, "by") {
			a := seg.start + 2
			b := a
			for b < seg.end && (isCap(s.toks[b].Text) || strings.EqualFold(s.toks[b].Text, "and")) && !s.toks[b].Punct && !s.inTimex(b) {
				b++
			}
			if b > a && len(s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End})) > 0 {
				who, _ := s.nameNP(a, b, true)
				return capitalise(noun) + " " + s.toks[seg.start].Low + " by " + who
			}
		}
	}
	from := s.d.sents[max(0, s.index-5)].Start
	name := ""
	for _, a := range s.d.namedAgreements() {
		if a.start < from {
			continue
		}
		if a.start >= s.toks[n].Start {
			break
		}
		name = a.name
	}
	return name
}

// A namedAgreement is an agreement named in full in a text.
type namedAgreement struct {
	start int
	name  string
}

// namedAgreements returns the agreements named in full in the document, in
// order: capitalised words before an agreement noun ("New START treaty",
// "Kyoto Protocol") or "Treaty of" and capitalised words ("Treaty of
// Lisbon").
func (d *document) namedAgreements() []namedAgreement {
	if d.agreements != nil {
		return d.agreements
	}
	d.agreements = []namedAgreement{}
	for i, t := range d.toks {
		if !agreementNouns[t.Low] && t.Low != "convention" {
			continue
		}
		a := i
		for a > 0 && !d.toks[a-1].Punct && isCap(d.toks[a-1].Text) && d.text[d.toks[a-1].End:d.toks[a].Start] == " " && !notNameWords[d.toks[a-1].Text] {
			a--
		}
		b := i + 1
		if a == i && isCap(t.Text) && b+1 < len(d.toks) && d.toks[b].Text == "of" {
			b++
			if strings.EqualFold(d.toks[b].Text, "the") {
				b++
			}
			e := b
			for e < len(d.toks) && !d.toks[e].Punct && isCap(d.toks[e].Text) {
				e++
			}
			if e == b {
				continue
			}
			b = e
		} else if a == i || i-a > 5 {
			continue
		}
		d.agreements = append(d.agreements, namedAgreement{d.toks[a].Start, d.text[d.toks[a].Start:d.toks[b-1].End]})
	}
	return d.agreements
}

// relativeAntecedent returns the noun phrase that a relative clause
// without a subject of its own is about: "Kosovo" in "Kosovo, which
// declared independence", "talks" in "talks that began on Monday".
func (s *sentence) relativeAntecedent(si int) (int, int, bool) {
	seg := s.segs[si]
	if si == 0 || seg.lead != "who" && seg.lead != "which" && seg.lead != "that" {
		return 0, 0, false
	}
	b := seg.start - 1 // the relative pronoun
	if b > 0 && s.toks[b-1].Text == "," {
		b--
	}
	prev := s.segs[si-1]
	if b <= prev.start || b > prev.end {
		return 0, 0, false
	}
	a := b
	for a > prev.start {
		t := s.toks[a-1]
		lw := strings.ToLower(t.Text)
		if t.Punct || prepositions[lw] && lw != "of" || s.isVerbAt(a-1) || s.inTimex(a-1) {
			break
		}
		a--
		if determiners[lw] && lw != "of" {
			break
		}
	}
	for a < b && (strings.EqualFold(s.toks[a].Text, "of") || determiners[s.toks[a].Low] && a+1 == b) {
		a++
	}
	// "sought the approval of Trump's administration, which gave it":
	// what was given is the approval, so "which" is whose it was.
	if seg.lead == "which" && len(seg.verbs) > 0 && seg.verbs[0].end < seg.end && s.toks[seg.verbs[0].end].Low == "it" {
		for j := b - 1; j > a; j-- {
			if s.toks[j].Low == "of" {
				a = j + 1
				break
			}
		}
	}
	// "Envoys of both the Biden administration and of Donald Trump, who
	// will be sworn in": "who" is the person named just before it.
	if seg.lead == "who" {
		for _, m := range s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End}) {
			if m.Kind == kindPerson && m.End == s.toks[b-1].End && m.Start > s.toks[a].Start {
				a = s.tokenAt(m.Start)
			}
		}
	}
	return a, b, a < b
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
			if a >= b && (pronoun == "he" || pronoun == "she") && vs[v].start == s.segs[j].start {
				// "Trimble, whose delegation had threatened to walk out,
				// said he would …".
				if ea, eb, ok := s.elidedSubject(j); ok {
					a, b = ea, eb
				}
			}
			if a >= b || b-a == 1 && pronouns[s.toks[a].Low] {
				continue
			}
			if (pronoun == "he" || pronoun == "she") && !s.hasPerson(a, b) && !s.unknownName(a, b) {
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
	if pronoun == "it" {
		return s.prevThing(), false
	}
	if pronoun == "he" || pronoun == "she" {
		return s.prevPerson(), false
	}
	return s.prevSubject(), pronoun == "they"
}

// unknownName reports whether toks[a:b] is a name of one or two
// capitalised words that the document knows as nothing else than maybe a
// person: "Navalny" at the start of a sentence.
func (s *sentence) unknownName(a, b int) bool {
	if b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if t := s.toks[k]; t.Punct || !isCap(t.Text) || t.Poss || titleWords[t.Text] || personTitles[t.Text] {
			return false
		}
	}
	for _, m := range s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End}) {
		if m.Kind != kindPerson {
			return false
		}
	}
	// "Negotiators met …": a plural is a common noun, unless the
	// document names a person so ("Jones").
	return !pluralNoun(s.toks[b-1].Text) || s.d.isPerson(s.toks[b-1].Text)
}

// beforeComma returns where the noun phrase toks[a:b] ends before an
// appositive set off by a comma: "Kuwait's emir" in "Kuwait's emir, Sheikh
// Sabah".
func (s *sentence) beforeComma(a, b int) int {
	for k := a + 1; k < b; k++ {
		if s.toks[k].Text == "," {
			return k
		}
	}
	return b
}

// prevPerson returns who "he" or "she" at the start of a sentence stands
// for when its own sentence names no one: the subject of the nearest of
// the three sentences before whose subject is one person, else "". "The
// talks ended. He died on Monday": "he" is not the talks.
func (s *sentence) prevPerson() string {
	p := s.prev
	for n := 0; p != nil && n < 3; n, p = n+1, p.prev {
		// "Bout, long known as …, was arrested": a name set off before
		// the rest of its sentence.
		if seg := p.segs[0]; len(p.segs) > 1 && len(seg.verbs) == 0 && seg.lead == "" && seg.end > seg.start && p.isPersonNP(seg.start, seg.end) {
			if t, pl := p.nameNP(seg.start, seg.end, true); t != "" && !pl {
				return t
			}
		}
		for si, seg := range p.segs {
			if seg.verb.start < 0 {
				continue
			}
			a, b := p.subjectOf(clause{si, seg.verb})
			if a >= b {
				if ea, eb, ok := p.elidedSubject(si); ok {
					a, b = ea, eb
				}
			}
			if a < b && (b-a == 1 && (p.toks[a].Low == "he" || p.toks[a].Low == "she") || p.isPersonNP(a, p.beforeComma(a, b)) || p.unknownName(a, b)) {
				if t := p.mainSubject(); t != "" && !strings.Contains(t, " and ") {
					return t
				}
			}
			break
		}
	}
	return ""
}

// prevThing returns what "it" at the start of a sentence stands for when
// its own sentence names nothing: the subject of the nearest sentence
// before that has one, unless that subject is a person ("He died in
// September 2020. It ended three months later": "it" is not he), then "".
func (s *sentence) prevThing() string {
	for p := s.prev; p != nil; p = p.prev {
		for si, seg := range p.segs {
			if seg.verb.start < 0 {
				continue
			}
			a, b := p.subjectOf(clause{si, seg.verb})
			if a < b && (b-a == 1 && personPronouns[p.toks[a].Low] || p.isPersonNP(a, b)) {
				return ""
			}
			if t := p.mainSubject(); t != "" {
				return t
			}
			break
		}
	}
	return ""
}

// Pronouns that stand for people.
var personPronouns = toSet(`he she him her they them we i you who`)

// Leads of relative clauses, which say something about a noun rather than
// carry the sentence on.
var relativeLeads = toSet(`who which that where whose whom`)

// elidedSubject finds the subject of segment si, which starts with its
// verb: the noun phrase of an earlier segment, skipping relative clauses
// and appositive participles ("The Berlin Wall, built in 1961, was
// opened"), or the subject of a coordinated clause before it.
func (s *sentence) elidedSubject(si int) (int, int, bool) {
	found, name := -1, -1
	for j := si - 1; j >= 0; j-- {
		seg := s.segs[j]
		// Relative and subordinate clauses ("days after the Timorese
		// declared independence"), and participle phrases ("replacing the
		// backstop"), are not where a coordinated clause's subject is.
		if relativeLeads[seg.lead] || subordinators[seg.lead] {
			// "after Gough Whitlam, in 1973, became": a subordinator's
			// own subject, cut from its verb by a phrase set off.
			if subordinators[seg.lead] && len(seg.verbs) == 0 && found < 0 && j < si-1 && s.segs[si].verbs[0].start == s.segs[si].start {
				found = j
				break
			}
			continue
		}
		if first := s.toks[seg.start].Low; strings.HasSuffix(first, "ing") && len(first) > 5 && baseVerb(first) == "" && !isCap(s.toks[seg.start].Text) {
			continue
		}
		if s.onlyParticiples(j) {
			if prepositions[s.toks[seg.start].Low] || s.inTimex(seg.start) || s.onlyTimeWords(j) {
				if found >= 0 {
					break
				}
				continue
			}
			found = j
			if name < 0 && s.isPersonName(seg.start, seg.end) {
				// "His successor, Theresa May, began": the name.
				name = j
			}
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
	if name >= 0 {
		found = name
	}
	seg := s.segs[found]
	a := seg.start
	for a < seg.end && (s.toks[a].Punct || prepositions[s.toks[a].Low]) {
		a++
	}
	return a, seg.end, a < seg.end
}

// Subordinators, whose clauses say when or why, not who.
var subordinators = toSet(`after before when while because although though if unless since as whereas until`)

// onlyParticiples reports whether segment si has no finite verb, only
// participles ("a shipping magnate chosen by a committee") if any.
func (s *sentence) onlyParticiples(si int) bool {
	for _, v := range s.segs[si].verbs {
		if v.form != formParticiple {
			return false
		}
	}
	return true
}

// onlyTimeWords reports whether segment si holds nothing but words of time
// and sentence adverbs: "days", "weeks later".
func (s *sentence) onlyTimeWords(si int) bool {
	for k := s.segs[si].start; k < s.segs[si].end; k++ {
		if t := s.toks[k]; !t.Punct && !leadAdverbials[t.Low] && !s.inTimex(k) && !isNumber(t.Text) && !numberWords[t.Low] {
			return false
		}
	}
	return true
}

// isPersonName reports whether toks[a:b] is one person's name.
func (s *sentence) isPersonName(a, b int) bool {
	ms := s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End})
	return len(ms) == 1 && ms[0].Kind == kindPerson && ms[0].Start == s.toks[a].Start && ms[0].End >= s.toks[b-1].End
}

// laterPredicate reports whether a segment after si with no lead starts
// with its verb: the predicate of a subject told before it.
func (s *sentence) laterPredicate(si int) bool {
	for j := si + 1; j < len(s.segs); j++ {
		if s.segs[j].lead == "" && len(s.segs[j].verbs) > 0 && s.segs[j].verbs[0].start == s.segs[j].start {
			return true
		}
	}
	return false
}

// Irregular past participles, which can follow a noun as "signed" does:
// "a rail hub held by government troops".
var pastParticiples = toSet(`held made built kept led sent brought bought sold found won paid set taken given written drawn
chosen known seen shown sworn broken frozen spoken driven begun done hidden overthrown withdrawn shot struck fought`)

// isAppositiveParticiple reports whether segment si is a participle phrase
// set off by commas inside a noun phrase ("…, built in August 1961, was
// opened…"): it starts with its verb and a later segment does too.
func (s *sentence) isAppositiveParticiple(si int) bool {
	seg := s.segs[si]
	if seg.lead != "" || len(seg.verbs) == 0 || seg.verbs[0].start != seg.start || seg.verbs[0].form != formActive || si == 0 {
		return false
	}
	if !strings.HasSuffix(s.toks[seg.start].Low, "ed") && irregular[s.toks[seg.start].Low] == "" {
		return false
	}
	if s.laterPredicate(si) {
		return true
	}
	// "a promise, made in 2009 in Copenhagen, to mobilise …", "The
	// treaty, signed in 2010, caps …": right after a noun, and followed
	// by a circumstance, not an object.
	prev := s.segs[si-1]
	last := prev.end - 1
	if last < 0 || s.toks[last].Punct || s.inTimex(last) || s.isVerbAt(last) || prepositions[s.toks[last].Low] {
		return false
	}
	if next := seg.verbs[0].end; next < seg.end && !prepositions[s.toks[next].Low] && !s.inTimex(next) {
		return false
	}
	if len(prev.verbs) > 0 {
		// After a main clause, it says more about the noun that ends it.
		return prev.lead == "" || prev.lead == "and" || prev.lead == "but"
	}
	// After a bare noun phrase, only if the predicate follows: "The
	// treaty, signed in 2010, caps …" (but "The parliament, the
	// Volkskammer, voted on Aug. 23 …, a route that …").
	if si+1 < len(s.segs) {
		n := s.segs[si+1]
		w := s.toks[n.start]
		return n.lead == "" && isLowerWord(w.Text) && !determiners[w.Low] && !prepositions[w.Low] && !s.inTimex(n.start)
	}
	return false
}

// objectNP returns the noun phrase right after the verb of c, up to a
// preposition, punctuation or clause word.
func (s *sentence) objectNP(c clause) (int, int) {
	a := c.vg.end
	seg := s.segs[c.si]
	b := a
	for b < seg.end && !s.toks[b].Punct && !prepositions[s.toks[b].Low] && !objectStops[s.toks[b].Low] && !s.inTimex(b) && !s.isVerbAt(b) {
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
	if subject && b-a == 2 && strings.EqualFold(s.toks[a].Text, "the") && agreementNouns[s.toks[a+1].Low] {
		// "The treaty entered into force": say which.
		if name := s.whichAgreement(s.segmentOf(a), a+1); name != "" {
			return name, false
		}
	}
	// "when the two met": the two people named last.
	if subject && b-a == 2 && s.toks[a].Low == "the" && smallNumbers[s.toks[a+1].Low] > 0 {
		if names, _, ok := s.lastPeople(a, smallNumbers[s.toks[a+1].Low]); ok {
			return joinAnd(names), true
		}
		return s.toks[a+1].Text, true
	}
	// "the month Washington expelled …": the time is not the subject.
	if b-a > 2 && s.toks[a].Low == "the" && timeNouns[s.toks[a+1].Low] && isCap(s.toks[a+2].Text) {
		a += 2
	}
	// "A ransomware attack last month": the time is the event's date.
	for k := a + 1; k < b; k++ {
		if s.inTimex(k) {
			b = k
			// "The peace talks in Geneva on Monday": the preposition
			// went with the date.
			for b-1 > a && prepositions[s.toks[b-1].Low] {
				b--
			}
			break
		}
	}
	// "Those talks": which talks, a title does not say.
	if b-a > 1 && demonstratives[s.toks[a].Low] {
		a++
	}
	// "the first of five rounds of talks hosted by Iraq", "Biden's first
	// trip abroad as president": the noun phrase without what follows.
	for k := a + 2; k < b; k++ {
		if t := s.toks[k]; t.Low == "as" && !isCap(t.Text) || s.isVerbAt(k) && (strings.HasSuffix(t.Low, "ed") || pastParticiples[t.Low]) && !s.toks[k-1].Punct {
			b = k
			break
		}
	}
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
	// A person whose noun follows ("Biden's first trip") is not the
	// subject.
	possessor := len(ms) > 0 && ms[len(ms)-1].Kind == kindPerson && ms[len(ms)-1].End < words[n-1].Start && s.possessorAt(ms[len(ms)-1].End)
	// "Aides of both the Merkel government and of Olaf Scholz",
	// "Envoys of Putin": the head is the noun before "of", and the
	// people are whose.
	if h := s.headBeforeOf(words); h >= 0 && len(people) > 0 {
		var names []string
		for _, m := range ms {
			name := m.Short
			// "the Merkel government": Merkel, not Germany.
			if w, _, _ := strings.Cut(strings.TrimPrefix(s.d.text[m.End:], " "), " "); m.Kind == kindCountry && attributiveNouns[strings.TrimRight(w, ".,;:")] {
				name = s.d.text[m.Start:m.End]
			}
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
		return words[h].Text + " of " + joinAnd(names), pluralNoun(words[h].Text)
	}
	if len(people) > 0 && (n > 3 || len(people) > 1) && !possessor {
		return joinAnd(people), len(people) > 1
	}
	if len(people) == 0 && len(others) > 0 && n > 6 {
		// "two Israeli academics and a team of PLO officials": Israel and
		// PLO, by their names, not the adjectives.
		for _, m := range ms {
			if m.Kind == kindCountry && s.d.g.idx().demonyms[s.d.text[m.Start:m.End]] {
				if j := slices.Index(others, m.Short); j >= 0 && !slices.Contains(others, m.Name) {
					others[j] = m.Name
				}
			}
		}
		return joinAnd(others), len(others) > 1
	}
	txt := strings.TrimSpace(s.d.named(words[0].Start, words[n-1].End))
	txt = dropArticle(txt)
	if n > 1 {
		// "His ruling coalition": the title says "Ruling coalition".
		for _, p := range []string{"his ", "His ", "her ", "Her ", "its ", "Its ", "their ", "Their "} {
			if t, ok := strings.CutPrefix(txt, p); ok {
				txt = t
				break
			}
		}
	}
	last := words[n-1].Text
	words0 := words
	// "The first of five rounds of talks", "Talks at Camp David": the
	// head comes before the preposition.
	for i := 1; i < n-1; i++ {
		if prepositions[words[i].Low] && (!isCap(words[i-1].Text) || i == 1 && words[0].Start == s.toks[0].Start && len(s.d.mentionsIn(span{words[0].Start, words[0].End})) == 0) && !partitives[words[i-1].Low] {
			last, n, words = words[i-1].Text, i, words[:i]
			break
		}
	}
	// A capitalised word is a name, unless it starts the sentence
	// ("Negotiators reached…") or follows "the" ("the Communists").
	named := false
	for _, m := range ms {
		named = named || m.Start <= words[n-1].Start && m.End >= words[n-1].End
	}
	common := isLowerWord(last) || !named && (words[n-1].Start == s.toks[0].Start || n >= 2 && (strings.EqualFold(words[n-2].Text, "the") || words[n-2].Poss))
	// "A ceasefire between Israel and Hamas": the "and" is inside the
	// phrase after the head.
	and := strings.Contains(txt, " and ")
	if n < len(words0) && (words0[n].Low == "between" || words0[n].Low == "among") {
		and = false
		for _, w := range words {
			and = and || w.Low == "and"
		}
	}
	plural := and || common && pluralNoun(last) || acronymPlural(last) || n > 1 && numberWords[strings.ToLower(words[0].Text)]
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

// Nouns of time that may stand before a clause: "the month Washington
// expelled …", "the day the wall fell".
var timeNouns = toSet(`day days week month year night morning evening afternoon time moment`)

var demonstratives = toSet(`this that these those`)

// Heads that agree with the noun after "of": "80 percent of voters
// choose", "thousands of residents emigrated".
var partitives = toSet(`percent majority minority half most some all many none lot lots number thousands hundreds millions
dozens rest bulk third quarter`)

// possessorAt reports whether the word ending at byte offset end has a
// possessive "'s".
func (s *sentence) possessorAt(end int) bool {
	k := s.tokenAt(end) - 1
	return k >= 0 && k < len(s.toks) && s.toks[k].Poss
}

// Plurals not made with -s, and numbers that make a noun phrase plural.
var (
	irregularPlurals = toSet(`men women people children police forces`)
	// Singular nouns ending in "men", which is otherwise a plural:
	// "gunmen", "servicemen".
	menSingulars = toSet(`specimen abdomen regimen omen stamen hymen acumen`)
	numberWords  = toSet(`two three four five six seven eight nine ten dozens hundreds thousands millions both several many`)
)

// pluralNoun reports whether the common noun w is a plural.
func pluralNoun(w string) bool {
	lw := strings.ToLower(w)
	if irregularPlurals[lw] || strings.HasSuffix(lw, "men") && len(lw) > 4 && !menSingulars[lw] {
		return true
	}
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && len(lw) > 3
}

// acronymPlural reports whether w is the plural of an abbreviation: "MPs",
// "NGOs", "MEPs".
func acronymPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
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
// pronouns of the next sentence; it is worked out once, when first needed.
func (s *sentence) mainSubject() string {
	if s.subject != nil {
		return *s.subject
	}
	t := ""
	for si, seg := range s.segs {
		if seg.verb.start >= 0 {
			span := s.subjSpan
			t, _ = s.subjectText(clause{si, seg.verb})
			s.subjSpan = span
			break
		}
	}
	s.subject = &t
	return t
}

// prevSubject returns the subject of the nearest sentence before s that
// has one.
func (s *sentence) prevSubject() string {
	for p := s.prev; p != nil; p = p.prev {
		if t := p.mainSubject(); t != "" {
			return t
		}
	}
	return ""
}

// Verbs that say nothing happened by themselves: "was", "had been",
// "sat", "were highlighted … when X happened", and verbs of state
// ("accounted for 55 percent of emissions in 1990").
var weakVerbs = toSet(`be have seem remain appear sit stand highlight underline underscore come lie account represent total
amount equal comprise consist cost weigh number contain belong own resemble date`)

// copulas take a participle as an adjective: "seemed doomed".

// Passives that report a happening rather than tell it: "divisions were
// highlighted … when X happened".
var weakPassives = toSet(`highlight underline underscore overshadow illustrate`)

// weakClause reports whether the clause of the token at k has a verb that
// tells no happening by itself ("has been under control since …").
func (s *sentence) weakClause(k int) bool {
	c, ok := s.clauseFor(k)
	return ok && s.isWeak(c)
}

// isWeak reports whether the verb of c tells no happening by itself: "was",
// "had", "sat", "accounted for", "were highlighted".
func (s *sentence) isWeak(c clause) bool {
	return weakVerbs[c.vg.base] && (c.vg.form == formActive && (c.vg.end == c.vg.head+1 || copulas[c.vg.base]) || c.vg.form == formPassive && weakPassives[c.vg.base])
}

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
	// "Ten days later, on March 16, Yoon traveled": the date that
	// follows says the same, and better.
	if lt := strings.ToLower(tx.Text); strings.HasSuffix(lt, " later") || strings.HasSuffix(lt, " earlier") {
		for _, o := range txs {
			if o.Start > tx.End && o.Start-tx.End <= 6 && o.Type == dates.Date && monthNamed(o.Text) {
				return nil
			}
		}
	}
	e := &timeline.Event{Date: dt}
	var n *nominalEvent
	if !hasWhen {
		n = s.nominal(tx, k)
	}
	if n == nil && !hasWhen {
		// "have fought four wars …, the most recent in October 1973".
		n = s.oneOfMany(k)
	}
	if n == nil && !hasWhen {
		// "the Agreement signed by … in 1985 and the Downing Street
		// Declaration of Major and Reynolds in December 1993".
		n = s.coordinatedNoun(k)
	}
	if n == nil && !hasWhen {
		// "shook hands on Saturday, the first meeting since the end of
		// the civil war in 1949": a date in a phrase set off after a
		// clause that has its own date belongs to a noun of the phrase,
		// or to nothing.
		if c, ok := s.clauseFor(k); ok && c.si != s.segmentOf(k) && s.appositiveNP(s.segmentOf(k)) && s.datedElsewhere(c.si, tx, txs) {
			if n = s.lastEventNoun(k); n == nil {
				return nil
			}
		}
	}
	if n == nil && !hasWhen {
		// "The meeting with Mao, at his residence that afternoon, had not
		// been announced": the date belongs to the noun of the subject.
		if c, ok := s.clauseFor(k); ok && (c.vg.negated || s.isWeak(c)) {
			n = s.subjectNominal(k)
		}
	}
	if n != nil {
		e.Title, e.Type = n.title, n.typ
		e.Actors = s.actors(n.sp)
		e.Location = s.location(n.sp)
	} else {
		c, ok := s.clauseFor(k)
		if !ok {
			// "25 Feb 2019 — ICJ advisory opinion": a chronology entry
			// with no verb names its happening.
			return s.entryEvent(tx, dt)
		}
		weak := s.isWeak(c)
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
		if c.vg.negated || weak || s.clockedSitting(c, tx) || s.trendSoFar(c, tx) {
			return nil
		}
		// "The first match kicks off on Sunday", "Xi and Biden meet
		// on Wednesday": a present tense dated ahead is a plan.
		// Not when an infinitive comes between the verb and the date:
		// "the pact requires countries to cut emissions by 2012" and
		// "it calls for a truce to take effect on Sunday" tell what is
		// to happen then, not that requiring or calling is.
		if !s.d.ref.IsZero() && dt.Start().After(s.d.ref) && s.presentSimple(c) && !s.infinitiveBetween(c.vg.end, k) {
			c.vg.form = formFuture
		}
		title, typ, future := s.clauseTitle(c, tx)
		if title == "" {
			return nil
		}
		// "Two days later France recalled its envoys" resolved after the
		// publication date: a past happening cannot be; the date, worked
		// out from a text that names no year, is wrong, and no date is
		// better than a wrong one. A year the text states is kept.
		if !future && !s.d.ref.IsZero() && dt.Start().After(s.d.ref) && !statesYear(tx.Text) && s.simplePast(c) {
			return nil
		}
		// "Egypt made peace with Israel in 1979 and Jordan in 1994": the
		// second date goes with the second subject.
		gapEnd := -1 // where a gapped conjunct after this date starts
		if ga, gb, ok := s.gapped(c, k, txs); ok {
			subj, _ := s.subjectText(c)
			np, _ := s.nameNP(ga, gb, true)
			if strings.HasPrefix(title, capitalise(subj)+" ") {
				title = capitalise(np) + title[len(subj):]
				// Its actors: the new subject and the objects of the
				// clause, not the subject it replaces.
				e.Actors = s.actors(span{s.toks[ga].Start, s.toks[gb-1].End})
				if first := s.firstTimexAfter(c.vg.end, txs); first > c.vg.end {
					for _, a := range s.actors(span{s.toks[c.vg.end].Start, s.toks[first-1].End}) {
						if !slices.Contains(e.Actors, a) {
							e.Actors = append(e.Actors, a)
						}
					}
				}
				sortActors(s.d, e.Actors)
			}
		} else {
			for _, o := range txs {
				if ko := s.tokenAt(o.Start); ko > k {
					if ga, _, ok := s.gapped(c, ko, txs); ok && ga-1 > k {
						gapEnd = ga - 1
						break
					}
				}
			}
		}
		if dt.Precision() == timeline.PrecisionDay && !dt.IsInterval() {
			if s.dated == nil {
				s.dated = make(map[int]timeline.Date)
			}
			s.dated[c.si] = dt
		} else if (dt.Precision() == timeline.PrecisionMonth || dt.Precision() == timeline.PrecisionYear) && !dt.IsInterval() {
			if s.coarse == nil {
				s.coarse = make(map[int]timeline.Date)
			}
			s.coarse[c.si] = dt
		}
		e.Title, e.Type = title, typ
		seg := s.segs[c.si]
		sp := span{s.toks[seg.start].Start, s.toks[seg.end-1].End}
		if a, _ := s.subjectOf(c); a < c.vg.start {
			sp.Start = s.toks[a].Start
		}
		if gapEnd > seg.start && gapEnd <= seg.end {
			// "… with Israel in 1979 and Jordan in 1994": Jordan is not
			// an actor of 1979.
			sp.End = s.toks[gapEnd-1].End
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
	if tx.Start == s.sp.Start && s.isEntry() {
		s.d.noteEntry(e)
	}
	return e
}

// noteEntry notes e as the event of a chronology entry.
func (d *document) noteEntry(e *timeline.Event) {
	if d.entries == nil {
		d.entries = make(map[*timeline.Event]bool)
	}
	d.entries[e] = true
}

// gapped finds, for the time expression at token k, the subject of a
// gapped conjunct: "… in 1979 and Jordan in 1994" gives "Jordan" when
// another date of the same clause comes before the "and".
func (s *sentence) gapped(c clause, k int, txs []dates.Timex) (int, int, bool) {
	p := k - 1
	if p < 1 || !prepositions[s.toks[p].Low] {
		return 0, 0, false
	}
	b := p
	a := b
	for a > c.vg.end && !s.toks[a-1].Punct && isCap(s.toks[a-1].Text) {
		a--
	}
	if a == b || a < 1 || s.toks[a-1].Low != "and" {
		return 0, 0, false
	}
	// The conjunct follows the first date: "… in 1979 and Jordan in
	// 1994"; but in "the Declaration of John Major and Albert Reynolds in
	// 1993" the "and" joins two names.
	if a < 2 || !s.inTimex(a-2) {
		return 0, 0, false
	}
	for _, o := range txs {
		if ok := s.tokenAt(o.Start); ok > c.vg.end && ok < a-1 {
			return a, b, true
		}
	}
	return 0, 0, false
}

// Words that pick one of several things: "the most recent", "the last".
var pickWords = toSet(`recent latest last first second third fourth biggest largest deadliest worst`)

// oneOfMany returns the event of a phrase set off after a clause that
// counts happenings, picking one of them by the date at token k: in "Egypt
// and Israel have fought four wars since 1948, the most recent in October
// 1973", the October 1973 event is a war the two fought.
func (s *sentence) oneOfMany(k int) *nominalEvent {
	si := s.segmentOf(k)
	seg := s.segs[si]
	if si == 0 || len(seg.verbs) > 0 || seg.lead != "" || seg.start+1 >= seg.end || !strings.EqualFold(s.toks[seg.start].Text, "the") {
		return nil
	}
	j := seg.start + 1
	if strings.EqualFold(s.toks[j].Text, "most") && j+1 < seg.end {
		j++
	}
	if !pickWords[s.toks[j].Low] {
		return nil
	}
	for i := si - 1; i >= 0; i-- {
		c := clause{i, s.segs[i].verb}
		if c.vg.start < 0 || s.segs[i].lead != "" {
			continue
		}
		// A counted plural object: "four wars", "three summits".
		oa, ob := s.objectNP(c)
		if ob-oa < 2 || !numberWords[s.toks[oa].Low] && !isNumber(s.toks[oa].Text) {
			return nil
		}
		noun := s.toks[ob-1].Low
		if !pluralNoun(noun) {
			return nil
		}
		one := strings.TrimSuffix(noun, "s")
		if strings.HasSuffix(noun, "ies") {
			one = strings.TrimSuffix(noun, "ies") + "y"
		}
		subj, plural := s.subjectText(c)
		verb := c.vg.base
		if !plural {
			verb = thirdPerson(verb)
		}
		title := capitalise(strings.Join([]string{subj, verb, one}, " "))
		a, _ := s.subjectOf(c)
		return &nominalEvent{title: title, typ: classifyClause(c.vg.base, "", []string{one}), sp: span{s.toks[a].Start, s.toks[ob-1].End}}
	}
	return nil
}

// appositiveNP reports whether segment si is a noun phrase without a
// verb set off by a comma after a clause: ", the first meeting since …".
func (s *sentence) appositiveNP(si int) bool {
	seg := s.segs[si]
	return si > 0 && len(seg.verbs) == 0 && seg.lead == "" && seg.start > 0 && s.toks[seg.start-1].Text == "," &&
		(s.toks[seg.start].Low == "the" || s.toks[seg.start].Low == "a" || s.toks[seg.start].Low == "an") && len(s.segs[si-1].verbs) > 0
}

// datedElsewhere reports whether segment si holds a time expression other
// than tx that dates a day, month or year.
func (s *sentence) datedElsewhere(si int, tx dates.Timex, txs []dates.Timex) bool {
	for _, o := range txs {
		if o.Start != tx.Start && o.Type == dates.Date && s.segmentOf(s.tokenAt(o.Start)) == si {
			return true
		}
	}
	return false
}

// lastEventNoun returns the event named by the nearest noun of a
// happening before the date at token k in its segment, with what follows
// it up to the date: "the end of China's civil war" in "since the end of
// China's civil war in 1949", or nil.
func (s *sentence) lastEventNoun(k int) *nominalEvent {
	seg := s.segs[s.segmentOf(k)]
	p := k
	for p > seg.start && prepositions[s.toks[p-1].Low] {
		p--
	}
	for j := p - 1; j > seg.start && j >= p-8; j-- {
		lw := s.toks[j].Low
		if _, ok := eventNouns[lw]; !ok || !isLowerWord(s.toks[j].Text) {
			continue
		}
		// "the end of", "the start of": the happening is the phrase's.
		a := j
		for a > seg.start && !s.toks[a-1].Punct && !determiners[s.toks[a-1].Low] && !prepositions[s.toks[a-1].Low] && !s.toks[a-1].Poss {
			a--
		}
		if a > seg.start && s.toks[a-1].Poss {
			a--
		}
		if a >= 2 && s.toks[a-1].Low == "of" && (s.toks[a-2].Low == "end" || s.toks[a-2].Low == "start" || s.toks[a-2].Low == "outbreak" || s.toks[a-2].Low == "beginning") {
			a -= 2
		}
		var words []string
		for i := a; i < p; i++ {
			words = append(words, s.toks[i].Text+s.possessive(i))
		}
		if len(words) > maxTitleWords {
			words = words[:maxTitleWords]
		}
		title := strings.Join(words, " ")
		return &nominalEvent{title: capitalise(title), typ: classify(strings.ToLower(title)), sp: span{s.toks[a].Start, s.toks[p-1].End}}
	}
	return nil
}

// Nouns that head the name of a document or happening in a list of
// dated ones, besides agreementNouns and eventNouns.
var documentNouns = toSet(`declaration declarations communique memorandum convention charter resolution`)

// coordinatedNoun returns the event named by a noun phrase that follows
// "and the" after an earlier date and ends in a date of its own: "… in
// 1985 and the Downing Street Declaration of John Major and Albert
// Reynolds in December 1993". Its head must name an agreement, a document
// or a happening.
func (s *sentence) coordinatedNoun(k int) *nominalEvent {
	p := k - 1 // the preposition of the date
	if p < 4 || !prepositions[s.toks[p].Low] {
		return nil
	}
	q := -1 // the "and"
	for j := p - 1; j >= 2 && j >= p-12; j-- {
		t := s.toks[j]
		if t.Punct || s.inTimex(j) || s.isVerbAt(j) {
			return nil
		}
		if t.Low == "and" && s.toks[j+1].Low == "the" && s.inTimex(j-1) {
			q = j
			break
		}
	}
	if q < 0 || q+2 >= p {
		return nil
	}
	head := false
	var words []string
	for j := q + 2; j < p; j++ {
		lw := s.toks[j].Low
		if _, ev := eventNouns[lw]; ev || agreementNouns[lw] || documentNouns[lw] {
			head = true
		}
		words = append(words, s.toks[j].Text+s.possessive(j))
	}
	if !head {
		return nil
	}
	if len(words) > maxTitleWords {
		words = words[:maxTitleWords]
	}
	title := strings.Join(words, " ")
	return &nominalEvent{title: capitalise(title), typ: classify(strings.ToLower(title)), sp: span{s.toks[q+2].Start, s.toks[p-1].End}}
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// monthNamed reports whether a time expression names a month.
func monthNamed(text string) bool {
	for _, w := range strings.Fields(text) {
		if m := strings.Trim(w, ".,"); len(m) >= 3 && monthOf(m) != 0 {
			return true
		}
	}
	return false
}

// firstTimexAfter returns the index of the first token at or after k that
// is in one of txs, or -1.
func (s *sentence) firstTimexAfter(k int, txs []dates.Timex) int {
	best := -1
	for _, o := range txs {
		if ko := s.tokenAt(o.Start); ko >= k && (best < 0 || ko < best) {
			best = ko
		}
	}
	if best >= 0 && best > 0 && prepositions[s.toks[best-1].Low] {
		best--
	}
	return best
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

// entryEvent returns the event of a chronology entry with no verb whose
// date tx opens the sentence ("25 Feb 2019 — ICJ advisory opinion on the
// Chagos Archipelago"): the words after the dash are its title. The
// document notes it, so that it can give its date to the event of the
// article it repeats.
func (s *sentence) entryEvent(tx dates.Timex, dt timeline.Date) *timeline.Event {
	text := s.d.text[s.sp.Start:s.sp.End]
	if tx.Start != s.sp.Start || !isDatedEntry(text) {
		return nil
	}
	rest := strings.TrimLeft(s.d.text[tx.End:s.sp.End], " \t-–—:")
	words := trimObject(strings.Fields(strings.TrimRight(rest, ".")))
	if len(words) == 0 || s.hasTimexAfter(tx.End) {
		return nil
	}
	title := capitalise(strings.Join(words, " "))
	e := &timeline.Event{Date: dt, Title: title, Type: classify(strings.ToLower(title))}
	e.Actors = s.actors(s.sp)
	e.Location = s.location(s.sp)
	if !s.d.ref.IsZero() && dt.Start().After(s.d.ref) {
		e.Planned = true
	}
	s.cite(e)
	s.d.noteEntry(e)
	return e
}

// hasTimexAfter reports whether another time expression of the sentence
// starts at or after offset off.
func (s *sentence) hasTimexAfter(off int) bool {
	for _, tx := range s.d.timexes {
		if tx.Start >= off && tx.Start < s.sp.End {
			return true
		}
	}
	return false
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
		if !s.toks[j].Punct && s.toks[j].Low != "when" {
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
	out = append(out, s.mainAfterDated()...)
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
		first := s.toks[seg.start].Low
		var title, typ string
		switch {
		case s.goingHome(seg):
			// "… and to speak at a university before flying home": the
			// way home is no happening of its own.
			continue
		case strings.HasSuffix(first, "ing") && len(first) > 5 && baseVerb(first) == "" && !s.onlyPunct(seg.start+1, seg.end):
			// "after holding talks with X": the subject is the dated
			// clause's. ("rose on Monday before easing" tells no more.)
			subj, plural := s.subjectText(clause{from, s.segs[from].verb})
			base := gerundBase(first)
			verb := base
			if !plural {
				verb = thirdPerson(base)
			}
			obj := s.objectWords(clause{si, seg.verb}, subj, seg.start+1, seg.end, dates.Timex{Start: -1, End: -1}, maxTitleWords-len(strings.Fields(subj))-1)
			title = capitalise(strings.Join(slices.Concat([]string{subj, verb}, obj), " "))
			typ = classifyClause(base, "", obj)
		case seg.verb.start >= 0 && seg.start >= 2 && sameDayWords[s.toks[seg.start-2].Low]:
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

// goingHome reports whether seg is a gerund and "home" only: "before
// flying home", "after returning home".
func (s *sentence) goingHome(seg segment) bool {
	first := s.toks[seg.start].Low
	if !strings.HasSuffix(first, "ing") || seg.start+1 >= seg.end || s.toks[seg.start+1].Low != "home" {
		return false
	}
	return s.onlyPunct(seg.start+2, seg.end)
}

// mainAfterDated returns the event of the main clause that a dated clause
// of time before it puts on its day: "Hours before the agreement was
// signed on Monday, Azerbaijani forces shot down a helicopter".
func (s *sentence) mainAfterDated() []*timeline.Event {
	for si, seg := range s.segs {
		if seg.lead != "after" && seg.lead != "before" || seg.start < 2 || !sameDayWords[s.toks[seg.start-2].Low] {
			continue
		}
		date, ok := s.dated[si]
		if !ok {
			continue
		}
		// The main clause: the next segment with no lead and a verb of its
		// own, after the comma that closes the clause of time.
		for j := si + 1; j < len(s.segs); j++ {
			m := s.segs[j]
			if m.lead != "" || m.verb.start < 0 {
				continue
			}
			if m.start == 0 || s.toks[m.start-1].Text != "," || m.verb.start == m.start {
				break
			}
			c := clause{j, m.verb}
			if c.vg.negated {
				break
			}
			title, typ, _ := s.clauseTitle(c, dates.Timex{Start: -1, End: -1})
			if title == "" {
				break
			}
			e := &timeline.Event{Date: date, Title: title, Type: typ}
			sp := span{s.toks[m.start].Start, s.toks[m.end-1].End}
			e.Actors = s.actors(sp)
			e.Location = s.location(sp)
			s.cite(e)
			return []*timeline.Event{e}
		}
	}
	return nil
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
	case strings.HasSuffix(stem, "v") || strings.HasSuffix(stem, "c") || strings.HasSuffix(stem, "iz") || silentEAfterAt(stem) || strings.HasSuffix(stem, "ak") || strings.HasSuffix(stem, "ur") && !strings.HasSuffix(stem, "our") || vowelK(stem):
		return stem + "e"
	case len(stem) >= 2 && stem[len(stem)-1] == 's' && strings.IndexByte("aeiou", stem[len(stem)-2]) >= 0 && !strings.HasSuffix(stem, "cus"):
		return stem + "e" // easing, raising, causing, using
	}
	return stem
}

// Small numbers that "the" makes a noun phrase of people: "the two".
var smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4}

// lastPeople returns the short names of the last n different people named
// before toks[a], in the sentence or the one before, in the order named,
// and the span from the first to the last, if there are n of them.
func (s *sentence) lastPeople(a, n int) ([]string, span, bool) {
	from := s.sp.Start
	if s.prev != nil {
		from = s.prev.sp.Start
	}
	ms := s.d.mentionsIn(span{from, s.toks[a].Start})
	var names, seen []string
	var sp span
	for i := len(ms) - 1; i >= 0 && len(names) < n; i-- {
		if m := ms[i]; m.Kind == kindPerson && !slices.Contains(seen, m.Name) {
			seen = append(seen, m.Name)
			names = append(names, m.Short)
			if sp.End == 0 {
				sp.End = m.End
			}
			sp.Start = m.Start
		}
	}
	if len(names) < n {
		return nil, span{}, false
	}
	slices.Reverse(names)
	return names, sp, true
}

// headBeforeOf returns the index in words of a common noun that heads
// the noun phrase before "of" ("Aides of …", "the envoys of …"), or -1.
// An office ("the president of", "foreign ministers of") is no such head:
// a title names the office holder or the country.
func (s *sentence) headBeforeOf(words []token) int {
	h := 0
	if len(words) > 0 && determiners[words[0].Low] && !numberWords[words[0].Low] {
		h = 1
	}
	if h+2 >= len(words) || words[h+1].Low != "of" {
		return -1
	}
	t := words[h]
	if t.Punct || t.Poss || titleWords[capitalise(t.Low)] || officeNouns[t.Low] || partitives[t.Low] || numberWords[t.Low] || determiners[t.Low] || len(s.d.mentionsIn(span{t.Start, t.End})) > 0 {
		return -1
	}
	if !isLowerWord(t.Text) && !(h == 0 && t.Start == s.toks[0].Start) {
		return -1
	}
	return h
}

// Nouns of office, which a title drops for the name of the holder or the
// country: "the foreign ministers of France, Germany and Poland".
var officeNouns = toSet(`minister ministers president presidents leader leaders head heads chief chiefs secretary
premier premiers king queen emir chancellor governments government delegation delegations`)

// clockOnly matches a time of day that names no day: "3:07 p.m.", "noon".
var clockOnly = regexp.MustCompile(`(?i)^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)(?:\s+(?:local time|GMT|UTC|[A-Z]{2,4}))?$`)

// clockedSitting reports whether clause c only tells the clock time at
// which a meeting the text has already named began or ended: "The meeting
// began at 3:07 p.m." (its subject is "the" and a noun of a happening, and
// tx a time of day). The meeting is the event, not its opening.
func (s *sentence) clockedSitting(c clause, tx dates.Timex) bool {
	if tx.Type != dates.Time || !aspectVerbs[c.vg.base] || c.vg.form == formParticiple || !clockOnly.MatchString(tx.Text) {
		return false
	}
	a, b := s.subjectOf(c)
	if a == b && s.segs[c.si].verb.start == s.segs[c.si].start {
		// "… and ended at 4:02 p.m."
		a, b, _ = s.elidedSubject(c.si)
	}
	if b-a == 2 && determiners[s.toks[a].Low] {
		a++
	}
	if b-a != 1 {
		return false
	}
	_, ok := eventNouns[s.toks[a].Low]
	return ok
}

// Verbs that tell how an amount or a state has changed: "trade has picked
// up", "ties have warmed".
var trendVerbs = toSet(`pick rise fall grow improve decline increase decrease slow recover surge soar drop climb warm thaw
deteriorate worsen ease expand shrink rebound slump jump double triple halve`)

// trendSoFar reports whether clause c, in the present perfect with a verb
// of change, tells how things have gone over the current year or month:
// "Trade has picked up this year" is a trend, not an event ("China has
// lifted the duties this year" is one).
func (s *sentence) trendSoFar(c clause, tx dates.Timex) bool {
	switch strings.ToLower(tx.Text) {
	case "this year", "this month":
	default:
		return false
	}
	if c.vg.start < 0 || c.vg.form == formFuture || !trendVerbs[c.vg.base] {
		return false
	}
	switch s.toks[c.vg.start].Low {
	case "has", "have", "'s", "'ve":
		return c.vg.head > c.vg.start
	}
	return false
}
