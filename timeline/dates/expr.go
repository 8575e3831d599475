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

	n   int // half 1–2, quarter 1–4, decade (199), century (19)
	nth int // a decade counted in its century, 1–10: "the first decade of this century"
	// refHour: the hour of the publication time (1, "this hour") or the
	// next full hour (2, "the top of the hour"); none when the
	// publication date has no time of day.
	refHour int
	season  string // SP, SU, FA, WI
	pod     string // part of day: MO, AF, EV, NI, MI (midday)

	// Relative parts. rel: the value needs the reference date. The shift
	// sy/sm/sd is added to the reference (or to the last date of the text
	// when textAnchor is set) before the absolute parts are applied.
	rel        bool
	textAnchor bool
	sy, sm, sd int
	yoff       bool // Year is an offset from the reference year ("Feb. 29 last year")
	anniv      bool // the reference date's month and day in Year ("this day in 1938")
	// quarterish: "a year earlier" right after a quarter means that
	// quarter a year before ("the third quarter … a year earlier").
	quarterish bool
	// quarterOf: the quarter the text last named, or else the last one
	// ended, in the year of the expression ("the 1988 quarter").
	quarterOf bool
	thatYear  bool // "4 November that year": the year of the last date of the text
	// aheadIfPast: in the future tense, the next unit if this one's start
	// has passed ("will be held at the start of the week").
	aheadIfPast bool
	fromLast    bool // "a year later", "ten days earlier": counted from the last date of the text
	// nearDay: "that morning", "later in the day": the last day named in
	// the same paragraph, or in the sentence just before across a
	// paragraph break, with no expression counted from the publication
	// date since; else the publication date.
	nearDay bool
	// dayShift: "the day before" (-1) or "the day after" (+1) an event:
	// the date in apposition before it, or the day before or after the
	// last day named nearby.
	dayShift int
	weekN    int // "the first week of April" (1), "the last week of May" (5)
	// vagueShift: "years later" (+1), "a few hours earlier" (-1): the
	// day named just before for hours and minutes, else PAST_REF or
	// FUTURE_REF by the tense.
	vagueShift int
	// pastWeekend: the weekend before the reference date, unless it falls
	// on one ("talks were held over the weekend").
	pastWeekend bool
	// untensedWeekend: "the weekend" in a clause without a tense, the
	// weekend before the reference date if that is a Monday to Wednesday.
	untensedWeekend bool
	thisPast        bool // "this past week": the week before the reference if that is a Monday to Wednesday
	dir             int  // for a weekday, month or season without a year: -1 last, +1 next, 0 by tense, 4 next but not tomorrow

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

// setDayWord sets the day x names by a word: "today", "yesterday",
// "tomorrow" or a weekday name. It reports false for any other word.
func (x *expr) setDayWord(word string) bool {
	switch strings.ToLower(word) {
	case "today":
	case "yesterday":
		x.sd = -1
	case "tomorrow":
		x.sd = 1
	default:
		wd := weekdayNum(word)
		if wd < 0 {
			return false
		}
		x.setWeekday(wd)
	}
	return true
}

// resolver resolves exprs to TIMEX3 values in one text.
type resolver struct {
	text   string
	ref    time.Time // the publication date; zero if unknown
	anchor time.Time // the last day-precise date of the text so far

	// last is the start of the last date resolved, at granularity
	// lastGran (gNone before the first).
	last     time.Time
	lastGran gran
	lastAt   int // where the expression that set last ends
	anchorAt int // where the expression that set anchor ends
	at       int // where the expression being resolved ends
	// lastFromRef reports whether last was counted from the publication
	// date ("in March", "last year") rather than given by the text.
	lastFromRef bool

	// story is the last date the text gave with its year, at month
	// precision or finer ("In January 1993"), storyAt where it ends; it
	// is cleared by an expression resolved against the publication date
	// ("last week", "Friday"), when the text comes back to the present.
	story   time.Time
	storyAt int

	// fromRef reports whether the expression resolved last counted from
	// the publication date.
	fromRef bool
	// refAt is where the last date or time counted from the publication
	// date ends ("last year", "now"): the text came back to the present
	// there.
	refAt int
}

// storyYear returns the year of the story the text is telling, for a
// month-day or season without a year at start in a past-tense clause: the
// year of the last date named with its year, if that is more than a year
// before the publication date and in the same or the previous paragraph,
// and no expression since has counted from the publication date. ok is
// false when the text tells no such story.
func (r *resolver) storyYear(start, mo int) (y int, ok bool) {
	if r.story.IsZero() || r.story.Year() >= r.ref.Year()-1 || start < r.storyAt || paragraphs(r.text[r.storyAt:start]) > 1 {
		return 0, false
	}
	y = r.story.Year()
	if sm := int(r.story.Month()); mo < sm {
		// "In November 1992 … On Feb. 3, they met": the next February.
		// But a story does not run on most of a year without naming
		// the new one: after "in October 2012", "on Aug. 24" is not 2013's.
		if mo+12-sm > 4 {
			return 0, false
		}
		y++
	}
	return y, true
}

// storyMoved ends the story when the text moves it on to a later year
// without naming the month ("On May 22, 1995, … and the following year
// he was appointed …"): a month named after that is no longer known to
// be the story's, and is read from the publication date.
func (r *resolver) storyMoved(t time.Time, g gran) {
	if !r.story.IsZero() && g < gMonth && t.Year() > r.story.Year() {
		r.story = time.Time{}
	}
}

// countFrom returns the date that x, "a year later" or "two days
// earlier" starting at start, counts from, and false when it counts from
// the publication date. It is the last date of the text if that is
// day-precise. After a coarser date, it is the last day named in the same
// or the previous paragraph for a count of days or weeks ("on 15 September
// 2021 …, which it had chosen in 2016. Two days later": the 17th); and
// for a count of months or years, the last month or year named in the
// same or the previous paragraph ("died in September 2020. It ended three
// months later": December 2020; "stalled in January. Two months later":
// March). A year counted from the publication date ("a year ago") anchors
// nothing: "a year earlier" after it is the same year, as TimeBank has it.
func (r *resolver) countFrom(x *expr, start int) (time.Time, bool) {
	if !x.fromLast {
		return time.Time{}, false
	}
	if !r.anchor.IsZero() && r.lastGran >= gDay {
		return r.anchor, true
	}
	near := func(at int) bool { return at <= start && paragraphs(r.text[at:start]) <= 1 }
	switch {
	case (x.gran == gDay || x.gran == gWeek) && !r.anchor.IsZero() && near(r.anchorAt):
		return r.anchor, true
	case (x.gran == gMonth && r.lastGran == gMonth || x.gran == gYear && (r.lastGran == gYear || r.lastGran == gMonth)) &&
		(!r.lastFromRef || r.lastGran == gMonth) && near(r.lastAt):
		return r.last, true
	}
	return time.Time{}, false
}

// timePreposition reports whether a preposition of time comes right
// before text[start:]: "In January 1993, …", not "the August 1988
// cease-fire".
func timePreposition(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && isLetter(text[j-1]) {
		j--
	}
	switch strings.ToLower(text[j:i]) {
	case "in", "on", "by", "since", "until", "during", "from", "after", "before":
		return true
	}
	return false
}

// paragraphs counts the paragraph breaks (blank lines) in s.
func paragraphs(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\n' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				n++
				i = j
			}
		}
	}
	return n
}

// resolve returns the value of x for the expression text[start:end]
// (ok false when it needs a reference date and there is none), and whether
// it depends on the reference.
func (r *resolver) resolve(x *expr, start, end int) (value string, tense Tense, ok bool) {
	r.at = end
	r.fromRef = false
	if x.value != "" {
		if x.value == "PRESENT_REF" {
			r.refAt = end // "now": back to the present
		}
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
	if x.anniv {
		if r.ref.IsZero() || x.Year == nil {
			return "", TenseUnknown, false
		}
		v, ok := format(x, *x.Year, int(r.ref.Month()), r.ref.Day())
		return v, TenseUnknown, ok
	}
	if x.Year != nil && !x.yoff {
		v, ok := format(x, *x.Year, x.mo, x.d)
		if ok {
			r.remember(x, *x.Year, x.mo, x.d)
			if x.gran >= gMonth && x.gran != gWeek && x.gran != gWeekend && !x.rel && (x.typ == "" || x.typ == Date || x.typ == Time) && timePreposition(r.text, start) {
				r.story, r.storyAt = time.Date(*x.Year, time.Month(max(1, x.mo)), 1, 0, 0, 0, 0, time.UTC), end
			}
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
	if x.quarterish && r.lastGran == gMonth && r.lastAt <= start && sameSentence(r.text, r.lastAt, start) {
		// "Exports rose in October from a year earlier": that month a
		// year before.
		g := *x
		g.gran = gMonth
		v, ok := format(&g, r.last.Year()+x.sy, int(r.last.Month()), 1)
		return v, TenseUnknown, ok
	}
	from, counted := r.countFrom(x, start)
	if x.vagueShift != 0 && !(counted && r.anchorAt <= start && sentencesBetween(r.text, r.anchorAt, start) <= 2) {
		tense := tenseAt(r.text, start, end)
		if x.vagueShift < 0 || tense == TensePast {
			return "PAST_REF", tense, true
		}
		return "FUTURE_REF", tense, true
	}
	if counted {
		// "a year later", "ten days earlier": from the date named just
		// before (countFrom).
		t := from.AddDate(x.sy, x.sm, x.sd)
		v, ok := format(x, t.Year(), int(t.Month()), t.Day())
		if ok {
			r.remember(x, t.Year(), int(t.Month()), t.Day())
			if !r.story.IsZero() && t.Year() != r.ref.Year() && x.gran >= gMonth && x.gran != gWeek {
				r.story, r.storyAt = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC), end // the story goes on
			}
			r.storyMoved(t, x.gran)
		}
		return v, TenseUnknown, ok
	}
	if x.dayShift != 0 {
		return r.dayBeforeEvent(x, start)
	}
	if x.textAnchor && x.gran < gDay && x.gran != gWeek && x.gran != gWeekend && r.lastGran >= x.gran && r.lastGran <= gDay {
		// "that year", "later that month": from the last date of the text.
		t := r.last.AddDate(x.sy, x.sm, 0)
		v, ok := format(x, t.Year(), int(t.Month()), t.Day())
		r.storyMoved(t, x.gran)
		return v, TenseUnknown, ok
	}
	if r.ref.IsZero() {
		return "", TenseUnknown, false
	}
	if x.refHour != 0 {
		if r.ref.Hour() == 0 && r.ref.Minute() == 0 && r.ref.Second() == 0 {
			return "", TenseUnknown, false // no time of day to count from
		}
		t := time.Date(r.ref.Year(), r.ref.Month(), r.ref.Day(), r.ref.Hour(), 0, 0, 0, r.ref.Location())
		if x.refHour == 2 {
			return t.Add(time.Hour).Format("2006-01-02T15:04"), TenseUnknown, true
		}
		return t.Format("2006-01-02T15"), TenseUnknown, true
	}
	base := r.ref
	fromRef := true // whether the value counts from the publication date
	if x.textAnchor && !r.anchor.IsZero() && (x.gran < gHour || x.Weekday != nil || sameSentence(r.text, r.anchorAt, start)) &&
		!(x.nearDay && !r.nearAnchor(start)) {
		// A clock time takes the day named in its sentence; "that
		// morning" the day just named (nearAnchor), else the
		// publication date's.
		base = r.anchor
		fromRef = false
	}
	base = time.Date(base.Year(), base.Month(), base.Day(), 0, 0, 0, 0, time.UTC)
	if x.gran <= gMonth {
		base = time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	if x.aheadIfPast && startPassed(r.ref, x.gran) && tenseAt(r.text, start, end) == TenseFuture {
		switch x.gran {
		case gWeek:
			base = base.AddDate(0, 0, 7)
		case gMonth:
			base = base.AddDate(0, 1, 0)
		case gYear:
			base = base.AddDate(1, 0, 0)
		}
	}
	base = base.AddDate(x.sy, x.sm, x.sd)
	if x.pastWeekend && base.Weekday() >= time.Monday && base.Weekday() <= time.Friday ||
		x.untensedWeekend && base.Weekday() >= time.Monday && base.Weekday() <= time.Wednesday ||
		x.thisPast && x.gran == gWeek && base.Weekday() >= time.Monday && base.Weekday() <= time.Wednesday {
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
			case deadline(r.text, start, end):
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
			// months back next year's. In the present tense, which tells
			// what is usual or scheduled ("when he hosts the summit in
			// July"), the nearer of the two.
			ahead, back := 3, 8
			if tense == TensePresent {
				ahead, back = 6, 6
			}
			if mo-rm > ahead {
				y--
			} else if rm-mo > back {
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
			// In the future tense, a day just before the reference is
			// still this year's: the text was written before it was
			// published ("to repatriate the child by Jan. 14").
			if before && !(x.Day != nil && !base.AddDate(0, -1, 0).After(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))) {
				y++
			}
		case -1:
			// "last February" said in March is not last month, which
			// would be "last month": it is the year before's.
			if after || mo == rm || x.Day == nil && rm-mo == 1 {
				y--
			}
		case 1:
			if before || mo == rm || x.Day == nil && mo-rm == 1 {
				y++
			}
		}
		if x.dir == 0 && x.Weekday == nil && r.lastGran == gYear && r.lastAt <= start && start-r.lastAt < 80 &&
			(strings.HasPrefix(r.text[r.lastAt:], "'s ") || strings.HasPrefix(r.text[r.lastAt:], "’s ")) &&
			!strings.ContainsAny(r.text[r.lastAt:start], ",;()") && sameSentence(r.text, r.lastAt, start) &&
			yearFitsTense(r.last.Year(), r.ref.Year(), tense) {
			// "Next year's meeting will be held in Manila in November":
			// the year of the event the clause is about.
			y, fromRef = r.last.Year(), false
		} else if dir == -2 && x.Day != nil && r.lastGran >= gYear && r.lastGran <= gDay && start-r.lastAt < 400 && start >= r.lastAt &&
			tense != TensePresent && paragraphs(r.text[r.lastAt:start]) == 0 && namesEvent(r.text, start, end) {
			// "The US invaded Afghanistan in October 2001, weeks after
			// the Sept. 11 attacks": an event named in a story told in an
			// earlier year took place on or before the date just named
			// (in the same paragraph, and not in the present tense: "The
			// March 20-22 trip is …" is not that year's).
			if lim := periodEnd(r.last, r.lastGran); lim.Before(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)) {
				y, fromRef = lim.Year(), false
				if time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).After(lim) {
					y--
				}
			}
		} else if sy, ok := r.storyYear(start, mo); ok && dir == -2 && tense != TensePresent && tense != TenseFuture && x.holiday == "" && x.Weekday == nil &&
			(x.Day != nil || paragraphs(r.text[r.storyAt:start]) == 0) {
			// "In January 1993, two academics met in Norway. … On
			// Sept. 9, Arafat signed a letter": the story's year; a
			// month alone takes it only in the story's paragraph
			// ("Two days later France recalled its envoys. … when they
			// met in October").
			y, fromRef = sy, false
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
			switch {
			case possessiveEvent(r.text, end):
				dir = -2 // "get around Wednesday's ruling": it happened
			case tense == TenseFuture || deadline(r.text, start, end):
				dir = 2
			default:
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
		case 4: // "next Thursday" said on a Wednesday is not tomorrow
			if diff <= 1 {
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
		if sy, ok := r.storyYear(start, first); ok && dir == -2 {
			y, fromRef = sy, false // "By the spring, officials had joined"
		}
	case x.gran == gQuarter && x.n > 0:
		// A quarter not begun yet, said in the past tense, is last
		// year's, unless the year is named ("of last year").
		if tense = tenseAt(r.text, start, end); tense == TensePast && x.dir != 3 && x.n > (int(base.Month())+2)/3 {
			y--
		}
	case x.gran == gHalf && x.n > 0:
	}
	if x.weekN > 0 {
		d = weekOfMonthDay(y, mo, x.weekN)
	}
	v, ok := format(x, y, mo, d)
	r.fromRef = fromRef
	if ok && fromRef && (x.typ == "" || x.typ == Date || x.typ == Time) {
		r.refAt = end
	}
	if ok {
		r.remember(x, y, mo, d)
		if r.lastAt == end { // remember kept it
			r.lastFromRef = fromRef
		}
		switch {
		case fromRef && (x.typ == "" || x.typ == Date || x.typ == Time):
			r.story = time.Time{} // back to the present
		case !fromRef && !r.story.IsZero() && y != r.ref.Year() && (x.gran == gSeason || x.gran >= gMonth && x.gran != gWeek && x.gran != gWeekend):
			if x.gran == gSeason {
				mo = 3 + 3*seasonIndex(x.season)
			}
			r.story, r.storyAt = time.Date(y, time.Month(max(1, min(mo, 12))), 1, 0, 0, 0, 0, time.UTC), end
		}
	}
	return v, tense, ok
}

// dayBeforeEvent resolves "the day before" or "the day after" an event
// (x.dayShift -1 or +1) that starts at start: the date just before it in
// apposition ("on Oct. 12, the day before the crash"), or else the day
// before or after the last day named in its sentence or the one before,
// or else an unknown day.
func (r *resolver) dayBeforeEvent(x *expr, start int) (string, Tense, bool) {
	if r.anchor.IsZero() || r.anchorAt > start {
		return "XXXX-XX-XX", TenseUnknown, true
	}
	gap := r.text[r.anchorAt:start]
	t := r.anchor
	switch {
	case strings.TrimSpace(gap) == ",":
	case sentencesBetween(r.text, r.anchorAt, start) <= 1 && paragraphs(gap) == 0:
		t = t.AddDate(0, 0, x.dayShift)
	default:
		return "XXXX-XX-XX", TenseUnknown, true
	}
	v, ok := format(x, t.Year(), int(t.Month()), t.Day())
	if ok {
		r.remember(x, t.Year(), int(t.Month()), t.Day())
	}
	return v, TenseUnknown, ok
}

// nearAnchor reports whether the last day named is near enough for "that
// morning" or "later that day" starting at start to mean it: named in the
// same paragraph, or in the sentence just before across a paragraph
// break, and with no date or time counted from the publication date
// ("last year", "now") since.
func (r *resolver) nearAnchor(start int) bool {
	if r.anchorAt > start || r.refAt > r.anchorAt {
		return false
	}
	return paragraphs(r.text[r.anchorAt:start]) == 0 || sentencesBetween(r.text, r.anchorAt, start) <= 1
}

// sentencesBetween counts the sentence ends in text[i:j]; ends with no
// word between them (".", a closing quote and the blank line after it)
// count once.
func sentencesBetween(text string, i, j int) int {
	n := 0
	ended := false // a sentence ended since the last word
	for k := i; k < j; k++ {
		c := text[k]
		switch {
		case isWordByte(c):
			ended = false
		case (c == '.' || c == '!' || c == '?' || c == '\n') && sentenceEnd(text, k) && !ended:
			n++
			ended = true
		}
	}
	return n
}

// yearFitsTense reports whether a month in year y may be meant in a
// clause of tense t said in year ref: not in the past of a future clause,
// nor in the future of a past one.
func yearFitsTense(y, ref int, t Tense) bool {
	switch t {
	case TensePast:
		return y <= ref
	case TenseFuture, TensePresent:
		return y >= ref
	}
	return true
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
	r.last, r.lastGran, r.lastAt, r.lastFromRef = t, g, r.at, false
	if g >= gDay {
		r.anchor, r.anchorAt = t, r.at
	}
}

// startPassed reports whether the first days of the week, month or year
// that holds t are over: from Wednesday, the 11th, or March.
func startPassed(t time.Time, g gran) bool {
	switch g {
	case gWeek:
		return t.Weekday() == time.Sunday || t.Weekday() > time.Tuesday
	case gMonth:
		return t.Day() > 10
	case gYear:
		return t.Month() > time.February
	}
	return false
}

// periodEnd returns the last day of the period that starts at t and has
// granularity g (a year, half, quarter, season, month or day).
func periodEnd(t time.Time, g gran) time.Time {
	switch g {
	case gYear:
		return t.AddDate(1, 0, -1)
	case gHalf:
		return t.AddDate(0, 6, -1)
	case gQuarter, gSeason:
		return t.AddDate(0, 3, -1)
	case gMonth:
		return t.AddDate(0, 1, -1)
	case gWeek, gWeekend:
		return t.AddDate(0, 0, 6)
	}
	return t
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
		if x.nth > 0 {
			n = y/100*10 + x.nth - 1 // "the first decade of this century"
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

// deadline reports whether "by", "until", "till" or "effective" comes right before
// text[start:], and the clause is not in the past perfect: "to conclude
// by May" looks ahead, "had ended by May" and "until Thursday, they had
// not called him" do not.
func deadline(text string, start, end int) bool {
	b := strings.ToLower(text[max(0, start-10):start])
	if !strings.HasSuffix(b, " by ") && !strings.HasSuffix(b, "until ") && !strings.HasSuffix(b, " till ") && !strings.HasSuffix(b, "effective ") {
		return false
	}
	return !pastPerfect(text, start, end)
}

// pastPerfect reports whether "had" comes in the clause before
// text[start:end] (back to a comma) or in the rest of its sentence.
func pastPerfect(text string, start, end int) bool {
	isHad := func(i int) bool {
		return (text[i] == 'h' || text[i] == 'H') && strings.HasPrefix(text[i+1:], "ad") && (i == 0 || !isLetter(text[i-1])) &&
			(i+3 == len(text) || !isLetter(text[i+3]) || strings.HasPrefix(text[i+3:], "n't"))
	}
	for i := start - 1; i >= max(0, start-120); i-- {
		if text[i] == ',' || sentenceEnd(text, i) {
			break
		}
		if isHad(i) {
			return true
		}
	}
	for i := end; i < min(len(text), end+120); i++ {
		if sentenceEnd(text, i) {
			break
		}
		if isHad(i) {
			return true
		}
	}
	return false
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

// possessiveEvent reports whether the date that ends at end names, in the
// possessive, something other than a planned event: "Wednesday's ruling",
// but not "Sunday's vote".
func possessiveEvent(text string, end int) bool {
	if !strings.HasPrefix(text[end:], "'s ") && !strings.HasPrefix(text[end:], "’s ") {
		return false
	}
	i := end + strings.IndexByte(text[end:], ' ') + 1
	j := i
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	return j > i && !plannedNouns[text[i:j]]
}

// plannedNouns name events that a date before them may set in the future.
var plannedNouns = map[string]bool{
	"deadline": true, "date": true, "target": true, "vote": true, "election": true,
	"elections": true, "meeting": true, "summit": true, "talks": true, "session": true,
	"hearing": true, "trial": true, "referendum": true, "launch": true, "visit": true,
	"conference": true, "ceremony": true, "release": true, "expiry": true, "expiration": true,
	"start": true, "opening": true, "return": true, "court": true, "ballot": true,
}
