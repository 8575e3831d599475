package dates

import "github.com/olebedev/when/rules"

// fiscalShort finds a fiscal year written with two digits, as in company
// reports: "FY24", "FY'99" ("FY2025" is year's). The century is the nearer one to
// 2000: "FY99" is 1999, "FY24" 2024.
var fiscalShort = newRule("fiscal-short", cYear,
	`\b(?P<x>FY['’]?([0-9]{2}))\b`,
	func(m *rules.Match, x *expr) bool {
		if a := x.after(m, 2); len(a) >= 2 && (a[0] == '-' || a[0] == '/') && isDigit(a[1]) {
			return false // "FY24-25" is a span of two fiscal years, left out
		}
		y := atoi(m.Captures[1])
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
		x.gran = gYear
		x.setYear(y)
		return true
	}).startsWith(cFiscal | cYear)
