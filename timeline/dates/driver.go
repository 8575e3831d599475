package dates

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when/rules"
)

// The driver. when.Parser.Parse returns only the first cluster of matches
// of a text; this driver returns every expression. It scans the text once
// for triggers (scan.go), groups nearby triggers into windows a few words
// wide, and runs on each window only the rules whose triggers it holds:
// most rules are tried anchored at the tokens their expressions can start
// with (and whose first byte can start a match), and only where one of
// their triggers is near. It keeps the longest
// of overlapping matches and resolves them in text order (expr.go), so
// that "the following day" can count from the date before it.
//
// A driver is used for one text; Finder.Find makes one per call.

const (
	wordsBefore = 4 // words a window reaches left of its first trigger
	wordsAfter  = 3 // and right of its last
	// maxWindow bounds a window: text dense with triggers (a table of
	// figures) is cut into windows of about this many bytes, so that the
	// work stays linear in the length of the text.
	maxWindow = 400
)

type driver struct {
	text string
	res  resolver
	f    *Finder
	out  []Timex

	bare  []bool // for each expression of out, whether it is a clock time without a day
	cands []cand
	toks  []trigger // the classified tokens of the current window
	slab  []expr    // exprs are allocated from here, in chunks
	match rules.Match
}

// drivers keeps drivers for reuse, with their buffers.
var drivers = sync.Pool{New: func() any { return new(driver) }}

// reset readies d for text, keeping its buffers.
func (d *driver) reset(text string, ref time.Time, f *Finder) {
	d.text, d.f = text, f
	clear(d.out)
	d.out = d.out[:0]
	d.res = resolver{text: text, ref: ref}
	d.bare, d.cands, d.toks = d.bare[:0], d.cands[:0], d.toks[:0]
	clear(d.slab[:cap(d.slab)]) // drop what the last text's exprs point to
	d.slab = d.slab[:0]
}

// newExpr returns a zeroed expr. It comes from a chunk that is never
// moved, as an expr's Context points into the expr itself.
func (d *driver) newExpr() *expr {
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]expr, 0, 64)
	}
	d.slab = d.slab[:len(d.slab)+1]
	x := &d.slab[len(d.slab)-1]
	*x = expr{}
	return x
}

// freeExpr gives back the expr newExpr returned last.
func (d *driver) freeExpr() {
	d.slab[len(d.slab)-1] = expr{}
	d.slab = d.slab[:len(d.slab)-1]
}

// A cand is a match of a rule, read into an expr.
type cand struct {
	start, end int // byte offsets in the text
	prio       int // the rule's index in allRules
	x          *expr
}

func (d *driver) run() {
	ws, we := -1, -1
	var mask class
	// weak holds the last weak tokens seen outside a window, for the
	// window that opens next.
	var weak [wordsBefore + 2]trigger
	nweak := 0
	scan(d.text, func(t trigger) {
		if t.cls&^cWeak == 0 {
			if ws >= 0 && t.start < we {
				mask |= t.cls
				d.toks = append(d.toks, t)
			} else {
				weak[nweak%len(weak)] = t
				nweak++
			}
			return
		}
		l := extendLeft(d.text, t.start, wordsBefore)
		if ws >= 0 && l <= we && we-ws < maxWindow {
			we = max(we, extendRight(d.text, t.end, wordsAfter))
			mask |= t.cls
		} else {
			if ws >= 0 {
				d.window(ws, we, mask)
			}
			ws, we, mask = max(l, we), extendRight(d.text, t.end, wordsAfter), t.cls
			d.toks = d.toks[:0]
		}
		for k := max(0, nweak-len(weak)); k < nweak; k++ { // oldest first
			if w := weak[k%len(weak)]; w.start >= ws {
				mask |= w.cls
				d.toks = append(d.toks, w)
			}
		}
		nweak = 0
		d.toks = append(d.toks, t)
	})
	if ws >= 0 {
		d.window(ws, we, mask)
	}
	d.linkRanges()
	d.joinOfYear()
	d.joinDayBefore()
	d.shareYear()
	d.around()
	d.sameWeekday()
	d.dayAfterTime()
}

// joinOfYear joins a season or month and the year after it that its
// rule could not read: "the winter of nineteen ninety-four" is 1994-WI.
func (d *driver) joinOfYear() {
	for i := 0; i+1 < len(d.out); i++ {
		a, b := &d.out[i], &d.out[i+1]
		if a.Type != Date || b.Type != Date || !a.Relative || b.Relative || len(b.Value) != 4 || len(a.Value) < 7 || a.Value[4] != '-' || a.Through != "" ||
			!isDigit(a.Value[5]) && a.Value[5:] != "SP" && a.Value[5:] != "SU" && a.Value[5:] != "FA" && a.Value[5:] != "WI" ||
			len(a.Value) > 7 && isDigit(a.Value[5]) || strings.TrimSpace(d.text[a.End:b.Start]) != "of" {
			continue
		}
		a.Value = b.Value + a.Value[4:]
		a.End, a.Text, a.Relative, a.Tense = b.End, d.text[a.Start:b.End], false, TenseUnknown
		d.out = slices.Delete(d.out, i+1, i+2)
		d.bare = slices.Delete(d.bare, i+1, i+2)
	}
}

// around widens a date or time over an "around" before it, as TimeBank
// spans it ("around Nov. 1", "around 7:15 p.m."; Mod APPROX), but not
// over the particle of "get around Wednesday's ruling".
func (d *driver) around() {
	for i := range d.out {
		a := &d.out[i]
		if a.Type != Date && a.Type != Time || a.Mod != "" || a.Start < 7 {
			continue
		}
		j := a.Start - 1
		for j > 0 && d.text[j] == ' ' {
			j--
		}
		if j < 5 || !strings.EqualFold(d.text[j-5:j+1], "around") || j > 5 && isLetter(d.text[j-6]) {
			continue
		}
		if i > 0 && d.out[i-1].End > j-5 {
			continue
		}
		k := j - 6
		for k > 0 && d.text[k] == ' ' {
			k--
		}
		w := k + 1
		for w > 0 && isLetter(d.text[w-1]) {
			w--
		}
		if aroundVerbs[strings.ToLower(d.text[w:k+1])] {
			continue
		}
		a.Start, a.Text, a.Mod = j-5, d.text[j-5:a.End], "APPROX"
	}
}

// aroundVerbs take "around" as a particle: "get around Wednesday's ruling".
var aroundVerbs = map[string]bool{
	"get": true, "gets": true, "got": true, "getting": true, "come": true, "comes": true,
	"came": true, "coming": true, "turn": true, "turned": true, "turning": true, "go": true,
	"went": true, "going": true, "look": true, "looked": true, "looking": true, "walk": true,
	"walked": true, "work": true, "worked": true, "working": true, "way": true, "ways": true,
}

// shareYear gives the first day of "Dec. 3 or 4, 1999" the year of the
// second.
func (d *driver) shareYear() {
	for i := 0; i+1 < len(d.out); i++ {
		a, b := &d.out[i], &d.out[i+1]
		if !a.Relative || b.Relative || len(a.Value) != 10 || len(b.Value) != 10 || a.Type != Date || b.Type != Date ||
			a.Value[4:8] != b.Value[4:8] || !isDigit(a.Value[0]) {
			continue
		}
		switch strings.Trim(d.text[a.End:b.Start], " ,") {
		case "and", "or", "&":
			a.Value, a.Relative = b.Value[:4]+a.Value[4:], false
		}
	}
}

// joinDayBefore joins "the day before" or "the day after" and the
// day-precise date right after it into one expression: "the day after
// Christmas", "the day before last Tuesday". It also joins a number of
// days or weeks and the day it counts from: "a week from Monday".
func (d *driver) joinDayBefore() {
	for i := 0; i+1 < len(d.out); i++ {
		a, b := &d.out[i], &d.out[i+1]
		if b.Type != Date || len(b.Value) != 10 || b.Value[4] != '-' || !isDigit(b.Value[0]) || b.Through != "" {
			continue
		}
		gap := strings.TrimSpace(d.text[a.End:b.Start])
		days := 0
		switch {
		case a.Type == Date && (gap == "before" || gap == "after") && strings.EqualFold(a.Text, "the day"):
			days = 1
			if gap == "before" {
				days = -1
			}
		case a.Type == Duration && gap == "from" && (strings.HasSuffix(a.Value, "D") || strings.HasSuffix(a.Value, "W")) && a.Mod == "":
			n := atoi(a.Value[1:])
			if n < 1 || len(a.Value) != len(appendInt(nil, n, 1))+2 {
				continue
			}
			days = n
			if strings.HasSuffix(a.Value, "W") {
				days = 7 * n
			}
		default:
			continue
		}
		t, err := time.Parse("2006-01-02", b.Value)
		if err != nil {
			continue
		}
		a.Value = t.AddDate(0, 0, days).Format("2006-01-02")
		a.End, a.Text, a.Type, a.Relative, a.Tense, a.Mod = b.End, d.text[a.Start:b.End], Date, b.Relative, b.Tense, ""
		d.out = slices.Delete(d.out, i+1, i+2)
		d.bare = slices.Delete(d.bare, i+1, i+2)
	}
}

// sameWeekday gives a weekday read without a tense (a headline: "Flag
// raised in Brussels on Monday") the value of the same weekday named
// with a tense elsewhere in the text ("The flag will be raised on
// Monday"), if the text names it with one tense only.
func (d *driver) sameWeekday() {
	var vals [7]string // the value of each weekday named with a tense; "-" for several
	untensed := false
	for i := range d.out {
		a := &d.out[i]
		wd := weekdayNum(a.Text)
		if wd < 0 || !a.Relative {
			continue
		}
		switch {
		case a.Tense == TenseUnknown:
			untensed = true
		case vals[wd] == "":
			vals[wd] = a.Value
		case vals[wd] != a.Value:
			vals[wd] = "-"
		}
	}
	if !untensed {
		return
	}
	for i := range d.out {
		a := &d.out[i]
		if a.Tense != TenseUnknown || !a.Relative {
			continue
		}
		if wd := weekdayNum(a.Text); wd >= 0 && vals[wd] != "" && vals[wd] != "-" {
			a.Value = vals[wd]
		}
	}
}

// dayAfterTime gives a clock time the day named right after it in the
// same sentence: "at 10:35 a.m. (0735 GMT) Friday".
func (d *driver) dayAfterTime() {
	// From the last, so that the day passes along a chain of times:
	// "10:30 a.m. (0730 GMT) on Tuesday".
	for i := len(d.out) - 2; i >= 0; i-- {
		a, b := &d.out[i], &d.out[i+1]
		if !d.bare[i] || b.Type != Date && b.Type != Time || len(b.Value) < 10 || b.Value[4] != '-' || b.Value[7] != '-' || len(a.Value) < 16 || b.Start-a.End > 24 || !sameSentence(d.text, a.End, b.Start) {
			continue
		}
		a.Value = b.Value[:10] + a.Value[10:]
	}
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool { return isLetter(b) || isDigit(b) }

// extendLeft returns the start of the n-th word left of pos (pos itself if
// it starts a word), not crossing a blank line.
func extendLeft(text string, pos, n int) int {
	i := pos
	for k := 0; k < n; k++ {
		j := i
		for j > 0 && !isWordByte(text[j-1]) {
			if text[j-1] == '\n' && j >= 2 && text[j-2] == '\n' {
				return i
			}
			j--
		}
		if j == 0 {
			return i
		}
		for j > 0 && isWordByte(text[j-1]) {
			j--
		}
		i = j
	}
	return i
}

// extendRight returns the end of the n-th word right of pos, plus a
// following dot or apostrophe-s, not crossing a blank line.
func extendRight(text string, pos, n int) int {
	i := pos
	for k := 0; k < n; k++ {
		j := i
		for j < len(text) && !isWordByte(text[j]) {
			if text[j] == '\n' && j+1 < len(text) && text[j+1] == '\n' {
				return dotAfter(text, i)
			}
			j++
		}
		if j == len(text) {
			break
		}
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		i = j
	}
	return dotAfter(text, i)
}

func dotAfter(text string, i int) int {
	if i < len(text) && (text[i] == '.' || text[i] == '\'') {
		return i + 1
	}
	return i
}

// window runs the rules that mask selects on text[ws:we].
func (d *driver) window(ws, we int, mask class) {
	w := d.text[ws:we]
	d.cands = d.cands[:0]
	d.slab = d.slab[:0] // the exprs of the last window are done with
	for prio, r := range allRules {
		if r.on&mask == 0 || r.all&mask != r.all || r.any != 0 && r.any&mask == 0 {
			continue
		}
		if r.first != 0 {
			end := 0 // the end of the last match kept
			for k, t := range d.toks {
				at := t.start - ws
				if t.cls&r.first == 0 || at < end || at < 0 || t.start >= we {
					continue
				}
				if !r.firstByte[w[at]] || r.may != nil && !r.may(w, at) {
					continue // the rule's matches cannot start here
				}
				// The expression holds one of the rule's triggers, close by.
				near := false
				for _, u := range d.toks[k:] {
					if u.start-t.start > maxExpr {
						break
					}
					if u.cls&r.on != 0 {
						near = true
						break
					}
				}
				if !near {
					continue
				}
				m := r.findAt(w, at, &d.match)
				if m == nil || m.Right <= m.Left {
					continue
				}
				x := d.newExpr()
				x.text, x.off = d.text, ws
				if r.apply(m, x) && (!d.f.NoDurations || x.typ != Duration && x.typ != Set) {
					d.cands = append(d.cands, cand{ws + m.Left, ws + m.Right, prio, x})
					end = m.Right
				} else {
					d.freeExpr()
				}
			}
			continue
		}
		for from := 0; from < len(w); {
			m := r.find(w, from)
			if m == nil {
				break
			}
			// After a match, go on after it; after a rejected one, at the
			// next position, as a later start may match.
			next := m.Left + 1
			if m.Right > m.Left {
				x := d.newExpr()
				x.text, x.off = d.text, ws
				if r.apply(m, x) && (!d.f.NoDurations || x.typ != Duration && x.typ != Set) {
					d.cands = append(d.cands, cand{ws + m.Left, ws + m.Right, prio, x})
					next = m.Right
				} else {
					d.freeExpr()
				}
			}
			if next <= from {
				next = from + 1
			}
			for next < len(w) && isWordByte(w[next]) && next > 0 && isWordByte(w[next-1]) {
				next++ // to the next word
			}
			from = next
		}
	}
	if len(d.cands) == 0 {
		return
	}
	// Longest first; then the earlier rule; then the leftmost.
	slices.SortFunc(d.cands, func(a, b cand) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		if a.prio != b.prio {
			return a.prio - b.prio
		}
		return a.start - b.start
	})
	kept := d.cands[:0:0]
	for _, c := range d.cands {
		overlap := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b cand) int { return a.start - b.start })
	for _, c := range kept {
		d.emit(c)
	}
}

// emit resolves c and appends it to the output.
func (d *driver) emit(c cand) {
	x := c.x
	if inURL(d.text, c.start, c.end) {
		return // ".../2023/09/oslo-thirty-years": a web address
	}
	v, tense, ok := d.res.resolve(x, c.start, c.end)
	if !ok && !d.res.ref.IsZero() {
		return // an impossible date, such as February 30
	}
	if !ok && x.Year != nil && !x.yoff {
		return
	}
	typ := x.typ
	if typ == "" {
		typ = Date
	}
	t := Timex{
		Start: c.start, End: c.end, Text: d.text[c.start:c.end],
		Type: typ, Value: v, Mod: x.mod, Tense: tense,
		Relative: x.rel || x.Year == nil && x.value == "" || x.yoff,
	}
	if t.Relative && d.res.ref.IsZero() {
		// Without a reference date, no relative expression gets a value,
		// not even one the text alone would fix ("the following day").
		t.Value = ""
	}
	if x.through != nil {
		if tv, _, ok := d.res.resolve(x.through, c.start, c.end); ok {
			t.Through = tv
		}
	}
	d.out = append(d.out, t)
	bare := x.gran >= gHour && x.textAnchor && x.Weekday == nil && x.sd == 0
	d.bare = append(d.bare, bare)
	if bare && d.res.fromRef {
		d.sameTime(len(d.out) - 1)
	}
}

// sameTime gives a clock time that found no day in its sentence (out[i])
// the day of the same clock time named earlier with its day: after "left
// at 11 p.m. London time on Friday", "the clock counted down to 11 p.m."
// is that Friday's.
func (d *driver) sameTime(i int) {
	a := &d.out[i]
	if len(a.Value) != 16 {
		return
	}
	for j := i - 1; j >= max(0, i-100); j-- {
		b := &d.out[j]
		if b.Type == Time && !d.bare[j] && len(b.Value) == 16 && b.Value[10:] == a.Value[10:] {
			a.Value = b.Value
			return
		}
	}
}

// inURL reports whether text[start:end] is part of a web address or a
// path: the run of non-space bytes around it holds "://", starts with
// "www.", or has two slashes before it ("/images/2020/01/…").
func inURL(text string, start, end int) bool {
	i, j := start, end
	for i > 0 && text[i-1] > ' ' && start-i < 200 {
		i--
	}
	for j < len(text) && text[j] > ' ' && j-end < 200 {
		j++
	}
	if i == start && j == end {
		return false
	}
	tok := text[i:j]
	return strings.Count(text[i:start], "/") >= 2 || strings.Contains(tok, "://") ||
		strings.HasPrefix(tok, "www.") || strings.HasPrefix(tok, "(www.")
}

// linkRanges sets Through on the first of two expressions that form a
// range: "from 1910 to 1945", "between March and May", "1990-1995".
func (d *driver) linkRanges() {
	for i := 0; i+1 < len(d.out); i++ {
		a, b := &d.out[i], &d.out[i+1]
		if a.Type != Date || b.Type != Date || a.Through != "" || b.Value == "" {
			continue
		}
		gap := strings.TrimSpace(d.text[a.End:b.Start])
		before := strings.ToLower(d.text[max(0, a.Start-8):a.Start])
		switch {
		case gap == "-" || gap == "–" || gap == "—":
		case (gap == "to" || gap == "until" || gap == "through" || gap == "till") && strings.HasSuffix(before, "from "):
		case gap == "and" && strings.HasSuffix(before, "between "):
		default:
			continue
		}
		if b.Relative && len(a.Value) >= 4 && len(b.Value) >= 4 && b.Value < a.Value && isDigit(b.Value[0]) && isDigit(a.Value[0]) {
			// The end of a range is not before its start: "between March
			// and May" said in April of a past year are both that year's.
			for _, y := range [...]string{a.Value[:4], nextYear(a.Value[:4])} {
				if v := y + b.Value[4:]; v >= a.Value {
					b.Value = v
					break
				}
			}
		}
		if a.Relative && !b.Relative && len(a.Value) == len(b.Value) && len(a.Value) >= 7 && isDigit(a.Value[0]) && isDigit(b.Value[0]) &&
			isDigit(a.Value[5]) && (isDigit(a.Text[0]) || monthNum(firstWord(a.Text)) > 0) {
			// A start without a year takes the year of the end: "from 1
			// January to 31 December 2023", "from November to March 2024"
			// (the year before).
			y := b.Value[:4]
			if a.Value[4:] > b.Value[4:] {
				y = string(appendInt(nil, atoi(y)-1, 4))
			}
			a.Value, a.Relative = y+a.Value[4:], false
		}
		a.Through = b.Value
	}
}

// firstWord returns s up to its first space, comma or period.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,."); i >= 0 {
		return s[:i]
	}
	return s
}

// nextYear returns the four-digit year after y.
func nextYear(y string) string {
	n := atoi(y) + 1
	return string(appendInt(nil, n, 4))
}
