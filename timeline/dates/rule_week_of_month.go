package dates

import "github.com/olebedev/when/rules"

// weekOfMonth finds a week counted in a month: "the first week of April",
// "the last week of February", "the second week of March 2015". TIMEX3
// has no value for the first seven days of a month; the value is the ISO
// week that holds most of them (the week of the 4th, or of the fourth
// last day for "the last week"). Without a year, the month is resolved
// as a month alone is.
var weekOfMonth = newRule("week-of-month", cMonth,
	`\b(?P<x>[Tt]he\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(`+reMonth+`)(?:,?\s+(`+reYear4+`))?)`,
	func(m *rules.Match, x *expr) bool {
		mon := monthNum(m.Captures[2])
		if mon == 0 {
			return false
		}
		x.gran = gWeek
		x.setMonth(mon)
		x.weekN = ordinal(m.Captures[1])
		if m.Captures[1] == "last" || m.Captures[1] == "final" {
			x.weekN = 5
		}
		if m.Captures[3] != "" {
			x.setYear(atoi(m.Captures[3]))
			x.d = weekOfMonthDay(x.y, mon, x.weekN)
		} else {
			x.rel = true
		}
		return true
	}).needs(cUnit).startsWith(cThe)

// weekOfMonthDay returns the day of month mo of year y that lies in the
// n-th week of the month (5: the last): the 4th of the first week, the
// fourth last day of the last.
func weekOfMonthDay(y, mo, n int) int {
	if n >= 5 {
		return daysIn(y, mo) - 3
	}
	return 7*n - 3
}
