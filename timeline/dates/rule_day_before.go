package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// dayBefore finds "the day before" and "the day after". Before a date,
// the two are one expression, the day before or after it ("the day after
// Christmas", "the day before yesterday"; the driver joins the first
// with the date after it: joinDayBefore). Before an event, the
// expression is "the day", as TimeBank marks it: the date it stands in
// apposition to ("on Oct. 12, the day before the crash"), or else the
// day before or after the last day the text named in its sentence or the
// one before ("Voters go to the polls on Sunday. Thousands will rally the
// day before the vote"), or else a day unknown (XXXX-XX-XX).
var dayBefore = newRule("day-before", cUnit,
	`\b(?P<x>[Tt]he\s+day\s+(before|after)(?:\s+(yesterday|tomorrow)\b)?)`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.gran = true, gDay
		switch m.Captures[2] {
		case "yesterday":
			x.sd = -2
			return m.Captures[1] == "before"
		case "tomorrow":
			x.sd = 2
			return m.Captures[1] == "after"
		}
		x.dayShift = -1
		if m.Captures[1] == "after" {
			x.dayShift = 1
		}
		i := strings.Index(m.Text, "day") + len("day")
		m.Right = m.Left + i
		m.Text = m.Text[:i]
		return true
	}).needs(cAgo).startsWith(cThe)
