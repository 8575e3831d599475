package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// ago finds a date some units before or after the reference date: "two
// years ago", "a year ago", "six weeks ago", "a year earlier", "three
// months later", "a year ago this month", "thirty years ago today", "a week or so
// ago". The value has the precision of
// the unit: "two years ago" is a year, "three days ago" a day. A vague
// count ("years ago") is PAST_REF; "a few hours later" is the day named
// just before, and "years later" the past or the future by the tense.
var ago = newRule("ago", cUnit|cDecade|cOrd,
	`\b()(?P<x>(?:`+ci("nearly|almost|more than|less than|no more than|over|up to|at least|under|just over|just under")+`\s+)?(?:(`+reNumWord+`)[\s-]+)?(`+ci("year|month|week|day|decade|centuries|century|hour|minute|quarter")+`)s?(?:\s+or\s+so)?\s+(`+ci("ago|earlier|later|before|after|from now|hence")+`)(?:\s+(`+ci("this|last|next")+`)\s+(`+ci("month|week|year")+`)|\s+(today))?)\b`,
	func(m *rules.Match, x *expr) bool {
		n, frac := -1, 0 // "years ago"
		if m.Captures[2] != "" {
			n, frac = number(m.Captures[2])
		} else if !strings.HasSuffix(lowerTrim(m.Captures[3]), "s") && !strings.HasSuffix(strings.Fields(m.Text)[0], "s") {
			return false // "year ago"
		}
		if n == -2 || frac != 0 {
			return false
		}
		if u := lowerTrim(m.Captures[3]); m.Captures[7] != "" && (n == -1 || u == "hour" || u == "minute") {
			// "two hours ago today", "years ago today": "today" is a
			// date of its own.
			m.Right = m.Left + strings.LastIndex(m.Text, m.Captures[7])
			for m.Right > m.Left && (x.text[x.off+m.Right-1] == ' ' || x.text[x.off+m.Right-1] == '\n' || x.text[x.off+m.Right-1] == '\t') {
				m.Right--
			}
			m.Text, m.Captures[7] = x.text[x.off+m.Left:x.off+m.Right], ""
		}
		dir := lowerTrim(m.Captures[4])
		if dir == "before" || dir == "after" {
			// "two days before the vote" is a duration anchored to an event.
			return false
		}
		if nw, _ := x.nextWord(m); nw == "than" {
			return false // "a year later than planned" compares
		}
		x.rel = true
		x.mod = approxMod(approxPrefix(m.Text))
		sign := -1
		if dir == "later" || strings.HasPrefix(dir, "from") || dir == "hence" {
			sign = 1
		}
		if n == -1 {
			if dir == "later" || dir == "earlier" {
				// "a few hours later": the day named just before; else,
				// like "years later", a time before or after the
				// reference by the tense (resolve: vagueShift).
				x.vagueShift = sign
				if u := lowerTrim(m.Captures[3]); u == "hour" || u == "minute" {
					x.fromLast, x.gran = true, gDay
				}
				return true
			}
			if sign < 0 {
				x.value = "PAST_REF"
			} else {
				x.value = "FUTURE_REF"
			}
			return true
		}
		if dir == "earlier" || dir == "later" {
			x.fromLast = true // "a year later": from the date before it
		}
		k := sign * n
		if n == 1 && lowerTrim(m.Captures[3]) == "year" && m.Captures[6] == "" {
			x.quarterish = true
		}
		switch lowerTrim(m.Captures[3]) {
		case "year":
			x.gran, x.sy = gYear, k
		case "decade":
			x.gran, x.sy = gYear, 10*k
		case "century", "centuries":
			x.gran, x.sy = gYear, 100*k
		case "quarter":
			x.gran, x.sm = gQuarter, 3*k
		case "month":
			x.gran, x.sm = gMonth, k
		case "week":
			x.gran, x.sd = gWeek, 7*k
		case "day":
			x.gran, x.sd = gDay, k
		case "hour":
			// "48 hours ago" is two days back; "a few hours ago" today.
			x.gran, x.sd = gDay, k/24
		case "minute":
			x.gran, x.sd = gDay, k/(24*60)
		}
		if m.Captures[7] != "" {
			x.gran = gDay // "thirty years ago today": that day
		}
		if m.Captures[6] != "" {
			// "a year ago this month": the unit after sets the precision.
			switch lowerTrim(m.Captures[6]) {
			case "month":
				x.gran = gMonth
			case "week":
				x.gran = gWeek
			}
		}
		return true
	}).needsOne(cAgo | cCasual).startsWith(cNum | cUnit | cDecade | cOrd | cApprox)

// approxMod returns the TIMEX3 mod of a quantity modifier ("about", "more
// than"), or "".
func approxMod(s string) string {
	switch strings.Join(strings.Fields(strings.ToLower(s)), " ") {
	case "":
		return ""
	case "about", "some", "roughly", "around", "approximately":
		return "APPROX"
	case "nearly", "almost", "less than", "under", "just under":
		return "LESS_THAN"
	case "no more than", "up to", "at most":
		return "EQUAL_OR_LESS"
	case "more than", "over", "just over":
		return "MORE_THAN"
	case "at least":
		return "EQUAL_OR_MORE"
	}
	return ""
}

// approxPrefix returns the quantity modifier that starts s ("nearly",
// "more than"), or "". TimeBank keeps these in the span, but not "about".
func approxPrefix(s string) string {
	l := strings.ToLower(s)
	for _, p := range [...]string{"no more than ", "more than ", "less than ", "at least ", "up to ", "nearly ", "almost ", "over ", "under ", "just over ", "just under "} {
		if strings.HasPrefix(l, p) {
			return p
		}
	}
	return ""
}
