// Package render turns a timeline into bytes: a self-contained HTML page,
// Markdown for reports, a Mermaid diagram, TimelineJS3 JSON, CSV and JSON.
// It imports the timeline model and never the reverse.
//
// Every format leaves out rejected events, lists the others in timeline
// order (see timeline.Sort) and is deterministic: the same timeline and
// options always give the same bytes. Text from the timeline is escaped for
// the format it lands in, and event descriptions, which are Markdown, lose
// their raw HTML and their links to anything but http, https, mailto and
// relative addresses, so a timeline cannot put live script into a page.
package render

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/timeline-dev/timeline/timeline"
)

// Options control rendering. The zero value renders a complete HTML page.
type Options struct {
	// Format is "html" (the default when empty), "md", "mermaid",
	// "timelinejs", "csv" or "json".
	Format string

	// Fragment, for html, writes an embeddable <section> with scoped CSS
	// and its filter script instead of a page; for md, it leaves out the
	// title heading. Other formats ignore it.
	Fragment bool

	// Style is the Markdown layout: "list" (the default when empty), one
	// item per event under year headings, or "table", one table row per
	// event. Other formats ignore it.
	Style string

	// HeadingLevel is the level of the title heading, 1 to 5; zero means
	// 1 for Markdown and 2 for an HTML fragment. Year headings are one
	// level deeper and, in HTML, event titles two (at most h6). With md
	// and Fragment the title heading is left out but the year headings
	// keep their level, so a timeline under a "## Timeline" section of a
	// report takes HeadingLevel 2. A complete HTML page always has its
	// title as its one h1.
	HeadingLevel int

	// Template, for html, replaces the built-in template: it is executed
	// with a *Page. Make it with ParseTemplate. Nil means the built-in
	// page (or fragment).
	Template *template.Template

	// ExtraScript, for a complete html page, is JavaScript added after the
	// filter script. The page's Content-Security-Policy allows it (by its
	// hash) and lets it request the page's own origin (connect-src 'self');
	// nothing else is loosened. timeline serve uses it for live reload.
	// Fragments and other formats ignore it.
	ExtraScript string
}

// Formats lists the values Options.Format accepts.
func Formats() []string { return []string{"html", "md", "mermaid", "timelinejs", "csv", "json"} }

// Styles lists the values Options.Style accepts for Markdown.
func Styles() []string { return []string{"list", "table"} }

// Render writes tl to w in the format opt asks for. Rejected events are left
// out. The same timeline and options always give the same bytes. Render
// does not change tl. It returns an error for options it does not know,
// and errors from w.
func Render(w io.Writer, tl *timeline.Timeline, opt Options) error {
	if opt.HeadingLevel < 0 || opt.HeadingLevel > 5 {
		return fmt.Errorf("heading level %d is out of range; use 1 to 5", opt.HeadingLevel)
	}
	switch opt.Format {
	case "", "html":
		return writeHTML(w, tl, opt)
	case "md":
		switch opt.Style {
		case "", "list", "table":
		default:
			return fmt.Errorf("unknown Markdown style %q; use one of %s", opt.Style, strings.Join(Styles(), ", "))
		}
		return writeMarkdown(w, tl, opt)
	case "mermaid":
		return writeMermaid(w, tl)
	case "timelinejs":
		return writeTimelineJS(w, tl)
	case "csv":
		return writeCSV(w, tl)
	case "json":
		return writeJSON(w, tl)
	}
	return fmt.Errorf("unknown format %q; use one of %s", opt.Format, strings.Join(Formats(), ", "))
}

// defaultTitle is the heading of a timeline without a title.
const defaultTitle = "Timeline"

func title(tl *timeline.Timeline) string {
	if t := strings.TrimSpace(tl.Title); t != "" {
		return t
	}
	return defaultTitle
}

// visible returns the events to render: those not rejected, in timeline
// order, each with an ID unique in the result. It copies events whose ID
// it has to make or change, so tl is left as it was.
func visible(tl *timeline.Timeline) []*timeline.Event {
	events := make([]*timeline.Event, 0, len(tl.Events))
	for _, e := range tl.Events {
		if e != nil && !e.Rejected {
			events = append(events, e)
		}
	}
	timeline.Sort(events)
	taken := make(map[string]bool, len(events))
	for i, e := range events {
		if e.ID != "" && !taken[e.ID] {
			taken[e.ID] = true
			continue
		}
		c := *e
		base := c.ID
		if base == "" {
			base = timeline.NewID(c.Date, c.Title, nil)
		}
		c.ID = base
		for n := 2; taken[c.ID]; n++ {
			c.ID = fmt.Sprintf("%s-%d", base, n)
		}
		taken[c.ID] = true
		events[i] = &c
	}
	return events
}

// A group is a run of events listed under one heading.
type group struct {
	label  string
	events []*timeline.Event
}

// groups splits events, in timeline order, into runs that share a heading
// (see groupOf).
func groups(events []*timeline.Event) []group {
	var gs []group
	for _, e := range events {
		l := groupOf(e.Date)
		if n := len(gs); n > 0 && gs[n-1].label == l {
			gs[n-1].events = append(gs[n-1].events, e)
			continue
		}
		gs = append(gs, group{label: l, events: []*timeline.Event{e}})
	}
	return gs
}

// sourceLabel names a source as a reader would cite it: its title, else its
// outlet, else its address or file.
func sourceLabel(s timeline.Source) string {
	for _, v := range []string{s.Title, s.Outlet, s.URL, s.File} {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return "source"
}

// published returns the publication date of s as displayed ("26 April
// 2024"), or s.Published as written when it is not a valid date.
func published(s timeline.Source) string {
	text, _ := publishedDay(s)
	return text
}

// publishedDay returns published(s) and, when s.Published is a valid day,
// that day as YYYY-MM-DD.
func publishedDay(s timeline.Source) (text, iso string) {
	if s.Published == "" {
		return "", ""
	}
	d, err := timeline.ParseDate(s.Published)
	if err != nil {
		return s.Published, ""
	}
	if !d.IsInterval() && d.Precision() == timeline.PrecisionDay {
		iso = d.String()
	}
	return FormatDate(d), iso
}

// sortedKeys returns the keys of counts in order.
func sortedKeys(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// oneLine replaces each run of white space in s, newlines included, by one
// space, and trims s.
func oneLine(s string) string {
	space := true // a space at the start needs trimming
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (r != ' ' || space) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = isSpace
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
