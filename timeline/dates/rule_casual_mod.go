package dates

import "github.com/olebedev/when/rules"

// casualMod finds "late yesterday", "earlier today", "early tomorrow".
var casualMod = newRule("casual-mod", cCasual,
	`\b(?P<x>(`+ci("early|late|earlier|later")+`)\s+(`+ci("yesterday|today|tomorrow")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.gran = true, gDay
		x.mod = modOf(m.Captures[1])
		switch lowerTrim(m.Captures[2]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		}
		return true
	}).startsWith(cMod)
