package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// weekdayTime finds a day and the time on it: "Sunday at 00:00", "Friday
// at 3 p.m.", "Tuesday at noon", "Sunday at 00:00 local time". The day is resolved as by weekday.
var weekdayTime = newRule("weekday-time", cWeekday,
	`\b(?P<x>(`+reWeekday+`|`+ci("today|yesterday|tomorrow")+`)\s+at\s+(?:(\d{1,2})(?::([0-5]\d))?\s*((?i:a\.m\.?|p\.m\.?|am\b|pm\b))|(\d{1,2}):([0-5]\d)\b|(`+ci("noon|midnight")+`))(?:`+reZone+`)?)`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		var h, mi int
		switch {
		case c[2] != "":
			h = atoi(c[2])
			if c[3] != "" {
				mi = atoi(c[3])
			}
			if h < 1 || h > 12 {
				return false
			}
			pm := c[4][0] == 'p' || c[4][0] == 'P'
			if pm && h != 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
		case c[5] != "":
			h, mi = atoi(c[5]), atoi(c[6])
			if h > 24 {
				return false
			}
		case strings.EqualFold(c[7], "noon"):
			h = 12
		default:
			h = 24
		}
		x.typ, x.gran, x.rel = Time, gMinute, true
		x.h, x.mi = h, mi
		return x.setDayWord(c[1])
	}).startsWith(cWeekday | cCasual)
