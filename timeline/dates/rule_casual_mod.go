package dates

import "github.com/olebedev/when/rules"

// casualMod finds "late yesterday", "earlier today", "early tomorrow".
// "Early" and "late" mark the start or end of the day; "earlier" and
// "later" only place the event before or after the moment of speaking,
// so the day carries no mod (as TimeBank's "earlier this month").
var casualMod = newRule("casual-mod", cCasual,
	`\b(?P<x>(`+ci("early|late|earlier|later")+`)\s+(`+ci("yesterday|today|tomorrow")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.gran = true, gDay
		if w := lowerTrim(m.Captures[1]); w == "early" || w == "late" {
			x.mod = modOf(w)
		}
		switch lowerTrim(m.Captures[2]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		}
		return true
	}).startsWith(cMod)
