package dates

import "github.com/olebedev/when/rules"

// monthYear finds a month and a year, with an optional modifier: "February
// 2023", "Feb. 2023", "May of 2023", "late November 1999".
var monthYear = newRule("month-year", cMonth,
	`\b(?P<x>(?:(`+ci("early|late|mid|the end of|the beginning of|the start of|the middle of|end of|beginning of")+`)[\s-]+)?(`+reMonth+`),?\s+(?:of\s+)?(?:(`+reYear4+`)|(`+ci("last|this|next")+`)\s+year\b))`,
	func(m *rules.Match, x *expr) bool {
		mon := monthNum(m.Captures[2])
		if mon == 0 {
			return false
		}
		x.gran = gMonth
		x.mod = modOf(m.Captures[1])
		x.setMonth(mon)
		if m.Captures[3] == "" {
			// "June last year"
			x.yoff, x.rel = true, true
			x.setYear(map[string]int{"last": -1, "this": 0, "next": 1}[lowerTrim(m.Captures[4])])
			return true
		}
		x.setYear(atoi(m.Captures[3]))
		return true
	}).needsOne(cYear | cUnit).startsWith(cMonth | cMod | cThe)

// modOf returns the TIMEX3 mod of a modifier word such as "early".
func modOf(s string) string {
	switch lowerTrim(s) {
	case "":
		return ""
	case "early", "the beginning of", "the start of", "beginning of", "start of", "earlier":
		return "START"
	case "late", "the end of", "end of", "later", "end":
		return "END"
	case "mid", "the middle of", "middle of":
		return "MID"
	}
	return ""
}
