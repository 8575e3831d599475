package dates

import "github.com/olebedev/when/rules"

// century finds a century: "the 20th century", "the nineteenth century",
// "the early 1900s" is a decade. The value has two digits: "19".
var century = newRule("century", cOrd,
	`\b(?P<x>(?:`+ci("the")+`\s+)?(?:(`+ci("early|late|mid")+`)[\s-]+)?(\d{1,2}(?:st|nd|rd|th)|`+ci("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty first")+`)[\s-]+[Cc]entury)\b`,
	func(m *rules.Match, x *expr) bool {
		n := ordinal(m.Captures[2])
		if n == 0 {
			n = atoi(m.Captures[2])
		}
		if n < 1 || n > 30 {
			return false
		}
		if l := len(m.Text); l > 12 && m.Text[l-8] == '-' && (m.Text[:4] == "the " || m.Text[:4] == "The ") && m.Captures[1] == "" {
			// "the 19th-century palace": TimeBank leaves "the" out of an
			// adjective, as in "the eight-year war".
			m.Left += 4
			m.Text = m.Text[4:]
		}
		x.gran = gCentury
		x.mod = modOf(m.Captures[1])
		x.n = n - 1
		x.setYear((n - 1) * 100)
		return true
	})
