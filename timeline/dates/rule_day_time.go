package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// reClock matches a clock time with a.m. or p.m.: "9 a.m.", "10:35 p.m.".
const reClock = `(\d{1,2})(?::([0-5]\d))?\s*((?i:a\.m\.?|p\.m\.?|am\b|pm\b))`

// reZone matches the time zone after a clock time, with the space before
// it: " GMT", " EDT", " local time", " London time".
const reZone = `\s+(?:[A-Z][DS]T|GMT|UTC|CES?T|BST|(?:local|[A-Z][a-z]+)\s+time)`

// dayTime finds a time of day with its day or its time zone: "9 a.m.
// Tuesday", "10 p.m. EST Wednesday", "noon Thursday", "midnight Friday",
// "noon", "4 in the morning", "6:40 p.m. EST", "3:45 p.m. local time",
// "18:40 GMT", "0800 GMT", "11 a.m. on Nov. 11, 1918". Without a day, the time is on the last day the
// text named.
var dayTime = newRule("day-time", cClock|cPart,
	`\b(?P<x>(?:`+reClock+`|(`+ci("noon|midnight|midday")+`)|(\d{1,2})\s+in\s+the\s+(`+ci("morning|afternoon|evening")+`)|((?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d))(`+reZone+`)?(?:,?\s+(?:on\s+)?(?:(`+reWeekday+`|`+ci("today|yesterday|tomorrow")+`)|(`+reMonth+`)\s*(`+reDay+`)(?:,?\s+(\d{4})\b)?))?)`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		h, mi := 0, 0
		zone, day, mon, mday := c[8], c[9], c[10], c[11]
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
			if w, _ := x.prevWord(m); w == "high" {
				return false // "High Noon", "high noon comes today": an idiom
			}
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
		case c[7] != "":
			// "18:40 GMT", "0800 GMT": a 24-hour time, only with its zone.
			if zone == "" {
				return false
			}
			t := strings.Replace(c[7], ":", "", 1)
			h, mi = atoi(t[:len(t)-2]), atoi(t[len(t)-2:])
		default:
			return false
		}
		if c[1] != "" && zone == "" && day == "" && mon == "" {
			return false // a bare clock time is hour/hourMinute's
		}
		x.typ, x.gran, x.rel = Time, gMinute, true
		x.h, x.mi = h, mi
		if mon != "" {
			// "5 p.m. EST Nov. 9": the time on that day.
			mo, d := monthNum(mon), atoi(mday)
			if mo == 0 || d < 1 || d > 31 {
				return false
			}
			x.setMonth(mo)
			x.setDay(d)
			if c[12] != "" {
				// "11 a.m. on Nov. 11, 1918": the day has its year.
				x.setYear(atoi(c[12]))
				x.rel = false
			}
			return true
		}
		if day == "" {
			x.textAnchor = true
			return true
		}
		return x.setDayWord(day)
	}).startsWith(cDigit | cYear | cClock)
