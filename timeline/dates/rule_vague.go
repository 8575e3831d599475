package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// vague finds references to the present, past or future without a date:
// "currently" and "at present" (PRESENT_REF), "recently" and "in the past"
// (PAST_REF), "in the future" and "in the near term" (FUTURE_REF). "Soon" and "previously" are
// left out: TimeML annotates them only now and then.
var vague = newRule("vague", cVague|cUnit,
	`\b(?P<x>`+ci("currently|current|recently|recent|the past|the future|future|formerly|lately|nowadays|presently|these days|at present|the present|in the near future|the near future|the near term|the short term|once")+`)\b`,
	func(m *rules.Match, x *expr) bool {
		w := lowerTrim(m.Text)
		nw, next := x.nextWord(m)
		switch w {
		case "future":
			// "future" alone is too often not a time ("future demand");
			// but "in future," is ("will be done differently in future").
			if pw, _ := x.prevWord(m); pw == "in" && next != ' ' && !isWordByte(next) {
				break
			}
			if !vagueNouns[nw] && !futureUnits[nw] || next != ' ' {
				return false
			}
			if futureUnits[nw] {
				// "in future quarters": TimeBank spans the unit too.
				m.Right += 1 + len(nw)
				m.Text = x.text[x.off+m.Left : x.off+m.Right]
			}
		case "current", "recent":
			// "the current weakness", "a recent filing": the present, the
			// past. But not "current account" or "the current".
			if next != ' ' || nw == "" || !isLetter(nw[0]) || notVagueNouns[nw] {
				return false
			}
			if i := x.off + m.Left; w == "current" && m.Left >= 5 && (x.text[i-1] == ' ' || x.text[i-1] == '-') && strings.EqualFold(x.text[i-5:i-1], "then") {
				// "the then current price", "the then-current chairman":
				// the present of a past time.
				m.Left -= 5
				m.Text = x.text[x.off+m.Left : x.off+m.Right]
				x.value = "PAST_REF"
				return true
			}
		case "the past":
			if nw == "" && (next == ' ' || isWordByte(next)) || vagueNotAfterPast[nw] {
				return false
			}
			if nw != "" && (isDigit(nw[0]) || numberWords[nw] > 0) {
				return false
			}
		case "the present":
			// "the present resolution", "the present report": "this", in
			// official texts; but "until the present", "the present is",
			// and "the present day", which TimeML spans with its noun.
			if next == ' ' && nw != "" && isLetter(nw[0]) && !notVagueNouns[nw] && !vagueUntil[nw] {
				if !presentNouns[nw] {
					return false
				}
				m.Right += 1 + len(nw)
				m.Text = x.text[x.off+m.Left : x.off+m.Right]
			}
		case "once":
			return false
		}
		switch w {
		case "currently", "current", "nowadays", "presently", "these days", "at present", "the present":
			x.value = "PRESENT_REF"
		case "recently", "recent", "the past", "previously", "formerly", "lately":
			x.value = "PAST_REF"
		default:
			x.value = "FUTURE_REF"
		}
		return true
	}).startsWith(cVague | cThe | cApprox | cMod)

// vagueNouns are the words after which an adjective like "recent" is a
// time expression.
var vagueNouns = map[string]bool{
	"times": true, "era": true, "period": true, "generations": true, "history": true,
	"events": false,
}

// futureUnits are the units after which "future" is a time with them:
// "future quarters", "future years".
var futureUnits = map[string]bool{
	"years": true, "months": true, "weeks": true, "quarters": true, "decades": true, "days": true,
}

// notVagueNouns are the words after which "current" or "recent" is not a
// time: nouns ("current account") and the words after an adjective used
// as a noun ("the most recent in 1973", "the recent was").
var notVagueNouns = map[string]bool{"account": true, "accounts": true, "affairs": true,
	"events": true, "and": true, "or": true, "of": true, "flow": true, "flows": true,
	"in": true, "on": true, "at": true, "to": true, "from": true, "with": true, "by": true,
	"was": true, "were": true, "is": true, "are": true, "one": true, "ones": true}

// vagueNotAfterPast are words after "the past" that make it a duration or
// a modifier: "the past few weeks", "the past year".
var vagueNotAfterPast = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "decade": true, "decades": true, "few": true, "several": true,
	"century": true, "centuries": true, "hour": true, "hours": true, "quarter": true,
	"weekend": true, "summer": true, "winter": true, "spring": true, "fall": true,
	"two": true, "three": true, "four": true, "five": true, "six": true,
}

// presentNouns are the nouns that "the present" spans with it: "the
// present day", "the present time".
var presentNouns = map[string]bool{"day": true, "time": true, "era": true, "age": true}

// vagueUntil are words after "the present" that leave it a noun: "from
// 1990 to the present when", "the present has".
var vagueUntil = map[string]bool{
	"when": true, "has": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "should": true, "but": true,
	"as": true, "than": true, "that": true, "so": true, "if": true, "for": true,
}
