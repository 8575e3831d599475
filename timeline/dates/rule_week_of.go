package dates

import "github.com/olebedev/when/rules"

// weekOf finds the week of a day: "the week of March 6", "the week of
// June 3, 2019". Its value is the ISO week of that day.
var weekOf = newRule("week-of", cMonth,
	`\b(?P<x>(?:`+ci("the")+`\s+)?[Ww]eek\s+of\s+(`+reMonth+`)\s*(`+reDay+`)(?:,?\s+(`+reYear4+`))?)`,
	func(m *rules.Match, x *expr) bool {
		mon, day := monthNum(m.Captures[1]), atoi(m.Captures[2])
		if mon == 0 || day < 1 || day > 31 {
			return false
		}
		x.gran = gWeek
		x.setMonth(mon)
		x.setDay(day)
		if m.Captures[3] != "" {
			x.setYear(atoi(m.Captures[3]))
		} else {
			x.rel = true
		}
		return true
	}).needs(cUnit | cDigit).startsWith(cThe | cUnit)
