package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// long finds a length of time made an adjective with "-long": "a day-long
// meeting" (P1D), "a decades-long dispute" (PXY), "a two-week-long visit".
var long = newRule("long", cUnit,
	`\b(?P<x>(?:(`+reNumWord+`)-)?(`+ci("year|month|week|day|hour|minute|decade|centurie|century")+`)(s?)-long)\b`,
	func(m *rules.Match, x *expr) bool {
		x.typ = Duration
		unit := lowerTrim(m.Captures[2])
		switch {
		case m.Captures[1] != "":
			n, frac := number(m.Captures[1])
			if n < 1 {
				return false
			}
			x.value = durationValue(n, frac, unit)
		case m.Captures[3] != "" || strings.HasSuffix(unit, "ie"):
			l := unitLetter(unit)
			if l[0] == 'T' {
				x.value = "PTX" + l[1:]
			} else {
				x.value = "PX" + l
			}
		default:
			x.value = durationValue(1, 0, unit)
		}
		return x.value != ""
	}).needs(cLong).startsWith(cUnit | cDecade | cOrd | cNum | cDigit)
