package render

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

var (
	//go:embed templates/page.html.tmpl
	pageTemplate string
	//go:embed templates/timeline.css
	timelineCSS string
	//go:embed templates/page.css
	pageCSS string
	//go:embed templates/filter.js
	filterJS string
)

// builtin is the built-in template, parsed once.
var builtin = template.Must(ParseTemplate("page.html.tmpl", pageTemplate))

// ParseTemplate parses text, a user's html/template, for Options.Template.
// The template is executed with a *Page; it may define and call templates
// of its own. name is used in error messages. It has the standard
// functions only: everything it needs is in Page.
func ParseTemplate(name, text string) (*template.Template, error) {
	return template.New(name).Parse(text)
}

// A Page is what an HTML template receives: the timeline, ready to show.
// Text fields hold plain text, which html/template escapes; only
// Description, CSS and Script hold markup, made safe by this package.
type Page struct {
	Title    string // the timeline's title, or "Timeline"
	Fragment bool   // an embeddable <section> rather than a page

	// HeadingLevel is the level of the title heading (1 on a page),
	// YearLevel that of the year headings and EventLevel that of event
	// titles (at most 6).
	HeadingLevel, YearLevel, EventLevel int

	Count  int     // the number of events shown
	Groups []Group // the events under their year headings, in order

	// Actors and Types list each actor and event type once, in order,
	// with the number of events that have it: the filter choices.
	Actors, Types []Facet

	// FirstYear and LastYear bound the years the events cover, for the
	// year filter; both are 0 when no event has a known year.
	FirstYear, LastYear int

	CSS    template.CSS // the built-in stylesheet, scoped to .tl
	Script template.JS  // the filter script; it finds its .tl root itself
	// ExtraScript is Options.ExtraScript, for a complete page only.
	ExtraScript template.JS
	// CSP is a Content-Security-Policy for a page that holds CSS, Script
	// and ExtraScript and nothing else that loads or runs: no network
	// requests (but to its own origin when there is an ExtraScript), no
	// other script.
	CSP string
}

// A Group is the events listed under one heading.
type Group struct {
	ID     string  // the heading's anchor, unique on the page: "y2022"
	Label  string  // "2022", "1970s", "Until 2019" or "Undated"
	Level  int     // the level of its heading: Page.YearLevel
	Events []Event // in timeline order
}

// An Event is one event, ready to show.
type Event struct {
	ID        string     // unique on the page; its permalink is "#" + ID
	Date      string     // the EDTF date, as in the YAML: "2022-08-02/2022-08-03"
	DateText  string     // FormatDate: "2–3 August 2022"
	DateParts []DatePart // DateText in pieces, for <time datetime> elements
	Title     string
	Level     int // the level of its title's heading: Page.EventLevel
	// Description is the event's Markdown as HTML, with raw HTML dropped
	// and links to unsafe URLs turned into text.
	Description template.HTML
	Actors      []string
	Type        string // a PLOVER event type, or ""
	Location    string
	Planned     bool // announced, not yet happened at publication
	// FirstYear and LastYear are the calendar years the date starts and
	// ends in, or "" for an open or unknown end. Years is both, as
	// "FIRST-LAST", for the filter script.
	FirstYear, LastYear, Years string
	Sources                    []Source
}

// A Source is one source of an event, ready to show.
type Source struct {
	Label string // the title, else the outlet, else the URL or file
	// URL is the article's address when it is safe to link to (http,
	// https or relative), else "".
	URL           string
	File          string
	Title, Outlet string
	Published     string // "26 April 2024", or "" when unknown
	PublishedISO  string // "2024-04-26" when Published is a valid day
	Quote         string
	// Details is what a citation gives after the label: the outlet when
	// the label is the title, and the publication date, each after ", ".
	Details string
}

// A Facet is one filter choice and the number of events that have it.
type Facet struct {
	Name  string
	Count int
}

// NewPage prepares tl for an HTML template, as Render does with opt; only
// opt.Fragment, opt.HeadingLevel and opt.ExtraScript matter.
func NewPage(tl *timeline.Timeline, opt Options) *Page {
	p := &Page{
		Title:        title(tl),
		Fragment:     opt.Fragment,
		HeadingLevel: 1,
		CSS:          template.CSS(timelineCSS),
		Script:       template.JS(filterJS),
	}
	if opt.Fragment {
		p.HeadingLevel = 2
		if opt.HeadingLevel > 0 {
			p.HeadingLevel = opt.HeadingLevel
		}
	} else {
		p.CSS = template.CSS(pageCSS + timelineCSS)
	}
	p.YearLevel = min(p.HeadingLevel+1, 6)
	p.EventLevel = min(p.HeadingLevel+2, 6)
	scripts, connect := hash(filterJS), ""
	if opt.ExtraScript != "" && !opt.Fragment {
		p.ExtraScript = template.JS(opt.ExtraScript)
		scripts += " " + hash(opt.ExtraScript)
		connect = "; connect-src 'self'"
	}
	p.CSP = "default-src 'none'; style-src " + hash(string(p.CSS)) + "; script-src " + scripts + connect +
		"; img-src data:; base-uri 'none'; form-action 'none'"

	events := visible(tl)
	p.Count = len(events)
	actors, types := map[string]int{}, map[string]int{}
	ids := make(map[string]bool, len(events))
	for _, e := range events {
		ids[e.ID] = true
	}
	var desc htmlWriter
	for _, g := range groups(events) {
		pg := Group{ID: groupID(g.label, ids), Label: g.label, Level: p.YearLevel, Events: make([]Event, 0, len(g.events))}
		for _, e := range g.events {
			v := newEvent(e, p.EventLevel)
			v.Description = desc.html(e.Description)
			pg.Events = append(pg.Events, v)
			if e.Type != "" {
				types[e.Type]++
			}
			seen := map[string]bool{}
			for _, a := range e.Actors {
				if !seen[a] {
					seen[a] = true
					actors[a]++
				}
			}
			for _, y := range []int{e.Date.Start().Year(), e.Date.End().Year()} {
				if e.Date.IsZero() || y <= 1 {
					continue // the zero time: an open or unknown end
				}
				if p.FirstYear == 0 || y < p.FirstYear {
					p.FirstYear = y
				}
				p.LastYear = max(p.LastYear, y)
			}
		}
		p.Groups = append(p.Groups, pg)
	}
	for _, a := range sortedKeys(actors) {
		p.Actors = append(p.Actors, Facet{a, actors[a]})
	}
	for _, t := range sortedKeys(types) {
		p.Types = append(p.Types, Facet{t, types[t]})
	}
	return p
}

// hash returns the CSP source expression that allows the inline element
// whose content is s.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// groupID makes the anchor of a year heading from its label, unique among
// the event IDs and the anchors made before, which it records in taken.
func groupID(label string, taken map[string]bool) string {
	var b strings.Builder
	b.WriteString("y")
	for _, r := range strings.ToLower(label) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	id := b.String()
	for n := 2; taken[id]; n++ {
		id = b.String() + "-" + strconv.Itoa(n)
	}
	taken[id] = true
	return id
}

func newEvent(e *timeline.Event, level int) Event {
	first, last := yearSpan(e.Date)
	v := Event{
		ID:        e.ID,
		Date:      e.Date.String(),
		DateText:  FormatDate(e.Date),
		DateParts: DateParts(e.Date),
		Title:     oneLine(e.Title),
		Level:     level,
		Actors:    e.Actors,
		Type:      e.Type,
		Location:  e.Location,
		Planned:   e.Planned,
		FirstYear: first,
		LastYear:  last,
		Years:     first + "-" + last,
	}
	if len(e.Sources) > 0 {
		v.Sources = make([]Source, 0, len(e.Sources))
	}
	for _, s := range e.Sources {
		vs := Source{
			Label:  sourceLabel(s),
			File:   s.File,
			Title:  s.Title,
			Outlet: s.Outlet,
			Quote:  s.Quote,
		}
		vs.Published, vs.PublishedISO = publishedDay(s)
		if s.URL != "" && safeWebURL(s.URL) {
			vs.URL = s.URL
		}
		if s.Title != "" && s.Outlet != "" {
			vs.Details = ", " + oneLine(s.Outlet)
		}
		if vs.Published != "" {
			vs.Details += ", " + vs.Published
		}
		v.Sources = append(v.Sources, vs)
	}
	return v
}

// safeWebURL reports whether a source URL may be linked to: http, https or
// a relative reference (see safeURL), but not mailto.
func safeWebURL(u string) bool {
	return safeURL(u) && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(u)), "mailto:")
}

func writeHTML(w io.Writer, tl *timeline.Timeline, opt Options) error {
	p := NewPage(tl, opt)
	if opt.Template != nil {
		return opt.Template.Execute(w, p)
	}
	kind := "page"
	if opt.Fragment {
		kind = "fragment"
	}
	return executeBuiltin(w, kind, p)
}

// executeBuiltin writes what the built-in template kind ("page" or
// "fragment") writes for p: it executes its start, each group's start and
// end, and its end, and writes the events with writeEvents, which gives
// the bytes of the template "events" in a tenth of the time.
func executeBuiltin(w io.Writer, kind string, p *Page) error {
	var b bytes.Buffer
	b.Grow(len(p.CSS) + len(p.Script) + 1100*p.Count + 4096)
	if err := builtin.ExecuteTemplate(&b, kind+"-start", p); err != nil {
		return err
	}
	for i := range p.Groups {
		g := &p.Groups[i]
		if err := builtin.ExecuteTemplate(&b, "group-start", g); err != nil {
			return err
		}
		writeEvents(&b, g.Events)
		if err := builtin.ExecuteTemplate(&b, "group-end", g); err != nil {
			return err
		}
	}
	if err := builtin.ExecuteTemplate(&b, kind+"-end", p); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
