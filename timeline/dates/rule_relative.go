package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// relative finds a calendar unit relative to the reference date: "last
// year", "this week", "next month", "earlier this week" (2024-W17), "early
// next year", "this weekend", "last summer", "the previous day", "the
// following day", "this hour". "The previous …" and "the following …" count from the
// last date of the text before them, the others from the reference date.
var relative = newRule("relative", cUnit|cSeason|cPart|cQuarter|cOrd|cDecade,
	`\b(?P<x>(?:(`+ci("earlier in|later in|earlier|later|early|late|the end of|the beginning of|the start of|the middle of|end of|the top of")+`)\s+)?(`+ci("this past|this|last|next|that same|that|the last|the previous|the following|the preceding|the prior|the next|the same|the current|the latest|the most recent|the past|the coming|the year-ago|the year-earlier|the prior-year|the full|the fiscal|the")+`)\s+(year|month|week|weekend|quarter|period|decade|century|day|fall|autumn|spring|summer|winter|half|fiscal\s+year|fiscal|night|morning|evening|afternoon|hour))\b`,
	func(m *rules.Match, x *expr) bool {
		pre, det, unit := lowerTrim(m.Captures[1]), lowerTrim(m.Captures[2]), lowerTrim(m.Captures[3])
		if a := x.after(m, 1); a == "-" {
			return false // "the year-ago results"
		}
		if unit == "fiscal" {
			// "the current fiscal", "last fiscal": the fiscal year, in
			// South Asian usage; but "this fiscal policy" is an adjective.
			if !fiscalNoun(x.after(m, 24)) {
				return false
			}
			unit = "fiscal year"
		}
		if unit == "fall" {
			// "the fall of Srebrenica", "the fall of the Berlin Wall": a
			// downfall; "the fall of 1995" is a season.
			if a := x.after(m, 6); len(a) == 6 && a[:4] == " of " && !isDigit(a[4]) && !(a[4] == '\'' && isDigit(a[5])) {
				if !strings.HasPrefix(strings.ToLower(x.after(m, 10)), " of that ") {
					return false
				}
			}
		}
		if unit == "half" {
			if nw, _ := x.nextWord(m); nw == "of" {
				return false // "the last half of the '80s" is a part of what follows
			}
		}
		if unit == "year" && (det == "the" || det == "the fiscal" || det == "the full") {
			// "the year ended Sept. 30" is a duration; "for the year",
			// "the full year" the reference year.
			if nw, _ := x.nextWord(m); nw == "ended" || nw == "ending" || nw == "that" || nw == "to" || nw == "before" || nw == "after" || nw == "since" {
				x.typ, x.value = Duration, "P1Y"
				return true
			}
		}
		if unit == "hour" || pre == "the top of" {
			// "this hour", "the top of the hour": of the broadcast's
			// hour; "the past hour" is a length of time.
			switch {
			case unit == "hour" && pre == "" && det == "this":
				x.refHour = 1
			case unit == "hour" && pre == "the top of" && det == "the":
				x.refHour = 2
			case unit == "hour" && pre == "" && (det == "the past" || det == "the last" || det == "the coming" || det == "the next"):
				orSo(x, m)
				x.typ, x.value = Duration, durationValue(1, 0, unit)
				return true
			default:
				return false
			}
			x.rel, x.typ, x.gran = true, Time, gHour
			return true
		}
		x.rel = true
		x.mod = modOf(pre)
		if pre == "earlier" || pre == "later" || pre == "the rest of" || pre == "earlier in" || pre == "later in" {
			x.mod = ""
		}
		if unit == "period" && det != "the latest" && det != "the year-ago" && det != "the year-earlier" && det != "the prior-year" && det != "the most recent" {
			return false
		}
		if det == "the" && (pre == "earlier in" || pre == "later in" || x.mod != "") {
			det = "this" // "earlier in the year", "the end of the month"
			// "will be held at the start of the week": the next one, if
			// this one's start has passed.
			x.aheadIfPast = x.mod == "START"
		}
		if det == "this past" {
			if unit == "week" || unit == "weekend" {
				// "this past weekend" said on a Sunday is this one; said
				// on a weekday, the one before. "This past week" from
				// Thursday on is mostly this week.
				x.rel, x.gran, x.thisPast = true, gWeek, true
				if unit == "weekend" {
					x.gran, x.pastWeekend = gWeekend, true
				}
				return true
			}
			det = "last" // "this past spring"
		}
		if det == "the next" && (unit == "day" || unit == "morning" || unit == "afternoon" || unit == "evening" || unit == "night") {
			// "appeared in court the next morning": the day after the
			// last day named; but "over the next day" is a duration.
			if w, _ := x.prevWord(m); w != "for" && w != "over" && w != "within" && w != "during" && w != "in" {
				det = "the following"
			}
		}
		if det == "the next" && (unit == "year" || unit == "month" || unit == "week") && clauseStart(x.text, x.off+m.Left) {
			// "The next year it agreed…", "and the next month the
			// talks resumed": a clause that the phrase opens is dated
			// by it, a year after the last year named; "spent the next
			// year abroad", "over the next year" are lengths of time.
			det = "the following"
		}
		n := 0
		switch det {
		case "this", "the current":
		case "the same", "that", "that same":
			x.textAnchor = true
			// "that morning" is the day just named, or today; "the
			// same day" points back as far as it must.
			x.nearDay = det == "that"
		case "last", "the past", "the last", "the latest", "the most recent":
			n = -1
			if unit == "period" {
				unit = "quarter"
			}
		case "next", "the coming":
			n = 1
		case "the previous", "the preceding", "the prior":
			n, x.textAnchor = -1, true
		case "the following", "the next":
			n, x.textAnchor = 1, true
		case "the year-ago", "the year-earlier", "the prior-year":
			if unit != "quarter" && unit != "period" {
				return false
			}
			x.gran, x.sm = gQuarter, -15
			return true
		case "the full", "the fiscal":
			if unit != "year" {
				return false
			}
			det = "the"
		case "the":
			switch unit {
			case "quarter":
				n = -1 // the quarter being reported: the last one ended
			case "year", "weekend":
			case "day", "week", "month", "night", "morning", "evening", "afternoon", "half", "fiscal year", "decade", "century":
				return false // "the day", "the year": a duration, or a date the words alone do not fix
			default:
				return seasonOf3(x, unit, 0)
			}
		}
		if (det == "the past" || det == "the last") && (unit == "year" || unit == "month" || unit == "decade" && det == "the last" || unit == "week" || unit == "quarter") {
			// "over the past year", "in the last decade": TimeBank marks
			// the last calendar year or decade (1997, 198), but "the past
			// decade" as ten years (P10Y); the past week
			// is the seven days before the reference, mostly in the week
			// of three days before it.
			if unit == "week" {
				x.rel, x.gran, x.sd = true, gWeek, -3
				return true
			}
		} else if (det == "the past" || det == "the coming" || det == "the next" || det == "the last") && unit != "weekend" {
			// "over the next month", "the past day": a duration.
			orSo(x, m)
			x.typ, x.value = Duration, durationValue(1, 0, unit)
			x.rel = false
			return x.value != ""
		}
		switch unit {
		case "year", "fiscal year":
			x.gran, x.sy = gYear, n
		case "half":
			x.gran, x.sm = gHalf, 6*n
		case "quarter":
			x.gran, x.sm = gQuarter, 3*n
		case "month":
			x.gran, x.sm = gMonth, n
		case "week":
			x.gran, x.sd = gWeek, 7*n
		case "weekend":
			x.gran, x.sd = gWeekend, 7*n
			if n == 0 {
				switch tenseAt(x.text, x.off+m.Left, x.off+m.Right) {
				case TensePast:
					x.pastWeekend = true // "over the weekend", said on a weekday
				case TenseUnknown:
					// "Over the weekend, McCaw continued to call…": early
					// in the week, the weekend just past.
					x.untensedWeekend = det == "the"
				}
			}
		case "day":
			if (pre == "earlier in" || pre == "later in") && det == "this" {
				x.gran, x.textAnchor, x.nearDay = gDay, true, true // "later in the day"
				return true
			}
			if det == "this" || det == "last" || det == "next" {
				return false
			}
			x.gran, x.sd = gDay, n
		case "night", "morning", "evening", "afternoon":
			if det == "this" && unit != "night" {
				x.gran, x.typ, x.pod = gPart, Time, partOfDay(unit)
				return true
			}
			if det == "last" && unit == "night" {
				x.gran, x.typ, x.pod, x.sd = gPart, Time, "NI", -1
				return true
			}
			if x.textAnchor {
				// "the following morning": the day after the last day named.
				x.gran, x.typ, x.pod, x.sd = gPart, Time, partOfDay(unit), n
				return true
			}
			return false
		case "decade":
			x.gran, x.sy = gDecade, 10*n
		case "century":
			x.gran, x.sy = gCentury, 100*n
		default:
			if det == "this" {
				n = 3
			}
			return seasonOf3(x, unit, n)
		}
		return true
	}).startsWith(cRelDet | cThe | cMod)

// seasonOf3 sets x to the season named unit in the direction dir: -1 the
// last one, 1 the next, 3 the reference year's, 0 by tense.
func seasonOf3(x *expr, unit string, dir int) bool {
	x.gran = gSeason
	x.season = seasonCodes[unit]
	x.dir = dir
	return x.season != ""
}

var seasonCodes = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// clauseStart reports whether the word at i opens a sentence or a clause:
// after a comma, a semicolon, "and", "but" or "then".
func clauseStart(text string, i int) bool {
	if isSentenceStart(text, i) {
		return true
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && (text[i-1] == ',' || text[i-1] == ';') {
		return true
	}
	for _, c := range [...]string{"and", "but", "then"} {
		if i >= len(c) && strings.EqualFold(text[i-len(c):i], c) && (i == len(c) || !isWordByte(text[i-len(c)-1])) {
			return true
		}
	}
	return false
}

// fiscalNoun reports whether "fiscal", followed by the text after, is a
// noun for the fiscal year ("in the current fiscal, exports rose", "for
// the 2024-25 fiscal.") rather than an adjective ("this fiscal policy",
// "the 2024-25 fiscal Budget"): nothing follows it, or a punctuation mark,
// or a word that cannot be its noun.
func fiscalNoun(after string) bool {
	if after == "" || after[0] != ' ' && !isWordByte(after[0]) && after[0] != '-' {
		return true
	}
	if after[0] != ' ' || len(after) < 2 || !isLetter(after[1]) || isUpper(after[1]) {
		return false
	}
	w := after[1:]
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			w = w[:i]
			break
		}
	}
	w = strings.ToLower(w)
	return afterFiscal[w]
}

// afterFiscal are words that follow "fiscal" used as a noun.
var afterFiscal = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "from": true, "with": true, "by": true,
	"for": true, "and": true, "or": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "has": true, "had": true, "as": true, "than": true,
	"when": true, "but": true, "so": true, "that": true, "against": true, "until": true,
	"till": true, "ending": true, "ended": true, "compared": true, "itself": true,
}
