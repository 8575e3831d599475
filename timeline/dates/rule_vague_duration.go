package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// vagueDuration finds an unnumbered length of time after "for", "over" or
// "within": "for years" (PXY), "for weeks" (PXW), "within hours of the
// collapse" (PTXH); after "in" when a superlative or a negation comes
// before it: "the deadliest attack in decades" (PXY), "the first visit in
// years"; and the recent or coming ones, which TimeBank marks as
// durations too: "in recent days" (PXD), "in coming months", "the weeks
// ahead" (PXM, PXW).
var vagueDuration = newRule("vague-duration", cUnit|cDecade,
	`\b(?:(`+ci("for|over|within|in|past")+`)\s+)?(?P<x>(?:((?:[Rr]ecent|(?:[Tt]he\s+)?[Cc]oming)\s+)?(`+ci("years|months|weeks|days|decades|centuries|hours|minutes|quarters")+`)|[Tt]he\s+(years|months|weeks|days)\s+ahead))\b`,
	func(m *rules.Match, x *expr) bool {
		if nw, _ := x.nextWord(m); nw == "ago" || nw == "of" && lowerTrim(m.Captures[0]) != "within" {
			return false // "years ago", "months of talks"; but "within hours of the collapse"
		}
		unit := lowerTrim(m.Captures[3])
		switch {
		case m.Captures[4] != "":
			unit = m.Captures[4] // "the weeks ahead"
		case m.Captures[2] != "":
			// "in recent days", "in coming weeks"
		case unit == "quarters":
			return false
		default:
			p := lowerTrim(m.Captures[0])
			w := p
			if w == "" {
				w, _ = x.prevWord(m) // "in" is no trigger: the match may start after it
			}
			switch {
			case w == "in" && unit != "minutes" && unit != "hours" && superlativeBefore(x.text, x.off+m.Left):
				// "the deadliest attack in decades", "the first visit in
				// years", "has not rained in months"
			case p == "" || p == "in" || p == "past":
				return false
			}
		}
		x.typ = Duration
		if unit == "centuries" {
			x.value = "PXC" // TimeBank: "for centuries"
			return true
		}
		l := unitLetter(unit)
		if l[0] == 'T' {
			x.value = "PTX" + l[1:]
		} else {
			x.value = "PX" + l
		}
		return true
	}).startsWith(cFor | cUnit | cDecade | cRelDet | cThe)

// superlativeBefore reports whether a superlative ("the deadliest",
// "its highest", "the first") or a negation ("not", "never", "-n't")
// comes before i in its sentence, within ten words.
func superlativeBefore(text string, i int) bool {
	var buf [10]tword
	ws := wordsLeft(text, i, buf[:0])
	for k, w := range ws {
		switch {
		case w.w == "first" || w.w == "last" || w.w == "most" || w.w == "least" || w.w == "best" || w.w == "worst":
			return true
		case w.w == "not" || w.w == "never" || w.w == "t" && k+1 < len(ws) && strings.HasSuffix(ws[k+1].w, "n"):
			return true
		case len(w.w) > 5 && strings.HasSuffix(w.w, "est") && k+1 < len(ws) && superlativeDeterminers[ws[k+1].w]:
			return true // "the deadliest", "its highest"
		case len(w.w) > 6 && strings.HasSuffix(w.w, "iest") && !w.name:
			return true // a headline: "after deadliest clash in decades"
		}
	}
	return false
}

// superlativeDeterminers come before a superlative adjective.
var superlativeDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true,
}
