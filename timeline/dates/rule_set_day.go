package dates

import (
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// setDay finds a recurring day or month: "every Monday" (XXXX-WXX-1),
// "every Monday evening" (XXXX-WXX-1TEV), "each July" (XXXX-07).
var setDay = newRule("set-day", cSet,
	`\b(?P<x>`+ci("every|each")+`\s+(`+reWeekday+`(?:\s+(?:morning|afternoon|evening|night))?|`+reMonth+`))`,
	func(m *rules.Match, x *expr) bool {
		x.typ = Set
		f := strings.Fields(m.Captures[1])
		if d := weekdayNum(f[0]); d >= 0 {
			if d == 0 {
				d = 7 // ISO 8601: Sunday is 7
			}
			x.value = "XXXX-WXX-" + strconv.Itoa(d)
			if len(f) > 1 {
				x.value += "T" + partOfDay(f[1])
			}
			return true
		}
		if mo := monthNum(m.Captures[1]); mo > 0 {
			x.value = "XXXX-" + string(appendInt(nil, mo, 2))
			return true
		}
		return false
	}).startsWith(cSet)
