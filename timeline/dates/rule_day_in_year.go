package dates

import "github.com/olebedev/when/rules"

// dayInYear finds the anniversary dates of retrospectives: "on this day in
// 1938" is the publication date's day and month in 1938.
var dayInYear = newRule("day-in-year", cYear,
	`\b(?P<x>`+ci("this")+`\s+day\s+in\s+((?:1[0-9]|20)[0-9]{2}))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.anniv, x.gran = true, true, gDay
		x.setYear(atoi(m.Captures[1]))
		return true
	}).needs(cUnit).startsWith(cRelDet)
