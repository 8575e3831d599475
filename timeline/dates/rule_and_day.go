package dates

import "github.com/olebedev/when/rules"

// andDay finds the second day of "April 24 and 25", "Dec. 3 or 4": a day
// of the month just named, resolved as that month and day are. The first
// is monthDay's. TimeBank marks the two as two expressions.
var andDay = newRule("and-day", cMonth,
	`\b(`+reMonth+`)\s*`+reDay+`,?\s+(?:and|or|&)\s+(?P<x>(0?[1-9]|[12][0-9]|3[01]))\b(?:,\s*(`+reYear4+`))?`,
	func(m *rules.Match, x *expr) bool {
		mon, day := monthNum(m.Captures[0]), atoi(m.Captures[2])
		if mon == 0 || day < 1 {
			return false
		}
		if nw, next := x.nextWord(m); next == ' ' && nw != "" && !afterDay[nw] {
			return false // "April 24 and 25 people"
		}
		x.gran = gDay
		x.setMonth(mon)
		x.setDay(day)
		if m.Captures[3] != "" {
			x.setYear(atoi(m.Captures[3])) // "April 24 and 25, 1999"
		}
		return true
	}).needs(cDigit).startsWith(cMonth)

// afterDay are the words that may follow a day of the month.
var afterDay = map[string]bool{
	"in": true, "at": true, "on": true, "to": true, "when": true, "as": true, "and": true,
	"with": true, "for": true, "before": true, "after": true, "but": true, "while": true,
	"that": true, "of": true, "respectively": true, "last": true, "this": true, "next": true,
}
