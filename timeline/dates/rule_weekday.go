package dates

import "github.com/olebedev/when/rules"

// weekday finds a weekday, with an optional "last", "next" or "this" and
// part of the day: "Friday", "last Tuesday", "next Monday", "Monday
// night", "late Tuesday" (Mod END). A bare weekday is resolved by the tense of its
// clause: the most recent such day on or before the reference date in the
// past tense (the same day counts), the next one in the future tense.
var weekday = newRule("weekday", cWeekday,
	`\b(?P<x>(?:(`+ci("early|late|earlier|later")+`)\s+)?(?:(`+ci("last|next|this|past|coming")+`)\s+)?(`+reWeekday+`)(?:\s+(`+ci("morning|afternoon|evening|night|overnight")+`))?)\b`,
	func(m *rules.Match, x *expr) bool {
		d := weekdayNum(m.Captures[3])
		if d < 0 {
			return false
		}
		x.gran = gDay
		x.rel = true
		x.setWeekday(d)
		switch lowerTrim(m.Captures[2]) {
		case "last", "past":
			x.dir = -1
		case "next", "coming":
			x.dir = 1
		}
		x.mod = modOf(m.Captures[1])
		if p := partOfDay(m.Captures[4]); p != "" {
			x.gran, x.pod = gPart, p // a DATE, as TimeBank types "Friday night"
		}
		return true
	}).startsWith(cWeekday | cRelDet | cMod)

// partOfDay returns the TIMEX3 code of a part of the day, or "".
func partOfDay(s string) string {
	switch lowerTrim(s) {
	case "morning", "mornings":
		return "MO"
	case "afternoon", "afternoons":
		return "AF"
	case "evening", "evenings":
		return "EV"
	case "night", "nights", "overnight", "tonight":
		return "NI"
	case "noon", "midday":
		return "MI"
	}
	return ""
}
