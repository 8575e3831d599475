package render

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// writeMermaid writes tl as a Mermaid timeline diagram in a ```mermaid
// fence, as GitHub renders it: a section per year heading, a period per
// date, and the titles of the events on that date. Mermaid reads ':' as a
// separator, '#' and "%%" as comments and ';' as a line end in some
// versions, and renders its text as HTML, so text is written with
// Mermaid's entity codes (#58; for ':') for those characters.
func writeMermaid(w io.Writer, tl *timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("```mermaid\ntimeline\n    title " + mermaidText(title(tl)) + "\n")
	for _, g := range groups(visible(tl)) {
		bw.WriteString("    section " + mermaidText(g.label) + "\n")
		prev := ""
		for _, e := range g.events {
			event := mermaidText(oneLine(e.Title))
			if event == "" {
				event = "(untitled)" // Mermaid needs text after the colon
			}
			if e.Planned {
				event += " (planned)"
			}
			date := FormatDate(e.Date)
			if date == prev {
				fmt.Fprintf(bw, "        %s : %s\n", strings.Repeat(" ", utf8.RuneCountInString(mermaidText(date))), event)
				continue
			}
			prev = date
			fmt.Fprintf(bw, "        %s : %s\n", mermaidText(date), event)
		}
	}
	bw.WriteString("```\n")
	return bw.Flush()
}

// mermaidText writes s on one line with Mermaid's entity codes ("#58;")
// for the characters that are syntax in a timeline diagram or markup in
// its labels.
func mermaidText(s string) string {
	var b strings.Builder
	for _, r := range oneLine(s) {
		switch r {
		case ':', '#', ';', '%', '<', '>', '&', '"', '`', '{', '}', '\\':
			fmt.Fprintf(&b, "#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TimelineJS3's JSON format, as its documentation describes it.
type (
	tjsTimeline struct {
		Title  *tjsSlide   `json:"title,omitempty"`
		Events []*tjsSlide `json:"events"`
	}
	tjsSlide struct {
		StartDate   *tjsDate `json:"start_date,omitempty"`
		EndDate     *tjsDate `json:"end_date,omitempty"`
		Text        tjsText  `json:"text"`
		Group       string   `json:"group,omitempty"`
		DisplayDate string   `json:"display_date,omitempty"`
		UniqueID    string   `json:"unique_id,omitempty"`
	}
	tjsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	tjsDate struct {
		Year  int `json:"year"`
		Month int `json:"month,omitempty"`
		Day   int `json:"day,omitempty"`
	}
)

// writeTimelineJS writes tl as TimelineJS3 JSON. A date gives only the
// parts its precision has: a year gives a year, a month a year and a
// month, a day all three. Coarser or non-calendar units become the span of
// the finer unit they cover, with display_date saying what they are: a
// season is its first and last month, a week its Monday and Sunday, a
// decade or century its first and last year. An interval's ends are the
// start and end dates; an open or unknown end is left out (TimelineJS
// needs a start, so an interval with no start starts at its end). Headline
// and text are HTML: the title escaped, the description made safe, and the
// sources as a list of links.
func writeTimelineJS(w io.Writer, tl *timeline.Timeline) error {
	out := tjsTimeline{Events: []*tjsSlide{}}
	if tl.Title != "" {
		out.Title = &tjsSlide{Text: tjsText{Headline: html.EscapeString(title(tl))}}
	}
	var desc htmlWriter
	for _, e := range visible(tl) {
		s := &tjsSlide{
			Text:        tjsText{Headline: html.EscapeString(oneLine(e.Title)), Text: tjsHTML(e, &desc)},
			Group:       e.Type,
			DisplayDate: FormatDate(e.Date),
			UniqueID:    e.ID,
		}
		from, to := e.Date.From(), e.Date.To()
		var span *tjsDate
		s.StartDate, span = tjsDates(from)
		s.EndDate = span
		if e.Date.IsInterval() && from != to {
			start, end := tjsDates(to)
			if end == nil {
				end = start
			}
			s.EndDate = end
			if s.StartDate == nil { // "../2019": TimelineJS needs a start
				s.StartDate, s.EndDate = start, nil
				if end != start {
					s.EndDate = end
				}
			}
		}
		if s.StartDate == nil {
			continue // the zero Date, from a timeline made in code
		}
		out.Events = append(out.Events, s)
	}
	return writeJSONValue(w, out)
}

// tjsDates returns the TimelineJS dates for p: its start, and its end when
// p is a span of finer units (a season, a week, a decade or a century).
func tjsDates(p timeline.Point) (start, end *tjsDate) {
	switch p.Precision {
	case timeline.PrecisionDay:
		return &tjsDate{Year: p.Year, Month: p.Month, Day: p.Day}, nil
	case timeline.PrecisionMonth:
		return &tjsDate{Year: p.Year, Month: p.Month}, nil
	case timeline.PrecisionYear:
		return &tjsDate{Year: p.Year}, nil
	case timeline.PrecisionSeason:
		d, err := timeline.ParseDate(fmt.Sprintf("%04d-%02d", p.Year, p.Season))
		if err != nil {
			return nil, nil
		}
		s, e := d.Start(), d.End()
		return &tjsDate{Year: s.Year(), Month: int(s.Month())}, &tjsDate{Year: e.Year(), Month: int(e.Month())}
	case timeline.PrecisionWeek:
		d, err := timeline.ParseDate(fmt.Sprintf("%04d-W%02d", p.Year, p.Week))
		if err != nil {
			return nil, nil
		}
		s, e := d.Start(), d.End()
		return &tjsDate{Year: s.Year(), Month: int(s.Month()), Day: s.Day()}, &tjsDate{Year: e.Year(), Month: int(e.Month()), Day: e.Day()}
	case timeline.PrecisionDecade:
		return &tjsDate{Year: p.Year}, &tjsDate{Year: p.Year + 9}
	case timeline.PrecisionCentury:
		return &tjsDate{Year: p.Year}, &tjsDate{Year: p.Year + 99}
	}
	return nil, nil
}

// tjsHTML is the text of a TimelineJS slide: the description, the actors,
// type and place, and the sources.
func tjsHTML(e *timeline.Event, desc *htmlWriter) string {
	var b strings.Builder
	b.WriteString(string(desc.html(e.Description)))
	if e.Planned {
		b.WriteString("<p><em>Planned.</em></p>")
	}
	var meta []string
	if len(e.Actors) > 0 {
		meta = append(meta, "Actors: "+html.EscapeString(strings.Join(e.Actors, ", ")))
	}
	if e.Location != "" {
		meta = append(meta, "Place: "+html.EscapeString(oneLine(e.Location)))
	}
	if len(meta) > 0 {
		b.WriteString("<p>" + strings.Join(meta, " · ") + "</p>")
	}
	if len(e.Sources) > 0 {
		b.WriteString("<ol>")
		for _, s := range e.Sources {
			b.WriteString("<li>")
			label := html.EscapeString(oneLine(sourceLabel(s)))
			if s.URL != "" && safeWebURL(s.URL) {
				fmt.Fprintf(&b, `<a href="%s" rel="noopener noreferrer">%s</a>`, html.EscapeString(s.URL), label)
			} else {
				b.WriteString(label)
			}
			if s.Title != "" && s.Outlet != "" {
				b.WriteString(", " + html.EscapeString(oneLine(s.Outlet)))
			}
			if p := published(s); p != "" {
				b.WriteString(", " + html.EscapeString(p))
			}
			if q := oneLine(s.Quote); q != "" {
				b.WriteString(": <q>" + html.EscapeString(q) + "</q>")
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ol>")
	}
	return b.String()
}

// csvHeader names the CSV columns.
var csvHeader = []string{
	"id", "date", "display_date", "start", "end", "precision", "title", "description",
	"actors", "type", "location", "planned", "source_urls", "source_files", "source_quotes",
}

// writeCSV writes tl as CSV (RFC 4180, CRLF line ends): a header row, then
// one row per event. Lists (actors, sources) are joined with "; ". start
// and end are the first and last days the date covers (YYYY-MM-DD; empty
// for an open end). A cell that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or CR) gets a leading "'".
func writeCSV(w io.Writer, tl *timeline.Timeline) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range visible(tl) {
		var urls, files, quotes []string
		for _, s := range e.Sources {
			if s.URL != "" {
				urls = append(urls, s.URL)
			}
			if s.File != "" {
				files = append(files, s.File)
			}
			if s.Quote != "" {
				quotes = append(quotes, oneLine(s.Quote))
			}
		}
		row := []string{
			e.ID, e.Date.String(), FormatDate(e.Date), day(e.Date.Start()), day(e.Date.End()), e.Date.Precision().String(),
			e.Title, e.Description, strings.Join(e.Actors, "; "), e.Type, e.Location, strconv.FormatBool(e.Planned),
			strings.Join(urls, "; "), strings.Join(files, "; "), strings.Join(quotes, "; "),
		}
		for i, c := range row {
			row[i] = csvCell(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// day writes t as YYYY-MM-DD, or "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// csvCell defuses a cell that a spreadsheet would read as a formula.
func csvCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// The JSON form of the model: the fields of the YAML format, with the
// same names.
type (
	jsonTimeline struct {
		Title  string       `json:"title,omitempty"`
		Events []*jsonEvent `json:"events"`
	}
	jsonEvent struct {
		ID          string       `json:"id"`
		Date        string       `json:"date"`
		Title       string       `json:"title"`
		Description string       `json:"description,omitempty"`
		Actors      []string     `json:"actors,omitempty"`
		Type        string       `json:"type,omitempty"`
		Location    string       `json:"location,omitempty"`
		Planned     bool         `json:"planned,omitempty"`
		Sources     []jsonSource `json:"sources,omitempty"`
	}
	jsonSource struct {
		File          string `json:"file,omitempty"`
		URL           string `json:"url,omitempty"`
		Title         string `json:"title,omitempty"`
		Outlet        string `json:"outlet,omitempty"`
		Published     string `json:"published,omitempty"`
		PublishedFrom string `json:"published_from,omitempty"`
		Quote         string `json:"quote,omitempty"`
	}
)

// writeJSON writes tl as JSON with the fields and names of the YAML
// format, events in timeline order and rejected ones left out. '<', '>'
// and '&' are written as \u escapes, so the JSON is safe inside HTML.
func writeJSON(w io.Writer, tl *timeline.Timeline) error {
	out := jsonTimeline{Title: tl.Title, Events: []*jsonEvent{}}
	for _, e := range visible(tl) {
		je := &jsonEvent{
			ID: e.ID, Date: e.Date.String(), Title: e.Title, Description: e.Description,
			Actors: e.Actors, Type: e.Type, Location: e.Location, Planned: e.Planned,
		}
		for _, s := range e.Sources {
			je.Sources = append(je.Sources, jsonSource{
				File: s.File, URL: s.URL, Title: s.Title, Outlet: s.Outlet,
				Published: s.Published, PublishedFrom: s.PublishedFrom, Quote: s.Quote,
			})
		}
		out.Events = append(out.Events, je)
	}
	return writeJSONValue(w, out)
}

// writeJSONValue writes v as indented JSON and a newline.
func writeJSONValue(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
