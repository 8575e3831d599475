package dates

import "github.com/olebedev/when/rules"

// slashDate finds a numeric date with slashes or dots: "8/2/2022" (month
// first, the American order, unless the first number cannot be a month:
// "27/2/2022"), "02.08.2022" (day first, the European order), "8/2/22".
var slashDate = newRule("slash-date", cNumDate,
	`(?:^|[^\d.\-/$])(?P<x>(\d{1,2})([/.])(\d{1,2})[/.](\d{4}|\d{2}))(?:$|[^\d\-/])`,
	func(m *rules.Match, x *expr) bool {
		a, b, y := atoi(m.Captures[1]), atoi(m.Captures[3]), m.Captures[4]
		if len(m.Text) != len(m.Captures[1])+len(m.Captures[3])+len(y)+2 || m.Text[len(m.Captures[1])+len(m.Captures[3])+1] != m.Captures[2][0] {
			return false // mixed separators: "1.5/10"
		}
		mo, d := a, b
		if m.Captures[2] == "." || a > 12 {
			mo, d = b, a
		}
		year := atoi(y)
		if len(y) == 2 {
			if year >= 50 {
				year += 1900
			} else {
				year += 2000
			}
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			return false
		}
		x.gran = gDay
		x.setYear(year)
		x.setMonth(mo)
		x.setDay(d)
		return true
	}).startsWith(cNumDate)
