package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// hour is when's en.Hour: "3 p.m.", "11am".
var hour = (&rule{
	F:        *en.Hour(rules.Override).(*rules.F),
	name:     "hour",
	on:       cClock,
	whenSpan: true,
	apply: func(m *rules.Match, x *expr) bool {
		if ok, err := m.Apply(&x.Context, clockOpts, zero); !ok || err != nil || x.Hour == nil {
			return false
		}
		if l := strings.ToLower(m.Captures[1]); l == "a." || l == "p." || l == "a" || l == "p" {
			return false // "3 a" is not a time
		}
		x.h, x.mi = *x.Hour, 0
		x.rel, x.gran, x.typ, x.textAnchor = true, gMinute, Time, true
		return true
	},
}).startsWith(cDigit)
