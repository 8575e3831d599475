package extract

import (
	"slices"

	"github.com/timeline-dev/timeline/timeline/dates"
)

// Words before "afterwards" that say how long after: "long afterwards",
// "two days afterwards". The date of the happening before does not carry
// over.
var afterwardsLengths = toSet(`long days weeks months years decades hours soon shortly`)

// addAfterwards adds a time expression for each "afterwards" or
// "afterward" that has no date of its own ("At a joint news conference
// afterwards, Trump refused …"): it takes the day of the last time
// expression before it in its sentence or the sentence before, when that
// one names a day. The added expressions are recorded in d.after with the start
// of the one they take their day from, so that events keeps one only when
// the happening told there made an event (and was no plan) and no other
// time expression dates the clause of the word (see ownDate).
func (d *document) addAfterwards() {
	var added []dates.Timex
	for i, t := range d.toks {
		if t.Low != "afterwards" && t.Low != "afterward" || d.inTimex(t.Start) {
			continue
		}
		if i > 0 && (afterwardsLengths[d.toks[i-1].Low] || isNumber(d.toks[i-1].Text)) {
			continue
		}
		si := d.sentenceOf(t.Start)
		from := d.sents[max(0, si-1)].Start
		k, _ := slices.BinarySearchFunc(d.timexes, t.Start, func(tx dates.Timex, off int) int { return tx.Start - off })
		// The last date before it: "held their first summit on Monday,
		// spending more than two hours alone" dates by "Monday".
		for k > 0 && d.timexes[k-1].Type != dates.Date && d.timexes[k-1].Start >= from {
			k--
		}
		if k == 0 {
			continue
		}
		anchor := d.timexes[k-1]
		if anchor.Start < from || anchor.Type != dates.Date || len(anchor.Value) != len("2006-01-02") || anchor.Mod != "" {
			continue
		}
		if dt, err := EDTF(anchor.Value, ""); err != nil || !d.ref.IsZero() && dt.Start().After(d.ref) {
			continue
		}
		if d.after == nil {
			d.after = make(map[int]int)
		}
		d.after[t.Start] = anchor.Start
		added = append(added, dates.Timex{Start: t.Start, End: t.End, Text: t.Text, Type: dates.Date, Value: anchor.Value, Relative: true})
	}
	if len(added) == 0 {
		return
	}
	d.timexes = append(d.timexes, added...)
	slices.SortStableFunc(d.timexes, func(a, b dates.Timex) int { return a.Start - b.Start })
}

// ownDate reports whether a time expression of txs other than tx dates
// the clause that tx is in: "afterwards, they met again on Tuesday".
func (s *sentence) ownDate(tx dates.Timex, txs []dates.Timex) bool {
	c, ok := s.clauseFor(s.tokenAt(tx.Start))
	if !ok {
		return false
	}
	for _, o := range txs {
		if o.Start == tx.Start {
			continue
		}
		if oc, ok := s.clauseFor(s.tokenAt(o.Start)); ok && oc.si == c.si && oc.vg.start == c.vg.start {
			return true
		}
	}
	return false
}
