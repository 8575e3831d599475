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
var casualDay = &rule{
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
}

// dayPart finds a part of a named day: "yesterday afternoon", "this
// morning", "tomorrow night", "today's".
var dayPart = newRule("day-part", cPart,
	`\b(?P<x>(`+ci("yesterday|today|tomorrow|this|last|early|late")+`)\s+(`+ci("morning|afternoon|evening|night")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel = true
		x.gran, x.typ = gPart, Time
		x.pod = partOfDay(m.Captures[2])
		switch lowerTrim(m.Captures[1]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		case "last":
			if x.pod != "NI" && x.pod != "EV" {
				return false
			}
			x.sd = -1
		case "early", "late":
			return false
		}
		return true
	})

// casualMod finds "late yesterday", "earlier today", "early tomorrow".
var casualMod = newRule("casual-mod", cCasual,
	`\b(?P<x>(`+ci("early|late|earlier|later")+`)\s+(`+ci("yesterday|today|tomorrow")+`))\b`,
	func(m *rules.Match, x *expr) bool {
		x.rel, x.gran = true, gDay
		x.mod = modOf(m.Captures[1])
		switch lowerTrim(m.Captures[2]) {
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		}
		return true
	})

func init() {
	register(casualDay.startsWith(cCasual), dayPart.startsWith(cCasual|cRelDet|cMod), casualMod.startsWith(cMod))
}
