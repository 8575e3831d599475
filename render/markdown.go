package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gomarkdown/markdown/ast"
	"github.com/timeline-dev/timeline/timeline"
)

// writeMarkdown writes tl as GitHub-flavoured Markdown: a title heading
// (left out in a fragment), then either year headings with one list item
// per event (Style "list") or one table (Style "table"), then the sources
// as footnotes.
func writeMarkdown(w io.Writer, tl *timeline.Timeline, opt Options) error {
	bw := bufio.NewWriter(w)
	level := opt.HeadingLevel
	if level == 0 {
		level = 1
	}
	if !opt.Fragment {
		fmt.Fprintf(bw, "%s %s\n\n", strings.Repeat("#", level), mdHeading(title(tl)))
	}
	events := visible(tl)
	var notes []string // the footnotes, in order
	cite := func(e *timeline.Event) string {
		var b strings.Builder
		for _, s := range e.Sources {
			notes = append(notes, mdSource(s))
			fmt.Fprintf(&b, "[^%d]", len(notes))
		}
		return b.String()
	}
	switch {
	case len(events) == 0:
		bw.WriteString("No events.\n")
	case opt.Style == "table":
		bw.WriteString("| Date | Event | Actors | Type | Place | Sources |\n| --- | --- | --- | --- | --- | --- |\n")
		for _, e := range events {
			ev := "**" + mdText(oneLine(e.Title)) + "**"
			if e.Planned {
				ev += " (planned)"
			}
			if d := descriptionText(e.Description); d != "" {
				ev += " — " + mdText(d)
			}
			cells := []string{mdText(FormatDate(e.Date)), ev, mdText(strings.Join(e.Actors, ", ")), mdText(e.Type), mdText(oneLine(e.Location)), cite(e)}
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(c, "|", `\|`)
			}
			fmt.Fprintf(bw, "| %s |\n", strings.Join(cells, " | "))
		}
	default:
		hashes := strings.Repeat("#", min(level+1, 6))
		for i, g := range groups(events) {
			if i > 0 {
				bw.WriteString("\n")
			}
			fmt.Fprintf(bw, "%s %s\n", hashes, mdHeading(g.label))
			for _, e := range g.events {
				fmt.Fprintf(bw, "\n- **%s: %s**", mdText(FormatDate(e.Date)), mdText(oneLine(e.Title)))
				if e.Planned {
					bw.WriteString(" (planned)")
				}
				bw.WriteString(cite(e))
				bw.WriteString("\n")
				if d := descriptionMarkdown(e.Description); d != "" {
					bw.WriteString("\n" + indent(d, "  ") + "\n")
				}
				if m := mdMeta(e); m != "" {
					bw.WriteString("\n  " + m + "\n")
				}
			}
		}
	}
	if len(notes) > 0 {
		bw.WriteString("\n")
		for i, n := range notes {
			fmt.Fprintf(bw, "[^%d]: %s\n", i+1, n)
		}
	}
	return bw.Flush()
}

// mdMeta writes the actors, type and place of e on one line.
func mdMeta(e *timeline.Event) string {
	var parts []string
	if len(e.Actors) > 0 {
		parts = append(parts, "Actors: "+mdText(strings.Join(e.Actors, ", ")))
	}
	if e.Type != "" {
		parts = append(parts, "Type: "+mdText(e.Type))
	}
	if e.Location != "" {
		parts = append(parts, "Place: "+mdText(oneLine(e.Location)))
	}
	return strings.Join(parts, " · ")
}

// mdSource cites s in a footnote: its label, linked when it has a safe URL,
// its outlet, its publication date and the quote.
func mdSource(s timeline.Source) string {
	var b strings.Builder
	label := mdText(oneLine(sourceLabel(s)))
	if s.URL != "" && safeWebURL(s.URL) {
		fmt.Fprintf(&b, "[%s](%s)", label, mdURL(s.URL))
	} else {
		b.WriteString(label)
	}
	if s.Title != "" && s.Outlet != "" {
		b.WriteString(", " + mdText(oneLine(s.Outlet)))
	}
	if p := published(s); p != "" {
		b.WriteString(", " + mdText(p))
	}
	if q := oneLine(s.Quote); q != "" {
		b.WriteString(": “" + mdText(q) + "”")
	}
	return b.String()
}

// mdURL writes u as a link destination: characters that would end it or
// be read as markup are percent-encoded.
func mdURL(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`<>()\"'`+"`", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdHeading escapes s for a heading: as mdText, and a closing run of '#',
// which a heading would drop, is escaped too.
func mdHeading(s string) string {
	s = mdText(oneLine(s))
	if strings.HasSuffix(s, "#") {
		s = strings.TrimRight(s, "#") + `\` + s[len(strings.TrimRight(s, "#")):]
	}
	return s
}

// mdText escapes plain text for the inside of a Markdown paragraph, list
// item or table cell, so that it reads as written and starts no markup:
// no emphasis, link, code, HTML, entity, strikethrough or template syntax.
// It leaves alone what cannot start markup, such as "1 < 2" or "AT&T", so
// the Markdown stays readable as plain text.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		esc := false
		switch c {
		case '\\', '`', '*', '[', ']', '~', '|':
			esc = true
		case '#':
			esc = i == 0
		case '_':
			esc = i == 0 || next == 0 || !isWord(s[i-1]) || !isWord(next)
		case '<':
			esc = isLetter(next) || next == '/' || next == '!' || next == '?'
		case '&':
			esc = next == '#' || entityName(s[i+1:])
		case '{':
			esc = next == '{' || next == '%'
		case '!', '+', '-', '>', '=':
			esc = i == 0
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// entityName reports whether s starts with a name and ';', which after
// '&' would be read as an entity such as "&amp;".
func entityName(s string) bool {
	n := 0
	for n < len(s) && (isLetter(s[n]) || n > 0 && s[n] >= '0' && s[n] <= '9') {
		n++
	}
	return n > 0 && n < len(s) && s[n] == ';'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWord(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c >= 0x80 }

// indent puts prefix before every line of s that is not empty.
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// descriptionText returns the text of the description src on one line,
// without its markup, for places that hold plain text only.
func descriptionText(src string) string {
	doc := parseDescription(src)
	if doc == nil {
		return ""
	}
	var b strings.Builder
	ast.WalkFunc(doc, func(n ast.Node, entering bool) ast.WalkStatus {
		if !entering {
			return ast.GoToNext
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Literal)
		case *ast.Code:
			b.Write(n.Literal)
		case *ast.CodeBlock:
			b.WriteByte(' ')
			b.Write(n.Literal)
		case *ast.Softbreak, *ast.Hardbreak, *ast.Paragraph, *ast.ListItem, *ast.TableCell:
			b.WriteByte(' ')
		}
		return ast.GoToNext
	})
	return oneLine(b.String())
}
