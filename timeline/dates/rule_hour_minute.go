package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// clockOpts are the options when's hour rules read.
var clockOpts = &rules.Options{Afternoon: 15, Evening: 18, Morning: 8, Noon: 12}

// hourMinute is when's en.HourMinute: "10:30", "10:30 a.m.", "7:15pm". The
// time is on the reference day. when also reads "01-15" as a time; we take
// only a colon.
var hourMinute = (&rule{
	F:        *en.HourMinute(rules.Override).(*rules.F),
	name:     "hour-minute",
	on:       cClock,
	whenSpan: true,
	apply: func(m *rules.Match, x *expr) bool {
		if !strings.Contains(m.Text, ":") {
			return false
		}
		if ok, err := m.Apply(&x.Context, clockOpts, zero); !ok || err != nil || x.Hour == nil || x.Minute == nil {
			return false
		}
		if a := x.after(m, 2); len(a) == 2 && a[0] == ':' && isDigit(a[1]) {
			return false // 10:30:15 or a score
		}
		if m.Captures[2] == "" {
			// Without a.m./p.m., only a time of day after "at".
			if w, _ := x.prevWord(m); w != "at" && w != "by" && w != "until" && w != "from" && w != "before" && w != "after" {
				return false
			}
		}
		x.h, x.mi = *x.Hour, *x.Minute
		x.rel, x.gran, x.typ, x.textAnchor = true, gMinute, Time, true
		return true
	},
}).startsWith(cClock)
