package dates

import "github.com/olebedev/when/rules"

// season finds a season with a year: "summer 2001", "the spring of 1998",
// "early winter 2010".
var season = newRule("season", cSeason,
	`\b(?P<x>(?:(`+ci("early|late|mid")+`)[\s-]+)?(`+ci("spring|summer|fall|autumn|winter")+`)(?:\s+of)?,?\s+(\d{4}))\b`,
	func(m *rules.Match, x *expr) bool {
		if m.Captures[1] == "" && inName(x.text, x.off+m.Left) {
			return false // "the Arab Spring of 2011": a name
		}
		x.gran = gSeason
		x.season = seasonCodes[lowerTrim(m.Captures[2])]
		x.mod = modOf(m.Captures[1])
		x.setYear(atoi(m.Captures[3]))
		return x.season != ""
	}).needs(cYear).startsWith(cSeason | cMod)
