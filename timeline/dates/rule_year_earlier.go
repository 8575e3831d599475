package dates

import "github.com/olebedev/when/rules"

// yearEarlier finds "year-earlier" and "year-ago" used as adjectives, as
// in business news: "compared with year-earlier profit". It is the year
// before the reference year, or the quarter a year before the quarter the
// text just named.
var yearEarlier = newRule("year-earlier", cYearAdj,
	`\b(?P<x>[Yy]ear-(?:earlier|ago))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.quarterish = true, true
		x.gran, x.sy = gYear, -1
		return true
	}).startsWith(cYearAdj)
