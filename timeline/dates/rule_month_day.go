package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// monthDay finds a month name and a day, with an optional weekday before,
// year after, day range, or "last year"-style year: "Aug. 2, 2022",
// "August 2", "Friday, Aug. 7", "Feb. 27-28, 2019", "March 20-22",
// "Feb. 29 last year".
var monthDay = newRule("month-day", cMonth,
	`\b(?P<x>(?:(`+reWeekday+`),?\s+|(`+ci("last|this|next")+`)\s+)?(`+reMonth+`)\s*(`+reDay+`)(?:\s*(?:-|–|to|through)\s*(`+reDay+`))?(?:(?:,\s*|\s+)(`+reYear4+`)|\s+(?:of\s+)?(`+ci("last|this|next|that|the same")+`)\s+`+ci("year")+`)?)`,
	func(m *rules.Match, x *expr) bool {
		mon, day := monthNum(m.Captures[3]), atoi(m.Captures[4])
		if mon == 0 || day < 1 || day > 31 {
			return false
		}
		if m.Captures[6] == "" && m.Captures[7] == "" {
			// "March 20,000", "Dec. 7 3/4": the number is not a day.
			if a := x.after(m, 2); len(a) == 2 && (a[0] == ',' || a[0] == '.' || a[0] == '/') && isDigit(a[1]) {
				return false
			}
		}
		x.gran = gDay
		if m.Captures[1] != "" {
			wd := weekdayNum(m.Captures[1])
			if wd < 0 {
				return false
			}
			x.setWeekday(wd)
		}
		switch lowerTrim(m.Captures[2]) {
		case "last":
			x.dir = -1
		case "next":
			x.dir = 1
		}
		x.setMonth(mon)
		x.setDay(day)
		if m.Captures[6] != "" {
			if a := x.after(m, 2); len(a) == 2 && (a[0] == '-' || a[0] == '/') && isDigit(a[1]) {
				// "August 2, 2022-08-02": the number starts another date.
				e := m.Left + strings.LastIndex(m.Text, m.Captures[6])
				for e > m.Left && (x.text[x.off+e-1] == ' ' || x.text[x.off+e-1] == ',') {
					e--
				}
				m.Right, m.Captures[6] = e, ""
				m.Text = m.Text[:e-m.Left]
			}
		}
		switch {
		case m.Captures[6] != "":
			x.setYear(atoi(m.Captures[6]))
		case lowerTrim(m.Captures[7]) == "that" || lowerTrim(m.Captures[7]) == "the same":
			x.thatYear, x.rel = true, true
		case m.Captures[7] != "":
			x.yoff, x.rel = true, true
			x.setYear(yearOffset(lowerTrim(m.Captures[7])))
		}
		if m.Captures[5] != "" {
			if end := atoi(m.Captures[5]); end > day {
				t := *x
				t.through = nil
				t.Context = rules.Context{}
				t.setDay(end)
				t.setMonth(mon)
				if x.Year != nil {
					t.setYear(x.y)
				}
				x.through = &t
			}
		}
		return true
	}).needs(cDigit).startsWith(cWeekday | cMonth | cRelDet)

// yearOffset returns the years from the reference year that det ("last",
// "this", "next") names.
func yearOffset(det string) int {
	switch det {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}
