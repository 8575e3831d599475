package dates

import (
	"regexp"
	"strconv"

	"github.com/olebedev/when/rules"
)

// weekday finds a weekday, with an optional "last", "next" or "this" and
// part of the day: "Friday", "last Tuesday", "next Monday" (the next
// Monday, but not tomorrow: said on a Wednesday, "next Thursday" is eight
// days on), "Monday night", "late Tuesday" (Mod END); "the previous Friday" and "the
// following Monday" count from the last day the text named. A bare weekday is resolved by the tense of its
// clause: the most recent such day on or before the reference date in the
// past tense (the same day counts), the next one in the future tense.
var weekday = newRule("weekday", cWeekday,
	`\b(?P<x>(?:(`+ci("early|late|earlier|later")+`)\s+)?(?:(`+ci("last|next|this coming|this past|this|past|coming|the previous|the preceding|the prior|the following")+`)\s+)?(`+reWeekday+`)(?:\s+(`+ci("morning|afternoon|evening|night|overnight")+`)(s?))?)\b`,
	func(m *rules.Match, x *expr) bool {
		d := weekdayNum(m.Captures[3])
		if d < 0 {
			return false
		}
		if m.Captures[1] == "" && m.Captures[2] == "" && m.Captures[4] == "" {
			if a := x.after(m, 2); len(a) == 2 && a[0] == ' ' && isUpper(a[1]) && inName(x.text, x.off+m.Left) {
				return false // "the Good Friday Agreement": a name
			}
		}
		x.gran = gDay
		x.rel = true
		x.setWeekday(d)
		switch lowerTrim(m.Captures[2]) {
		case "last", "past", "this past":
			x.dir = -1
		case "next":
			x.dir = 4 // the next one, but not tomorrow
		case "coming", "this coming":
			x.dir = 1
		case "the previous", "the preceding", "the prior":
			x.dir, x.textAnchor = -1, true // the Friday before the day last named
		case "the following":
			x.dir, x.textAnchor = 1, true
		}
		x.mod = modOf(m.Captures[1])
		if p := lowerTrim(m.Captures[1]); p == "earlier" || p == "later" {
			// "Earlier Friday, …": TimeBank, like the guidelines, leaves
			// the comparative out of the span.
			m.Left += len(m.Captures[1])
			for c := x.text[x.off+m.Left]; c == ' ' || c == '\n' || c == '\t' || c == '\r'; c = x.text[x.off+m.Left] {
				m.Left++
			}
			m.Text = x.text[x.off+m.Left : x.off+m.Right]
		}
		if p := partOfDay(m.Captures[4]); p != "" {
			x.gran, x.pod = gPart, p // a DATE, as TimeBank types "Friday night"
		}
		pl := m.Captures[5] != ""
		if !pl && m.Captures[1] == "" && m.Captures[2] == "" && m.Captures[4] == "" {
			// "on Monday and Tuesday nights": both are recurring.
			if a := x.after(m, 32); len(a) > 5 && a[:5] == " and " {
				if l := reAndWeekdays.FindStringSubmatch(a); l != nil {
					pl, x.pod = true, partOfDay(l[1])
				}
			}
		}
		if pl {
			// "Tuesday nights": every Tuesday night.
			if d == 0 {
				d = 7
			}
			x.typ, x.rel, x.value = Set, false, "XXXX-WXX-"+strconv.Itoa(d)+"T"+x.pod
		}
		return true
	}).startsWith(cWeekday | cRelDet | cMod | cThe)

// reAndWeekdays matches " and Tuesday nights" after a weekday.
var reAndWeekdays = regexp.MustCompile(`^ and ` + reWeekday + `\s+(morning|afternoon|evening|night)s\b`)

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
