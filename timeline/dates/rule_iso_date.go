package dates

import "github.com/olebedev/when/rules"

// isoDate finds an ISO 8601 calendar date: "2022-08-02", "20220802".
var isoDate = newRule("iso-date", cNumDate,
	`(?:^|[^\d.\-/])(?P<x>(1\d{3}|20\d{2})(?:-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])))(?:$|[^\d\-/])`,
	func(m *rules.Match, x *expr) bool {
		mo, d := m.Captures[2], m.Captures[3]
		if mo == "" {
			mo, d = m.Captures[4], m.Captures[5]
		}
		x.gran = gDay
		x.setYear(atoi(m.Captures[1]))
		x.setMonth(atoi(mo))
		x.setDay(atoi(d))
		return true
	}).startsWith(cNumDate)
