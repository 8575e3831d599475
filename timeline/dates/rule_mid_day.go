package dates

import "github.com/olebedev/when/rules"

// midDay finds the middle of a morning or afternoon, alone or with its
// day: "by mid afternoon", "at mid-afternoon yesterday" (TIME, TAF). Alone,
// it is on the publication date.
var midDay = newRule("mid-day", cPart,
	`\b(?P<x>[Mm]id(?:-|\s+)(`+ci("morning|afternoon")+`)(?:\s+(`+ci("yesterday|today|tomorrow")+`))?)\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel = true
		x.gran, x.typ = gPart, Time
		x.pod = partOfDay(m.Captures[1])
		switch lowerTrim(m.Captures[2]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		}
		return true
	}).startsWith(cMod)
