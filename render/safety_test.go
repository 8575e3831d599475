package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/parser"
	"golang.org/x/net/html"

	"github.com/timeline-dev/timeline/timeline"
)

// inertHTML checks that page, an HTML page or fragment, has no live
// script: no script element but the filter script and no style element
// but the stylesheet (when own is true, else none at all), no event
// handler attribute, no element that runs or loads anything, and no link
// or source with a scheme other than http, https or mailto. It returns
// the first problem found.
func inertHTML(page []byte, own bool) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	var inScript, inStyle bool
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil // io.EOF: the tokenizer reads any input to the end
		case html.TextToken:
			text := string(z.Text())
			switch {
			case inScript && (!own || text != filterJS):
				return fmt.Errorf("script element holds %.80q", text)
			case inStyle && (!own || (text != timelineCSS && text != pageCSS+timelineCSS)):
				return fmt.Errorf("style element holds %.80q", text)
			}
			continue
		case html.EndTagToken:
			inScript, inStyle = false, false
			continue
		case html.StartTagToken, html.SelfClosingTagToken:
		default:
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script":
			inScript = true
		case "style":
			inStyle = true
		case "iframe", "frame", "object", "embed", "img", "svg", "math", "base", "link", "video", "audio", "source", "form", "input", "button", "textarea", "select", "option", "label":
			if !own || !ownElement(tok) {
				return fmt.Errorf("element <%s %v>", tok.Data, tok.Attr)
			}
		case "meta":
			for _, a := range tok.Attr {
				if a.Key == "http-equiv" && !strings.EqualFold(a.Val, "Content-Security-Policy") {
					return fmt.Errorf("meta http-equiv=%q", a.Val)
				}
			}
		}
		for _, a := range tok.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") || key == "style" || key == "srcdoc" {
				return fmt.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, tok.Data)
			}
			switch key {
			case "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite":
				if tok.Data == "link" && key == "href" && a.Val == "data:," {
					continue // the page's empty icon, which stops a request for /favicon.ico
				}
				if !safeURL(a.Val) {
					return fmt.Errorf("<%s %s=%q>", tok.Data, a.Key, a.Val)
				}
			}
		}
	}
}

// ownElement reports whether tok is one of the elements the built-in
// template writes: the icon link and the filter form's controls.
func ownElement(tok html.Token) bool {
	attr := func(k string) string {
		for _, a := range tok.Attr {
			if a.Key == k {
				return a.Val
			}
		}
		return ""
	}
	switch tok.Data {
	case "link":
		return attr("rel") == "icon" && attr("href") == "data:,"
	case "form":
		return attr("class") == "tl-filters"
	case "input":
		n := attr("name")
		return n == "q" || n == "from" || n == "to"
	case "select":
		return attr("name") == "actor" || attr("name") == "type"
	case "option", "label", "button":
		return true // inside the form; their text and values are escaped
	}
	return false
}

// inertMarkdown checks Markdown by rendering it as a Markdown renderer
// that passes raw HTML through would, and checking that HTML.
func inertMarkdown(md []byte) error {
	p := parser.NewWithExtensions(parser.CommonExtensions | parser.Footnotes)
	out := markdown.ToHTML(md, p, nil)
	if err := inertHTML(out, false); err != nil {
		return fmt.Errorf("gomarkdown: %v", err)
	}
	out = markdown.ToHTML(md, parser.NewCommonMarkWithExtensions(parser.CommonMarkExtensions), nil)
	if err := inertHTML(out, false); err != nil {
		return fmt.Errorf("CommonMark: %v", err)
	}
	return nil
}

// checkInert renders tl in every format and checks that no output can run
// script where it is meant to be shown.
func checkInert(t *testing.T, tl *timeline.Timeline) {
	t.Helper()
	for _, c := range goldenCases {
		var buf bytes.Buffer
		if err := Render(&buf, tl, c.opt); err != nil {
			t.Fatalf("%s: %v", c.suffix, err)
		}
		out := buf.Bytes()
		var err error
		switch c.suffix {
		case "page.html", "fragment.html":
			err = inertHTML(out, true)
		case "list.md", "table.md", "fragment.md":
			err = inertMarkdown(out)
		case "mermaid.md":
			err = checkMermaid(out, tl)
		case "timelinejs.json":
			var v tjsTimeline
			if err = json.Unmarshal(out, &v); err == nil {
				for _, s := range append(v.Events, v.Title) {
					if s != nil && err == nil {
						err = inertHTML([]byte(s.Text.Headline+s.Text.Text), false)
					}
				}
			}
		case "json":
			if !json.Valid(out) {
				err = fmt.Errorf("invalid JSON")
			}
		case "csv":
			err = checkCSV(out, tl)
		}
		if err != nil {
			t.Errorf("%s: %v\n%s", c.suffix, err, out)
		}
	}
}

// checkMermaid checks that every event is one line of the diagram, with
// one " : " between its period and its text, and no Mermaid syntax
// character in either.
func checkMermaid(out []byte, tl *timeline.Timeline) error {
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if lines[0] != "```mermaid" || lines[len(lines)-1] != "```" || lines[1] != "timeline" {
		return fmt.Errorf("not a fenced timeline block")
	}
	events := 0
	for _, l := range lines[2 : len(lines)-1] {
		body := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "    title "), strings.HasPrefix(l, "    section "):
			if strings.Contains(body, ":") || !entityOnly(body) {
				return fmt.Errorf("syntax character in %q", l)
			}
		case strings.HasPrefix(l, "        "):
			events++
			if strings.Count(l, " : ") != 1 || strings.Count(l, ":") != 1 || strings.ContainsAny(l, ";<>\"&") && !entityOnly(l) {
				return fmt.Errorf("bad event line %q", l)
			}
		default:
			return fmt.Errorf("unexpected line %q", l)
		}
	}
	if n := len(visible(tl)); events != n {
		return fmt.Errorf("%d event lines, want %d", events, n)
	}
	return nil
}

// entityOnly reports whether every '#' in l starts a Mermaid entity code
// ("#58;"), every ';' ends one, and l has no other syntax character.
func entityOnly(l string) bool {
	if strings.ContainsAny(l, "<>\"&%") {
		return false
	}
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case ';':
			return false
		case '#':
			j := i + 1
			for j < len(l) && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j == i+1 || j == len(l) || l[j] != ';' {
				return false
			}
			i = j
		}
	}
	return true
}

// checkCSV checks that the CSV reads back as one row per event, with no
// cell that a spreadsheet would run as a formula.
func checkCSV(out []byte, tl *timeline.Timeline) error {
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		return err
	}
	if len(rows) != len(visible(tl))+1 {
		return fmt.Errorf("%d rows, want %d", len(rows), len(visible(tl))+1)
	}
	for _, r := range rows[1:] {
		for _, c := range r {
			if c != "" && strings.IndexByte("=+-@\t\r", c[0]) >= 0 {
				return fmt.Errorf("cell %q would be a formula", c)
			}
		}
	}
	return nil
}

// TestXSSFixture checks that the XSS fixture, whose every field holds a
// payload, renders as inert text in every format.
func TestXSSFixture(t *testing.T) {
	checkInert(t, load(t, "xss"))
	checkInert(t, load(t, "sample"))
}

// TestInertCheckers makes sure the checks above can fail.
func TestInertCheckers(t *testing.T) {
	bad := []string{
		`<p onclick="x()">a</p>`,
		`<script>alert(1)</script>`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href=" JAVASCRIPT:alert(1)">x</a>`,
		`<img src=x>`,
		`<iframe src="https://example.com"></iframe>`,
		`<style>*{}</style>`,
		`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	}
	for _, b := range bad {
		if inertHTML([]byte(b), true) == nil {
			t.Errorf("inertHTML(%q) = nil, want an error", b)
		}
	}
	if inertMarkdown([]byte("<script>alert(1)</script>")) == nil {
		t.Error("inertMarkdown accepts a script")
	}
	if inertMarkdown([]byte("[x](javascript:alert(1))")) == nil {
		t.Error("inertMarkdown accepts a javascript: link")
	}
}

// FuzzRender renders a timeline whose fields are the fuzzer's strings in
// every format: nothing may panic, and no output may hold live script.
func FuzzRender(f *testing.F) {
	for _, tl := range []*timeline.Timeline{load(f, "sample"), load(f, "xss")} {
		for _, e := range tl.Events {
			var url, quote string
			if len(e.Sources) > 0 {
				url, quote = e.Sources[0].URL, e.Sources[0].Quote
			}
			f.Add(tl.Title, e.ID, e.Date.String(), e.Title, e.Description, strings.Join(e.Actors, "\n"), e.Type, e.Location, url, quote)
		}
	}
	f.Fuzz(func(t *testing.T, title, id, date, etitle, desc, actors, typ, loc, url, quote string) {
		if len(desc) > 4000 {
			return
		}
		d, err := timeline.ParseDate(date)
		if err != nil {
			d = timeline.Date{}
		}
		e := &timeline.Event{
			ID: id, Date: d, Title: etitle, Description: desc, Type: typ, Location: loc,
			Actors:  strings.Split(actors, "\n"),
			Planned: len(quote)%2 == 1,
			Sources: []timeline.Source{{URL: url, Title: etitle, Outlet: loc, Published: date, Quote: quote, File: id}},
		}
		second := *e
		tl := &timeline.Timeline{Title: title, Events: []*timeline.Event{e, &second}}
		checkInert(t, tl)
	})
}
