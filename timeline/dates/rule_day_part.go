package dates

import "github.com/olebedev/when/rules"

// dayPart finds a part of a named day: "yesterday afternoon", "this
// morning", "tomorrow night", "today's".
var dayPart = newRule("day-part", cPart,
	`\b(?P<x>(`+ci("yesterday|today|tomorrow|this|last|early|late")+`)\s+(`+ci("morning|afternoon|evening|night")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel = true
		x.gran, x.typ = gPart, Time
		x.pod = partOfDay(m.Captures[2])
		switch lowerTrim(m.Captures[1]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		case "last":
			if x.pod != "NI" && x.pod != "EV" {
				return false
			}
			x.sd = -1
		case "early", "late":
			return false
		}
		return true
	}).startsWith(cCasual | cRelDet | cMod)
