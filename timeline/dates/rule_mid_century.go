package dates

import "github.com/olebedev/when/rules"

// midCentury finds "mid-century" where it is the middle of the present
// century: after a preposition of time ("by mid-century", "until
// mid-century") in a clause that is not in the past tense, with no noun
// after it. "Mid-century furniture" is a style, and "by mid-century the
// railway had reached the town" may be any century's.
var midCentury = newRule("mid-century", cOrd,
	`\b(?P<x>[Mm]id-century)\b`,
	func(m *rules.Match, x *expr) bool {
		switch w, _ := x.prevWord(m); w {
		case "by", "until", "till", "before", "around", "toward", "towards", "after":
		default:
			return false
		}
		switch w, next := x.nextWord(m); {
		case w == "" && (next == 0 || next == ',' || next == '.' || next == ';' || next == ':' || next == ')' || next == '!' || next == '?'):
		case w == "and" || w == "or" || w == "if" || w == "when" || w == "as" || w == "at" || w == "in" || w == "than" || w == "unless":
		default:
			return false
		}
		if tenseAt(x.text, x.off+m.Left, x.off+m.Right) == TensePast {
			return false
		}
		x.rel = true
		x.gran, x.mod = gCentury, "MID"
		return true
	}).startsWith(cMod)
