package dates

import "github.com/olebedev/when/rules"

// decade finds a decade: "the 1990s", "the mid-1990s", "the '80s", "the
// seventies". The value has three digits: "199"; "early", "late" and
// "mid" set Mod.
var decade = newRule("decade", cDecade,
	`(?P<x>(?:\b(`+ci("the")+`)\s+)?(?:\b(`+ci("early|late|mid")+`)[\s-]+)?(?:\b(1\d|20)(\d)0s\b|['’](\d)0s\b|\b(`+ci("twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties")+`)\b))`,
	func(m *rules.Match, x *expr) bool {
		x.gran = gDecade
		x.mod = modOf(m.Captures[2])
		switch {
		case m.Captures[3] != "":
			x.n = atoi(m.Captures[3])*10 + atoi(m.Captures[4])
		case m.Captures[5] != "":
			d := atoi(m.Captures[5])
			x.n = 190 + d
			if d <= 2 {
				x.n = 200 + d
			}
		case m.Captures[6] != "":
			d := map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
				"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[lowerTrim(m.Captures[6])]
			if d == 0 {
				return false
			}
			if m.Captures[1] == "" && m.Captures[2] == "" {
				return false // "in his seventies" is an age
			}
			x.n = 190 + d
		default:
			return false
		}
		x.setYear(x.n * 10)
		if m.Captures[1] != "" && x.after(m, 1) == "-" {
			// "the 1990s-era rules": "the" goes with the noun.
			i := len(m.Captures[1])
			for i < len(m.Text) && (m.Text[i] == ' ' || m.Text[i] == '\n' || m.Text[i] == '\t') {
				i++
			}
			m.Left += i
			m.Text = m.Text[i:]
		}
		return true
	}).startsWith(cDecade | cThe | cMod)
