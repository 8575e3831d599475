package dates

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// duration finds a length of time: "three years", "a five-and-a-half-hour
// meeting" (PT5H30M), "the past two decades" (P20Y), "the first nine
// months", "two-year", "several weeks" (PXW), "about 40 years".
var duration = newRule("duration", cUnit|cDecade|cOrd|cQuarter,
	`\b(?P<x>(?:`+ci("nearly|almost|more than|less than|no more than|over|up to|at least|under|just over|just under")+`\s+)?(?:((?:[Tt]he\s+)?(?:past|last|next|coming|first|final|previous|following|preceding|latest|remaining|same|other|initial|full|entire|whole)|[Tt]he|[Pp]ast|[Ll]ast|[Nn]ext|[Ff]irst|[Cc]oming|[Aa]nother)\s+)?(`+reNumWord+`)((?:[\s-]+and[\s-]+an?[\s-]+half|\s+1/2)?)(?:\s+(?:more|additional|straight))?[\s-]+(`+ci("year|month|week|day|hour|minute|second|decade|century|centurie|quarter|fortnight")+`)(s?)(\s+and\s+a\s+half)?)\b`,
	func(m *rules.Match, x *expr) bool {
		numText := lowerTrim(m.Captures[2])
		n, frac := number(numText)
		if n == -2 {
			return false
		}
		if m.Captures[3] != "" || m.Captures[6] != "" {
			frac = 5 // "two and a half years", "a minute and a half"
		} else if (numText == "a" || numText == "an") && m.Captures[1] == "" && m.Left >= 5 {
			// "half a century", "half an hour": half of one unit.
			if i := x.off + m.Left; strings.EqualFold(x.text[i-5:i], "half ") && (i == 5 || !isWordByte(x.text[i-6])) {
				m.Left -= 5
				m.Text = x.text[i-5 : x.off+m.Right]
				n, frac = 0, 5
			}
		}
		unit := lowerTrim(m.Captures[4])
		if unit == "second" && (numText == "a" || numText == "an") {
			return false // "a second round"
		}
		if a := strings.ToLower(x.after(m, 5)); strings.HasPrefix(a, "-old") || strings.HasPrefix(a, " old") || strings.HasPrefix(a, "s-old") || strings.HasPrefix(a, "s old") {
			return false // an age: "a 6-year-old boy"
		}
		if n == 1 && frac == 0 && m.Captures[5] != "" && !isDigit(numText[0]) {
			return false // "a years-old slump"
		}
		if strings.HasSuffix(m.Text, "-") {
			return false
		}
		if i := x.off + m.Left + strings.Index(m.Text, m.Captures[2]); isUpper(x.text[i]) && !isSentenceStart(x.text, i) {
			// "the Six-Day War", "the Hundred Years' War": a name.
			a := strings.TrimLeft(x.after(m, 16), " '’")
			j := 0
			for j < len(a) && isLetter(a[j]) {
				j++
			}
			if nameHeads[a[:j]] {
				return false
			}
		}
		if p := lowerTrim(m.Captures[1]); p == "the" && strings.HasPrefix(m.Text[strings.Index(m.Text, m.Captures[2])+len(m.Captures[2]):], "-") {
			// "the eight-year war": TimeBank leaves "the" out of an adjective.
			m.Left += len(m.Captures[1])
			for m.Left < m.Right && x.text[x.off+m.Left] == ' ' {
				m.Left++
			}
			m.Text = x.text[x.off+m.Left : x.off+m.Right]
		}
		if unit == "quarter" && (m.Captures[5] != "" && strings.Contains(m.Text, "-") || x.after(m, 3) == " of") {
			return false // a fraction: "three-quarters", "a quarter of the market"
		}
		if n == 1 && frac == 0 && (numText == "a" || numText == "an") && m.Captures[1] == "" && !afterPunct(x.text, x.off+m.Left) {
			// "$1.76 a year", "358,000 a month", "24 hours a day": a rate
			// (but not "on Jan. 19, a day before the vote").
			if w, _ := x.prevWord(m); w != "" && (isDigit(w[len(w)-1]) || w == "million" || w == "billion" || w == "percent" || w == "times" || w == "once" || w == "twice" || numberBefore(x.text, x.off+m.Left-len(w)-1)) {
				return false
			}
		}
		if numText == "one" && unit == "day" && m.Captures[5] == "" && m.Captures[1] == "" {
			// "Islam will one day be", "the hope he one day follows": some
			// day in the future.
			if w, _ := x.prevWord(m); modals[w] || subjects[w] {
				x.value = "FUTURE_REF"
				return true
			}
		}
		orWord := orSo(x, m)
		x.typ = Duration
		x.mod = approxMod(approxPrefix(m.Text))
		if n == -1 {
			x.value = "PX" + unitLetter(unit)
			if strings.HasPrefix(unitLetter(unit), "T") {
				x.value = "PTX" + unitLetter(unit)[1:]
			}
			return true
		}
		if n == 0 && frac == 0 {
			return false
		}
		if w, _ := x.prevWord(m); w == "in" && n > 0 && frac == 0 && m.Captures[1] == "" {
			// "will meet in three weeks": a date that far from now.
			i := x.off + m.Left
			if tenseAt(x.text, i, x.off+m.Right) == TenseFuture {
				if orWord != "" && orWord != "so" {
					// "in a year or two": some time ahead.
					x.typ, x.mod, x.value = Date, "", "FUTURE_REF"
					return true
				}
				x.typ, x.mod, x.rel = Date, "", true
				switch unit {
				case "year":
					x.gran, x.sy = gYear, n
					return true
				case "month":
					x.gran, x.sm = gMonth, n
					return true
				case "week":
					x.gran, x.sd = gWeek, 7*n
					return true
				case "day":
					x.gran, x.sd = gDay, n
					return true
				}
				x.typ = Duration
			}
		}
		x.value = durationValue(n, frac, unit)
		if frac == 0 && orWord == "" {
			andSmaller(x, m, unit)
		}
		return x.value != ""
	}).needs(cNum).startsWith(cThe | cRelDet | cNum | cOrdW | cApprox)

// reAndUnit matches a smaller unit added to a length of time: " and 40
// minutes" in "two hours and 40 minutes".
var reAndUnit = regexp.MustCompile(`^,?\s+and\s+(` + reNumWord + `)[\s-]+(` + ci("year|month|week|day|hour|minute|second") + `)s?\b`)

// unitRank orders the units of reAndUnit, largest first.
var unitRank = map[string]int{"year": 1, "month": 2, "week": 3, "day": 4, "hour": 5, "minute": 6, "second": 7}

// andSmaller widens the duration x, of unit, over a smaller unit added
// after it ("two hours and 40 minutes" is PT2H40M, "a year and six
// months" P1Y6M), which the TimeML guidelines keep in one expression.
func andSmaller(x *expr, m *rules.Match, unit string) {
	sm := reAndUnit.FindStringSubmatch(x.after(m, 40))
	if sm == nil {
		return
	}
	u := strings.ToLower(sm[2])
	if unitRank[u] <= unitRank[strings.TrimSuffix(unit, "s")] || unitRank[strings.TrimSuffix(unit, "s")] == 0 {
		return // "two hours and three days", "two decades and six years"
	}
	n, frac := number(sm[1])
	if n <= 0 || frac != 0 {
		return
	}
	v := durationValue(n, 0, u)
	switch {
	case v == "":
		return
	case strings.HasPrefix(x.value, "PT") || !strings.HasPrefix(v, "PT"):
		x.value += strings.TrimPrefix(strings.TrimPrefix(v, "P"), "T") // PT2H + PT40M, P1Y + P6M
	default:
		x.value += v[1:] // P3D + PT4H
	}
	m.Right += len(sm[0])
	m.Text = x.text[x.off+m.Left : x.off+m.Right]
}

// nameHeads are the nouns that make a capitalised length of time a
// name: "the Six-Day War", "the Hundred Years' War".
var nameHeads = map[string]bool{
	"War": true, "Wars": true, "Revolution": true, "Offensive": true, "Siege": true,
	"Battle": true, "Campaign": true, "Crisis": true, "Uprising": true, "Plan": true,
}

// orSo widens the match m over an "or so", "or two" or "or three" after
// it ("the next year or so", "a year or two"), which TimeBank keeps in
// the span, and returns the word after "or" ("" when there is none).
func orSo(x *expr, m *rules.Match) string {
	a := x.after(m, 10)
	for _, w := range [...]string{"so", "two", "three"} {
		if len(a) >= 4+len(w) && a[:4] == " or " && a[4:4+len(w)] == w && (len(a) == 4+len(w) || !isLetter(a[4+len(w)])) {
			m.Right += 4 + len(w)
			m.Text = x.text[x.off+m.Left : x.off+m.Right]
			return w
		}
	}
	return ""
}

// unitLetter returns the ISO 8601 designator of a unit, with a "T" before
// time units.
func unitLetter(unit string) string {
	switch strings.TrimSuffix(unit, "s") {
	case "year":
		return "Y"
	case "month":
		return "M"
	case "week":
		return "W"
	case "day":
		return "D"
	case "hour":
		return "TH"
	case "minute":
		return "TM"
	case "second":
		return "TS"
	case "decade", "century", "centurie":
		return "Y" // TimeBank writes decades and centuries in years: P20Y, PXY
	case "quarter":
		return "Q"
	case "fortnight":
		return "W"
	}
	return ""
}

// durationValue returns the TIMEX3 value of n units and frac tenths of a
// unit: P3Y, PT5H30M, P20Y for two decades.
func durationValue(n, frac int, unit string) string {
	unit = strings.TrimSuffix(strings.TrimSuffix(unit, "s"), "ie")
	switch unit {
	case "decade":
		if frac != 0 {
			return "P" + strconv.Itoa(n*10+frac) + "Y"
		}
		return "P" + strconv.Itoa(n*10) + "Y"
	case "centur", "century":
		return "P" + strconv.Itoa(n*100+frac*10) + "Y"
	case "fortnight":
		return "P" + strconv.Itoa(2*n+frac/5) + "W"
	case "hour":
		if frac != 0 && n == 0 {
			return "PT" + strconv.Itoa(frac*6) + "M"
		}
		if frac != 0 {
			return "PT" + strconv.Itoa(n) + "H" + strconv.Itoa(frac*6) + "M"
		}
		return "PT" + strconv.Itoa(n) + "H"
	case "minute":
		if frac != 0 && n == 0 {
			return "PT" + strconv.Itoa(frac*6) + "S"
		}
		if frac != 0 {
			return "PT" + strconv.Itoa(n) + "M" + strconv.Itoa(frac*6) + "S"
		}
		return "PT" + strconv.Itoa(n) + "M"
	}
	l := unitLetter(unit)
	if l == "" {
		return ""
	}
	if frac != 0 {
		// TimeBank writes a fraction in the next smaller unit: "2 1/2
		// years" is P2Y6M.
		big := func(u string) string {
			if n == 0 {
				return "P"
			}
			return "P" + strconv.Itoa(n) + u
		}
		switch l {
		case "Y":
			if frac*12%10 == 0 {
				return big("Y") + strconv.Itoa(frac*12/10) + "M"
			}
		case "M":
			return big("M") + strconv.Itoa(frac*3) + "D"
		case "W":
			if frac*7%10 == 0 {
				return "P" + strconv.Itoa(n*7+frac*7/10) + "D"
			}
		case "D":
			if frac*24%10 == 0 {
				return big("D") + "T" + strconv.Itoa(frac*24/10) + "H"
			}
		}
	}
	num := strconv.Itoa(n)
	if frac != 0 {
		num += "." + strconv.Itoa(frac)
	}
	if l[0] == 'T' {
		return "PT" + num + l[1:]
	}
	return "P" + num + l
}

// numberBefore reports whether the word that ends at or before i (after
// spaces) is a number: "700 seats a week", "24 hours a day".
func numberBefore(text string, i int) bool {
	for i > 0 && i <= len(text) && text[i-1] == ' ' {
		i--
	}
	return i > 0 && i <= len(text) && isDigit(text[i-1])
}

// afterPunct reports whether the last byte before i that is not a space
// is a punctuation mark that ends a phrase: a comma, semicolon, colon,
// dash or bracket.
func afterPunct(text string, i int) bool {
	for i > 0 && i <= len(text) && text[i-1] == ' ' {
		i--
	}
	return i > 0 && i <= len(text) && strings.IndexByte(",;:()", text[i-1]) >= 0
}

// modals are the modal verbs.
var modals = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true,
}

// subjects are the subject pronouns.
var subjects = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
}
