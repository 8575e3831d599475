package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// reClock matches a clock time with a.m. or p.m.: "9 a.m.", "10:35 p.m.".
const reClock = `(\d{1,2})(?::([0-5]\d))?\s*((?i:a\.m\.?|p\.m\.?|am\b|pm\b))`

// dayTime finds a time of day with its day: "9 a.m. Tuesday", "10 p.m.
// EST Wednesday", "noon Thursday", "midnight Friday", "noon", "4 in the
// morning". Without a day, the time is on the last day the text named.
var dayTime = newRule("day-time", cClock|cPart,
	`\b(?P<x>(?:`+reClock+`|(`+ci("noon|midnight|midday")+`)|(\d{1,2})\s+in\s+the\s+(`+ci("morning|afternoon|evening")+`))(?:\s+(?:[A-Z][DS]T|GMT|UTC|(?:local|[A-Z][a-z]+)\s+time))?(?:,?\s+(?:on\s+)?(?:(`+reWeekday+`|`+ci("today|yesterday|tomorrow")+`)|(`+reMonth+`)\s*(`+reDay+`)))?)`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		h, mi := 0, 0
		switch {
		case c[1] != "":
			h = atoi(c[1])
			if c[2] != "" {
				mi = atoi(c[2])
			}
			pm := c[3][0] == 'p' || c[3][0] == 'P'
			if h < 1 || h > 12 {
				return false
			}
			if pm && h != 12 {
				h += 12
			}
			if !pm && h == 12 {
				h = 0
			}
		case c[4] != "":
			switch strings.ToLower(c[4]) {
			case "noon", "midday":
				h = 12
			case "midnight":
				h = 24
			}
		case c[5] != "":
			h = atoi(c[5])
			if h < 1 || h > 12 {
				return false
			}
			if p := strings.ToLower(c[6]); p != "morning" && h < 12 {
				h += 12
			}
		default:
			return false
		}
		if c[1] != "" && c[7] == "" && c[8] == "" {
			return false // a bare clock time is hour/hourMinute's
		}
		x.typ, x.gran, x.rel = Time, gMinute, true
		x.h, x.mi = h, mi
		if c[8] != "" {
			// "5 p.m. EST Nov. 9": the time on that day.
			mon, d := monthNum(c[8]), atoi(c[9])
			if mon == 0 || d < 1 || d > 31 {
				return false
			}
			x.setMonth(mon)
			x.setDay(d)
			return true
		}
		switch day := strings.ToLower(c[7]); day {
		case "":
			x.textAnchor = true
		case "today":
		case "yesterday":
			x.sd = -1
		case "tomorrow":
			x.sd = 1
		default:
			wd := weekdayNum(day)
			if wd < 0 {
				return false
			}
			x.setWeekday(wd)
		}
		return true
	}).startsWith(cDigit | cClock)
