package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/dates"
)

// Tense directions of a clause.
const (
	tensePast   = -1
	tenseFuture = 1
)

// tenseOf returns the direction in time of clause c: tensePast for "met",
// "was signed", "had agreed", "has joined"; tenseFuture for "will visit",
// "is to report", and for a present tense in a clause of time or condition
// ("when he hosts the summit in July"); 0 when it cannot tell.
func (s *sentence) tenseOf(c clause) int {
	vg := c.vg
	if vg.start < 0 {
		return 0
	}
	if vg.form == formFuture {
		return tenseFuture
	}
	first := s.toks[vg.start].Low
	switch first {
	case "was", "were", "had", "did", "has", "have":
		return tensePast
	case "is", "are", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does":
		return 0
	}
	if vg.start == vg.head {
		if strings.HasSuffix(first, "ed") || irregular[first] != "" && irregular[first] != first && irregular[first] != "be" {
			return tensePast
		}
		switch s.segs[c.si].lead {
		case "when", "before", "after", "once", "until", "if", "unless", "while":
			if presentVerbs[first] || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") {
				return tenseFuture
			}
		}
	}
	return 0
}

// yearlessWords are the words a time expression may have and still take
// its year (or week) from the tense: "July", "on Friday", "Nov. 12",
// "early in the spring".
var yearlessWords = toSet(`on in the of early late mid at this that and night morning afternoon evening spring summer autumn
fall winter`)

// underspecified reports whether tx names a month, day, weekday or season
// without a year or a word saying which one ("last", "next", "ago"…), so
// that the tense of its clause decides between the past and the future.
func underspecified(tx dates.Timex) bool {
	if !tx.Relative || tx.Type != dates.Date && tx.Type != dates.Time {
		return false
	}
	named := false
	for _, w := range strings.FieldsFunc(tx.Text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		lw := strings.ToLower(w)
		switch {
		case monthOf(w) != 0 && len(w) >= 3, weekdays[capitalise(lw)]:
			named = true
		case len(w) <= 2 && w[0] >= '0' && w[0] <= '9':
		case yearlessWords[lw]:
		default:
			return false
		}
	}
	return named
}

// agreeWithTense returns dt moved to the occurrence of its month, day or
// weekday that agrees with the tense of clause c: a happening told in the
// past is not after the publication date ("They announced the text on
// Nov. 12", published Nov. 24), one told in the future not before it. A
// weekday moves by a week, anything else by a year. dt is returned as it
// is when it agrees, when the tense is unknown, or when tx is not
// underspecified.
func (s *sentence) agreeWithTense(dt timeline.Date, tx dates.Timex, c clause) timeline.Date {
	ref := s.d.ref
	if ref.IsZero() || dt.IsInterval() || !underspecified(tx) {
		return dt
	}
	var step int
	switch t := s.tenseOf(c); {
	case t == tensePast && dt.Start().After(ref):
		step = -1
	case t == tenseFuture && dt.End().Before(ref):
		step = 1
	default:
		return dt
	}
	weekday := false
	for _, w := range strings.Fields(tx.Text) {
		if weekdays[capitalise(strings.ToLower(strings.Trim(w, ",.")))] {
			weekday = true
		}
	}
	v, ok := shiftValue(dt, step, weekday)
	if !ok {
		return dt
	}
	nd, err := timeline.ParseDate(v)
	if err != nil || step < 0 && nd.Start().After(ref) || step > 0 && nd.End().Before(ref) {
		return dt
	}
	return nd
}

// shiftValue returns the EDTF value of dt moved by step weeks (for a
// weekday) or years.
func shiftValue(dt timeline.Date, step int, weekday bool) (string, bool) {
	p := dt.From()
	switch {
	case p.Precision == timeline.PrecisionDay:
		t := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		if weekday {
			t = t.AddDate(0, 0, 7*step)
		} else {
			t = t.AddDate(step, 0, 0)
			if t.Day() != p.Day {
				return "", false // Feb. 29
			}
		}
		return t.Format("2006-01-02"), true
	case weekday:
		return "", false
	case p.Precision == timeline.PrecisionMonth || p.Precision == timeline.PrecisionSeason:
		v := dt.String()
		return strconv.Itoa(p.Year+step) + v[4:], len(v) > 4
	}
	return "", false
}

// durationWords are the words before "after" or "before" that make the
// clause that follows a happening close in time to another: "weeks after
// the Sept. 11 attacks", "days before the vote".
var durationWords = toSet(`hours days weeks months minutes moments shortly just soon only a day week month`)

// anchorOnSentence returns dt, a day or month without a year, moved to the
// year of the explicit date of its sentence when it is told as close to
// it: in "invaded Afghanistan in October 2001, weeks after the Sept. 11
// attacks", Sept. 11 is in 2001, not in the year before the publication
// date.
func (s *sentence) anchorOnSentence(dt timeline.Date, tx dates.Timex, k int, txs []dates.Timex) timeline.Date {
	if !underspecified(tx) || dt.IsInterval() || k < 2 {
		return dt
	}
	// "… weeks after the Sept. 11 attacks": the link word within a few
	// tokens before the date.
	link := ""
	for j := k - 1; j >= max(0, k-4); j-- {
		lw := s.toks[j].Low
		if lw == "after" || lw == "before" {
			if j > 0 && durationWords[s.toks[j-1].Low] {
				link = lw
			}
			break
		}
	}
	if link == "" {
		return dt
	}
	for _, o := range txs {
		if o.Start == tx.Start || !hasYear(o.Text) {
			continue
		}
		od, err := EDTF(o.Value, "")
		if err != nil || od.Precision() < timeline.PrecisionMonth || od.IsInterval() {
			continue
		}
		y := od.From().Year
		v, ok := shiftValue(dt, y-dt.From().Year, false)
		if !ok {
			return dt
		}
		nd, err := timeline.ParseDate(v)
		if err != nil {
			return dt
		}
		// The happening after the link is before the anchor for
		// "after", after it for "before".
		if link == "after" && nd.Start().After(od.End()) {
			if v, ok = shiftValue(nd, -1, false); ok {
				nd, err = timeline.ParseDate(v)
			}
		} else if link == "before" && nd.End().Before(od.Start()) {
			if v, ok = shiftValue(nd, 1, false); ok {
				nd, err = timeline.ParseDate(v)
			}
		}
		if err != nil || !ok {
			return dt
		}
		return nd
	}
	return dt
}

// hasYear reports whether a time expression writes a year in digits.
func hasYear(text string) bool {
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
