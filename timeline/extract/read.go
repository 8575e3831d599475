// Package extract reads news articles (plain text, Markdown, saved HTML
// pages) and finds the dated events in them.
package extract

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// An Article is one news article, read and cleaned.
type Article struct {
	Name          string // file name, as cited in Source.File; "" for stdin
	URL           string // canonical address, if known
	Title         string // headline, if known
	Outlet        string // publisher, if known
	Published     string // publication date YYYY-MM-DD, "" when unknown
	PublishedFrom string // where Published came from; see timeline.Source
	Text          string // body text, paragraphs separated by blank lines
}

// Paragraphs returns the paragraphs of a.Text.
func (a *Article) Paragraphs() []string {
	return strings.Split(a.Text, "\n\n")
}

// MaxArticleSize is the largest article Read accepts, in bytes.
const MaxArticleSize = 16 << 20

// Read parses an article from data according to the extension of name:
// ".html"/".htm" pages, ".md" Markdown with optional YAML front matter,
// anything else plain text (a file without an extension that starts like an
// HTML page is read as one). The body is cleaned of boilerplate (navigation,
// "You may also like", comment counts, cookie notices, photo captions and
// credits) and of paragraphs a scraper repeated; a dateline such as
// "BEIJING, Nov. 15, 2023 (Reuters) —" is removed from the text and gives
// the publication date. Read never panics; it fails only on input that is
// too large or not text.
func Read(name string, data []byte) (*Article, error) {
	if len(data) > MaxArticleSize {
		return nil, fmt.Errorf("%s: %d bytes is more than the limit of %d for an article", name, len(data), MaxArticleSize)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file, not an article; give .txt, .md or .html files", name)
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	a := &Article{Name: strings.ToValidUTF8(name, "\uFFFD")}
	var paras []string
	switch kind(name, data) {
	case "html":
		paras = readHTML(a, data)
	case "md":
		paras = readMarkdown(a, data)
	default:
		paras = readText(a, string(data))
	}
	a.Text = strings.Join(clean(a, paras), "\n\n")
	// An address that would not validate is dropped: the timeline must
	// stay valid.
	if a.URL != "" && (timeline.CheckURL(a.URL) != nil || !utf8.ValidString(a.URL)) {
		a.URL = ""
	}
	return a, nil
}

// kind returns "html", "md" or "txt" for an article.
func kind(name string, data []byte) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".md", ".markdown", ".mdown":
		return "md"
	case ".txt", ".text":
		return "txt"
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return "html"
	}
	return "txt"
}

// splitParagraphs splits text into paragraphs at blank lines; when the text
// has no blank line, each line is a paragraph. Spaces are normalised.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	sep := "\n\n"
	if !strings.Contains(text, "\n\n") && !blankLine.MatchString(text) {
		sep = "\n"
	}
	var out []string
	for _, p := range blankLine.Split(strings.ReplaceAll(text, sep, "\n\n"), -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var blankLine = regexp.MustCompile(`\n[ \t\x{a0}]*\n`)

// normSpace collapses runs of white space (including no-break spaces) into
// one space and trims the ends.
func normSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// readText reads a plain-text article: a headline, then paragraphs.
func readText(a *Article, text string) []string {
	return splitParagraphs(text)
}

// A dateline opens a wire story: "WASHINGTON, Sept. 18, 1978 (Wire) — ",
// "NEW DELHI (Wire) — ", "LONDON, 15 November 2023 (AFP) - ".
var dateline = regexp.MustCompile(`^((?:[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*)(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)` +
	`(?:,? ((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})))?` +
	`(?: ?\(([^()]{1,40})\))? ?(?:—|–|--| - |-) ?`)

// stripDateline removes a dateline from the start of p and returns the rest,
// the date it states (YYYY-MM-DD, or ""), and the outlet in parentheses.
func stripDateline(p string) (rest, date, outlet string, ok bool) {
	m := dateline.FindStringSubmatchIndex(p)
	if m == nil {
		return p, "", "", false
	}
	place := p[m[2]:m[3]]
	if m[4] < 0 && m[6] < 0 && len(place) < 3 {
		return p, "", "", false
	}
	// The place must be in capitals: "WASHINGTON", not "The president".
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, strings.SplitN(place, ",", 2)[0])
	if letters == "" || strings.ToUpper(letters) != letters || len(letters) < 2 {
		return p, "", "", false
	}
	if m[4] >= 0 {
		date = parseLooseDate(p[m[4]:m[5]])
	}
	if m[6] >= 0 {
		outlet = strings.TrimSpace(p[m[6]:m[7]])
	}
	return p[m[1]:], date, outlet, true
}

var monthNames = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var looseDate = regexp.MustCompile(`^(?:(\d{4})-(\d{2})-(\d{2})|([A-Za-z]+)\.? (\d{1,2}),? (\d{4})|(\d{1,2}) ([A-Za-z]+)\.? (\d{4}))`)

// parseLooseDate reads a day in one of the forms that datelines, metadata
// and front matter use: "2020-02-01", "2020-02-01T10:00:00Z", "Sept. 18,
// 1978", "18 September 1978". It returns YYYY-MM-DD, or "" if s is none of
// those or not a real day.
func parseLooseDate(s string) string {
	m := looseDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	var y, d int
	var mon time.Month
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	switch {
	case m[1] != "":
		y, mon, d = num(m[1]), time.Month(num(m[2])), num(m[3])
	case m[4] != "":
		mon, d, y = monthOf(m[4]), num(m[5]), num(m[6])
	default:
		d, mon, y = num(m[7]), monthOf(m[8]), num(m[9])
	}
	if mon < 1 || mon > 12 || d < 1 || y < 1000 {
		return ""
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// monthOf returns the month a name or abbreviation stands for, or 0.
func monthOf(s string) time.Month {
	s = strings.ToLower(s)
	if m, ok := monthNames[s]; ok {
		return m
	}
	if len(s) >= 3 {
		if m, ok := monthNames[s[:3]]; ok && strings.HasPrefix(strings.ToLower(time.Month(m).String()), s) {
			return m
		}
	}
	return 0
}
