package dates

import (
	"strconv"

	"github.com/olebedev/when/rules"
)

// set finds a recurrence: "every year" (P1Y), "every two weeks" (P2W),
// "each month", "daily" (P1D), "weekly", "annually", "twice a year".
var set = newRule("set", cSet,
	`\b(?P<x>(?:(`+ci("every|each")+`)\s+(?:(other)\s+)?(?:(`+reNumWord+`)\s+)?(year|month|week|day|hour|minute|decade|quarter|morning|night|evening|afternoon|summer|winter|spring|fall|autumn|weekend)s?|(`+ci("daily|weekly|monthly|yearly|annually|hourly|nightly")+`)|(?:(`+ci("once|twice|thrice")+`|`+reNumWord+`\s+times)\s+(?:a|an|per|each)\s+(year|month|week|day|hour|minute|decade|quarter))))\b`,
	func(m *rules.Match, x *expr) bool {
		x.typ = Set
		c := m.Captures
		switch {
		case c[5] != "":
			x.value = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
				"yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D"}[lowerTrim(c[5])]
			// "a weekly magazine", "hourly earnings": TimeML marks the
			// adjective as a SET too, as it does "daily".
		case c[6] != "":
			x.value = durationValue(1, 0, lowerTrim(c[7]))
		default:
			n := 1
			if c[3] != "" {
				if n, _ = number(c[3]); n < 1 {
					return false
				}
			}
			if c[2] != "" {
				n = 2
			}
			u := lowerTrim(c[4])
			if p := partOfDay(u); p != "" {
				x.value = "XXXX-XX-XXT" + p
				return true
			}
			if s := seasonCodes[u]; s != "" {
				x.value = "XXXX-" + s
				return true
			}
			if u == "weekend" {
				x.value = "XXXX-WXX-WE"
				return true
			}
			x.value = durationValue(n, 0, u)
			if u == "hour" || u == "minute" {
				x.value = "PT" + strconv.Itoa(n) + unitLetter(u)[1:]
			}
		}
		return x.value != ""
	}).startsWith(cSet | cNum)
