package dates

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// casualDay is when's en.CasualDate: "today", "yesterday", "tomorrow",
// "tonight", "last night", "now". Its applier sets the day offset (and an
// hour for the nights); we read the offset as a day and the nights as a
// part of the day, and "now" as the present.
var casualDay = (&rule{
	F:        *en.CasualDate(rules.Override).(*rules.F),
	name:     "casual-day",
	on:       cCasual,
	whenSpan: true,
	apply: func(m *rules.Match, x *expr) bool {
		if ok, err := m.Apply(&x.Context, &rules.Options{}, zero); !ok || err != nil {
			return false
		}
		w := strings.ToLower(m.Text)
		switch {
		case w == "now":
			x.value = "PRESENT_REF"
			return true
		case w == "tmr" || m.Text[0] != 'T' && m.Text[0] != 't' && m.Text[0] != 'y' && m.Text[0] != 'Y' && m.Text[0] != 'l' && m.Text[0] != 'L':
			return false
		}
		x.rel = true
		x.gran = gDay
		x.sd = int(x.Duration / (24 * time.Hour))
		if strings.Contains(w, "night") {
			x.gran, x.pod, x.typ = gPart, "NI", Time
		}
		x.Hour = nil
		return true
	},
}).startsWith(cCasual)
