package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a date the evidence supports. Larger is finer.
type Precision int

// Precisions from coarsest to finest. The zero value is PrecisionNone, used
// for the open or unknown end of an interval.
const (
	PrecisionNone    Precision = iota
	PrecisionCentury           // 19XX: a century, written with unspecified digits
	PrecisionDecade            // 197X: a decade
	PrecisionYear              // 2022
	PrecisionSeason            // 2022-22: an EDTF season (21 spring … 24 winter)
	PrecisionMonth             // 2022-08
	PrecisionWeek              // 2024-W17: an ISO 8601 week
	PrecisionDay               // 2022-08-02
)

var precisionNames = [...]string{"none", "century", "decade", "year", "season", "month", "week", "day"}

// String returns the lower-case name of p, such as "year" or "day".
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "Precision(" + strconv.Itoa(int(p)) + ")"
	}
	return precisionNames[p]
}

// A Point is one end of a Date: a calendar date at some precision, or the
// open ("..") or unknown ("") end of an interval.
type Point struct {
	Precision Precision
	Year      int  // the year; for a decade or century, its first year (1970 for 197X)
	Month     int  // 1–12, set for PrecisionMonth and PrecisionDay
	Day       int  // 1–31, set for PrecisionDay
	Week      int  // 1–53, set for PrecisionWeek (an ISO week of the ISO year Year)
	Season    int  // 21–24 (spring, summer, autumn, winter), set for PrecisionSeason
	Open      bool // ".." in an interval: no limit on this side
	Uncertain bool // EDTF "?" (or "%")
	Approx    bool // EDTF "~" (or "%")
}

// Date is an EDTF (ISO 8601-2, levels 0 and 1) date string, parsed: a day,
// month, year, season, decade or century, an ISO week, or an interval
// between two of those, with optional "?" and "~" qualifiers. The zero Date
// is empty and invalid; use ParseDate to make one. Date values are
// comparable and safe to copy.
type Date struct {
	text     string
	from, to Point
	interval bool
}

// ParseDate parses an EDTF date: "2022", "2022-08", "2022-08-02",
// "2022-22" (summer), "197X", "19XX", "2024-W17", "2022-08-04/2022-08-10",
// "2019/..", "../2019", "2019/" and "/2019" (unknown end), each optionally
// followed by "?", "~" or "%". The result's String is the input in
// canonical form (upper-case X and W). Errors say what is wrong and what a
// valid date looks like.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, fmt.Errorf("empty date; write a date such as 2022, 2022-08 or 2022-08-02")
	}
	if strings.TrimSpace(s) != s {
		return Date{}, fmt.Errorf("date %q has spaces around it", s)
	}
	canon := strings.ToUpper(s)
	d := Date{text: canon}
	if a, b, ok := strings.Cut(canon, "/"); ok {
		if strings.Contains(b, "/") {
			return Date{}, fmt.Errorf("date %q has more than one '/'; an interval is START/END", s)
		}
		d.interval = true
		var err error
		if d.from, err = parseEnd(a); err != nil {
			return Date{}, fmt.Errorf("start of interval %q: %v", s, err)
		}
		if d.to, err = parseEnd(b); err != nil {
			return Date{}, fmt.Errorf("end of interval %q: %v", s, err)
		}
		if d.from.Precision == PrecisionNone && d.to.Precision == PrecisionNone {
			return Date{}, fmt.Errorf("interval %q has no known end", s)
		}
		if d.from.Precision != PrecisionNone && d.to.Precision != PrecisionNone && d.to.last().Before(d.from.first()) {
			return Date{}, fmt.Errorf("interval %q ends before it starts", s)
		}
		return d, nil
	}
	p, err := parsePoint(canon)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: %v", s, err)
	}
	d.from, d.to = p, p
	return d, nil
}

// MustParseDate is like ParseDate but panics on error. It is meant for
// constants in tests and examples.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseEnd(s string) (Point, error) {
	switch s {
	case "":
		return Point{}, nil
	case "..":
		return Point{Open: true}, nil
	}
	return parsePoint(s)
}

// parsePoint parses one non-interval EDTF date.
func parsePoint(s string) (Point, error) {
	var p Point
	for len(s) > 0 {
		switch s[len(s)-1] {
		case '?':
			p.Uncertain = true
		case '~':
			p.Approx = true
		case '%':
			p.Uncertain, p.Approx = true, true
		default:
			goto body
		}
		s = s[:len(s)-1]
	}
body:
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return p, fmt.Errorf("too many parts; write YYYY, YYYY-MM or YYYY-MM-DD")
	}
	ys := parts[0]
	if len(ys) != 4 {
		return p, fmt.Errorf("the year must have four digits (YYYY, or 197X for a decade)")
	}
	xs := strings.Count(ys, "X")
	if xs > 0 && strings.TrimRight(ys, "X") != ys[:4-xs] {
		return p, fmt.Errorf("unspecified digits X come only at the end of the year, as in 197X or 19XX")
	}
	if xs > 2 {
		return p, fmt.Errorf("%s is too vague; write at least a century such as 19XX", ys)
	}
	y, err := digits(ys[:4-xs])
	if err != nil {
		return p, fmt.Errorf("the year %q is not a number", ys)
	}
	for range xs {
		y *= 10
	}
	p.Year = y
	switch xs {
	case 1:
		p.Precision = PrecisionDecade
	case 2:
		p.Precision = PrecisionCentury
	default:
		p.Precision = PrecisionYear
	}
	if len(parts) == 1 {
		return p, nil
	}
	if xs > 0 {
		return p, fmt.Errorf("a decade or century such as 197X has no month or day")
	}
	ms := parts[1]
	if strings.HasPrefix(ms, "W") {
		if len(parts) == 3 {
			return p, fmt.Errorf("a week date is YYYY-Www, without a day")
		}
		w, err := digits(ms[1:])
		if err != nil || len(ms) != 3 {
			return p, fmt.Errorf("the week must be W01 to W53")
		}
		if w < 1 || w > isoWeeks(y) {
			return p, fmt.Errorf("%d has no week %d (it has %d)", y, w, isoWeeks(y))
		}
		p.Week, p.Precision = w, PrecisionWeek
		return p, nil
	}
	if ms == "XX" {
		if len(parts) == 3 && parts[2] != "XX" {
			return p, fmt.Errorf("a day needs a month; write YYYY-MM-DD")
		}
		return p, nil // "2004-XX" and "2004-XX-XX": a year, month unknown
	}
	m, err := digits(ms)
	if err != nil || len(ms) != 2 {
		return p, fmt.Errorf("the month must be two digits, 01 to 12 (or 21 to 24 for a season)")
	}
	if m >= 21 && m <= 24 {
		if len(parts) == 3 {
			return p, fmt.Errorf("a season (YYYY-21 to YYYY-24) has no day")
		}
		p.Season, p.Precision = m, PrecisionSeason
		return p, nil
	}
	if m < 1 || m > 12 {
		return p, fmt.Errorf("month %s does not exist; use 01 to 12 (or 21 to 24 for a season)", ms)
	}
	p.Month, p.Precision = m, PrecisionMonth
	if len(parts) == 2 {
		return p, nil
	}
	ds := parts[2]
	if ds == "XX" {
		return p, nil
	}
	day, err := digits(ds)
	if err != nil || len(ds) != 2 {
		return p, fmt.Errorf("the day must be two digits, 01 to 31")
	}
	if day < 1 || day > daysIn(y, m) {
		return p, fmt.Errorf("%s %d has %d days, not %d", time.Month(m), y, daysIn(y, m), day)
	}
	p.Day, p.Precision = day, PrecisionDay
	return p, nil
}

func digits(s string) (int, error) {
	if s == "" {
		return 0, strconv.ErrSyntax
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, strconv.ErrSyntax
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isoWeeks returns the number of ISO weeks in ISO year y (52 or 53).
func isoWeeks(y int) int {
	_, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// isoWeekStart returns the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

// first returns the first day p covers. It is the zero time for an open or
// unknown end.
func (p Point) first() time.Time {
	switch p.Precision {
	case PrecisionNone:
		return time.Time{}
	case PrecisionDay:
		return time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
	case PrecisionWeek:
		return isoWeekStart(p.Year, p.Week)
	case PrecisionMonth:
		return time.Date(p.Year, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC)
	case PrecisionSeason:
		return time.Date(p.Year, time.Month(3*(p.Season-21)+3), 1, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
}

// last returns the last day p covers. It is the zero time for an open or
// unknown end.
func (p Point) last() time.Time {
	switch p.Precision {
	case PrecisionNone:
		return time.Time{}
	case PrecisionDay:
		return p.first()
	case PrecisionWeek:
		return p.first().AddDate(0, 0, 6)
	case PrecisionMonth:
		return p.first().AddDate(0, 1, -1)
	case PrecisionSeason:
		return p.first().AddDate(0, 3, -1)
	case PrecisionDecade:
		return time.Date(p.Year+9, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionCentury:
		return time.Date(p.Year+99, 12, 31, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(p.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	}
}

// String returns the canonical EDTF form of d, or "" for the zero Date.
func (d Date) String() string { return d.text }

// IsZero reports whether d is the zero Date (no date at all).
func (d Date) IsZero() bool { return d.text == "" }

// IsInterval reports whether d is an interval "START/END".
func (d Date) IsInterval() bool { return d.interval }

// From returns the start of d; for a single date, the date itself.
func (d Date) From() Point { return d.from }

// To returns the end of d; for a single date, the date itself.
func (d Date) To() Point { return d.to }

// Precision returns the precision of d's start, or of its end when the start
// is open or unknown.
func (d Date) Precision() Precision {
	if d.from.Precision != PrecisionNone {
		return d.from.Precision
	}
	return d.to.Precision
}

// Start returns the first day d covers, at midnight UTC. It returns the zero
// time when d has no known start (the zero Date, or an interval "../2019").
func (d Date) Start() time.Time { return d.from.first() }

// End returns the last day d covers, at midnight UTC. It returns the zero
// time when d has no known end (an interval "2019/..").
func (d Date) End() time.Time { return d.to.last() }

// Contains reports whether every day of o lies within d. Open or unknown ends
// are unbounded. The zero Date contains nothing and is in nothing.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	if d.from.Precision != PrecisionNone && (o.from.Precision == PrecisionNone || o.Start().Before(d.Start())) {
		return false
	}
	if d.to.Precision != PrecisionNone && (o.to.Precision == PrecisionNone || o.End().After(d.End())) {
		return false
	}
	return true
}

// Compare orders dates for a timeline: by their first day (an unknown start
// first), then coarser before finer, then by end, then by text. It returns
// -1, 0 or +1, and 0 only when the texts are equal.
func Compare(a, b Date) int {
	if c := a.Start().Compare(b.Start()); c != 0 {
		return c
	}
	if c := cmpInt(int(a.Precision()), int(b.Precision())); c != 0 {
		return c
	}
	// A longer interval is coarser: it comes first. An open end is longest.
	if c := endKey(b).Compare(endKey(a)); c != 0 {
		return c
	}
	return strings.Compare(a.text, b.text)
}

func endKey(d Date) time.Time {
	if d.to.Precision == PrecisionNone {
		return time.Date(1<<20, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return d.End()
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalText returns d's EDTF text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.text), nil }

// UnmarshalText parses EDTF text as ParseDate does.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
