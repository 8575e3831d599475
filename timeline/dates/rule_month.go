package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// month finds a month name alone, in a date context: "in May", "last
// March", "early December", "end-March", "the end of November", "since
// January", "that September" and "November of that year" (in the year
// named last). The year comes from the
// reference date and the tense: "visited in May" is the last May, "will
// visit in May" the next. A month name needs a modifier or a preposition
// before it, so that "May I" and "March on" are not dates.
var month = newRule("month", cMonth,
	`\b(?P<x>(?:(`+ci("last|this|next|that|early|late|mid|earlier|later|end|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of")+`)[\s-]+)?(`+reMonth+`)(?:\s+(?:of\s+)?(that|the\s+same)\s+year\b)?)`,
	func(m *rules.Match, x *expr) bool {
		mon := monthNum(m.Captures[2])
		if mon == 0 {
			return false
		}
		mod := lowerTrim(m.Captures[1])
		if mod == "end" && m.Text[3] != '-' {
			return false // "to end March": a verb; "end-March" is a date
		}
		if m.Captures[3] != "" {
			if mod != "last" && mod != "next" && mod != "this" && mod != "that" {
				// "in November of that year", "March the same year": the
				// month in the year named last.
				x.gran, x.rel, x.thatYear = gMonth, true, true
				x.setMonth(mon)
				x.mod = modOf(mod)
				return true
			}
			// "last November that year": the month alone.
			m.Right = m.Left + strings.Index(m.Text, m.Captures[2]) + len(m.Captures[2])
			m.Text = m.Text[:m.Right-m.Left]
		}
		if mod == "" {
			w, _ := x.prevWord(m)
			nw, _ := x.nextWord(m)
			// "under a June agreement", "an April deadline": a month
			// before a lower-case noun after "a" is a date too ("a May
			// supporter" is a name).
			a := x.after(m, 2)
			// After a possessive likewise: "the Fed's January meeting".
			attributive := (w == "a" || w == "an" || w == "s" && afterPossessive(x.text, x.off+m.Left)) &&
				len(a) == 2 && a[0] == ' ' && a[1] >= 'a' && a[1] <= 'z' && nw != "of" && mon != 5
			// In a list after another month, or the end of a span of
			// months: "in February, June and October", "January-February".
			listed := monthNum(w) > 0 && x.off+m.Left >= 2 && (x.text[x.off+m.Left-2:x.off+m.Left] == ", " || x.text[x.off+m.Left-1] == '-' || x.off+m.Left >= 3 && x.text[x.off+m.Left-3:x.off+m.Left] == "–")
			if !monthContext[w] && !attributive && !listed {
				if !(nw == "s" && x.after(m, 1) == "'") {
					return false
				}
			}
		}
		if nw, _ := x.nextWord(m); nw == "of" && mod == "" {
			return false // "the March of the Mothers"
		}
		if t := m.Captures[2]; t[len(t)-1] != '.' && len(t) <= 4 && t != "May" && t != "June" && t != "July" {
			if a := x.after(m, 2); len(a) == 2 && a[0] == ' ' && isUpper(a[1]) {
				return false // "Jan Kavan"
			}
		}
		x.gran = gMonth
		x.rel = true
		x.setMonth(mon)
		switch mod {
		case "last":
			x.dir = -1
		case "next":
			x.dir = 1
		case "this":
			x.dir = 3 // the reference year
		case "that":
			if mon == 5 {
				return false // "said that May would": a name, a modal
			}
			x.thatYear = true // "the uprising erupted that September"
		default:
			x.mod = modOf(mod)
		}
		return true
	}).startsWith(cMonth | cRelDet | cMod | cThe)

// monthContext are the words after which a month name is a date.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"to": true, "through": true, "during": true, "before": true, "after": true,
	"between": true, "and": true, "or": true, "of": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "on": true, "for": true,
	"around": true, "throughout": true, "into": true, "the": true, "in.": true, "until.": true, "than": true,
}

// afterPossessive reports whether the text before i, after one space,
// ends in a possessive "'s" or "’s".
func afterPossessive(text string, i int) bool {
	if i < 1 || text[i-1] != ' ' {
		return false
	}
	t := text[:i-1]
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")
}
