package dates

import "github.com/olebedev/when/rules"

// monthSpan finds a span of months named as a period: "the
// January-September period" is nine months (P9M), as "the nine-month
// period" is; "the Nov.-Feb. period" four.
var monthSpan = newRule("month-span", cMonth,
	`\b(?P<x>`+ci("the")+`\s+(`+reMonth+`)\s*[-–]\s*(`+reMonth+`)(?:\s+`+reYear4+`)?\s+period)\b`,
	func(m *rules.Match, x *expr) bool {
		a, b := monthNum(m.Captures[1]), monthNum(m.Captures[2])
		if a == 0 || b == 0 || a == b {
			return false
		}
		n := (b-a+12)%12 + 1
		x.typ, x.value = Duration, durationValue(n, 0, "month")
		return x.value != ""
	}).needs(cQuarter).startsWith(cThe)
