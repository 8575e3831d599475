package dates

import "github.com/olebedev/when/rules"

// vagueDuration finds an unnumbered length of time after "for", "over" or
// "within": "for years" (PXY), "for weeks" (PXW); and "recent days" or
// "recent years", which TimeML reads as the past (PAST_REF).
var vagueDuration = newRule("vague-duration", cUnit|cDecade,
	`\b(?:(`+ci("for|over|within|in|past")+`)\s+)?(?P<x>([Rr]ecent\s+)?(`+ci("years|months|weeks|days|decades|hours|minutes")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		if nw, _ := x.nextWord(m); nw == "ago" || nw == "of" {
			return false
		}
		if m.Captures[2] != "" {
			x.value = "PAST_REF" // "in recent days"
			return true
		}
		if p := lowerTrim(m.Captures[0]); p == "" || p == "in" || p == "past" {
			return false
		}
		x.typ = Duration
		l := unitLetter(lowerTrim(m.Captures[3]))
		if l[0] == 'T' {
			x.value = "PTX" + l[1:]
		} else {
			x.value = "PX" + l
		}
		return true
	}).needs(cFor)
