package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// clockHours are the hours of a clock time in words.
const clockHours = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

// clockWord finds the clock times of speech and broadcast copy: "three
// o'clock", "eight p.m.", "half past nine", "a quarter to six", "seven
// this morning", "eleven o'clock tomorrow morning", "10 a.m. this
// morning", with the day or part of day after them. A bare hour in words
// needs "at" (or "by", "until"…) before it and a part of the day after it:
// "at seven this morning", never "seven this morning were arrested".
// Without a day, the time is on the last day the text named.
var clockWord = newRule("clock-word", cClock|cPart|cCasual|cQuarter,
	`\b(?P<x>(?:(?:[Aa]\s+)?([Hh]alf|[Qq]uarter)\s+(past|to)\s+)?(\d{1,2}|`+ci(clockHours)+`)(?:(\s+o['’]clock)|\s*((?i:a\.m\.?|p\.m\.?|am\b|pm\b)))?(`+reZone+`)?(?:,?\s+(?:on\s+)?(`+reWeekday+`|`+ci("today|tonight|tomorrow|yesterday|this")+`)(?:\s+(`+ci("morning|afternoon|evening|night")+`))?|\s+in\s+the\s+(`+ci("morning|afternoon|evening")+`))?)\b`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		frac, dir, hw, oclock, ampm, zone, day, part := lowerTrim(c[1]), lowerTrim(c[2]), lowerTrim(c[3]), c[4], lowerTrim(c[5]), c[6], lowerTrim(c[7]), lowerTrim(c[8])
		if part == "" {
			part = lowerTrim(c[9])
		}
		if day == "this" && part == "" {
			return false // "at seven this year"
		}
		if day == "tonight" {
			part = "night"
		}
		digits := isDigit(hw[0])
		switch {
		case digits && ampm != "" && frac == "" && (part == "" || c[9] != ""):
			return false // "9 a.m.", "9 a.m. Tuesday", "4 in the morning": hour's and dayTime's
		case digits && ampm == "" && oclock == "" && frac == "":
			return false // "at 7 this morning" is a count as often as a time
		case ampm == "" && oclock == "" && frac == "":
			// "at seven this morning": only with its day part and "at".
			if part == "" {
				return false
			}
			switch w, _ := x.prevWord(m); w {
			case "at", "by", "until", "till", "before", "after", "around", "about", "from", "since":
			default:
				return false
			}
		}
		h := 0
		if digits {
			h = atoi(hw)
		} else {
			h = numberWords[hw]
		}
		if h < 1 || h > 12 {
			return false
		}
		switch {
		case strings.HasPrefix(ampm, "p"):
			if h != 12 {
				h += 12
			}
		case strings.HasPrefix(ampm, "a"):
			if h == 12 {
				h = 0
			}
		case part == "afternoon" || part == "evening":
			if h < 12 {
				h += 12
			}
		case part == "night":
			if h >= 6 && h < 12 {
				h += 12 // "ten o'clock tonight"; "two o'clock tonight" is small hours
			}
		}
		mi := 0
		switch {
		case frac == "half" && dir == "past":
			mi = 30
		case frac == "quarter" && dir == "past":
			mi = 15
		case frac == "quarter" && dir == "to":
			if h == 0 {
				return false
			}
			h, mi = h-1, 45
		case frac != "":
			return false // "half to nine"
		}
		_ = zone
		x.typ, x.gran, x.rel = Time, gMinute, true
		x.h, x.mi = h, mi
		switch day {
		case "", "this", "tonight":
			if day == "" {
				x.textAnchor = true
			}
			return true
		}
		return x.setDayWord(day)
	}).needsOne(cNum | cDigit).startsWith(cNum | cDigit | cQuarter).mayStart(clockDigits)

// clockDigits reports whether an hour in digits at w[at] may start a
// clock time of clockWord, which keeps one only with "o'clock" or a part
// of the day after it ("3 o'clock", "10 a.m. this morning", "9 p.m.
// tonight"): "3 p.m." alone is hour's. Hours in words pass.
func clockDigits(w string, at int) bool {
	if !isDigit(w[at]) {
		return true
	}
	s := w[at:min(len(w), at+maxExpr)]
	return strings.Contains(s, "clock") || strings.Contains(s, "orning") || strings.Contains(s, "fternoon") ||
		strings.Contains(s, "vening") || strings.Contains(s, "ight")
}
