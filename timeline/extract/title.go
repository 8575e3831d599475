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

// Verbs of saying someone something: "told Kohl that …".
var tellVerbs = toSet(`tell assure inform warn remind promise`)

// Verbs of promising, whose that-clause is what was promised.
var promiseVerbs = toSet(`promise pledge vow guarantee`)

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
	// "It ended three months later", where nothing before says what "it"
	// is: a title that names no one is no event.
	// So does a "they" that stands for nothing: "They announced the text".
	// And a "he" or "she" with no one named before: "He died on Monday".
	if a, b := s.subjectOf(c); subj == "" && b-a == 1 && subjectPronouns[s.toks[a].Low] {
		return "", "", false
	}
	base := vg.base
	particle := ""
	if vg.end > vg.head+1 {
		particle = s.toks[vg.end-1].Low
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
		if hv, ok := headlineVerbs[phr+" "+s.toks[objStart].Low]; ok {
			base, particle = hv, ""
			objStart++
		}
	}
	// "said on Tuesday that X": the title says what was said; "told Kohl
	// during talks that X": and to whom.
	var told []string
	moreStart, moreEnd := 0, 0 // the rest of a reported clause after a relative clause
	if (speechVerbs[base] || promiseVerbs[base]) && c.si+1 < len(s.segs) && s.segs[c.si+1].lead == "that" && vg.form != formPassive {
		if tellVerbs[base] {
			for k := vg.end; k < seg.end && isCap(s.toks[k].Text) && !s.inTimex(k); k++ {
				told = append(told, s.toks[k].Text)
			}
			// "told reporters that …": a title says what, not to whom
			// when it is no one named.
			if len(told) == 0 && base == "tell" {
				base = "say"
			}
		}
		objStart, objEnd = s.segs[c.si+1].start, s.segs[c.si+1].end
		// "said that Nigeria, which supplies most of its power, had cut
		// off the supply": the reported verb comes after the relative
		// clause that interrupts its subject.
		if rs := s.segs[c.si+1]; len(rs.verbs) == 0 && c.si+3 < len(s.segs) && relativeLeads[s.segs[c.si+2].lead] {
			if ps := s.segs[c.si+3]; ps.lead == "" && len(ps.verbs) > 0 && ps.verbs[0].start == ps.start {
				moreStart, moreEnd = ps.start, ps.end
			}
		}
	} else if speechVerbs[base] && vg.form != formPassive {
		// "said on Friday it supported…", "said it would accept…": the
		// clause said has no "that".
		if a, b, ok := s.reportedClause(c); ok {
			objStart, objEnd = a, b
		}
	}
	// "X will happen, the ministry said on Tuesday": what was said comes
	// first.
	// So does a quotation: "“We will demolish the wall,” Abiy said at a
	// dinner".
	quoted := c.si > 0 && quoteMarks[s.toks[s.segs[c.si-1].start].Text]
	if speechVerbs[base] && vg.form != formPassive && (objStart >= objEnd || s.inTimex(objStart) || prepositions[s.toks[objStart].Low] && (quoted || objStart+1 < objEnd && s.inTimex(objStart+1))) && c.si > 0 && s.segs[c.si].lead == "" && len(s.segs[c.si-1].verbs) > 0 {
		prev := s.segs[c.si-1]
		objStart, objEnd = prev.start, prev.end
	}
	var verbWords []string
	switch vg.form {
	case formPassive, formParticiple:
		verbWords = append(verbWords, s.toks[vg.head].Low)
	case formFuture:
		if vg.passive {
			verbWords = append(verbWords, "to", "be", s.toks[vg.head].Low) // "will be held"
		} else if strings.HasSuffix(base, "ed") || irregular[base] != "" && irregular[base] != base {
			verbWords = append(verbWords, "to", "be", base) // "will be elected"
		} else {
			verbWords = append(verbWords, "to", base)
		}
	default:
		// "The two presidents first met", "Finland formally joined": the
		// adverb says how it happened.
		if vg.start > 0 && titleAdverbs[s.toks[vg.start-1].Low] && vg.head == vg.start {
			verbWords = append(verbWords, s.toks[vg.start-1].Low)
		}
		if (s.onlyPunct(objStart, objEnd) || objStart < len(s.toks) && s.toks[objStart].Low == "by") && particle == "" && s.isEntry() && (strings.HasSuffix(s.toks[vg.head].Low, "ed") || pastParticiples[s.toks[vg.head].Low]) {
			// "8 Nov 1965 — Territory created", "AUKUS announced": a
			// chronology entry speaks like a headline, and a participle
			// with nothing after it is passive.
			verbWords = append(verbWords, s.toks[vg.head].Low)
		} else if plural {
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
	room := maxTitleWords - len(strings.Fields(subj)) - len(verbWords) - len(told)
	obj := s.objectWords(c, subj, objStart, objEnd, tx, room)
	if moreEnd > moreStart && len(obj) > 0 {
		obj = slices.Concat(obj, s.objectWords(c, subj, moreStart, moreEnd, tx, room-len(obj)))
	}
	obj = slices.Concat(told, obj)
	// "a framework that the negotiators announced", "the peninsula, which
	// it captured", "export controls it had imposed": the noun before the
	// relative clause is what its verb acted on.
	if vg.form == formActive || vg.form == formFuture {
		obj = slices.Concat(s.relativeObject(c), obj)
	}
	title := strings.Join(slices.Concat([]string{subj}, verbWords, obj), " ")
	typ := classifyClause(base, particle, obj)
	if typ == "" && (vg.form == formPassive || vg.form == formParticiple || len(obj) == 0 || base == "take" && strings.EqualFold(obj[0], "effect")) {
		// "Interim agreement reached", "War breaks out", "Cease-fire
		// takes effect": the subject says what happened.
		typ = verbType(base, particle, strings.ToLower(subj+" "+strings.Join(obj, " ")))
		if typ == "" {
			typ = classify(strings.ToLower(subj) + " " + predicate(base, particle, obj))
		}
	}
	return capitalise(strings.TrimSpace(title)), typ, vg.form == formFuture
}

// onlyPunct reports whether toks[a:b] holds no word.
func (s *sentence) onlyPunct(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if !s.toks[k].Punct {
			return false
		}
	}
	return true
}

// isEntry reports whether the sentence is an entry of a chronology: a
// date, a dash and what happened.
func (s *sentence) isEntry() bool {
	return isDatedEntry(s.d.text[s.sp.Start:s.sp.End])
}

// Adverbs before a verb that a title keeps: "first meet", "formally
// joins".
var titleAdverbs = toSet(`first formally officially`)

// relativeObject returns the words of the noun phrase that the verb of c,
// in a relative clause with a subject of its own, acted on: "Sinai
// Peninsula" in "the Sinai Peninsula, which it captured", "export controls"
// in "lift export controls it had imposed", or nil.
func (s *sentence) relativeObject(c clause) []string {
	seg := s.segs[c.si]
	a, b := s.subjectOf(c)
	if a >= b {
		return nil
	}
	end := -1 // the end of the noun phrase
	switch {
	case (seg.lead == "that" || seg.lead == "which" || seg.lead == "whom") && a == seg.start && seg.start >= 2:
		end = seg.start - 1 // the relative pronoun
		if s.toks[end-1].Text == "," {
			end--
		}
		if p := s.beforeTime(end-1, 0); seg.lead == "that" && (s.isVerbAt(p) || s.isSpeechVerb(p)) {
			return nil // "said that …" reports; it relates nothing
		}
		// "the conclusion of U.S. intelligence agencies that Moscow had
		// meddled", "the claim that …": the clause tells what the noun
		// says; it relates nothing.
		if seg.lead == "that" {
			for j := end - 1; j >= 0 && j >= end-8; j-- {
				if t := s.toks[j]; t.Punct || s.isVerbAt(j) {
					break
				}
				if contentNouns[s.toks[j].Low] {
					return nil
				}
			}
		}
	case b-a == 1 && subjectPronouns[s.toks[a].Low] && a > seg.start && !s.inTimex(a-1):
		// A relative clause without a pronoun: "controls it had imposed".
		end = a
	default:
		return nil
	}
	low := 0 // the noun phrase starts after the verb before it
	for _, v := range seg.verbs {
		if v.end <= end && v.end > low {
			low = v.end
		}
	}
	var ante []string
	for j := end - 1; j >= low && len(ante) < 4; j-- {
		t := s.toks[j]
		if t.Punct || determiners[t.Low] || prepositions[t.Low] || s.isVerbAt(j) || pronouns[t.Low] || s.inTimex(j) {
			break
		}
		ante = append([]string{t.Text + s.possessive(j)}, ante...)
	}
	return ante
}

// Nouns whose "that" clause says what they hold: "the conclusion that
// …", "the claim that …".
var contentNouns = toSet(`conclusion conclusions claim claims view fact assessment finding findings belief allegation allegations
news report reports charge charges accusation accusations idea notion hope fear fears warning warnings evidence sign signs
suggestion assurance assurances promise pledge argument assertion statement announcement message impression suspicion`)

// Personal pronouns that can be the subject of a clause.
var subjectPronouns = toSet(`it they he she we`)

// reportedClause returns the tokens of a clause reported without "that"
// right after the speech verb of c: "it would fully accept the agreement"
// in "the coalition said it would fully accept the agreement".
func (s *sentence) reportedClause(c clause) (int, int, bool) {
	seg := s.segs[c.si]
	next := -1
	for i, v := range seg.verbs {
		if v.start == c.vg.start && i+1 < len(seg.verbs) {
			next = i + 1
		}
	}
	if next < 0 {
		return 0, 0, false
	}
	v2 := seg.verbs[next]
	a := c.vg.end
	for a < v2.start && (s.inTimex(a) || prepositions[s.toks[a].Low] && a+1 < v2.start && s.inTimex(a+1)) {
		a++
	}
	// The reported subject: a pronoun or a short name.
	if n := v2.start - a; n < 1 || n > 4 {
		return 0, 0, false
	}
	for k := a; k < v2.start; k++ {
		t := s.toks[k]
		if t.Punct || s.inTimex(k) || !pronouns[strings.ToLower(t.Text)] && !isCap(t.Text) && !determiners[strings.ToLower(t.Text)] {
			return 0, 0, false
		}
	}
	b := seg.end
	if next+1 < len(seg.verbs) {
		b = seg.verbs[next+1].start
	}
	return a, b, true
}

// predicate returns the lower-case predicate that classify reads: the verb,
// its particle and the object words, one space apart.
func predicate(verb, particle string, obj []string) string {
	var b strings.Builder
	for _, w := range slices.Concat([]string{verb, particle}, obj) {
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(w))
	}
	return b.String()
}

// Words that end an object: what follows is another clause or a
// circumstance.
var objectStops = toSet(`after before when while as because although though which who whom whose where amid despite
including ending leaving saying calling following according`)

// Participles of regarding, whose "as" phrase is their complement.
var regardVerbs = toSet(`treated seen regarded viewed considered described recognised recognized designated classified`)

// Verbs whose object may be a gerund: "keep shipping", "stopped talking".
var gerundTakers = toSet(`keep keeps kept stop stops stopped start starts started begin begins began continue continues continued
resume resumes resumed avoid avoids avoided consider considers considered finish finishes finished quit quits risk risks`)

// Auxiliaries a title leaves out of a reported clause.
var titleAux = toSet(`had has have been was were would be being`)

// objectWords returns the words of toks[a:b] that a title keeps after the
// verb subj (the title's subject): up to n words, without the time
// expression (and the words after it once some are kept), people's titles,
// and a leading article; a place named by a description ("the peninsula")
// is named.
func (s *sentence) objectWords(c clause, subj string, a, b int, tx dates.Timex, n int) []string {
	var out []string
	skippedTime := false
	for k := a; k < b && len(out) < n+6; k++ {
		t := s.toks[k]
		lw := t.Low
		// "as early as Wednesday", "as soon as next week": a time.
		if lw == "as" && k+3 < b && (s.toks[k+1].Low == "early" || s.toks[k+1].Low == "soon" || s.toks[k+1].Low == "late") && s.toks[k+2].Low == "as" && s.inTimex(k+3) {
			k += 2
			continue
		}
		// A length of time inside the object is part of it: "to end six
		// weeks of fighting".
		if (s.inTimex(k) || k+1 < b && prepositions[lw] && s.inTimex(k+1)) && !lengthAdjective(t.Text) && !(len(out) > 0 && s.d.durationAt(t.Start)) {
			if contentWords(out) == 0 && isYear(t.Text) {
				continue // "signed the 1997 Kyoto Protocol"
			}
			if len(out) > 0 {
				// "urged the crowd on Wednesday to stand firm": an
				// infinitive after the date goes on.
				j := k
				for j < b && (s.inTimex(j) || prepositions[s.toks[j].Low] && j+1 < b && s.inTimex(j+1)) {
					j++
				}
				// So does the agent of a passive: "signed in Beijing in
				// December 1984 by Thatcher and Zhao".
				agent := j+1 < b && s.toks[j].Low == "by" && (c.vg.form == formPassive || c.vg.form == formParticiple) && !s.inTimex(j+1)
				// "it would one day become a member": the verb is to come.
				pending := j < b && (out[len(out)-1] == "will" || out[len(out)-1] == "to" || out[len(out)-1] == "not")
				if agent || pending || j+1 < b && s.toks[j].Low == "to" && !prepositions[s.toks[j+1].Low] && !determiners[s.toks[j+1].Low] && !s.toks[j+1].Punct || j+1 < b && s.toks[j].Low == "to" && quoteMarks[s.toks[j+1].Text] {
					out = trimTimePhrase(out)
					k = j - 1
					continue
				}
				out = trimTimePhrase(out)
				break
			}
			skippedTime = true
			continue
		}
		// "signed in 2001 and an earlier accord": what follows the date
		// is another thing.
		if skippedTime && len(out) == 0 && (lw == "and" || lw == "but" || lw == "or") {
			break
		}
		if t.Punct && quoteMarks[t.Text] {
			continue // "urged Gorbachev to “tear down this wall”"
		}
		// "it is ending …": the -ing word is the verb, not a clause of
		// its own; so is "keep shipping", "began talking".
		if n := len(out); n > 0 && strings.HasSuffix(lw, "ing") && !isCap(t.Text) && (out[n-1] == "is" || out[n-1] == "are" || gerundTakers[strings.ToLower(out[n-1])]) {
			out = append(out, t.Text)
			continue
		}
		// "had since resumed": after an auxiliary, "since" is an adverb.
		if lw == "since" && k > a && titleAux[s.toks[k-1].Low] {
			continue
		}
		if t.Punct && t.Text == "," && len(out) > 0 && k+1 < b && isLowerWord(s.toks[k+1].Text) &&
			(amountWord(out[len(out)-1]) || len(out) > 1 && ordinals[strings.ToLower(out[len(out)-1])] && determiners[strings.ToLower(out[len(out)-2])]) {
			out[len(out)-1] += "," // "a $17.5 billion, four-year program", "a second, longer agreement"
			continue
		}
		// "Resolution 68/262": one number.
		if t.Text == "/" && len(out) > 0 && isNumber(out[len(out)-1]) && k+1 < b && isNumber(s.toks[k+1].Text) && s.toks[k+1].Start == t.End {
			out[len(out)-1] += "/" + s.toks[k+1].Text
			k++
			continue
		}
		if t.Punct && t.Text != "$" && t.Text != "%" {
			if len(out) > 0 || t.Text != "," {
				break
			}
			continue
		}
		// "would be treated as a declaration of war": after a verb of
		// regarding, "as" says as what.
		if lw == "as" && len(out) > 0 && regardVerbs[strings.ToLower(out[len(out)-1])] {
			out = append(out, lw)
			continue
		}
		if objectStops[lw] || lw == "that" && len(out) > 0 {
			break
		}
		// "the sanctions it imposed": another clause.
		if len(out) > 0 && subjectPronouns[lw] && k+1 < len(s.toks) && s.isVerbAt(k+1) {
			break
		}
		// "a massive aid bill containing …": a participle after the noun
		// starts a clause of its own; but after a bare noun it says what
		// the thing is: "a treaty absorbing the peninsula".
		if contentWords(out) >= 2 && strings.HasSuffix(lw, "ing") && len(lw) > 5 && eventNouns[lw] == "" && !isCap(t.Text) && !prepositions[strings.ToLower(out[len(out)-1])] && !determiners[strings.ToLower(out[len(out)-1])] {
			if _, noun := eventNouns[lw]; !noun {
				break
			}
		}
		if lw == "would" {
			out = append(out, "will") // reported future
			continue
		}
		// "said it was ending the agreements", "said they were ready": a
		// pronoun needs its verb, in the headline's present.
		if (lw == "was" || lw == "were" || lw == "is" || lw == "are") && len(out) == 1 && subjectPronouns[strings.ToLower(out[0])] {
			if lw == "was" || lw == "is" {
				out = append(out, "is")
			} else {
				out = append(out, "are")
			}
			continue
		}

		if lw == "be" && len(out) > 0 && (out[len(out)-1] == "will" || out[len(out)-1] == "not" || out[len(out)-1] == "never") {
			out = append(out, "be")
			continue
		}
		// "accused Germany of being captive": after a preposition,
		// "being" is a gerund the phrase needs.
		if lw == "being" && len(out) > 0 && prepositions[strings.ToLower(out[len(out)-1])] {
			out = append(out, lw)
			continue
		}
		if lw == "that" || titleAux[lw] {
			continue
		}
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		// "the peninsula" is "Crimea", unless the subject names it:
		// "Finland will host an exercise in the north of the country".
		if name, j, ok := s.descName(k); ok && !strings.Contains(subj, strings.TrimSuffix(name, "’s")) {
			out = append(out, name)
			k = j
			continue
		}
		w := t.Text
		if len(out) == 0 && pronouns[lw] && isCap(w) {
			w = lw // "says we will …"
		}
		// "held a second one": a second of what was named before.
		if lw == "one" && len(out) > 0 && ordinals[strings.ToLower(out[len(out)-1])] {
			if n, ok := s.groupReferent(k); ok {
				w = n
			}
		}
		// "handed him power": the person named before, if any is.
		if lw == "her" || lw == "him" {
			if ant, _ := s.antecedent(c, "he"); ant != "" && s.d.isPerson(ant) && !strings.EqualFold(ant, subj) {
				w = ant
			}
		}
		if lw == "them" || lw == "it" && !(k+1 < b && s.isVerbAt(k+1)) {
			// "Russia joined them", "Bush rejected it", "all of them":
			// what was named before.
			r, ok := referent{}, false
			if lw == "them" {
				if p, found := s.pluralBefore(c, k); found {
					r, ok = referent{text: p, plural: true}, true
				}
			}
			if !ok {
				r, ok = s.referentOf(c, lw, true, subj)
			}
			if ok {
				w = r.text
				if n := len(out); n >= 2 && out[n-1] == "of" && quantityWords[strings.ToLower(out[n-2])] {
					out = out[:n-1] // "all of them": "all troops"
				}
			}
		}
		w += s.possessive(k)
		out = append(out, w)
	}
	out = trimObject(out)
	// "Bahrain said it would follow": follow whom the sentence before is
	// about.
	if n := len(out); n > 0 && strings.EqualFold(out[n-1], "follow") && (n == 1 || out[n-2] == "will" || out[n-2] == "to") && s.endsClause(a, b) {
		if p := s.prevSubject(); p != "" && !strings.EqualFold(p, subj) {
			out = append(out, p)
		}
	}
	if len(out) > 0 && (out[0] == "the" || out[0] == "a" || out[0] == "an") {
		out = out[1:]
	}
	if len(out) > n {
		out = trimObject(cutAtPhrase(out, max(n, 0)))
	}
	return out
}

var conjunctions = toSet(`and or but`)

// Words that cannot end a title: "… at the base outside", "… leaders
// there".
var danglingWords = toSet(`as there here outside inside around along behind beside via only also even`)

// Ordinals and the like, after which "one" stands for a noun: "a second
// one".
var ordinals = toSet(`first second third fourth fifth sixth last final next new another similar bigger larger`)

// Words that count part of a group: "all of them", "one of them".
var quantityWords = toSet(`all both some none one two three several many most each`)

// endsClause reports whether the words of toks[a:b] reach the end of their
// clause with "follow" and nothing after it but a date or punctuation.
func (s *sentence) endsClause(a, b int) bool {
	k := a
	for k < b && s.toks[k].Low != "follow" {
		k++
	}
	for k++; k < b; k++ {
		if !s.toks[k].Punct && !s.inTimex(k) {
			return false
		}
	}
	return true
}

var quoteMarks = toSet("\" “ ” ‘ ’ '")

// lengthAdjective reports whether w is a length of time used as an
// adjective ("a four-year program"), which is no date.
func lengthAdjective(w string) bool {
	l := strings.ToLower(w)
	for _, u := range []string{"-year", "-month", "-week", "-day", "-hour", "-minute"} {
		if strings.HasSuffix(l, u) {
			return true
		}
	}
	return false
}

// amountWord reports whether w ends an amount that a comma may follow
// inside a noun phrase: "a $17.5 billion, four-year program".
func amountWord(w string) bool {
	switch strings.ToLower(w) {
	case "billion", "million", "trillion", "percent":
		return true
	}
	return false
}

// possessive returns the possessive ending toks[k] had: "’s", "’" after a
// plural ("the soldiers' sacrifice"), or "".
func (s *sentence) possessive(k int) string {
	t := s.toks[k]
	if !t.Poss {
		return ""
	}
	if e := s.d.text[t.End-1]; e == '\'' || strings.HasSuffix(s.d.text[:t.End], "’") && !strings.HasSuffix(s.d.text[:t.End], "’s") {
		return "’"
	}
	return "’s"
}

// cutAtPhrase cuts words to at most n, at the start of a phrase (a
// preposition or "to") if there is one in the second half, so that a
// title does not end in the middle of a name or a phrase: "agree to a new
// plan", not "agree to a new plan to end".
func cutAtPhrase(words []string, n int) []string {
	if len(words) <= n {
		return words
	}
	for i := n; i >= max(2, n/2); i-- {
		l := strings.ToLower(words[i])
		// "the Group of 20 summit", "the Bank of England": "of"
		// inside a name is no phrase boundary.
		if l == "of" && i+1 < len(words) && isCap(words[i-1]) && (isCap(words[i+1]) || isNumber(words[i+1])) {
			continue
		}
		if prepositions[l] || l == "and" || danglingWords[l] {
			return words[:i]
		}
	}
	i := n
	for i > 1 && isCap(words[i]) && isCap(words[i-1]) {
		i-- // not inside a name
	}
	return words[:i]
}

// trimObject removes what cannot end a title: a preposition, article,
// conjunction, an adverb after one ("… and nearly"), or a pro-verb ("to
// do").
func trimObject(out []string) []string {
	for len(out) > 0 {
		out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ",")
		l := strings.ToLower(out[len(out)-1])
		dangling := len(out) > 1 && strings.HasSuffix(l, "ly") && conjunctions[strings.ToLower(out[len(out)-2])]
		// "signed a decree making", "died without seeing": a participle
		// with nothing after it says nothing.
		n := len(out)
		participle := n > 1 && strings.HasSuffix(l, "ing") && len(l) > 5 && isLowerWord(out[n-1]) && eventNouns[l] == "" && !timeNouns[l] &&
			(prepositions[strings.ToLower(out[n-2])] && out[n-2] != "to" || n > 2 && determiners[strings.ToLower(out[n-3])] && isLowerWord(out[n-2]))
		if _, noun := eventNouns[l]; noun {
			participle = false
		}
		if !prepositions[l] && !determiners[l] && !conjunctions[l] && !dangling && !proVerb(l) && !danglingWords[l] && !participle {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// contentWords returns the number of words in ws that are not
// determiners.
func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		if !determiners[strings.ToLower(w)] {
			n++
		}
	}
	return n
}

// Words that qualify a time expression after them.
var timeModifiers = toSet(`late early earlier later shortly just mid until as since`)

// Words before a length of time that tell how near it is: "a little
// over", "just under", "more than", "nearly", "some".
var approximators = toSet(`little bit over under just about nearly almost roughly barely some around than more less`)

// trimTimePhrase removes a trailing "on the night of" or "late" that
// belonged to a date.
func trimTimePhrase(out []string) []string {
	// "signed an agreement late on Monday".
	for len(out) > 1 && timeModifiers[strings.ToLower(out[len(out)-1])] {
		out = out[:len(out)-1]
	}
	// "ended a little over three months later", "just under a year
	// after": words that tell how near the date is are no object.
	for len(out) > 0 && approximators[strings.ToLower(out[len(out)-1])] {
		out = out[:len(out)-1]
		if n := len(out); n > 0 && (out[n-1] == "a" || out[n-1] == "A") {
			out = out[:n-1]
		}
	}
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
Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Mullah Sheikh Chairman Deputy Acting Former Colonel General Admiral Assistant Under National Adviser
Advisor Representative Commissioner Governor Mayor Chief Staff Ambassador-at-large`)

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

// isDemonym reports whether toks[k] is a country's demonym ("Swedish"),
// which a noun follows: "the Swedish bid".
func (s *sentence) isDemonym(k int) bool {
	t := s.toks[k]
	return !t.Poss && s.d.g.idx().demonyms[t.Text] && !strings.Contains(t.Text, ".") && t.Text != strings.ToUpper(t.Text)
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
	// "the Sept. 11 attacks", "the March 2014 referendum": a date used
	// as a modifier, after a determiner.
	modifier := k > 0 && (determiners[s.toks[k-1].Low] || s.toks[k-1].Poss) && !strings.ContainsRune(tx.Text, ',')
	if isYear(tx.Text) || modifier {
		// "the 1985 summit", "Putin's 2018 summit in Helsinki"
		e := s.tokenAt(tx.End)
		for j := e; j < min(e+3, len(s.toks)); j++ {
			lw := s.toks[j].Low
			// "in 1985 and the Downing Street Declaration": the noun is
			// no longer the year's, and a name is no noun.
			if conjunctions[lw] {
				break
			}
			if _, ok := eventNouns[lw]; ok && !(isCap(s.toks[j].Text) && j+1 < len(s.toks) && isCap(s.toks[j+1].Text)) {
				// "endorsed membership in the 1975 referendum": the
				// clause says more than the noun.
				// But "has been under Armenian control since a 1994
				// cease-fire": the noun is the happening.
				if k >= 2 && prepositions[s.d.rawWordBefore(s.toks[k-1].Start)] && !limitWords[s.d.rawWordBefore(s.toks[k-1].Start)] && s.verbBefore(k) && !s.toks[k-1].Poss && !s.weakClause(k) {
					return nil
				}
				return s.buildNominal(k, j, j+1, s.phraseEnd(j+1))
			}
			if s.toks[j].Punct {
				break
			}
		}
	}
	// "welcomes the signing today of the agreement", "the opening on
	// Monday of the talks": the date stands between the noun and its
	// complement.
	if e := s.tokenAt(tx.End); k >= 2 && e < len(s.toks) && s.toks[e].Low == "of" && determiners[s.toks[k-2].Low] {
		n := k - 1
		if p := s.toks[n]; p.Low != "of" && isLowerWord(p.Text) && !s.isVerbAt(n) {
			_, isNoun := eventNouns[p.Low]
			if isNoun || strings.HasSuffix(p.Low, "ing") && len(p.Low) > 5 && !timeNouns[p.Low] {
				return s.buildNominal(n, n, e, s.phraseEnd(e+1))
			}
		}
	}
	// "<possessor>'s <noun> ... in <date>" with no verb between; "the
	// attack on the bridge earlier the same day": the adverb stands where
	// the preposition would.
	if lt := strings.ToLower(tx.Text); (strings.HasPrefix(lt, "earlier ") || strings.HasPrefix(lt, "later ")) && k+1 < len(s.toks) {
		end = k + 1
	}
	if end == 0 || !prepositions[s.toks[end-1].Low] && end != k+1 {
		return nil
	}
	for j := end - 2; j >= max(0, end-9); j-- {
		t := s.toks[j]
		if t.Punct || s.isVerbAt(j) && !strings.HasSuffix(strings.ToLower(t.Text), "ing") {
			return nil
		}
		lw := strings.ToLower(t.Text)
		_, isNoun := eventNouns[lw]
		// "the shooting down of", "the bombing of"; but "the evening of"
		// is a time.
		gerund := strings.HasSuffix(lw, "ing") && !timeNouns[lw] && j+1 < end && (s.toks[j+1].Text == "of" || particles[s.toks[j+1].Low])
		if !isNoun && !gerund {
			continue
		}
		// It must be introduced by a possessor, or by a determiner when no
		// verb comes before it in its clause.
		if j == 0 {
			return nil
		}
		p := s.toks[j-1]
		if p.Poss || gerund && j >= 2 && (determiners[s.toks[j-2].Low] || isCap(p.Text)) {
			return s.buildNominal(j, j, j+1, end-1)
		}
		if determiners[strings.ToLower(p.Text)] && (!s.verbBefore(j) || s.weakClause(j)) {
			return s.buildNominal(j, j, j+1, end-1)
		}
		// "The peace talks in Geneva on Monday": a noun before the noun
		// says which kind.
		if j >= 2 && isLowerWord(p.Text) && !p.Punct && !prepositions[p.Low] && !s.isVerbAt(j-1) && !conjunctions[p.Low] &&
			determiners[s.toks[j-2].Low] && !s.toks[j-2].Poss && (!s.verbBefore(j) || s.weakClause(j)) {
			return s.buildNominal(j, j, j+1, end-1)
		}
		// "the Madrid conference of 1991": "of" and a year date the noun
		// itself, whatever the clause says.
		if isNoun && j == end-2 && s.toks[end-1].Low == "of" && isYear(tx.Text) && j >= 2 && isCap(p.Text) && determiners[s.toks[j-2].Low] {
			return s.buildNominal(j, j, j+1, end-1)
		}
		return nil
	}
	return nil
}

// subjectNominal returns the event named by the subject of the sentence
// when the time expression at token k sits in a phrase set off after it:
// "The meeting with Mao, at the chairman's residence that afternoon, …".
// The subject must be a noun phrase without a verb, headed by an event
// noun after its determiner.
func (s *sentence) subjectNominal(k int) *nominalEvent {
	si := s.segmentOf(k)
	if si < 1 || len(s.segs[si].verbs) > 0 {
		return nil
	}
	subj := s.segs[0]
	for j := 0; j < si; j++ {
		if len(s.segs[j].verbs) > 0 || s.segs[j].lead != "" {
			return nil
		}
	}
	first := s.toks[subj.start].Low
	if !determiners[first] && !s.toks[subj.start].Poss {
		return nil
	}
	for h := subj.start + 1; h < subj.end && h <= subj.start+3; h++ {
		lw := s.toks[h].Low
		if _, ok := eventNouns[lw]; ok {
			return s.buildNominal(h, h, h+1, subj.end)
		}
		if prepositions[lw] {
			break
		}
	}
	return nil
}

// onlyCities reports whether the actors named in toks[a:b] are all
// capitals named by their city: "Madrid", "Geneva".
func (s *sentence) onlyCities(a, b int) bool {
	x := s.d.g.idx()
	for _, m := range s.d.mentionsIn(span{s.toks[a].Start, s.toks[b-1].End}) {
		e := x.byName[m.Name]
		if e == nil || e.kind != kindCountry || s.d.text[m.Start:m.End] != e.capital {
			return false
		}
	}
	return true
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
	for i < len(s.toks) && !s.toks[i].Punct && !objectStops[s.toks[i].Low] && !s.isVerbAt(i) {
		i++
	}
	return i
}

// buildNominal makes the title of a nominal event whose noun is toks[n]
// (a year at toks[y] may precede it), its complement running to toks[c].
func (s *sentence) buildNominal(y, n, after, c int) *nominalEvent {
	noun := s.toks[n].Low
	// The possessor or the words between the determiner and the noun.
	a := min(y, n)
	for a > 0 && !s.toks[a-1].Punct && !determiners[s.toks[a-1].Low] && !prepositions[s.toks[a-1].Low] && !s.isVerbAt(a-1) {
		a--
	}
	owner := ""
	plural := false
	if a > 0 && (s.toks[a-1].Low == "their" || s.toks[a-1].Low == "his" || s.toks[a-1].Low == "her" || s.toks[a-1].Low == "its") {
		if c, ok := s.clauseFor(a - 1); ok {
			if sa, sb := s.subjectOf(c); a-1 >= sa && a-1 < sb {
				// "His visits on Monday were short": the pronoun is in the
				// subject, so it stands for someone named before; a
				// title that names no one is no event.
				r, ok := s.referentOf(c, s.toks[a-1].Low, false, "")
				if !ok {
					return nil
				}
				owner, plural = r.text, r.plural
			} else {
				owner, plural = s.subjectText(c)
			}
		}
	}
	var mods []string
	for k := a; k < n; k++ {
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		// "Sept." and "11" are one word of a title when written so.
		if k > a && len(mods) > 0 && s.toks[k].Start == s.toks[k-1].End {
			mods[len(mods)-1] += s.toks[k].Text
			continue
		}
		mods = append(mods, s.toks[k].Text)
	}
	if owner == "" && a < n {
		o, pl := s.nameNP(a, n, true)
		o = strings.TrimSuffix(strings.TrimSuffix(o, "'s"), "’s")
		// "the Madrid conference": a city before the noun says where, not
		// who.
		if pl || s.toks[n-1].Poss || len(s.d.mentionsIn(span{s.toks[a].Start, s.toks[n-1].End})) > 0 && !s.onlyCities(a, n) {
			owner, plural, mods = o, pl, nil
			if isYear(s.toks[y].Text) && y > a && y < n {
				owner, plural = s.nameNP(a, y, true)
				owner = strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s") // "Putin's 2018 summit"
			}
		}
	}
	// Complement: "to Taiwan", "of a suspected balloon", "in Helsinki".
	var comp []string
	for k := after; k < c && k < len(s.toks); k++ {
		if s.inTimex(k) || s.toks[k].Punct || conjunctions[s.toks[k].Low] {
			break // "the 1997 Kyoto Protocol but never ratified it"
		}
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		if name, j, ok := s.descName(k); ok {
			comp = append(comp, name)
			k = j
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
	} else if strings.HasSuffix(noun, "ing") && after < len(s.toks) && (s.toks[after].Text == "of" || particles[s.toks[after].Low]) {
		// "the shooting down of a balloon"; but "its 2002 ruling" stays
		// a noun.
		verb = thirdPerson(gerundBase(noun))
		if after < len(s.toks) && particles[s.toks[after].Low] {
			verb += " " + s.toks[after].Low
			if len(comp) > 0 {
				comp = comp[1:]
			}
		}
	}
	// "Pelosi's visit to Taiwan": "Pelosi visits Taiwan"; but without an
	// owner, "the founding of the two German states" stays a noun phrase.
	if len(comp) > 0 && owner != "" && (comp[0] == "of" || verb != "" && (comp[0] == "to" || comp[0] == "on")) {
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
		words = slices.Concat([]string{owner + "’s"}, withoutYear(mods), []string{noun}, comp) // "Ethiopia’s ruling"
	default:
		words = slices.Concat(mods, []string{s.toks[n].Text}, comp)
	}
	if len(words) > maxTitleWords {
		words = words[:maxTitleWords]
	}
	sp := span{s.toks[a].Start, s.toks[max(n, min(c, len(s.toks))-1)].End}
	typ := classify(strings.ToLower(strings.Join(words, " ")))
	if typ == "" && agreementNouns[noun] {
		typ = "SUPPORT" // "the 1978 accords": signed, as "X signs the accords"
	}
	return &nominalEvent{title: capitalise(dropArticle(strings.Join(words, " "))), typ: typ, sp: sp}
}

// Nouns of agreements, which merging also treats as one word.
var agreementNouns = toSet(`agreement agreements accord accords treaty treaties pact pacts deal deals protocol`)

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
	// Most clauses name no place: look for "in", "at", "near" or
	// "outside" before a capital letter first.
	toks := s.d.tokensIn(sp)
	found := false
	for i := 0; i+1 < len(toks) && !found; i++ {
		switch toks[i].Text {
		case "in", "at", "near", "outside":
			found = isCap(toks[i+1].Text) || toks[i+1].Text == "the" && i+2 < len(toks) && isCap(toks[i+2].Text)
		}
	}
	if !found {
		return ""
	}
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
