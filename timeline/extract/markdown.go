package extract

import (
	"regexp"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// frontMatter is the YAML header of a Markdown article. Other keys are
// allowed and ignored.
type frontMatter struct {
	Title     string         `yaml:"title"`
	Date      string         `yaml:"date"`
	Published string         `yaml:"published"`
	URL       string         `yaml:"url"`
	Outlet    string         `yaml:"outlet"`
	Other     map[string]any `yaml:",inline"`
}

// splitFrontMatter splits "---\nYAML\n---\nbody" into the YAML and the body.
// ok is false when text has no front matter.
func splitFrontMatter(text string) (yml, body string, ok bool) {
	text = strings.TrimPrefix(text, "\ufeff")
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return "", text, false
	}
	rest := text[strings.IndexByte(text, '\n')+1:]
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if end >= 0 {
			line = rest[off : off+end]
		}
		if t := strings.TrimRight(line, " \t\r"); t == "---" || t == "..." {
			next := len(rest)
			if end >= 0 {
				next = off + end + 1
			}
			return rest[:off], rest[next:], true
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return "", text, false
}

// readMarkdown reads a Markdown article with optional YAML front matter
// (title, date, url). The body's markup is removed: images and their
// captions, emphasis, links (their text stays), headings (the first one may
// be the headline).
func readMarkdown(a *Article, data []byte) []string {
	yml, body, ok := splitFrontMatter(string(data))
	if ok {
		var fm frontMatter
		// A broken header is not fatal: the article is still read.
		if err := timeline.DecodeYAML(a.Name, []byte(yml), &fm); err == nil {
			a.Title = normSpace(fm.Title)
			a.URL = strings.TrimSpace(fm.URL)
			a.Outlet = normSpace(fm.Outlet)
			for _, d := range []string{fm.Published, fm.Date} {
				if day := parseLooseDate(d); day != "" {
					a.Published, a.PublishedFrom = day, "front-matter"
					break
				}
			}
		}
	}
	var out []string
	afterImage := false
	for _, p := range splitParagraphs(stripCode(body)) {
		if image.MatchString(p) && strings.TrimSpace(image.ReplaceAllString(p, "")) == "" {
			afterImage = true
			continue
		}
		lines := strings.Split(p, "\n")
		// An image line followed by an emphasised line is a figure with
		// its caption.
		p = image.ReplaceAllString(p, "")
		if t := strings.TrimSpace(p); afterImage && isEmphasised(t) || len(lines) > 1 && image.MatchString(lines[0]) && isEmphasised(strings.TrimSpace(p)) {
			afterImage = false
			continue
		}
		afterImage = false
		heading := strings.HasPrefix(p, "#")
		if rows, ok := tableRows(p); ok {
			out = append(out, rows...)
			continue
		}
		if items := listItems(p); len(items) > 1 {
			for _, it := range items {
				if it = mdInline(it); it != "" {
					out = append(out, it)
				}
			}
			continue
		}
		p = mdInline(p)
		if p == "" {
			continue
		}
		if heading && a.Title == "" {
			a.Title = p
			continue
		}
		if heading && strings.EqualFold(p, a.Title) {
			continue
		}
		out = append(out, p)
	}
	return out
}

var (
	image     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	link      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	refLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	emphasis  = regexp.MustCompile(`(\*\*|__|\*|_)(\S(?:.*?\S)?)(\*\*|__|\*|_)`)
	blockMark = regexp.MustCompile(`(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)`)
	linkDef   = regexp.MustCompile(`(?m)^\s{0,3}\[[^\]]+\]:\s+\S+.*$`)
	htmlTag   = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	codeFence = regexp.MustCompile("(?ms)^\\s*(```|~~~).*?^\\s*(```|~~~)\\s*$")
)

// listItem matches the marker that starts an item of a Markdown list.
var listItem = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d+[.)])\s+`)

// listItems splits a paragraph that is a Markdown list into its items, each
// with its continuation lines; a paragraph that does not start with an item
// is returned whole.
func listItems(p string) []string {
	lines := strings.Split(p, "\n")
	if !listItem.MatchString(lines[0]) {
		return []string{p}
	}
	var out []string
	for _, l := range lines {
		if listItem.MatchString(l) || len(out) == 0 {
			out = append(out, l)
			continue
		}
		out[len(out)-1] += "\n" + l
	}
	return out
}

func stripCode(s string) string { return codeFence.ReplaceAllString(s, "") }

// isEmphasised reports whether the whole of p is in italics or bold.
func isEmphasised(p string) bool {
	return len(p) > 2 && (p[0] == '*' || p[0] == '_') && (p[len(p)-1] == '*' || p[len(p)-1] == '_')
}

// mdInline removes Markdown markup from a paragraph, keeping its text.
func mdInline(p string) string {
	p = linkDef.ReplaceAllString(p, "")
	p = blockMark.ReplaceAllString(p, "")
	p = strings.TrimRight(strings.TrimSpace(p), "#")
	p = link.ReplaceAllString(p, "$1")
	p = refLink.ReplaceAllString(p, "$1")
	p = htmlTag.ReplaceAllString(p, "")
	for range 2 {
		p = emphasis.ReplaceAllString(p, "$2")
	}
	p = strings.ReplaceAll(p, "`", "")
	p = strings.ReplaceAll(p, `\`, "")
	return normSpace(p)
}

// tableRule matches the line under the header row of a Markdown table:
// "|------|:-----:|".
var tableRule = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)

// tableRows reads a paragraph that is a Markdown table: each row of its body
// becomes one line, its cells joined by " — " with a cell that is only a
// date put first, so that a "Key dates" table reads like a chronology ("8
// Nov 1965 — Territory created"). The header row is dropped. ok is false
// when p is no table.
func tableRows(p string) (rows []string, ok bool) {
	lines := strings.Split(p, "\n")
	if len(lines) < 2 || !strings.Contains(lines[0], "|") || !tableRule.MatchString(lines[1]) || !strings.Contains(lines[1], "|") {
		return nil, false
	}
	for _, l := range lines[2:] {
		l = strings.TrimSpace(l)
		l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
		var cells []string
		for _, c := range strings.Split(l, "|") {
			if c = mdInline(c); c != "" {
				if isDateCell(c) {
					cells = append([]string{c}, cells...)
				} else {
					cells = append(cells, c)
				}
			}
		}
		if len(cells) > 0 {
			rows = append(rows, strings.Join(cells, " — "))
		}
	}
	return rows, true
}

// isDateCell reports whether a table cell is a date and nothing else.
func isDateCell(c string) bool {
	m := datedEntry.FindStringSubmatchIndex(c + " - x")
	return m != nil && m[1] == len(c)+4 && (m[2] < 0 || monthOf(c[m[2]:m[3]]) != 0)
}
