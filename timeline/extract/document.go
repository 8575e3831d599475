package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

// A document is an article being analysed.
type document struct {
	a        *Article
	g        *Gazetteer
	ref      time.Time
	text     string
	toks     []token
	mentions []mention
	sents    []span // sentences, in order
	paraOf   []int  // paragraph index of each sentence
	timexes  []dates.Timex
	// agreements are the agreements named in full, found when first
	// needed.
	agreements []namedAgreement
	// after maps the start of each time expression addAfterwards added
	// to the start of the one it takes its day from.
	after map[int]int
	// entries are the events of chronology entries.
	entries map[*timeline.Event]bool
}

// sameDay reports whether a and b are the same single day.
func sameDay(a, b timeline.Date) bool {
	return a.Precision() == timeline.PrecisionDay && !a.IsInterval() && !b.IsInterval() && a.String() == b.String()
}

// sharedStems returns how many words of substance (four letters or more,
// not function words, months or weekdays) a and b share, compared by stem:
// "is extended by five days" and "agreed to extend it" share "extend".
func sharedStems(a, b string) int {
	words := func(s string) map[string]bool {
		m := make(map[string]bool)
		for _, w := range strings.Fields(s) {
			w = strings.Trim(w, ".,;:'’\"“”()*")
			lw := strings.ToLower(w)
			if len(lw) < 4 || stopTitleWords[lw] || functionWords[lw] || monthOf(w) != 0 || weekdays[w] {
				continue
			}
			m[stem(lw)] = true
		}
		return m
	}
	bw := words(b)
	n := 0
	for w := range words(a) {
		if bw[w] {
			n++
		}
	}
	return n
}

// foldEntries gives the date of each event of a chronology entry to the
// one event of the article it repeats at the same or a coarser date (a
// "Key dates" line "25 Feb 2019 — ICJ advisory opinion" and the body's "In
// February 2019 the International Court of Justice advised …"), with its
// source; the entry's own event goes. The two share an actor or two words
// of the entry's title. An entry that repeats no event, or more than one,
// stays an event of its own. On the same day, one shared word (by stem)
// of the two sentences is enough: "May 29: The ceasefire is extended" and
// "On May 29, the two sides agreed to extend it".
func (d *document) foldEntries(events []*timeline.Event) []*timeline.Event {
	if len(d.entries) == 0 {
		return events
	}
	out := events[:0]
	var drop []*timeline.Event
	for _, e := range events {
		if !d.entries[e] {
			continue
		}
		var match *timeline.Event
		n := 0
		for _, o := range events {
			if d.entries[o] || o.Date.Precision() > e.Date.Precision() || o.Date.IsInterval() || !o.Date.Contains(e.Date) {
				continue
			}
			if slices.ContainsFunc(e.Actors, func(a string) bool { return slices.Contains(o.Actors, a) }) || sharedWords(e.Title, o.Description) >= 2 ||
				sameDay(e.Date, o.Date) && sharedStems(e.Description, o.Description) >= 1 {
				match = o
				n++
			}
		}
		if n == 1 {
			match.Date = e.Date
			match.Sources = append(match.Sources, e.Sources...)
			drop = append(drop, e)
		}
	}
	for _, e := range events {
		if !slices.Contains(drop, e) {
			out = append(out, e)
		}
	}
	return out
}

func newDocument(a *Article, g *Gazetteer, ref time.Time) *document {
	d := &document{a: a, g: g, ref: ref, text: a.Text}
	d.toks = tokenize(d.text)
	d.mentions = g.scanActors(d.text, d.toks, ref)
	off := 0
	for pi, p := range strings.Split(d.text, "\n\n") {
		for _, s := range sentences(p) {
			d.sents = append(d.sents, span{off + s.Start, off + s.End})
			d.paraOf = append(d.paraOf, pi)
		}
		off += len(p) + 2
	}
	return d
}

// tokensIn returns the tokens inside sp.
func (d *document) tokensIn(sp span) []token {
	i, _ := slices.BinarySearchFunc(d.toks, sp.Start, func(t token, s int) int { return t.Start - s })
	j := i
	for j < len(d.toks) && d.toks[j].End <= sp.End {
		j++
	}
	return d.toks[i:j]
}

// mentionsIn returns the actors named inside sp.
func (d *document) mentionsIn(sp span) []mention {
	var out []mention
	for _, m := range d.mentions {
		if m.Start >= sp.Start && m.End <= sp.End {
			out = append(out, m)
		}
	}
	return out
}

// events returns one candidate event for each time expression that dates a
// happening.
func (d *document) events() []*timeline.Event {
	var out []*timeline.Event
	ti := 0
	var prev *sentence
	var lead *mainEvent
	var made map[int]bool // the time expressions that dated an event, when d.after is set
	if d.after != nil {
		made = make(map[int]bool)
	}
	for si, s := range d.sents {
		var txs []dates.Timex
		for ti < len(d.timexes) && d.timexes[ti].Start < s.End {
			if d.timexes[ti].Start >= s.Start {
				txs = append(txs, d.timexes[ti])
			}
			ti++
		}
		sent := &sentence{d: d, sp: s, index: si, prev: prev}
		sent.analyse()
		for _, tx := range txs {
			if a, ok := d.after[tx.Start]; ok && (!made[a] || sent.ownDate(tx, txs)) {
				continue // "afterwards": only after a happening told
			}
			if e := sent.event(tx, txs); e != nil {
				if d.after != nil && !e.Planned {
					made[tx.Start] = true
				}
				out = append(out, e)
				if lead == nil && d.paraOf[si] <= 2 && len(e.Actors) > 0 && e.Type != "" && e.Date.Precision() == timeline.PrecisionDay {
					lead = &mainEvent{date: e.Date, actor: e.Actors[0], typ: e.Type, para: d.paraOf[si]}
				}
			}
		}
		if len(txs) == 0 && lead != nil && d.paraOf[si] <= lead.para+2 {
			sent.restates(lead)
		}
		if len(txs) == 0 {
			if e := sent.sameDayAsLead(lead); e != nil {
				out = append(out, e)
			}
		}
		out = append(out, sent.subEvents()...)
		out = append(out, sent.durationEvents(txs, out)...)
		prev = sent
	}
	return out
}

// A mainEvent is the article's main event, from its lead.
type mainEvent struct {
	date  timeline.Date
	actor string
	typ   string
	para  int // the paragraph it is told in
}

// Words before a time expression that make it a limit or a target, not the
// date of a happening: "by 2025", "until Dec. 31", "since 1975".
var limitWords = toSet(`by to until till through throughout since for from between within before after around toward towards
into past beyond`)

// Words before a number that make it a label, not a year.
var labelWords = toSet(`resolution article no. number flight route section chapter paragraph rule amendment highway page
level levels code`)

// timexDateLoose returns the date of a time expression, whatever
// introduces it.
func (s *sentence) timexDateLoose(tx dates.Timex) (timeline.Date, bool) {
	if tx.Type != dates.Date && tx.Type != dates.Time || tx.Value == "" {
		return timeline.Date{}, false
	}
	dt, err := EDTF(tx.Value, tx.Mod)
	return dt, err == nil && dt.Precision() > timeline.PrecisionDecade
}

// timexDate returns the date of a time expression that dates a happening,
// or false.
func (s *sentence) timexDate(tx dates.Timex) (timeline.Date, bool) {
	if tx.Type != dates.Date && tx.Type != dates.Time || tx.Value == "" {
		return timeline.Date{}, false
	}
	switch tx.Mod {
	case "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE":
		return timeline.Date{}, false
	}
	dt, err := EDTF(tx.Value, tx.Mod)
	if err != nil || dt.Precision() <= timeline.PrecisionDecade {
		return timeline.Date{}, false
	}
	lt := strings.ToLower(tx.Text)
	// "from 1950 to 1953", "between 2008 and 2012": a period.
	if r, ok := s.d.rangeDate(tx, dt); ok {
		return r, true
	}
	if s.d.rangeEnd(tx) {
		return timeline.Date{}, false
	}
	if first, _, _ := strings.Cut(lt, " "); limitWords[first] || strings.HasPrefix(lt, "every") || strings.HasPrefix(lt, "each") {
		return timeline.Date{}, false
	}
	if limitWords[s.d.rawWordBefore(tx.Start)] || labelWords[s.d.wordBefore(tx.Start)] || s.d.timeSpent(tx.Start) {
		return timeline.Date{}, false
	}
	// "£3.4 billion in today's money": a measure, not a day.
	if lt == "today" {
		rest := s.d.text[tx.End:]
		for _, poss := range []string{"'s ", "’s "} {
			if strings.HasPrefix(rest, poss) {
				w, _, _ := strings.Cut(rest[len(poss):], " ")
				if measureNouns[strings.ToLower(strings.TrimRight(w, ".,;:"))] {
					return timeline.Date{}, false
				}
			}
		}
	}
	// "the end of the year", "the end of 1994": a deadline.
	if strings.HasSuffix(s.d.text[max(0, tx.Start-12):tx.Start], "end of ") || strings.HasSuffix(s.d.text[max(0, tx.Start-16):tx.Start], "end of the ") {
		return timeline.Date{}, false
	}
	// A bare year right after a verb or a noun is its object or a label:
	// "talks on what should follow 2012", "fiscal 2024".
	if isYear(tx.Text) {
		if t, ok := s.d.tokenBefore(tx.Start); ok && !t.Punct && isLowerWord(t.Text) {
			w := strings.ToLower(t.Text)
			if !prepositions[w] && !determiners[w] && !functionWords[w] && !yearWords[w] && !strings.HasSuffix(w, "ly") {
				return timeline.Date{}, false
			}
		}
	}
	// A bare year before a noun modifies it: "2005 levels", "the 2018
	// summit". Only event nouns make it an event. But "the court in 2018
	// ordered": after "in", a verb in the past is the clause's.
	if isYear(tx.Text) && !s.inYearThenPast(tx) {
		if next := s.d.wordsAfter(tx.End, 3); len(next) > 0 && isLowerWord(next[0]) && !functionWords[next[0]] {
			ok := false
			for _, w := range next {
				if _, ev := eventNouns[strings.ToLower(w)]; ev {
					ok = true
					break
				}
				if !isLowerWord(w) && !isCap(w) {
					break
				}
			}
			if !ok {
				return timeline.Date{}, false
			}
		}
	}
	return dt, true
}

// sharedWords returns how many words of substance of title (four letters
// or more, not function words) text has.
func sharedWords(title, text string) int {
	text = strings.ToLower(text)
	n := 0
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, ".,;:'’\"“”()")
		if len(w) >= 4 && !stopTitleWords[w] && containsWord(text, w) {
			n++
		}
	}
	return n
}

// Nouns after "today's" that make it a measure: "in today's money".
var measureNouns = toSet(`money prices terms dollars pounds euros values standards figures`)

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// Words that can follow a year without being modified by it.
var functionWords = toSet(`and or but to in on at of for by with from as that which who when while after before since until
than the a an was were is are had has have will would could should may might must did do does not also then there
during through into over under about against between among amid despite following`)

// Words that may stand right before a year that dates something.
var yearWords = toSet(`early late mid around about circa year spring summer autumn fall winter ago again only even
both either until till since`)

// tokenBefore returns the token just before offset i, if any.
func (d *document) tokenBefore(i int) (token, bool) {
	k, _ := slices.BinarySearchFunc(d.toks, i, func(t token, s int) int { return t.Start - s })
	if k == 0 {
		return token{}, false
	}
	return d.toks[k-1], true
}

// wordBefore returns the word before offset i, lower-cased, skipping
// "the".
func (d *document) wordBefore(i int) string {
	k, _ := slices.BinarySearchFunc(d.toks, i, func(t token, s int) int { return t.Start - s })
	for k--; k >= 0; k-- {
		w := d.toks[k].Low
		if w == "the" {
			continue
		}
		if d.toks[k].Punct {
			return ""
		}
		return w
	}
	return ""
}

// spendVerbs take a stretch of time as their object.
var spendVerbs = toSet(`spend spends spent spending waste wastes wasted wasting`)

// partWords measure out a stretch of time: "most of the past year".
var partWords = toSet(`most much all part half some rest whole of the`)

// timeSpent reports whether the time expression at offset i is what
// someone spent ("spent most of the past year trying"): a stretch of
// time, not the date of a happening.
func (d *document) timeSpent(i int) bool {
	k, _ := slices.BinarySearchFunc(d.toks, i, func(t token, s int) int { return t.Start - s })
	for n := 0; k > 0 && n < 4; n++ {
		k--
		t := d.toks[k]
		if t.Punct {
			return false
		}
		if spendVerbs[t.Low] {
			return true
		}
		if !partWords[t.Low] {
			return false
		}
	}
	return false
}

// rawWordBefore returns the word just before offset i, lower-cased, or ""
// after punctuation.
func (d *document) rawWordBefore(i int) string {
	k, _ := slices.BinarySearchFunc(d.toks, i, func(t token, s int) int { return t.Start - s })
	if k == 0 || d.toks[k-1].Punct {
		return ""
	}
	return d.toks[k-1].Low
}

// wordsAfter returns up to n words after offset i, stopping at
// punctuation.
func (d *document) wordsAfter(i, n int) []string {
	k, _ := slices.BinarySearchFunc(d.toks, i, func(t token, s int) int { return t.Start - s })
	var out []string
	for ; k < len(d.toks) && len(out) < n; k++ {
		if d.toks[k].Punct {
			break
		}
		out = append(out, d.toks[k].Text)
	}
	return out
}

// rangeDate returns the period of a range: one that tx holds ("Feb.
// 27-28, 2019", "1 to 3 March 2024") or one it opens with "from" or
// "between" ("from 1950 to 1953" is 1950/1953).
func (d *document) rangeDate(tx dates.Timex, dt timeline.Date) (timeline.Date, bool) {
	if tx.Through == "" || dt.IsInterval() {
		return timeline.Date{}, false
	}
	inner := !d.opensRange(tx)
	first, _, _ := strings.Cut(strings.ToLower(tx.Text), " ")
	if w := d.rawWordBefore(tx.Start); !inner && first != "from" && first != "between" && w != "from" && w != "between" {
		return timeline.Date{}, false
	}
	end, err := EDTF(tx.Through, "")
	if err != nil || end.IsInterval() || end.Start().Before(dt.Start()) {
		return timeline.Date{}, false
	}
	r, err := timeline.ParseDate(dt.String() + "/" + end.String())
	return r, err == nil
}

// opensRange reports whether the end of tx's range is the expression
// after it ("1950" of "from 1950 to 1953"), not inside tx ("Feb. 27-28").
func (d *document) opensRange(tx dates.Timex) bool {
	i, _ := slices.BinarySearchFunc(d.timexes, tx.Start, func(t dates.Timex, s int) int { return t.Start - s })
	return i+1 < len(d.timexes) && d.rangeEnd(d.timexes[i+1])
}

// rangeEnd reports whether tx ends a range that the expression before it
// opened ("2012" in "between 2008 and 2012").
func (d *document) rangeEnd(tx dates.Timex) bool {
	i, _ := slices.BinarySearchFunc(d.timexes, tx.Start, func(t dates.Timex, s int) int { return t.Start - s })
	if i == 0 {
		return false
	}
	p := d.timexes[i-1]
	if p.Through == "" || tx.Start-p.End > 8 {
		return false
	}
	gap := strings.TrimSpace(d.text[p.End:tx.Start])
	return gap == "to" || gap == "and" || gap == "-" || gap == "–" || gap == "through" || gap == "until"
}

// inYearThenPast reports whether the bare year tx follows "in" and a verb in
// the past follows it: "the court in 2018 ordered".
func (s *sentence) inYearThenPast(tx dates.Timex) bool {
	t, ok := s.d.tokenBefore(tx.Start)
	if !ok || !strings.EqualFold(t.Text, "in") {
		return false
	}
	e := s.tokenAt(tx.End)
	return e < len(s.toks) && s.pastVerbAt(e)
}
