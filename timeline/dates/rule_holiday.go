package dates

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// holiday finds the holidays that news dates events by: "Christmas",
// "Christmas Eve", "New Year's Day", "Thanksgiving (Day)", "Easter",
// "Election Day" (U.S.), "Independence Day", "Halloween", "last
// Thanksgiving", "Christmas 2010". Without a year, the year comes from
// the tense, like a month's.
var holiday = newRule("holiday", cHoliday,
	`\b(?P<x>(?:(`+ci("last|this|next")+`)\s+)?(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|New\s+Year['’]s|Thanksgiving\s+Day|Thanksgiving|Easter\s+Sunday|Easter|Election\s+Day|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Boxing\s+Day)(?:,?\s+(`+reYear4+`))?)`,
	func(m *rules.Match, x *expr) bool {
		name := m.Captures[2]
		x.gran = gDay
		x.holiday = name
		switch lowerTrim(m.Captures[1]) {
		case "last":
			x.dir = -1
		case "next":
			x.dir = 1
		}
		if m.Captures[3] != "" {
			x.setYear(atoi(m.Captures[3]))
			mo, d := holidayDate(name, x.y)
			if mo == 0 {
				return false
			}
			x.setMonth(mo)
			x.setDay(d)
			return true
		}
		if collapse(name) == "New Year's" {
			return false // "New Year's resolutions"
		}
		// The month and day depend on the year: resolve picks the year
		// by tense and calls holidayDate.
		x.rel = true
		mo, _ := holidayDate(name, 2000)
		x.setMonth(mo)
		return true
	})

// holidayDate returns the month and day of a holiday in year y, or 0, 0.
func holidayDate(name string, y int) (month, day int) {
	nth := func(m time.Month, wd time.Weekday, n int) (int, int) {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		d := 1 + (int(wd)-int(t.Weekday())+7)%7 + 7*(n-1)
		return int(m), d
	}
	switch collapse(name) {
	case "Christmas", "Christmas Day":
		return 12, 25
	case "Christmas Eve":
		return 12, 24
	case "New Year's Day", "New Year's":
		return 1, 1
	case "New Year's Eve":
		return 12, 31
	case "Thanksgiving", "Thanksgiving Day":
		return nth(time.November, time.Thursday, 4)
	case "Easter", "Easter Sunday":
		return easter(y)
	case "Election Day": // the Tuesday after the first Monday of November
		m, d := nth(time.November, time.Monday, 1)
		return m, d + 1
	case "Independence Day":
		return 7, 4
	case "Halloween":
		return 10, 31
	case "Valentine's Day":
		return 2, 14
	case "Labor Day":
		return nth(time.September, time.Monday, 1)
	case "Memorial Day": // the last Monday of May
		m, d := nth(time.May, time.Monday, 5)
		if d > 31 {
			d -= 7
		}
		return m, d
	case "Veterans Day":
		return 11, 11
	case "Boxing Day":
		return 12, 26
	}
	return 0, 0
}

// easter returns the month and day of Easter Sunday (Gregorian) in year y.
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// collapse replaces runs of white space in s by one space, and a curly
// apostrophe by a straight one.
func collapse(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, s[i])
	}
	return string(out)
}
