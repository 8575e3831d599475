package dates

import "github.com/olebedev/when/rules"

// fullYear finds "full-year" before a noun, as in earnings news:
// "full-year profit" is the reference year's, like "the full year".
// Before a year ("full-year 2023 sales") the year says it alone.
var fullYear = newRule("full-year", cRelDet,
	`\b(?P<x>[Ff]ull-year)\b`,
	func(m *rules.Match, x *expr) bool {
		if nw, _ := x.nextWord(m); nw == "" || isDigit(nw[0]) {
			return false
		}
		x.rel, x.gran = true, gYear
		return true
	}).startsWith(cRelDet)
