package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is a part of a text: text[Start:End].
type span struct{ Start, End int }

// Abbreviations whose period does not end a sentence (lower-case, without
// the period).
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "maj": true, "lt": true,
	"sgt": true, "capt": true, "cpl": true, "adm": true, "cmdr": true, "sen": true, "rep": true, "gov": true, "st": true,
	"jr": true, "sr": true, "prof": true, "rev": true, "fr": true, "hon": true, "pres": true, "amb": true, "sec": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "vs": true, "v": true, "mt": true, "ft": true, "ave": true, "approx": true,
	"est": true, "dept": true, "univ": true, "md": true, "calif": true, "mass": true, "wash": true, "fla": true,
	"ariz": true, "conn": true, "ill": true, "pa": true, "va": true, "tenn": true, "ky": true, "la": true,
	"mich": true, "minn": true, "mo": true, "nev": true, "okla": true, "ore": true, "wis": true, "colo": true,
}

// Words that start a sentence after "U.S." or "p.m.".
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "In": true, "On": true, "At": true, "This": true, "That": true, "These": true,
	"Those": true, "His": true, "Her": true, "Their": true, "Its": true, "There": true, "After": true,
	"Before": true, "When": true, "While": true, "Some": true, "Many": true, "Officials": true, "And": true,
}

// sentences splits a paragraph into sentences.
func sentences(p string) []span {
	var out []span
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Include closing quotes and brackets.
		j := i + 1
		for j < len(p) {
			r, n := utf8.DecodeRuneInString(p[j:])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' {
				j += n
				continue
			}
			break
		}
		if j >= len(p) {
			break
		}
		if p[j] != ' ' {
			continue
		}
		k := j + 1
		next, _ := utf8.DecodeRuneInString(p[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘", next)) {
			continue
		}
		if c == '.' && j == i+1 && !sentenceEndsAt(p, i, nextWord(p[k:])) {
			continue
		}
		out = append(out, span{start, j})
		start = k
		i = k - 1
	}
	if strings.TrimSpace(p[start:]) != "" {
		out = append(out, span{start, len(p)})
	}
	return out
}

func nextWord(s string) string {
	s = strings.TrimLeft(s, "\"'“‘")
	if i := strings.IndexAny(s, " ,;:"); i >= 0 {
		return s[:i]
	}
	return s
}

// sentenceEndsAt reports whether the period at p[i] ends a sentence, given
// the word that follows it.
func sentenceEndsAt(p string, i int, next string) bool {
	w := i
	for w > 0 && p[w-1] != ' ' && p[w-1] != '(' && p[w-1] != '"' {
		w--
	}
	word := p[w:i]
	lw := strings.ToLower(strings.TrimLeft(word, "\"'“‘("))
	switch {
	case abbrevs[lw]:
		return false
	case len(lw) == 1 && unicode.IsUpper(rune(word[len(word)-1])):
		return false // an initial: "George H. W. Bush"
	case strings.Contains(lw, "."):
		// "U.S.", "p.m.": a sentence ends only before a typical opener.
		return sentenceStarters[next]
	}
	return true
}
