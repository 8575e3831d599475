package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// spokenYear finds a year spelled out, as in broadcast transcripts:
// "nineteen ninety-six", "January nineteen ninety-seven", "the year two
// thousand", "two thousand and one".
var spokenYear = newRule("spoken-year", cSpoken,
	`\b(?P<x>(?:(`+reMonth+`)\s+|`+ci("the year")+`\s+)?(?:([Nn]ineteen|[Tt]wenty)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?))\b`,
	func(m *rules.Match, x *expr) bool {
		c := m.Captures
		var y int
		if c[2] != "" {
			hi := map[string]int{"nineteen": 1900, "twenty": 2000}[strings.ToLower(c[2])]
			lo := numberWords[c[3]]
			if c[3] == "hundred" {
				lo = 0
			} else if lo < 10 {
				return false
			}
			y = hi + lo + numberWords[c[4]]
		} else {
			y = 2000 + numberWords[c[5]]
		}
		// Without a month or "the year", only after a word that makes a
		// number a year: "in nineteen ninety-one".
		if c[1] == "" && !strings.HasPrefix(strings.ToLower(m.Text), "the year") {
			if w, _ := x.prevWord(m); !yearContext[w] && w != "a" && w != "the" && !isSentenceStart(x.text, x.off+m.Left) {
				return false
			}
		}
		x.setYear(y)
		x.gran = gYear
		if c[1] != "" {
			mon := monthNum(c[1])
			if mon == 0 {
				return false
			}
			x.setMonth(mon)
			x.gran = gMonth
		}
		return true
	}).startsWith(cNum | cMonth | cThe)
