package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// A rule is one pattern of time expression, built on when's rule framework:
// its rules.F holds the regular expression that finds the expression in a
// window of text, and apply reads the rules.Match into an expr.
//
// In our own rules, the capture group named x (or else group 1) is the
// time expression itself, its span; other groups read its parts. Rules
// taken from when (whenSpan) use when's own span: from the first capture
// to the end of the last.
type rule struct {
	rules.F
	name string
	on   class // the rule runs only on windows holding one of these triggers
	all  class // and all of these
	any  class // and, if set, one of these
	// first, when set, lists the classes of the tokens the expression can
	// start with: the rule is then tried, anchored, only at such tokens
	// (anch is its pattern anchored at the start). Without first, the
	// rule searches the whole window.
	first class
	anch  *regexp.Regexp
	// firstByte holds the bytes a match of anch can start with: the
	// rule is not tried at a token that starts with another.
	firstByte *[256]bool
	// may, when set, is a cheap test of the text at a start token: false
	// when no match starting there can be kept.
	may      func(w string, at int) bool
	whenSpan bool
	group    int // the capture group of the expression: the one named x, else 1
	// apply reads the match into x. It returns false to reject the match
	// (the words are not a time expression after all). It may look at the
	// text around the match through x (prevWord, nextWord, after), and may
	// narrow the match's span.
	apply func(m *rules.Match, x *expr) bool
}

// needs sets the classes a window must all hold for r to run on it.
func (r *rule) needs(c class) *rule { r.all = c; return r }

// needsOne sets classes of which a window must hold one for r to run.
func (r *rule) needsOne(c class) *rule { r.any = c; return r }

// mayStart sets r's cheap test of a start token (rule.may).
func (r *rule) mayStart(f func(w string, at int) bool) *rule { r.may = f; return r }

// startsWith sets the classes of the tokens r's expressions start with.
func (r *rule) startsWith(c class) *rule {
	r.first = c
	r.anch = regexp.MustCompile(`^(?:` + r.RegExp.String() + `)`)
	fb := firstBytes(r.anch.String())
	r.firstByte = &fb
	return r
}

// findAt returns the match of r that starts at w[at:], or nil. The match
// is m, reused.
func (r *rule) findAt(w string, at int, m *rules.Match) *rules.Match {
	// No expression is longer than maxExpr bytes. A shorter input makes
	// the matcher's work smaller; cut it after a non-word byte, so that
	// no word is cut short.
	end := len(w)
	if end-at > maxExpr {
		end = at + maxExpr
		for end > at && isWordByte(w[end-1]) {
			end--
		}
		if end == at {
			end = len(w)
		}
	}
	loc := r.anch.FindStringSubmatchIndex(w[at:end])
	g := r.group
	if loc == nil || len(loc) < 2*g+2 || loc[2*g] < 0 {
		return nil
	}
	caps := m.Captures[:0]
	*m = rules.Match{Left: loc[2*g] + at, Right: loc[2*g+1] + at, Applier: r.Applier}
	for range len(loc)/2 - 1 {
		caps = append(caps, "")
	}
	m.Captures = caps
	if r.whenSpan {
		// when's span: from the first capture to the end of the last,
		// without trailing white space.
		m.Left = -1
		for i := 2; i < len(loc); i += 2 {
			if loc[i] >= 0 {
				if m.Left < 0 {
					m.Left = loc[i] + at
				}
				m.Right = loc[i+1] + at
			}
		}
		for m.Right > m.Left && (w[m.Right-1] == ' ' || w[m.Right-1] == '\n' || w[m.Right-1] == '\t') {
			m.Right--
		}
	}
	for i := 1; i < len(loc)/2; i++ {
		if loc[2*i] >= 0 {
			m.Captures[i-1] = w[at+loc[2*i] : at+loc[2*i+1]]
		}
	}
	m.Text = w[m.Left:m.Right]
	return m
}

// find returns the first match of r in w at or after from, or nil.
func (r *rule) find(w string, from int) *rules.Match {
	if r.whenSpan {
		m := r.F.Find(w[from:])
		if m == nil {
			return nil
		}
		m.Left += from
		m.Right += from
		for m.Right > m.Left && (w[m.Right-1] == ' ' || w[m.Right-1] == '\n' || w[m.Right-1] == '\t') {
			m.Right--
		}
		m.Text = w[m.Left:m.Right]
		return m
	}
	loc := r.RegExp.FindStringSubmatchIndex(w[from:])
	g := r.group
	if loc == nil || len(loc) < 2*g+2 || loc[2*g] < 0 {
		return nil
	}
	m := &rules.Match{Left: loc[2*g] + from, Right: loc[2*g+1] + from, Applier: r.Applier}
	m.Captures = make([]string, len(loc)/2-1)
	for i := 1; i < len(loc)/2; i++ {
		if loc[2*i] >= 0 {
			m.Captures[i-1] = w[from+loc[2*i] : from+loc[2*i+1]]
		}
	}
	m.Text = w[m.Left:m.Right]
	return m
}

// newRule makes one of our rules. pattern is compiled as is; the group
// named x, or else group 1, is the expression.
func newRule(name string, on class, pattern string, apply func(m *rules.Match, x *expr) bool) *rule {
	re := regexp.MustCompile(pattern)
	g := 1
	if i := re.SubexpIndex("x"); i > 0 {
		g = i
	}
	return &rule{F: rules.F{RegExp: re}, name: name, on: on, group: g, apply: apply}
}

// allRules lists the rules, one per rule_*.go file. Where two matches
// overlap, the longer wins; between two matches of the same span, the
// rule listed first.
var allRules = []*rule{
	ago, andDay, casualDay, clockWord, dayInYear, fiscalShort, fullYear, dayPart, casualMod, hourMinute, hour, dayMonth, dayTime, dayBefore, dottedTime,
	decade, decadeOf, century, duration, vagueDuration, long, holiday, isoDate, month, monthDay, monthSpan,
	midCentury, midDay, monthYear, quarter, season, seasonAlone, relative, set, setDay, slashDate, spokenYear,
	vague, weekOf, weekOfMonth, weekday, weekdayTime, year, yearEarlier, yearEnd, yearQuarter,
}

// Shared pieces of patterns.
const (
	// reMonth matches a capitalised month name or abbreviation.
	reMonth = `(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))`
	// reWeekday matches a capitalised weekday name.
	reWeekday = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`
	// reDay matches a day of the month, 1–31, with an optional ordinal suffix.
	reDay = `(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b`
	// reYear4 matches a year of four digits.
	reYear4 = `(?:1[0-9]{3}|20[0-9]{2})\b`
	// reNumWord matches a number in digits or a word that may be one
	// ("three", "twenty-five", "a few", "a couple of"); rules check it with
	// number.
	reNumWord = `(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?(?:\s+(?:few|couple\s+of|one|two|three|four|five|six|seven|eight|nine)\b)?)`
)

// monthNum returns the month number of a month name or abbreviation, or 0.
func monthNum(s string) int {
	s = strings.TrimSuffix(s, ".")
	var buf [16]byte
	if len(s) > 16 {
		return 0
	}
	return monthNames[string(lower(&buf, s))]
}

// weekdayNum returns the weekday number of a weekday name, or -1.
func weekdayNum(s string) int {
	var buf [16]byte
	if len(s) > 16 {
		return -1
	}
	if d, ok := weekdayNames[string(lower(&buf, s))]; ok {
		return d
	}
	return -1
}

// atoi parses the leading digits of s ("27th" → 27); it returns -1 when s
// does not start with a digit.
func atoi(s string) int {
	n, i := 0, 0
	for i < len(s) && isDigit(s[i]) && i < 9 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 {
		return -1
	}
	return n
}

// numberWords are the cardinal numbers spelled out.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"single": 1, "half": 0, "another": 1,
}

// number parses a cardinal in digits or words ("three", "twenty-five",
// "2.5"). It returns -1 for vague quantities ("several", "a few") and -2 for
// what is not a number. A fraction is returned in tenths as frac.
func number(s string) (n int, frac int) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return -2, 0
	}
	if isDigit(s[0]) {
		if i := strings.IndexByte(s, '.'); i >= 0 {
			whole, _ := strconv.Atoi(s[:i])
			f := s[i+1:]
			if len(f) > 1 {
				f = f[:1]
			}
			t, _ := strconv.Atoi(f)
			return whole, t
		}
		v, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		if err != nil || v > 100000 {
			return -2, 0
		}
		return v, 0
	}
	switch s {
	case "a couple of", "couple of":
		return 2, 0
	case "several", "a few", "few", "many", "some":
		return -1, 0
	}
	if v, ok := numberWords[s]; ok {
		return v, 0
	}
	if i := strings.IndexAny(s, "- "); i > 0 {
		a, ok1 := numberWords[s[:i]]
		b, ok2 := numberWords[s[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, 0
		}
	}
	return -2, 0
}

// ordinalWords are ordinals up to twelve, for quarters, halves and
// centuries.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "twenty first": 21,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
	"9th": 9, "10th": 10, "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15,
	"16th": 16, "17th": 17, "18th": 18, "19th": 19, "20th": 20, "21st": 21,
	"last": 4, "final": 4,
}

// ordinal parses an ordinal ("third", "3rd"), or returns 0.
func ordinal(s string) int {
	return ordinalWords[strings.ToLower(strings.TrimSpace(s))]
}

// lowerTrim returns s trimmed and in lower case.
func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// zero is the zero time, for when's appliers that ignore the reference.
var zero time.Time

// maxExpr bounds the length in bytes of the text an anchored rule reads:
// its expression and the context after it.
const maxExpr = 64

// ci returns a pattern that matches any of the "|"-separated lower-case
// alternatives of alts, also with a capital first letter ("Last year"
// starts a sentence); spaces match any white space. It keeps patterns
// small where (?i) would fold every letter.
func ci(alts string) string {
	var b strings.Builder
	b.WriteString("(?:")
	for i, a := range strings.Split(alts, "|") {
		if i > 0 {
			b.WriteByte('|')
		}
		if a != "" && a[0] >= 'a' && a[0] <= 'z' {
			b.WriteString("[" + string(a[0]-32) + string(a[0]) + "]")
			a = a[1:]
		}
		b.WriteString(strings.ReplaceAll(a, " ", `\s+`))
	}
	b.WriteString(")")
	return b.String()
}

// inName reports whether the capitalised word that starts at text[i]
// continues a proper name: the word just before it is capitalised too,
// is not the first of its sentence, and is not a word that dates
// ("Last", "Early", "On", a month…): "the Arab Spring", "the Good Friday
// Agreement". A line in title case (a headline) tells nothing, and is
// never a name.
func inName(text string, i int) bool {
	if i < 2 || i >= len(text) || !isUpper(text[i]) || text[i-1] != ' ' {
		return false
	}
	e := i - 1
	k := e
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	if k == e || !isUpper(text[k]) || isSentenceStart(text, k) || k > 0 && isWordByte(text[k-1]) {
		return false
	}
	w := strings.ToLower(text[k:e])
	if monthContext[w] || nameNotHead[w] || monthNum(w) != 0 || weekdayNum(w) >= 0 || seasonWord(w) {
		return false
	}
	return !titleCase(text, i)
}

// nameNotHead are capitalised words before a date word that do not make
// it part of a name.
var nameNotHead = map[string]bool{
	"at": true, "late": true, "early": true, "mid": true, "every": true, "each": true,
	"past": true, "coming": true, "previous": true, "following": true, "that": true,
	"a": true, "an": true, "one": true, "on": true, "by": true, "since": true,
}

// titleCase reports whether the words around text[i] on its line are all
// capitalised but for short function words: a headline.
func titleCase(text string, i int) bool {
	lo, hi := max(0, i-120), min(len(text), i+120)
	if j := strings.LastIndexByte(text[lo:i], '\n'); j >= 0 {
		lo += j + 1
	}
	if j := strings.IndexByte(text[i:hi], '\n'); j >= 0 {
		hi = i + j
	}
	words := 0
	for _, w := range strings.Fields(text[lo:hi]) {
		if !isLetter(w[0]) {
			continue
		}
		words++
		if !isUpper(w[0]) && len(w) > 3 {
			return false
		}
	}
	return words >= 3
}
