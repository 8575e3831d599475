package dates

import "github.com/olebedev/when/rules"

// yearQuarter finds the quarter or period of business news named by its
// year: "the 1988 quarter", "the 1989 period", "last year's quarter". It
// is the quarter the text last named, in that year; without one, the
// last quarter ended before the reference date.
var yearQuarter = newRule("year-quarter", cQuarter,
	`\b(?P<x>(?:`+ci("the")+`\s+)?(?:(\d{4})|(`+ci("last|this|next")+`)\s+year's)\s+(quarter|period))\b`,
	func(m *rules.Match, x *expr) bool {
		x.gran = gQuarter
		x.quarterOf, x.rel = true, true
		if m.Captures[1] != "" {
			x.setYear(atoi(m.Captures[1]))
			return x.y >= 1000
		}
		x.rel, x.yoff = true, true
		x.setYear(map[string]int{"last": -1, "this": 0, "next": 1}[lowerTrim(m.Captures[2])])
		return true
	}).startsWith(cThe | cYear | cRelDet)
