package dates

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// gran is the granularity of a value.
type gran int8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart // part of a day: morning, afternoon, evening, night
	gHour
	gMinute
)

// An expr is what a rule read from a match: the absolute parts in the
// embedded when Context (Year, Month, Day, Hour, Minute, Weekday), the
// relative parts, and the granularity to write the value at.
type expr struct {
	rules.Context
	y, mo, d, h, mi, wd int // storage behind the Context pointers

	typ   Type
	gran  gran
	value string // a literal value ("P3Y", "PRESENT_REF"); wins over the rest
	mod   string

	n      int    // half 1–2, quarter 1–4, decade (199), century (19)
	season string // SP, SU, FA, WI
	pod    string // part of day: MO, AF, EV, NI, MI (midday)

	// Relative parts. rel: the value needs the reference date. The shift
	// sy/sm/sd is added to the reference (or to the last date of the text
	// when textAnchor is set) before the absolute parts are applied.
	rel        bool
	textAnchor bool
	sy, sm, sd int
	yoff       bool // Year is an offset from the reference year ("Feb. 29 last year")
	// quarterish: "a year earlier" right after a quarter means that
	// quarter a year before ("the third quarter … a year earlier").
	quarterish bool
	// quarterOf: the quarter the text last named, or else the last one
	// ended, in the year of the expression ("the 1988 quarter").
	quarterOf bool
	thatYear  bool // "4 November that year": the year of the last date of the text
	fromLast  bool // "a year later", "ten days earlier": counted from the last date of the text
	// pastWeekend: the weekend before the reference date, unless it falls
	// on one ("talks were held over the weekend").
	pastWeekend bool
	dir         int // for a weekday, month or season without a year: -1 last, +1 next, 0 by tense

	holiday string // a holiday whose day depends on the year ("Thanksgiving")

	through *expr // the end of a range ("Feb. 27-28, 2019")

	text string // the whole text, for rules that look around their match
	off  int    // offset of the rule's window in text
}

// prevWord returns the word (letters, digits, dots) that ends before
// the match m, in lower case, and the byte just before m ('\x00' at the start).
func (x *expr) prevWord(m *rules.Match) (word string, prev byte) {
	i := x.off + m.Left
	if i > 0 {
		prev = x.text[i-1]
	}
	for i > 0 && !isWordByte(x.text[i-1]) && x.text[i-1] != '\n' && i > x.off+m.Left-3 {
		i--
	}
	j := i
	for i > 0 && (isWordByte(x.text[i-1]) || x.text[i-1] == '.') && j-i < 16 {
		i--
	}
	return strings.ToLower(x.text[i:j]), prev
}

// nextWord returns the word that starts after the match m, in lower case,
// and the byte just after m ('\x00' at the end).
func (x *expr) nextWord(m *rules.Match) (word string, next byte) {
	i := x.off + m.Right
	if i < len(x.text) {
		next = x.text[i]
	}
	for i < len(x.text) && x.text[i] == ' ' && i < x.off+m.Right+2 {
		i++
	}
	j := i
	for j < len(x.text) && isWordByte(x.text[j]) && j-i < 16 {
		j++
	}
	return strings.ToLower(x.text[i:j]), next
}

// after returns up to n bytes of text after the match.
func (x *expr) after(m *rules.Match, n int) string {
	i := x.off + m.Right
	return x.text[i:min(len(x.text), i+n)]
}

func (x *expr) setYear(v int)    { x.y = v; x.Year = &x.y }
func (x *expr) setMonth(v int)   { x.mo = v; x.Month = &x.mo }
func (x *expr) setDay(v int)     { x.d = v; x.Day = &x.d }
func (x *expr) setWeekday(v int) { x.wd = v; x.Weekday = &x.wd }

// resolver resolves exprs to TIMEX3 values in one text.
type resolver struct {
	text   string
	ref    time.Time // the publication date; zero if unknown
	anchor time.Time // the last day-precise date of the text so far

	// last is the start of the last date resolved, at granularity
	// lastGran (gNone before the first).
	last     time.Time
	lastGran gran
	anchorAt int // where the expression that set anchor ends
	at       int // where the expression being resolved ends
}

// resolve returns the value of x for the expression text[start:end]
// (ok false when it needs a reference date and there is none), and whether
// it depends on the reference.
func (r *resolver) resolve(x *expr, start, end int) (value string, tense Tense, ok bool) {
	r.at = end
	if x.value != "" {
		return x.value, TenseUnknown, true
	}
	if x.quarterOf {
		var q, y int
		switch {
		case r.lastGran == gQuarter:
			q = (int(r.last.Month())-1)/3 + 1
		case !r.ref.IsZero():
			q = (int(r.ref.AddDate(0, -3, 0).Month())-1)/3 + 1
		default:
			return "", TenseUnknown, false
		}
		switch {
		case !x.yoff:
			y = *x.Year
		case r.ref.IsZero():
			return "", TenseUnknown, false
		default:
			y = r.ref.Year() + *x.Year
		}
		g := *x
		g.n = q
		v, ok := format(&g, y, 3*q-2, 1)
		return v, TenseUnknown, ok
	}
	if x.Year != nil && !x.yoff {
		v, ok := format(x, *x.Year, x.mo, x.d)
		if ok {
			r.remember(x, *x.Year, x.mo, x.d)
		}
		return v, TenseUnknown, ok
	}
	if x.quarterish && r.lastGran == gQuarter {
		y, q := r.last.Year()+x.sy, (int(r.last.Month())-1)/3+1
		g := *x
		g.gran, g.n = gQuarter, q
		v, ok := format(&g, y, 3*q-2, 1)
		return v, TenseUnknown, ok
	}
	if x.fromLast && !r.anchor.IsZero() && r.lastGran >= gDay {
		// "a year later", "ten days earlier": from the day named just
		// before. (After a year or a month, news counts from its own date.)
		t := r.anchor.AddDate(x.sy, x.sm, x.sd)
		v, ok := format(x, t.Year(), int(t.Month()), t.Day())
		if ok {
			r.remember(x, t.Year(), int(t.Month()), t.Day())
		}
		return v, TenseUnknown, ok
	}
	if x.textAnchor && x.gran < gDay && x.gran != gWeek && x.gran != gWeekend && r.lastGran >= x.gran && r.lastGran <= gDay {
		// "that year", "later that month": from the last date of the text.
		t := r.last.AddDate(x.sy, x.sm, 0)
		v, ok := format(x, t.Year(), int(t.Month()), t.Day())
		return v, TenseUnknown, ok
	}
	if r.ref.IsZero() {
		return "", TenseUnknown, false
	}
	base := r.ref
	if x.textAnchor && !r.anchor.IsZero() && (x.gran < gHour || x.Weekday != nil || sameSentence(r.text, r.anchorAt, start)) {
		base = r.anchor // a clock time takes the day named in its sentence
	}
	base = time.Date(base.Year(), base.Month(), base.Day(), 0, 0, 0, 0, time.UTC)
	if x.gran <= gMonth {
		base = time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	base = base.AddDate(x.sy, x.sm, x.sd)
	if x.pastWeekend && base.Weekday() >= time.Monday && base.Weekday() <= time.Friday {
		base = base.AddDate(0, 0, -7)
	}
	y, mo, d := base.Year(), int(base.Month()), base.Day()
	switch {
	case x.Year != nil && x.yoff:
		y = r.ref.Year() + *x.Year
		if x.Month != nil {
			mo = x.mo
		}
		if x.Day != nil {
			d = x.d
		}
	case x.Month != nil && x.thatYear && r.lastGran >= gYear && r.lastGran <= gDay:
		y, mo, d = r.last.Year(), x.mo, 1
		if x.Day != nil {
			d = x.d
		}
	case x.Month != nil:
		mo = x.mo
		if x.Day != nil {
			d = x.d
		} else {
			d = 1
		}
		dir := x.dir
		if dir == 0 {
			tense = tenseAt(r.text, start, end)
			switch {
			case deadline(r.text, start):
				dir = 2 // "talks are to conclude by May"
			case x.Day != nil && namesEvent(r.text, start, end):
				dir = -2 // "the Aug. 7 blasts": a past event
			case tense == TensePast:
				dir = -2 // on or before
			case tense == TenseFuture:
				dir = 2 // on or after
			}
		}
		if x.holiday != "" && x.Day == nil {
			// Pick the year as for the month, then the day in that year.
			rm := int(base.Month())
			switch {
			case (dir == -2 || dir == -1) && mo > rm, dir == -1 && mo == rm:
				y--
			case (dir == 2 || dir == 1) && mo < rm, dir == 1 && mo == rm:
				y++
			}
			mo, d = holidayDate(x.holiday, y)
			break
		}
		rm, rd := int(base.Month()), base.Day()
		after := mo > rm || mo == rm && x.Day != nil && d > rd
		before := mo < rm || mo == rm && x.Day != nil && d < rd
		switch dir {
		case 0:
			// No tense: news looks back more than ahead; a month more
			// than three months ahead is last year's, one more than eight
			// months back next year's.
			if mo-rm > 3 {
				y--
			} else if rm-mo > 8 {
				y++
			}
		case -2:
			// In the past tense, a day soon after the reference is still
			// this year's ("extended the offer to Nov. 20"), unless it
			// names a past event ("the Sept. 11 attacks").
			if after && !(x.Day != nil && !namesEvent(r.text, start, end) && base.AddDate(0, 2, 0).After(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))) {
				y--
			}
		case 2:
			if before {
				y++
			}
		case -1:
			if after || mo == rm {
				y--
			}
		case 1:
			if before || mo == rm {
				y++
			}
		}
		if x.Weekday != nil && x.Day != nil {
			// "Monday, Oct. 26": the year in which that day is a Monday.
			for _, c := range [...]int{y, y - 1, y + 1} {
				if d <= daysIn(c, mo) && int(time.Date(c, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Weekday()) == x.wd {
					y = c
					break
				}
			}
		}
	case x.Weekday != nil:
		dir := x.dir
		if dir == 0 {
			tense = tenseAt(r.text, start, end)
			if tense == TenseFuture || deadline(r.text, start) {
				dir = 2
			} else {
				dir = -2
			}
		}
		diff := x.wd - int(base.Weekday())
		switch dir {
		case -2: // on or before
			if diff > 0 {
				diff -= 7
			}
		case -1: // before
			if diff >= 0 {
				diff -= 7
			}
		case 2:
			if diff < 0 {
				diff += 7
			}
		case 1:
			if diff <= 0 {
				diff += 7
			}
		}
		t := base.AddDate(0, 0, diff)
		y, mo, d = t.Year(), int(t.Month()), t.Day()
	case x.season != "" && x.gran == gSeason:
		dir := x.dir
		if dir == 0 {
			tense = tenseAt(r.text, start, end)
			switch tense {
			case TensePast:
				dir = -2
			case TenseFuture:
				dir = 1
			}
		}
		// A season is named by the year it starts in (winter 1997 runs
		// from December 1997); it has begun when the month reaches its
		// first month.
		rm := int(base.Month())
		first := 3 + 3*seasonIndex(x.season)
		begun := rm >= first
		switch {
		case dir == -1 && rm <= first+2: // last summer: the last one ended
			y--
		case dir == -2 && !begun:
			y--
		case dir > 0 && dir != 3 && begun:
			y++
		case dir == 3 && x.season == "WI" && rm <= 2:
			y-- // this winter, said in January
		}
	case x.gran == gQuarter && x.n > 0:
		if tense = tenseAt(r.text, start, end); tense == TensePast && x.n > (int(base.Month())+2)/3 {
			y--
		}
	case x.gran == gHalf && x.n > 0:
	}
	v, ok := format(x, y, mo, d)
	if ok {
		r.remember(x, y, mo, d)
	}
	return v, tense, ok
}

// remember records a resolved date as the anchor of what follows.
func (r *resolver) remember(x *expr, y, mo, d int) {
	if x.typ != "" && x.typ != Date && x.typ != Time {
		return
	}
	g := x.gran
	switch {
	case g == gQuarter:
		n := x.n
		if n == 0 {
			n = (mo-1)/3 + 1
		}
		mo, d = 3*n-2, 1
	case g < gMonth:
		mo, d = 1, 1
	case g == gMonth:
		d = 1
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	r.last, r.lastGran = t, g
	if g >= gDay {
		r.anchor, r.anchorAt = t, r.at
	}
}

// sameSentence reports whether no sentence ends in text[i:j].
func sameSentence(text string, i, j int) bool {
	if i > j || j > len(text) {
		return false
	}
	for k := i; k < j; k++ {
		if (text[k] == '.' || text[k] == '!' || text[k] == '?' || text[k] == '\n') && sentenceEnd(text, k) {
			return false
		}
	}
	return true
}

func seasonIndex(s string) int {
	switch s {
	case "SP":
		return 0
	case "SU":
		return 1
	case "FA":
		return 2
	}
	return 3
}

// format writes the value of x for the date y-mo-d at x's granularity.
func format(x *expr, y, mo, d int) (string, bool) {
	if y < 0 || y > 9999 {
		return "", false
	}
	if x.gran >= gDay && (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) {
		return "", false
	}
	if x.gran == gMonth && (mo < 1 || mo > 12) {
		return "", false
	}
	var buf [24]byte
	b := appendInt(buf[:0], y, 4)
	switch x.gran {
	case gCentury:
		n := x.n
		if n <= 0 {
			n = y / 100
		}
		return string(appendInt(buf[:0], n, 2)), true
	case gDecade:
		n := x.n
		if n <= 0 {
			n = y / 10
		}
		return string(appendInt(buf[:0], n, 3)), true
	case gYear:
	case gHalf:
		n := x.n
		if n == 0 {
			n = (mo-1)/6 + 1
		}
		b = append(b, "-H"...)
		b = appendInt(b, n, 1)
	case gQuarter:
		n := x.n
		if n == 0 {
			n = (mo-1)/3 + 1
		}
		b = append(b, "-Q"...)
		b = appendInt(b, n, 1)
	case gSeason:
		b = append(b, '-')
		b = append(b, x.season...)
	case gMonth:
		b = append(b, '-')
		b = appendInt(b, mo, 2)
	case gWeek, gWeekend:
		wy, w := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).ISOWeek()
		b = appendInt(buf[:0], wy, 4)
		b = append(b, "-W"...)
		b = appendInt(b, w, 2)
		if x.gran == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPart, gHour, gMinute:
		b = append(b, '-')
		b = appendInt(b, mo, 2)
		b = append(b, '-')
		b = appendInt(b, d, 2)
		switch x.gran {
		case gPart:
			b = append(b, 'T')
			b = append(b, x.pod...)
		case gHour, gMinute:
			b = append(b, 'T')
			b = appendInt(b, x.h, 2)
			b = append(b, ':')
			b = appendInt(b, x.mi, 2)
		}
	default:
		return "", false
	}
	return string(b), true
}

// appendInt appends n (≥ 0) to b with at least width digits.
func appendInt(b []byte, n, width int) []byte {
	var d [12]byte
	i := len(d)
	for (n > 0 || width > 0 || i == len(d)) && i > 0 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	return append(b, d[i:]...)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// deadline reports whether "by", "until" or "till" comes right before
// text[start:], and no "had" before it in the sentence: "to conclude by
// May" looks ahead, "had ended by May" does not.
func deadline(text string, start int) bool {
	b := strings.ToLower(text[max(0, start-7):start])
	if !strings.HasSuffix(b, " by ") && !strings.HasSuffix(b, "until ") && !strings.HasSuffix(b, " till ") {
		return false
	}
	for i := start - 1; i > max(0, start-120); i-- {
		if sentenceEnd(text, i) {
			break
		}
		if text[i] == 'h' && strings.HasPrefix(text[i:], "had ") && (i == 0 || !isLetter(text[i-1])) {
			return false
		}
	}
	return true
}

// namesEvent reports whether the date text[start:end] is used as the
// name of an event: "the" before it and a noun after ("the Sept. 11
// attacks").
func namesEvent(text string, start, end int) bool {
	b := strings.ToLower(text[max(0, start-4):start])
	if b != "the " {
		return false
	}
	if end+2 > len(text) || text[end] != ' ' || text[end+1] < 'a' || text[end+1] > 'z' {
		return false
	}
	j := end + 1
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	return !plannedNouns[text[end+1:j]] // "the Jan. 14 deadline" may be ahead
}

// plannedNouns name events that a date before them may set in the future.
var plannedNouns = map[string]bool{
	"deadline": true, "date": true, "target": true, "vote": true, "election": true,
	"elections": true, "meeting": true, "summit": true, "talks": true, "session": true,
	"hearing": true, "trial": true, "referendum": true, "launch": true, "visit": true,
	"conference": true, "ceremony": true, "release": true, "expiry": true, "expiration": true,
	"start": true, "opening": true, "return": true, "court": true, "ballot": true,
}
