package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Boilerplate that pages and scrapers mix into articles. Each pattern
// matches a whole paragraph (case-insensitive).
var noise = []*regexp.Regexp{
	// "You may also like", related links, promotions, sharing: the phrase
	// alone, before a colon, or before a few words that end no sentence.
	regexp.MustCompile(`(?i)^(?:you (?:may|might) (?:also )?(?:like|enjoy)|also read|read (?:more|also|next)|related(?: coverage| stories| articles| content| links| topics)?|more (?:on this story|from|stories|news)|most (?:read|popular|viewed)|recommended(?: for you)?|trending(?: now)?|see also|sign up|subscribe|advertisement|sponsored|share(?: this)?(?: article| story)?|follow us|skip to|click here|watch|listen)(?:\s*$|\s*[:|–—-]|(?:\s+\S+){1,6}\s*[^.!?"”\s]$)`),
	// Comment counts.
	regexp.MustCompile(`(?i)^(?:\d+\s+comments?|comments?\s*\(?\d*\)?|(?:view|show|read|see|join)(?: all| the)? ?\d* comments?.*|be the first to comment.*)$`),
	// Photo captions and credits.
	regexp.MustCompile(`(?i)^(?:photo|photos|image|picture|caption|file photo|photograph|video|graphic)\s*(?:[:|–—-]|credit)`),
	regexp.MustCompile(`(?i)\((?:[^()]*\b(?:photos?|photograph|pictures?|images?|file|getty|reuters|afp|ap|epa|credit)\b[^()]*)\)\.?$`),
	regexp.MustCompile(`(?i)(?:getty images|shutterstock|\bap photo\b|/afp|/reuters|/epa|/bloomberg|credit: .{1,60})\.?$`),
	// Copyright lines and bylines.
	regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)|all rights reserved`),
	regexp.MustCompile(`^(?:By|BY|Written by|Reporting by|Editing by) [\p{L}.'’ -]{2,60}$`),
	// Lone navigation words.
	regexp.MustCompile(`(?i)^(?:home|menu|search|log ?in|sign in|log out|newsletters?|back to top|print|email|tweet|next|previous)$`),
}

// isCookieNotice reports whether p asks for consent to cookies.
func isCookieNotice(p string) bool {
	l := strings.ToLower(p)
	if !strings.Contains(l, "cookie") {
		return false
	}
	for _, w := range []string{"consent", "privacy", "accept", "we use", "our partners", "personalis", "personaliz", "your device", "your choices", "settings"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// noiseGates are cheap tests, one per pattern of noise, that a paragraph
// must pass before the pattern is tried: long paragraphs are prose.
var noiseGates = []func(p, lower string) bool{
	func(p, l string) bool { return noiseStarters[firstWord(l)] },
	func(p, l string) bool { return len(p) < 80 && strings.Contains(l, "comment") },
	func(p, l string) bool { return noiseStarters[firstWord(l)] },
	func(p, l string) bool { return strings.HasSuffix(strings.TrimRight(p, ". "), ")") },
	func(p, l string) bool {
		return strings.Contains(l, "getty") || strings.Contains(l, "shutterstock") || strings.Contains(l, "photo") || strings.Contains(l, "credit") || strings.Contains(l, "/")
	},
	func(p, l string) bool {
		return strings.Contains(p, "©") || strings.Contains(l, "(c)") || strings.Contains(l, "copyright") || strings.Contains(l, "rights reserved")
	},
	func(p, l string) bool {
		return len(p) < 80 && strings.HasSuffix(firstWord(l), "by") || strings.HasPrefix(l, "by ")
	},
	func(p, l string) bool { return len(p) < 20 },
}

var noiseStarters = toSet(`you also read related more most recommended trending see sign subscribe advertisement sponsored
share follow skip click watch listen photo photos image picture caption file photograph video graphic`)

func firstWord(l string) string {
	end := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return l
	}
	return l[:end]
}

// isNoise reports whether the paragraph p is boilerplate.
func isNoise(p string) bool {
	lower := strings.ToLower(p)
	for i, re := range noise {
		if noiseGates[i](p, lower) && re.MatchString(p) {
			return true
		}
	}
	return isCookieNotice(p)
}

// dropNoiseLines removes from a paragraph of several lines the lines that
// are boilerplate on their own ("0 comments" above a caption), unless they
// continue the sentence of the line before.
func dropNoiseLines(p string) string {
	if !strings.Contains(p, "\n") {
		return p
	}
	lines := strings.Split(p, "\n")
	out := lines[:0]
	prevEnds := true
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if prevEnds && isNoise(t) {
			continue
		}
		out = append(out, t)
		r, _ := lastRune(t)
		prevEnds = t == "" || isHeading(t) || strings.ContainsRune(".!?\"”’)", r)
	}
	return strings.Join(out, "\n")
}

// splitHeadings splits a paragraph whose lines are all headings (a
// breadcrumb trail above a headline) into one paragraph per line.
func splitHeadings(p string) []string {
	if !strings.Contains(p, "\n") {
		return []string{p}
	}
	lines := strings.Split(p, "\n")
	for _, l := range lines {
		if !isHeading(strings.TrimSpace(l)) {
			return []string{p}
		}
	}
	return lines
}

// isHeading reports whether p reads as a headline, subheading, caption
// fragment or navigation rather than prose: it does not end a sentence and
// is short.
func isHeading(p string) bool {
	if p == "" {
		return false
	}
	last, _ := lastRune(p)
	if strings.ContainsRune(".!?\"”’'…:;)", last) {
		return false
	}
	return len(strings.Fields(p)) <= 30
}

// datedEntry matches a line of a chronology: a date, then a dash or a
// colon, then what happened ("8 December 1987 - Reagan and Gorbachev sign
// the treaty", "May 2022 — Labor wins the election", "2014: Crimea").
// A day and month with no year ("April 15: Fighting breaks out", "15
// April - …") start an entry too.
var datedEntry = regexp.MustCompile(`^(?:(?:\d{1,2} )?([A-Z][a-z]{2,8})\.?(?: \d{1,2},?)? \d{4}|\d{4}(?:-\d{2}(?:-\d{2})?)?|([A-Z][a-z]{2,8})\.? \d{1,2}|\d{1,2} ([A-Z][a-z]{2,8}))\s*(?:--|[-–—:])\s+\S`)

// isDatedEntry reports whether p starts like a line of a chronology.
func isDatedEntry(p string) bool {
	m := datedEntry.FindStringSubmatchIndex(p)
	if m == nil {
		return false
	}
	for g := 2; g <= 6; g += 2 {
		if m[g] >= 0 {
			return monthOf(p[m[g]:m[g+1]]) != 0
		}
	}
	return true
}

// splitDatedLines splits a paragraph whose lines are the entries of a
// chronology (each line starts with a date and a dash) into one paragraph
// per line, so that each entry is a sentence of its own.
func splitDatedLines(p string) []string {
	if !strings.Contains(p, "\n") {
		return []string{p}
	}
	lines := strings.Split(p, "\n")
	for _, l := range lines {
		if !isDatedEntry(strings.TrimSpace(l)) {
			return []string{p}
		}
	}
	return lines
}

// endDatedEntry ends a chronology entry with a period, so that it is read
// as a sentence and not dropped as a heading.
func endDatedEntry(p string) string {
	if !isDatedEntry(p) {
		return p
	}
	if r, _ := lastRune(p); strings.ContainsRune(".!?\"”’'…:;)", r) {
		return p
	}
	return p + "."
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r := []rune(s[i:])
			return r[0], i
		}
	}
	return 0, 0
}

// clean turns the raw paragraphs of a reader into the article body: it
// takes the headline (when the reader found none), removes a dateline
// (noting its date and outlet), boilerplate, headings, and paragraphs
// repeated by a scraper.
func clean(a *Article, paras []string) []string {
	var body []string
	for _, p := range paras {
		for _, r := range splitDatedLines(dropNoiseLines(p)) {
			for _, q := range splitHeadings(r) {
				if q = normSpace(q); q != "" && !isNoise(q) {
					body = append(body, endDatedEntry(q))
				}
			}
		}
	}
	// Leading headings: the headline, maybe after a breadcrumb trail that
	// ends with it ("Home Australia Blinken meets Xi…"), and a line that
	// dates the article ("Updated 7 March 2024, 18:40 GMT").
	i := 0
	var line dateLineDate
	for i < len(body) && isHeading(body[i]) {
		if line.read(body[i]) {
			i++
			continue
		}
		if a.Title == "" || strings.HasSuffix(a.Title, body[i]) {
			a.Title = body[i]
		}
		i++
	}
	body = body[i:]
	// A date line may also follow a byline or a dateless lead paragraph.
	for n := 0; n < len(body) && n < 3; n++ {
		if line.read(body[n]) {
			body = slices.Delete(body, n, n+1)
			break
		}
	}
	// A statement or letter is dated where it is signed: "MINISTRY OF
	// FOREIGN AFFAIRS / PUTRAJAYA / 27 March 2014" or "Oslo, 7 March 2024"
	// closes the text.
	if a.Published == "" && line.day == "" {
		for n := len(body) - 1; n >= 0 && n >= len(body)-4 && isHeading(body[n]); n-- {
			if line.read(signedPlace.ReplaceAllString(body[n], "")) {
				break
			}
		}
	}
	seen := make(map[string]bool)
	var out []string
	dated := false
	for n, p := range body {
		if n < 3 && !dated {
			if rest, date, outlet, ok := stripDateline(p); ok {
				p, dated = rest, true
				if date != "" && a.Published == "" {
					a.Published, a.PublishedFrom = date, "dateline"
				}
				if outlet != "" && a.Outlet == "" {
					a.Outlet = outlet
				}
			}
		}
		if isHeading(p) {
			continue
		}
		k := foldKey(p)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	if a.Published == "" && line.day != "" {
		a.Published, a.PublishedFrom = line.day, "dateline"
	}
	return out
}

// signedPlace matches the place before the date of a signature line:
// "Oslo, " in "Oslo, 7 March 2024".
var signedPlace = regexp.MustCompile(`^[A-Z][\p{L}'’. -]{1,30}, `)

// foldKey is the identity of a paragraph for finding repeats: its letters
// and digits, lower-cased, so that copies that differ only in quotes,
// dashes, punctuation or spacing have the same key.
func foldKey(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// dateLineRE matches a line that states when an article was published or
// updated: "Published 7 March 2024", "Updated: Thursday 7 March 2024, 18:40
// GMT", "Posted on March 7, 2024 at 6:40 pm", "7 March 2024 18:40 GMT",
// "Wed 2 Mar 2022 19.40 GMT".
var dateLineRE = regexp.MustCompile(`(?i)^(?:(?:(last )?updated|(first )?published|posted|dated?)(?: on)?\s*:?\s*)?` +
	`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day|\.)?,? )?` +
	`(\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})` +
	`(?:(?:,| at| -| –| ·)? ?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?)?\.?$`)

// A dateLineDate is the date that lines such as "Published 7 March 2024"
// give an article.
type dateLineDate struct {
	day     string
	updated bool // it came from an "Updated" line
}

// read reports whether the short paragraph p only states the article's
// date, and keeps that date; a "Published" date wins over an "Updated"
// one.
func (l *dateLineDate) read(p string) bool {
	if len(p) > 80 {
		return false
	}
	m := dateLineRE.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	day := parseLooseDate(m[3])
	if day == "" {
		return false
	}
	updated := m[1] != "" || strings.HasPrefix(strings.ToLower(p), "updated")
	if l.day == "" || l.updated && !updated {
		l.day, l.updated = day, updated
	}
	return true
}
