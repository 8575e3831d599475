package dates

import "github.com/olebedev/when/rules"

// vagueDuration finds an unnumbered length of time after "for", "over" or
// "within": "for years" (PXY), "for weeks" (PXW); and the recent or coming
// ones, which TimeBank marks as durations too: "in recent days" (PXD),
// "in coming months", "the weeks ahead" (PXM, PXW).
var vagueDuration = newRule("vague-duration", cUnit|cDecade,
	`\b(?:(`+ci("for|over|within|in|past")+`)\s+)?(?P<x>(?:((?:[Rr]ecent|(?:[Tt]he\s+)?[Cc]oming)\s+)?(`+ci("years|months|weeks|days|decades|hours|minutes|quarters")+`)|[Tt]he\s+(years|months|weeks|days)\s+ahead))\b`,
	func(m *rules.Match, x *expr) bool {
		if nw, _ := x.nextWord(m); nw == "ago" || nw == "of" {
			return false
		}
		unit := lowerTrim(m.Captures[3])
		switch {
		case m.Captures[4] != "":
			unit = m.Captures[4] // "the weeks ahead"
		case m.Captures[2] != "":
			// "in recent days", "in coming weeks"
		case unit == "quarters":
			return false
		default:
			if p := lowerTrim(m.Captures[0]); p == "" || p == "in" || p == "past" {
				return false
			}
		}
		x.typ = Duration
		l := unitLetter(unit)
		if l[0] == 'T' {
			x.value = "PTX" + l[1:]
		} else {
			x.value = "PX" + l
		}
		return true
	}).needsOne(cFor | cRelDet | cThe).startsWith(cFor | cUnit | cDecade | cRelDet | cThe)
