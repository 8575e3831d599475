package dates

import "github.com/olebedev/when/rules"

// dayMonth finds a day before a month name, British style, with an
// optional year: "2 August 2022", "the 2nd of August", "27-28 February 2019",
// "3 October last year", "4 November that year"; a range of days may be
// joined by "to" or "through" as well as a dash ("from 1 to 3 March 2024").
var dayMonth = newRule("day-month", cMonth,
	`\b(?P<x>(?:(`+reWeekday+`),?\s+)?(?:the\s+)?(`+reDay+`)(?:\s*(-|–|`+ci("to|through")+`)\s*(`+reDay+`))?\s+(?:of\s+)?(`+reMonth+`)(?:,?\s+(`+reYear4+`)|\s+(?:of\s+)?(`+ci("that|the same|last|this|next")+`)\s+`+ci("year")+`)?)`,
	func(m *rules.Match, x *expr) bool {
		day, mon := atoi(m.Captures[2]), monthNum(m.Captures[5])
		if mon == 0 || day < 1 || day > 31 {
			return false
		}
		if m.Captures[3] != "" && isLetter(m.Captures[3][0]) && atoi(m.Captures[4]) <= day {
			return false // "from 3 to 2 March" is no range of days
		}
		if w, prev := x.prevWord(m); prev == '$' || prev == '.' || prev == ',' && isDigit(x.text[max(0, x.off+m.Left-2)]) || w == "no." {
			return false
		}
		x.gran = gDay
		if m.Captures[1] != "" {
			wd := weekdayNum(m.Captures[1])
			if wd < 0 {
				return false
			}
			x.setWeekday(wd)
		}
		x.setMonth(mon)
		x.setDay(day)
		switch det := lowerTrim(m.Captures[7]); det {
		case "":
		case "that", "the same":
			x.thatYear, x.rel = true, true // "4 November that year"
		default:
			// "3 October last year": the year counts from the reference.
			x.yoff, x.rel = true, true
			x.setYear(yearOffset(det))
		}
		if m.Captures[6] != "" {
			x.setYear(atoi(m.Captures[6]))
		}
		if m.Captures[4] != "" {
			if end := atoi(m.Captures[4]); end > day {
				t := &expr{gran: gDay, dir: x.dir}
				t.setDay(end)
				t.setMonth(mon)
				if x.Year != nil {
					t.setYear(x.y)
				}
				x.through = t
			}
		}
		return true
	}).needs(cDigit).startsWith(cWeekday | cDigit | cThe)
