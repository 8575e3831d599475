package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

var durationValue = regexp.MustCompile(`^P(\d+)([DWMY])$`)

// Words before "N days of talks" that end the period on the day of the
// clause they follow. Not "after": in "announced a truce after two days of
// talks" the talks are how the truce came about, and the truce is the
// event.
var endingWords = toSet(`ending concluding capping closing`)

// durationEvents returns the events that a length of time places against a
// date: the period "ending 13 days of negotiations" on the day of the
// sentence's dated clause; the happening "two days after a referendum",
// told next to a dated clause, that many days before it; and the clause
// that "Two years after the White House ceremony" dates against an event
// told earlier in the article (before, in document order).
func (s *sentence) durationEvents(txs []dates.Timex, before []*timeline.Event) []*timeline.Event {
	var out []*timeline.Event
	for _, tx := range txs {
		if tx.Type != dates.Duration {
			continue
		}
		m := durationValue.FindStringSubmatch(tx.Value)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		unit := m[2]
		k := s.tokenAt(tx.Start)
		e := s.tokenAt(tx.End)
		if k >= len(s.toks) || n < 1 {
			continue
		}
		// The day of the sentence's dated clause.
		var day timeline.Date
		for _, d := range s.dated {
			if day.IsZero() || d.Start().Before(day.Start()) {
				day = d
			}
		}
		prev := ""
		if k > 0 {
			prev = s.toks[k-1].Low
		}
		switch {
		case endingWords[prev] && unit == "D" && e+1 < len(s.toks) && s.toks[e].Text == "of" && !day.IsZero():
			// "…, ending 13 days of negotiations at Camp David."
			if ev := s.periodEnding(day, n, e+1); ev != nil {
				out = append(out, ev)
			}
		case e < len(s.toks) && (strings.EqualFold(s.toks[e].Text, "after") || strings.EqualFold(s.toks[e].Text, "before")):
			sign := -1
			if strings.EqualFold(s.toks[e].Text, "before") {
				sign = 1
			}
			a, b := s.nounPhrase(e + 1)
			if a >= b || s.hasTimex(a, b) {
				continue
			}
			// "… in September 1997, two months after the IRA restored its
			// ceasefire": the clause after "after" happened that long
			// before the dated clause (a month or a year moves a month or a
			// year).
			if b < len(s.toks) && s.segmentOf(k) > 0 && s.isVerbAt(b) && !approxDuration(tx, prev) {
				anchor := day
				if unit == "M" || unit == "Y" {
					if d, ok := s.coarseBefore(s.segmentOf(k)); ok && (anchor.IsZero() || unit == "Y") {
						anchor = d
					}
				}
				if !anchor.IsZero() {
					if ev := s.shiftedClause(anchor, sign*n, unit, b); ev != nil {
						out = append(out, ev)
					}
				}
				continue
			}
			if !day.IsZero() && s.segmentOf(k) > 0 {
				// "… on March 18, two days after a referendum there": the
				// referendum was two days before.
				if ev := s.shiftedNominal(day, sign*n, unit, a, b); ev != nil {
					out = append(out, ev)
				}
				continue
			}
			if s.segmentOf(k) == 0 && !s.verbBeforeToken(k) {
				// "Two years after the White House ceremony, the two sides
				// signed…": the main clause, dated against the ceremony.
				// ("His trip comes half a century after …" is no such
				// opening phrase.)
				if ev := s.afterReferent(before, -sign*n, unit, a, b); ev != nil {
					out = append(out, ev)
				}
			}
		}
	}
	return out
}

// hasTimex reports whether a time expression overlaps toks[a:b].
func (s *sentence) hasTimex(a, b int) bool {
	for k := a; k < b; k++ {
		if s.inTimex(k) {
			return true
		}
	}
	return false
}

// nounPhrase returns the noun phrase that starts at toks[i]: up to
// punctuation, a verb, a relative pronoun or a word that ends an object.
func (s *sentence) nounPhrase(i int) (int, int) {
	j := i
	for j < len(s.toks) && !s.toks[j].Punct && !s.isVerbAt(j) && !objectStops[s.toks[j].Low] && !relativeLeads[s.toks[j].Low] {
		j++
	}
	return i, j
}

// npTitle names the happening of the noun phrase toks[a:b] for a title:
// without its determiner, titles and a final "there", and with "held"
// after a noun of something held ("Referendum held").
func (s *sentence) npTitle(a, b int) (title, typ, head string) {
	var words []string
	for k := a; k < b; k++ {
		lw := s.toks[k].Low
		if len(words) == 0 && determiners[lw] {
			continue
		}
		if j := s.titleRun(k); j > k {
			k = j - 1
			continue
		}
		if lw == "there" || lw == "here" {
			continue
		}
		if _, ok := eventNouns[lw]; ok && head == "" {
			head = lw
		}
		w := s.toks[k].Text
		if s.toks[k].Poss {
			w += "’s"
		}
		words = append(words, w)
	}
	words = trimObject(words)
	if len(words) == 0 || head == "" {
		return "", "", ""
	}
	if len(words) > maxTitleWords-1 {
		words = words[:maxTitleWords-1]
	}
	title = strings.Join(words, " ")
	if heldNouns[head] && len(words) <= 3 {
		title += " held"
	}
	return capitalise(title), classify(strings.ToLower(strings.Join(words, " "))), head
}

// periodEnding returns the event of "N days of <noun phrase at i>" that
// ended on day: the interval of its N days.
func (s *sentence) periodEnding(day timeline.Date, n, i int) *timeline.Event {
	a, b := s.nounPhrase(i)
	if a >= b {
		return nil
	}
	title, typ, head := s.npTitle(a, b)
	if title == "" {
		return nil
	}
	end := day.Start()
	dt, err := timeline.ParseDate(end.AddDate(0, 0, -(n-1)).Format("2006-01-02") + "/" + end.Format("2006-01-02"))
	if err != nil {
		return nil
	}
	// "Sadat and Begin … ending 13 days of negotiations": the subject of
	// the dated clause held them.
	if c, ok := s.firstClause(); ok && heldNouns[head] {
		if subj, plural := s.subjectText(c); subj != "" {
			verb := "holds"
			if plural {
				verb = "hold"
			}
			title = capitalise(subj) + " " + verb + " " + strings.ToLower(title[:1]) + title[1:]
		}
	}
	e := &timeline.Event{Date: dt, Title: title, Type: typ}
	sp := span{s.toks[a].Start, s.toks[b-1].End}
	e.Actors = s.actors(span{s.sp.Start, sp.End})
	e.Location = s.location(sp)
	s.cite(e)
	return e
}

// firstClause returns the sentence's first clause with a verb.
func (s *sentence) firstClause() (clause, bool) {
	for si, seg := range s.segs {
		if seg.verb.start >= 0 {
			return clause{si, seg.verb}, true
		}
	}
	return clause{}, false
}

// shiftedNominal returns the event named by toks[a:b], dated n units from
// day.
func (s *sentence) shiftedNominal(day timeline.Date, n int, unit string, a, b int) *timeline.Event {
	title, typ, _ := s.npTitle(a, b)
	if title == "" {
		return nil
	}
	dt, ok := shiftDate(day, n, unit)
	if !ok {
		return nil
	}
	e := &timeline.Event{Date: dt, Title: title, Type: typ}
	sp := span{s.toks[a].Start, s.toks[b-1].End}
	e.Actors = s.actors(sp)
	e.Location = s.location(sp)
	s.cite(e)
	return e
}

// Words that make a length of time approximate: "more than seven years
// after", "about three years after".
var approxWords = toSet(`more less nearly almost over under about some around roughly approximately barely just`)

// approxDuration reports whether the length of time tx, after the word
// prev, is approximate, so that it places nothing on a date.
func approxDuration(tx dates.Timex, prev string) bool {
	first, _, _ := strings.Cut(strings.ToLower(tx.Text), " ")
	return tx.Mod != "" || approxWords[first] || approxWords[prev]
}

// coarseBefore returns the month- or year-precision date of the nearest
// dated segment before segment si.
func (s *sentence) coarseBefore(si int) (timeline.Date, bool) {
	for j := si - 1; j >= 0; j-- {
		if d, ok := s.dated[j]; ok {
			return d, true
		}
		if d, ok := s.coarse[j]; ok {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// shiftedClause returns the event of the clause whose verb starts at
// toks[v], dated n units from day: "two months after the IRA restored its
// ceasefire".
func (s *sentence) shiftedClause(day timeline.Date, n int, unit string, v int) *timeline.Event {
	var c clause
	found := false
	for si, seg := range s.segs {
		for _, vg := range seg.verbs {
			if vg.start == v {
				c, found = clause{si, vg}, true
			}
		}
	}
	if !found || c.vg.negated || s.isWeak(c) || c.vg.form == formFuture {
		return nil
	}
	dt, ok := shiftDate(day, n, unit)
	if !ok {
		return nil
	}
	title, typ, _ := s.clauseTitle(c, dates.Timex{Start: -1, End: -1})
	if title == "" {
		return nil
	}
	e := &timeline.Event{Date: dt, Title: title, Type: typ}
	seg := s.segs[c.si]
	sp := span{s.toks[seg.start].Start, s.toks[seg.end-1].End}
	e.Actors = s.actors(sp)
	e.Location = s.location(sp)
	s.cite(e)
	return e
}

// afterReferent returns the event of the sentence's main clause, dated n
// units from the earlier event that toks[a:b] refers to ("the White House
// ceremony"): the latest event before whose sentence has the noun phrase's
// head noun, or all its capitalised words.
func (s *sentence) afterReferent(before []*timeline.Event, n int, unit string, a, b int) *timeline.Event {
	var caps []string
	head := ""
	for k := a; k < b; k++ {
		t := s.toks[k].Text
		if isCap(t) {
			caps = append(caps, t)
		} else if !determiners[strings.ToLower(t)] {
			head = strings.ToLower(t)
		}
	}
	var ref *timeline.Event
	for i := len(before) - 1; i >= 0 && ref == nil; i-- {
		ev := before[i]
		desc := strings.ToLower(ev.Description)
		if head != "" && containsWord(desc, head) || len(caps) > 0 && allIn(ev.Description, caps) {
			ref = ev
		}
	}
	if ref == nil || ref.Date.IsInterval() {
		return nil
	}
	dt, ok := shiftDate(ref.Date, n, unit)
	if !ok {
		return nil
	}
	return s.mainClauseOn(dt, s.segmentOf(b-1)+1)
}

// mainClauseOn returns the event of the first clause from segment from on
// with a verb, dated dt, or nil when that clause is negated or tells
// nothing.
func (s *sentence) mainClauseOn(dt timeline.Date, from int) *timeline.Event {
	for j := from; j < len(s.segs); j++ {
		seg := s.segs[j]
		if seg.verb.start < 0 {
			continue
		}
		c := clause{j, seg.verb}
		if c.vg.negated || s.isWeak(c) {
			return nil
		}
		title, typ, _ := s.clauseTitle(c, dates.Timex{Start: -1, End: -1})
		if title == "" {
			return nil
		}
		e := &timeline.Event{Date: dt, Title: title, Type: typ}
		sp := span{s.toks[seg.start].Start, s.toks[seg.end-1].End}
		e.Actors = s.actors(sp)
		e.Location = s.location(sp)
		if !s.d.ref.IsZero() && dt.Start().After(s.d.ref) {
			e.Planned = true
		}
		s.cite(e)
		return e
	}
	return nil
}

func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(text[j-1])
		after := j+len(w) == len(text) || !isWordByte(text[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func allIn(text string, words []string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !containsWord(text, w) })
}

// shiftDate returns d moved by n days, weeks, months or years (unit D, W,
// M or Y), at the coarser precision of the two; false when the date is
// coarser than the unit (a year moved by days).
func shiftDate(d timeline.Date, n int, unit string) (timeline.Date, bool) {
	if d.IsInterval() {
		return timeline.Date{}, false
	}
	p := d.From()
	t := d.Start()
	switch unit {
	case "D":
		t = t.AddDate(0, 0, n)
	case "W":
		t = t.AddDate(0, 0, 7*n)
	case "M":
		t = t.AddDate(0, n, 0)
	case "Y":
		t = t.AddDate(n, 0, 0)
	}
	// The result is no finer than the date or the unit: "two days after
	// March 18" is a day, "two years after" a day in 1993 is 1995.
	var layout string
	switch {
	case p.Precision == timeline.PrecisionDay && (unit == "D" || unit == "W"):
		layout = "2006-01-02"
	case p.Precision >= timeline.PrecisionMonth && unit == "M":
		layout = "2006-01"
	case p.Precision >= timeline.PrecisionYear && unit == "Y":
		layout = "2006"
	default:
		return timeline.Date{}, false
	}
	out, err := timeline.ParseDate(t.Format(layout))
	return out, err == nil && !t.Before(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC))
}

// verbBeforeToken reports whether a finite verb of k's segment starts
// before toks[k].
func (s *sentence) verbBeforeToken(k int) bool {
	for _, v := range s.segs[s.segmentOf(k)].verbs {
		if v.start < k {
			return true
		}
	}
	return false
}

// sameDayAsLead returns the event of the main clause of a sentence with no
// date that opens "Hours before the meeting," or "Shortly after the
// talks,": the day of the article's main event, which "the meeting" is.
func (s *sentence) sameDayAsLead(lead *mainEvent) *timeline.Event {
	if lead == nil || len(s.segs) < 2 || len(s.toks) < 5 {
		return nil
	}
	t := s.toks
	if !sameDayWords[t[0].Low] || t[1].Low != "before" && t[1].Low != "after" {
		return nil
	}
	if t[2].Low != "the" && t[2].Low != "their" && t[2].Low != "his" && t[2].Low != "her" {
		return nil
	}
	if _, ok := eventNouns[t[3].Low]; !ok || t[4].Text != "," {
		return nil
	}
	for j, seg := range s.segs {
		if seg.start > 4 {
			return s.mainClauseOn(lead.date, j)
		}
	}
	return nil
}
