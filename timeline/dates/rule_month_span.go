package dates

import "github.com/olebedev/when/rules"

// monthSpan finds a span of months named as a period: "the
// January-September period" is nine months (P9M), as "the nine-month
// period" is; "the Nov.-Feb. period" four. Three months of one calendar
// quarter named as a quarter, as Asian wires name results, are that
// quarter: "the October-December quarter" (in the year the tense picks,
// as "the fourth quarter"), "the April-June quarter of 2024".
var monthSpan = newRule("month-span", cMonth,
	`\b(?P<x>`+ci("the")+`\s+(`+reMonth+`)\s*[-–]\s*(`+reMonth+`)(?:\s+(`+reYear4+`))?\s+(period|quarter)(?:\s+of\s+(`+reYear4+`))?)\b`,
	func(m *rules.Match, x *expr) bool {
		a, b := monthNum(m.Captures[1]), monthNum(m.Captures[2])
		if a == 0 || b == 0 || a == b {
			return false
		}
		if m.Captures[4] == "quarter" {
			if (a-1)%3 != 0 || b != a+2 {
				return false // a company's own quarter: "the November-January quarter"
			}
			x.gran, x.n, x.rel = gQuarter, (a-1)/3+1, true
			for _, y := range []string{m.Captures[3], m.Captures[5]} {
				if y != "" {
					x.setYear(atoi(y))
					x.rel = false
				}
			}
			return true
		}
		if m.Captures[5] != "" {
			// "the January-September period of 2023": the period alone.
			m.Right = m.Left + len(m.Text) - len(" of ") - len(m.Captures[5])
			for m.Text[m.Right-m.Left-1] == ' ' {
				m.Right--
			}
			m.Text = m.Text[:m.Right-m.Left]
		}
		n := (b-a+12)%12 + 1
		x.typ, x.value = Duration, durationValue(n, 0, "month")
		return x.value != ""
	}).needs(cQuarter).startsWith(cThe)
