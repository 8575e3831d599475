package dates

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// year finds a year alone, where the words around make it a date: "in
// 2022", "the 2022 visit", "since 1979", "fiscal 1998", "early 2001",
// "end-2015",
// "1990-95". A number that is money ("$2022"), a count ("2000 troops"), a
// designation ("Resolution 2231", "F-16", "Flight 2022") or part of a
// larger number is not a year; years before 1900 need a preposition.
var year = newRule("year", cYear,
	`\b(?P<x>(?:(`+ci("early|late|mid|the end of|the beginning of|the start of|the middle of|end of|end|beginning of|the spring of|the summer of|the fall of|the autumn of|the winter of")+`)[\s-]+)?(?:(`+ci("fiscal|calendar|the year")+`|FY)[\s-]*)?((?:1[0-9]|20)[0-9]{2})\b(?:-([0-9]{2})\b)?)`,
	func(m *rules.Match, x *expr) bool {
		y := atoi(m.Captures[3])
		mod := lowerTrim(m.Captures[1])
		if mod == "end" && m.Text[3] != '-' {
			// "to end 2015 with a deal": a verb; "end-2015" is a date.
			i := strings.Index(m.Text, m.Captures[3])
			if m.Captures[2] != "" {
				i = strings.Index(m.Text, m.Captures[2])
			}
			m.Left += i
			m.Text = m.Text[i:]
			mod, m.Captures[1] = "", ""
		}
		w, prev := x.prevWord(m)
		if mod == "" && m.Captures[2] == "" {
			switch prev {
			case '$', '#', '/', '.', ',', ':', '+', '*', '@', '&', '=', 0xAC, 0xA3, 0xA5:
				return false
			case '-':
				if i := x.off + m.Left - 2; i >= 0 && (isLetter(x.text[i]) || isDigit(x.text[i])) && w != "post" && w != "pre" && w != "mid" && !(len(w) == 4 && atoi(w) >= 1000) {
					return false // F-2022, 1-2000; but post-1959
				}
			}
			if notYearBefore[w] || prev == '(' && numberBefore(x.text, x.off+m.Left-1) {
				return false // "resolution 2699 (2023)": the year of a name
			}
			if i := x.off + m.Left - 1; prev == ' ' && i > 0 && !yearContext[w] {
				// "Orion 1980", "Euro 2004": a name with a number.
				j := i
				for j > 0 && isLetter(x.text[j-1]) {
					j--
				}
				if j < i && isUpper(x.text[j]) && !isSentenceStart(x.text, j) && monthNum(x.text[j:i]) == 0 && !seasonWord(x.text[j:i]) {
					return false
				}
			}
			if y < 1900 || y > 2100 {
				if a := x.after(m, 2); !yearContext[w] && !(w == "the" && len(a) == 2 && a[0] == ' ' && isUpper(a[1])) {
					// "the 1648 Peace of Westphalia", "the 1815 Congress":
					// an old year names the event after it.
					return false
				}
			}
		}
		a := x.after(m, 2)
		if len(a) >= 1 && (a[0] == '%' || a[0] == '$') || len(a) == 2 && (a[0] == ',' || a[0] == '.' || a[0] == ':' || a[0] == '/') && isDigit(a[1]) {
			return false
		}
		if nw, _ := x.nextWord(m); notYearAfter[nw] && (!yearContext[w] || w == "and" || w == "or" || w == "to" || w == "of") {
			// "2000 troops", "1,500 troops and 2000 police"; but "in 2000
			// police raided the camp".
			return false
		}
		if m.Captures[1] == "" && m.Captures[2] == "" && w == "the" && strings.HasPrefix(x.after(m, 7), " fiscal") && fiscalNoun(x.after(m, 31)[min(7, len(x.after(m, 31))):]) {
			// "the 2024-25 fiscal": the fiscal year, in South Asian
			// usage, spanned as "the current fiscal year" is.
			m.Left -= len("the ")
			m.Right += len(" fiscal")
			m.Text = x.text[x.off+m.Left : x.off+m.Right]
		}
		x.gran = gYear
		x.setYear(y)
		if p := lowerTrim(m.Captures[1]); p != "" && p[len(p)-2:] == "of" && p != "the end of" && p != "end of" && p != "the beginning of" && p != "beginning of" && p != "the start of" && p != "the middle of" {
			x.gran = gSeason
			x.season = seasonCode(p)
		} else {
			x.mod = modOf(mod)
		}
		if e := m.Captures[4]; e != "" {
			end := y/100*100 + atoi(e)
			if end <= y {
				return false
			}
			t := &expr{gran: gYear}
			t.setYear(end)
			x.through = t
		}
		return true
	}).startsWith(cYear | cMod | cThe | cFiscal)

// yearContext are words after which a number is a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"to": true, "through": true, "during": true, "before": true, "after": true,
	"between": true, "of": true, "early": true, "late": true, "mid": true,
	"around": true, "circa": true, "year": true, "fiscal": true, "throughout": true,
	"summer": true, "spring": true, "winter": true, "fall": true, "autumn": true,
	"and": true, "or": true,
}

// notYearBefore are words after which a number is not a year.
var notYearBefore = map[string]bool{
	"resolution": true, "resolutions": true, "no.": true, "no": true, "number": true,
	"nos.": true, "flight": true, "room": true, "article": true, "articles": true,
	"section": true, "route": true, "highway": true, "model": true, "chapter": true,
	"paragraph": true, "boeing": true, "airbus": true, "code": true, "item": true,
	"page": true, "pages": true, "p.": true, "pp.": true, "vol.": true, "volume": true,
	"version": true, "windows": true, "iso": true, "decree": true, "patent": true,
	"serial": true, "exhibit": true, "form": true, "box": true, "suite": true,
	"apartment": true, "precinct": true, "district": true, "bus": true, "train": true,
	"platform": true, "gate": true, "channel": true, "line": true, "tel": true,
	"ext.": true, "phone": true, "fax": true, "call": true, "dial": true,
	"about": true, "some": true, "nearly": true, "almost": true, "approximately": true,
	"roughly": true, "over": true, "than": true, "least": true, "only": true, "just": true,
	"another": true, "additional": true, "extra": true, "total": true, "totaling": true,
	"totalling": true, "of.": true, "size": true, "law": true, "bill": true, "act": true,
	"hr": true, "h.r.": true, "s.": true, "unit": true, "units": true, "rule": true,
	"index": true, "at": true, "dow": true, "nikkei": true, "s&p": true, "nasdaq": true,
	"closed": true, "rose": true, "fell": true, "gained": true, "dropped": true,
	"down": true, "up": true, "to.": true, "ended": true, "stood": true,
}

// notYearAfter are words before which a number is not a year: units and
// the nouns that things are counted in.
var notYearAfter = map[string]bool{
	"troops": true, "soldiers": true, "people": true, "persons": true, "men": true,
	"women": true, "children": true, "dollars": true, "euros": true, "pounds": true,
	"yuan": true, "yen": true, "rubles": true, "roubles": true, "shares": true,
	"points": true, "votes": true, "km": true, "kilometers": true, "kilometres": true,
	"miles": true, "meters": true, "metres": true, "feet": true, "ft": true, "tons": true,
	"tonnes": true, "barrels": true, "acres": true, "hectares": true, "cases": true,
	"deaths": true, "casualties": true, "refugees": true, "workers": true,
	"employees": true, "members": true, "delegates": true, "students": true,
	"residents": true, "civilians": true, "prisoners": true, "rockets": true,
	"missiles": true, "jobs": true, "units": true, "cars": true, "vehicles": true,
	"homes": true, "houses": true, "villages": true, "words": true, "calories": true,
	"degrees": true, "percent": true, "pct": true, "square": true, "cubic": true,
	"megawatts": true, "mw": true, "kg": true, "kilograms": true, "lbs": true,
	"hours": true, "gmt": true, "utc": true, "tanks": true, "aircraft": true,
	"planes": true, "ships": true, "sailors": true, "marines": true, "police": true,
	"officers": true, "officials": true, "protesters": true, "demonstrators": true,
	"militants": true, "fighters": true, "rebels": true, "victims": true, "patients": true,
	"lives": true, "bodies": true, "dead": true, "injured": true, "wounded": true,
	"others": true, "more": true, "copies": true, "visitors": true, "tourists": true,
	"pilgrims": true, "migrants": true, "troop": true, "strong": true, "plus": true,
	"million": true, "billion": true, "thousand": true, "times": true, "mph": true,
	"cc": true, "mm": true, "cm": true, "ml": true, "rpm": true, "bc": false,
}

// seasonCode returns the TIMEX3 season of "the summer of"-style words.
func seasonCode(s string) string {
	switch {
	case len(s) >= 6 && (s[len(s)-9:] == "spring of"):
		return "SP"
	case len(s) >= 9 && s[len(s)-9:] == "summer of":
		return "SU"
	case len(s) >= 9 && s[len(s)-9:] == "winter of":
		return "WI"
	}
	return "FA"
}

// seasonWord reports whether w names a season.
func seasonWord(w string) bool { return seasonCodes[lowerTrim(w)] != "" }
