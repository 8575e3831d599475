package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// quarter finds a quarter or half of a year: "the third quarter" (the
// reference year's, or the year before in the past tense when it has not
// begun yet), "third-quarter", "the first half of 1998", "Q1 2024", "the
// fourth quarter of last year", "the second half of the year" (as "the
// second half"), "fiscal 1998's second quarter".
var quarter = newRule("quarter", cQuarter,
	`\b(?P<x>(?:`+ci("the")+`\s+)?(?:(\d{4})\s+|((?:`+ci("this|last|next")+`)\s+year's|[Yy]ear-(?:ago|earlier))\s+)?(?:fiscal[\s-]+)?(`+ci("first|second|third|fourth|1st|2nd|3rd|4th|final|last")+`)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?(quarter|half)(?:\s+of\s+(?:(\d{4})|(?:the\s+)?(this|last|next)\s+year|fiscal\s+(\d{4})|the\s+year\b)|,?\s+(\d{4})\b)?|\b(Q[1-4]|H[12])(?:\s+(\d{4}))?)\b`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		var n int
		unit := lowerTrim(c[4])
		if c[9] != "" {
			if c[9][0] != 'Q' && c[9][0] != 'H' {
				return false
			}
			n = int(c[9][1] - '0')
			unit = "quarter"
			if c[9][0] == 'H' {
				unit = "half"
			}
		} else {
			n = ordinal(c[3])
			if lowerTrim(c[3]) == "last" || lowerTrim(c[3]) == "final" {
				if unit == "half" {
					n = 2
				} else {
					n = 4
				}
			}
			if lowerTrim(c[3]) == "last" && c[5] == "" && c[6] == "" && c[7] == "" && c[8] == "" {
				return false // "the last quarter" is relative.go's
			}
		}
		max := 4
		x.gran = gQuarter
		if unit == "half" {
			max, x.gran = 2, gHalf
		}
		if n < 1 || n > max {
			return false
		}
		if unit == "half" && c[9] == "" && c[1] == "" && c[2] == "" && c[5] == "" && c[6] == "" && c[7] == "" && c[8] == "" && c[10] == "" {
			// "the second half of the match", "in the second half" in a
			// report of a game: a half of a match, not of a year.
			if halfOfOther(x.after(m, 24)) || sportContext(x.text, x.off+m.Left, x.off+m.Right) {
				return false
			}
			if nw, _ := x.nextWord(m); halfPlay[nw] && strings.HasSuffix(m.Text, "-half") {
				return false // "a first-half goal"
			}
		}
		x.n = n
		if l := strings.ToLower(m.Text); strings.HasPrefix(l, "the ") && strings.Contains(l, "-quarter") && c[1] == "" && c[2] == "" {
			// "the third-quarter loss": TimeBank leaves "the" out of an adjective.
			m.Left += 4
			m.Text = m.Text[4:]
		}
		for _, y := range []string{c[5], c[7], c[8], c[10]} {
			if y != "" {
				x.setYear(atoi(y))
			}
		}
		if c[1] != "" {
			x.setYear(atoi(c[1])) // "the 1988 second quarter"
		}
		rel := lowerTrim(c[6]) // "of last year"
		switch l := lowerTrim(c[2]); {
		case strings.HasPrefix(l, "year-"): // "the year-ago third quarter"
			rel = "last"
		case l != "": // "last year's first quarter"
			rel = strings.Fields(l)[0]
		}
		switch rel {
		case "this":
			x.rel = true
			x.dir = 3 // the year is named: the tense does not move it
		case "last":
			x.rel, x.sy = true, -1
			x.dir = 3
		case "next":
			x.rel, x.sy = true, 1
			x.dir = 3
		}
		if x.Year == nil {
			x.rel = true
		}
		return true
	}).startsWith(cThe | cOrdW | cRelDet | cQuarter | cUnit | cDigit | cFiscal)

// halfOfOther reports whether after, the text after "the second half",
// names what it is a half of other than a year: "of the match", "of the
// season", "of the decade".
func halfOfOther(after string) bool {
	after = strings.ToLower(after)
	if !strings.HasPrefix(after, " of the ") {
		return false
	}
	w := after[len(" of the "):]
	i := 0
	for i < len(w) && isLetter(w[i]) {
		i++
	}
	return halfOfNouns[w[:i]]
}

// halfOfNouns are what a half may be of that is not a year.
var halfOfNouns = map[string]bool{
	"match": true, "game": true, "season": true, "decade": true, "century": true,
	"contest": true, "final": true, "race": true, "bout": true, "fight": true,
	"tournament": true, "competition": true, "championship": true, "series": true,
	"derby": true, "semifinal": true,
}

// sportContext reports whether the sentence of text[start:end], or the
// one before it, reports a game: it names a player, an official or a
// moment of play that only sport has ("the striker", "the referee",
// "half-time", "a touchdown").
func sportContext(text string, start, end int) bool {
	lo, ends := start, 0
	for lo > 0 && start-lo < 600 {
		if sentenceEnd(text, lo-1) {
			if ends++; ends == 2 {
				break
			}
		}
		lo--
	}
	hi := end
	for hi < len(text) && hi-end < 300 && !sentenceEnd(text, hi) {
		hi++
	}
	var buf [16]byte
	for i := lo; i < hi; {
		if !isLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < hi && (isLetter(text[j]) || text[j] == '-' && j+1 < hi && isLetter(text[j+1])) {
			j++
		}
		if j-i <= 16 && sportWords[string(lower(&buf, text[i:j]))] {
			return true
		}
		i = j
	}
	return false
}

// halfPlay are moments of play that "first-half" or "second-half" may
// qualify: "a second-half goal".
var halfPlay = map[string]bool{
	"goal": true, "goals": true, "penalty": true, "header": true, "strike": true,
	"equaliser": true, "equalizer": true, "try": true, "tries": true, "touchdown": true,
	"brace": true, "substitute": true, "substitution": true,
}

// sportWords name players, officials and moments of play: words that in
// a sentence with "the second half" make it a half of a match.
var sportWords = map[string]bool{
	"striker": true, "strikers": true, "goalkeeper": true, "goalie": true, "midfielder": true,
	"midfielders": true, "referee": true, "halftime": true, "half-time": true,
	"kickoff": true, "kick-off": true, "equaliser": true, "equalizer": true, "touchdown": true,
	"touchdowns": true, "quarterback": true, "innings": true, "hat-trick": true,
	"offside": true, "substitute": true, "penalties": true, "free-kick": true, "winger": true,
	"wicket": true, "wickets": true, "rebounds": true, "playmaker": true,
}
