package dates

// The first pass: one cheap scan over the text that finds the words and
// numbers that can be part of a time expression (triggers). Rules only run
// on small windows around clusters of triggers.

// class is a set of trigger classes.
type class uint32

// Strong classes open a window; weak ones (cWeak) only tell the rules
// what a window holds.
const (
	cMonth   class = 1 << iota // a capitalised month name: "August", "Aug."
	cWeekday                   // a capitalised weekday name: "Friday"
	cYear                      // a four-digit number 1000–2099
	cDecade                    // "1990s", "'90s", "nineties"
	cNumDate                   // "2022-08-02", "8/2/2022"
	cClock                     // "a.m.", "p.m.", "10:30", "noon", "midnight"
	cUnit                      // year, month, week, day, hour, weekend…
	cCasual                    // today, yesterday, tomorrow, tonight, now
	cVague                     // currently, recently, future, past…
	cSet                       // daily, weekly, every, each, once, times…
	cPart                      // morning, afternoon, evening, night
	cHoliday                   // Christmas, Thanksgiving, Easter…
	cOrd                       // century, millennium
	cSeason                    // spring, summer, fall, autumn, winter
	cQuarter                   // quarter, half, Q1, H2
	cYearAdj                   // year-earlier, year-ago
	cRelDet                    // weak: this, last, next, previous, following…
	cThe                       // weak: the
	cMod                       // weak: early, late, mid, end, beginning…
	cFiscal                    // weak: fiscal, calendar, FY
	cOrdW                      // weak: first, third, fourth, final
	cApprox                    // weak: nearly, almost, more (than), at (least)…
	cSpoken                    // "nineteen", which starts a spoken year
	cLong                      // weak: "long" after a hyphen: "day-long"
	cNum                       // weak: a number in words, "a", "several"
	cDigit                     // weak: a number in digits
	cAgo                       // weak: ago, earlier, later, hence
	cFor                       // weak: for, over, within, recent

	cDet  = cRelDet | cThe | cMod | cFiscal | cOrdW
	cWeak = cDet | cNum | cDigit | cAgo | cFor | cApprox | cLong
)

// wordClass maps lower-case words to their trigger classes. Month and
// weekday names are looked up separately, because they trigger only when
// capitalised.
var wordClass = map[string]class{
	"year": cUnit, "years": cUnit, "month": cUnit, "months": cUnit,
	"week": cUnit, "weeks": cUnit, "day": cUnit, "days": cUnit,
	"hour": cUnit, "hours": cUnit, "minute": cUnit, "minutes": cUnit,
	"second": cUnit, "seconds": cUnit, "weekend": cUnit, "weekends": cUnit,
	"fortnight": cUnit, "period": cUnit | cQuarter,
	"quarter": cQuarter | cUnit, "quarters": cQuarter | cUnit, "half": cQuarter,
	"q1": cQuarter, "q2": cQuarter, "q3": cQuarter, "q4": cQuarter, "h1": cQuarter, "h2": cQuarter,
	"decade": cDecade | cUnit, "decades": cDecade | cUnit,
	"century": cOrd | cUnit, "centuries": cOrd | cUnit, "millennium": cOrd | cUnit,
	"spring": cSeason, "summer": cSeason, "fall": cSeason, "autumn": cSeason, "winter": cSeason,
	"summers": cSeason, "winters": cSeason,
	"today": cCasual, "yesterday": cCasual, "tomorrow": cCasual, "tonight": cCasual, "now": cCasual,
	"currently": cVague, "current": cVague, "recently": cVague, "recent": cVague | cFor,
	"future": cVague, "past": cVague | cRelDet, "formerly": cVague, "lately": cVague,
	"nowadays": cVague, "presently": cVague, "present": cVague, "term": cVague,
	"ago": cAgo, "earlier": cAgo | cMod, "later": cAgo | cMod, "hence": cAgo,
	"before": cAgo, "after": cAgo,
	"daily": cSet, "weekly": cSet, "monthly": cSet, "yearly": cSet, "annually": cSet,
	"hourly": cSet, "nightly": cSet, "every": cSet, "each": cSet, "once": cSet,
	"twice": cSet, "thrice": cSet, "times": cSet,
	"morning": cPart, "afternoon": cPart, "evening": cPart, "night": cPart,
	"overnight": cPart, "mornings": cPart, "nights": cPart, "evenings": cPart,
	"noon": cClock, "midnight": cClock, "midday": cClock, "am": cClock, "pm": cClock,
	"gmt": cClock, "utc": cClock, "clock": cClock,
	"christmas": cHoliday, "thanksgiving": cHoliday, "easter": cHoliday,
	"halloween": cHoliday, "eve": cHoliday, "election": cHoliday, "independence": cHoliday,
	"valentine": cHoliday, "labor": cHoliday, "memorial": cHoliday, "veterans": cHoliday,
	"boxing":   cHoliday,
	"twenties": cDecade, "thirties": cDecade, "forties": cDecade, "fifties": cDecade,
	"sixties": cDecade, "seventies": cDecade, "eighties": cDecade, "nineties": cDecade,
	"this": cRelDet, "last": cRelDet, "next": cRelDet, "the": cThe, "previous": cRelDet,
	"following": cRelDet, "preceding": cRelDet, "prior": cRelDet, "same": cRelDet, "that": cRelDet,
	"coming": cRelDet, "latest": cRelDet, "early": cMod, "late": cMod, "mid": cMod,
	"a": cNum, "an": cNum, "one": cNum, "two": cNum, "three": cNum, "four": cNum,
	"five": cNum, "six": cNum, "seven": cNum, "eight": cNum, "nine": cNum, "ten": cNum,
	"eleven": cNum, "twelve": cNum, "thirteen": cNum, "fourteen": cNum, "fifteen": cNum,
	"sixteen": cNum, "seventeen": cNum, "eighteen": cNum, "nineteen": cNum | cSpoken,
	"twenty": cNum, "thirty": cNum, "forty": cNum, "fifty": cNum, "sixty": cNum,
	"seventy": cNum, "eighty": cNum, "ninety": cNum, "hundred": cNum, "several": cNum,
	"few": cNum, "many": cNum, "some": cNum, "couple": cNum, "thousand": cSpoken, "another": cNum,
	"for": cFor, "over": cFor, "within": cFor,
	"end": cMod, "beginning": cMod, "start": cMod, "middle": cMod, "rest": cMod,
	"by": cMod, "fiscal": cFiscal, "calendar": cFiscal, "fy": cFiscal, "first": cOrdW,
	"third": cOrdW, "fourth": cOrdW, "final": cOrdW, "comparable": cRelDet,
	"most": cRelDet, "other": cRelDet, "remaining": cRelDet, "initial": cRelDet, "full": cRelDet,
	"entire": cRelDet, "whole": cRelDet,
	"nearly": cApprox, "almost": cApprox, "more": cApprox, "less": cApprox, "up": cApprox,
	"at": cApprox, "these": cMod, "no": cApprox, "under": cApprox, "just": cApprox,
}

// maybeWord[c][e][n] reports whether a trigger word (or a month or
// weekday name) of n letters starts with letter 'a'+c and ends with
// letter 'a'+e: a cheap test that spares most words a map lookup.
var maybeWord = func() (t [26][26][17]bool) {
	add := func(w string) {
		if n := len(w); n <= 16 && isLetter(w[0]) && isLetter(w[n-1]) {
			t[w[0]|0x20-'a'][w[n-1]|0x20-'a'][n] = true
		}
	}
	for w := range wordClass {
		add(w)
	}
	for w := range monthNames {
		add(w)
	}
	for w := range weekdayNames {
		add(w)
	}
	add("long")
	return t
}()

// monthNames maps month names and abbreviations (without a dot) to 1–12.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names to time.Weekday numbers (Sunday = 0).
// Abbreviations are left out on purpose: "Sun" is a newspaper, "sat" a verb.
var weekdayNames = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3,
	"thursday": 4, "friday": 5, "saturday": 6,
}

// A trigger is a token that can be part of a time expression.
type trigger struct {
	start, end int // byte offsets of the token
	cls        class
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isUpper(b byte) bool  { return b >= 'A' && b <= 'Z' }

// lower returns s in lower case (ASCII), using buf when s fits.
func lower(buf *[16]byte, s string) []byte {
	n := copy(buf[:], s)
	for i := 0; i < n; i++ {
		buf[i] |= 0x20
	}
	return buf[:n]
}

// classify returns the trigger class of the word text[i:j] (ASCII letters).
func classify(text string, i, j int) class {
	if j-i > 16 || j-i < 1 {
		return 0
	}
	if j-i == 1 && text[i] != 'a' && text[i] != 'A' {
		return 0
	}
	if !maybeWord[text[i]|0x20-'a'][text[j-1]|0x20-'a'][j-i] {
		return 0 // no trigger word has that first and last letter and that length
	}
	var buf [16]byte
	w := lower(&buf, text[i:j])
	if j-i == 4 && i > 0 && text[i-1] == '-' && string(w) == "long" {
		return cLong
	}
	if c, ok := wordClass[string(w)]; ok {
		if c == cUnit && text[i]|0x20 == 'y' && j < len(text) && text[j] == '-' {
			return cYearAdj | cUnit // year-earlier, year-ago
		}
		if c == cFiscal && string(w) == "fiscal" && fiscalNoun(text[j:min(len(text), j+24)]) {
			return cFiscal | cUnit // "last fiscal": a noun, the fiscal year
		}
		if c == cUnit && string(w) == "year" && i >= 4 && text[i-4:i] == "New " {
			return cUnit | cHoliday // New Year's Day
		}
		if c == cClock && j-i == 2 { // "am"/"pm" only after a number: "10 am"
			k := i - 1
			for k >= 0 && text[k] == ' ' {
				k--
			}
			if k < 0 || !isDigit(text[k]) {
				return 0
			}
		}
		return c
	}
	if !isUpper(text[i]) {
		return 0
	}
	if _, ok := monthNames[string(w)]; ok {
		return cMonth
	}
	if _, ok := weekdayNames[string(w)]; ok {
		return cWeekday
	}
	return 0
}

// classifyNumber returns the trigger class of the number token text[i:j]
// (digits, possibly with inner separators) and the end of the token
// including a decade "s".
func classifyNumber(text string, i, j int) class {
	n := j - i
	seps := 0
	var sep byte
	for k := i; k < j; k++ {
		if !isDigit(text[k]) {
			seps++
			sep = text[k]
		}
	}
	switch {
	case seps == 0:
		if j < len(text) && text[j] == 's' && (j+1 == len(text) || !isLetter(text[j+1])) {
			if n == 4 && text[j-1] == '0' || n == 2 && i > 0 && (text[i-1] == '\'' || text[i-1] == 0x99) {
				return cDecade
			}
		}
		if n == 4 && (text[i] == '1' || text[i] == '2' && text[i+1] == '0') {
			return cYear
		}
		if n == 2 && i > 0 && text[i-1] == '\'' {
			return cYear // '98
		}
		if n == 8 && text[i] == '1' || n == 8 && text[i] == '2' && text[i+1] == '0' {
			return cNumDate // 19980227
		}
	case seps == 1 && sep == ':':
		return cClock
	case seps == 1 && sep == '-' && n == 7:
		return cNumDate | cYear // 2022-08, 1990-95
	case seps == 1 && (sep == '-' || sep == '/') && n == 9:
		return cYear // 1990-1995, 1998/99 handled by the year rules
	case seps == 1 && sep == '-' && (n == 7 || n == 6 || n == 4 || n == 5):
		if n >= 6 && n <= 7 && (text[i] == '1' || text[i] == '2') {
			return cYear // 1990-95
		}
	case seps == 2 && (sep == '-' || sep == '/' || sep == '.'):
		return cNumDate
	}
	return cDigit | cNum
}

// scan calls f for every trigger of text, in order.
func scan(text string, f func(t trigger)) {
	n := len(text)
	for i := 0; i < n; {
		b := text[i]
		switch {
		case isLetter(b):
			j := i + 1
			for j < n && isLetter(text[j]) {
				j++
			}
			// Q1–Q4, H1–H2
			if j == i+1 && (b == 'Q' || b == 'H') && j < n && text[j] >= '1' && text[j] <= '4' && (j+1 == n || !isWordByte(text[j+1])) {
				f(trigger{i, j + 1, cQuarter})
				i = j + 1
				continue
			}
			// FY24: a fiscal year in two digits.
			if j == i+2 && b == 'F' && text[i+1] == 'Y' && j+2 <= n && isDigit(text[j]) && isDigit(text[j+1]) && (j+2 == n || !isWordByte(text[j+2])) {
				f(trigger{i, j + 2, cFiscal | cYear})
				i = j + 2
				continue
			}
			// a.m. / p.m.
			if j == i+1 && (b|0x20 == 'a' || b|0x20 == 'p') && j+2 < n && text[j] == '.' && text[j+1]|0x20 == 'm' {
				if c := classifyAMPM(text, i); c != 0 {
					f(trigger{i, j + 2, c})
					i = j + 2
					continue
				}
			}
			if c := classify(text, i, j); c != 0 {
				f(trigger{i, j, c})
			}
			i = j
		case isDigit(b):
			j := i + 1
			for j < n {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == '-' || text[j] == '/' || text[j] == ':' || text[j] == '.') && j+1 < n && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			if c := classifyNumber(text, i, j); c == cDecade && j-i == 2 {
				// '80s: the token starts at the apostrophe.
				s := i - 1
				if text[s] != '\'' && i >= 3 && text[i-3:i] == "’" {
					s = i - 3
				} else if text[s] != '\'' {
					s = i
				}
				f(trigger{s, j + 1, c})
			} else if c == cYear && j-i == 9 {
				f(trigger{i, i + 4, cYear}) // 1990-1995: two years
				f(trigger{i + 5, j, cYear})
			} else if c != 0 {
				f(trigger{i, j, c})
			}
			i = j
		default:
			i++
		}
	}
}

// classifyAMPM reports whether the "a.m."/"p.m." at i follows a number.
func classifyAMPM(text string, i int) class {
	k := i - 1
	for k >= 0 && text[k] == ' ' {
		k--
	}
	if k >= 0 && (isDigit(text[k]) || isLetter(text[k])) {
		return cClock
	}
	return 0
}
