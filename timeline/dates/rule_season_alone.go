package dates

import "github.com/olebedev/when/rules"

// seasonAlone finds a season without a year after a preposition: "in the
// spring", "during the summer", "by autumn", "the levels of the early
// summer". The year comes from the tense.
var seasonAlone = newRule("season-alone", cSeason,
	`\b(`+ci("in|during|by|until|since|through|over|before|after|of")+`)\s+(?P<x>(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter))\b`,
	func(m *rules.Match, x *expr) bool {
		if nw, _ := x.nextWord(m); nw == "of" {
			return false
		}
		if lowerTrim(m.Captures[0]) == "of" && m.Captures[2] == "" {
			return false // "the heat of the summer"; but "the levels of the early summer"
		}
		x.rel = true
		x.mod = modOf(m.Captures[2])
		return seasonOf3(x, lowerTrim(m.Captures[3]), 0)
	})
