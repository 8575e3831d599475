package dates

import "github.com/olebedev/when/rules"

// decadeOf finds a decade counted within a century: "the first decade of
// this century" (200, said in the 2020s), "the last decade of the 20th
// century" (199), "the second decade of the last century" (191). The
// value is the decade's, as for "the 2000s".
var decadeOf = newRule("decade-of", cDecade,
	`\b(?P<x>`+ci("the")+`\s+(`+ci("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final")+`)\s+decade\s+of\s+(?:(`+ci("this|the current|the last|the previous|the past")+`)|the\s+(\d{2}(?:st|nd|rd|th)|`+ci("nineteenth|twentieth|twenty-first")+`))\s+century)\b`,
	func(m *rules.Match, x *expr) bool {
		k := ordinal(m.Captures[1])
		if w := lowerTrim(m.Captures[1]); w == "last" || w == "final" {
			k = 10
		}
		if k < 1 || k > 10 {
			return false
		}
		x.gran, x.nth = gDecade, k
		if c := m.Captures[3]; c != "" {
			n := ordinal(c)
			if n < 1 || n > 30 {
				return false
			}
			x.setYear((n - 1) * 100)
			return true
		}
		x.rel = true
		if w := lowerTrim(m.Captures[2]); w != "this" && w != "the current" {
			x.sy = -100
		}
		return true
	}).needs(cOrd).startsWith(cThe)
