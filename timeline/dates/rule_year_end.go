package dates

import "github.com/olebedev/when/rules"

// yearEnd finds the end of the year in business news: "by year-end", "by
// year end", "by year's end", "since year-end" (the last one). The value
// is the year, with Mod END.
var yearEnd = newRule("year-end", cUnit,
	`\b(?P<x>[Yy]ear(?:-|\s+|'s\s+)end)\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.gran, x.mod = true, gYear, "END"
		if w, _ := x.prevWord(m); w == "since" {
			x.sy = -1
		}
		return true
	}).needs(cMod).startsWith(cUnit)
