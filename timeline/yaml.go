package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest timeline file Parse accepts, in bytes.
const MaxFileSize = 64 << 20

// Field names, in the order Encode writes them.
var (
	timelineFields = []string{"title", "events"}
	eventFields    = []string{"id", "date", "title", "description", "actors", "type", "location", "planned", "rejected", "sources"}
	sourceFields   = []string{"file", "url", "title", "outlet", "published", "published_from", "quote"}
)

// Parse reads a timeline YAML file. name is the file name used in problem
// positions. It returns the timeline as far as it could be read and, when
// anything is wrong, an error of type Problems that lists every problem
// found, each as "name:line:col: message" with a hint on how to fix it.
func Parse(name string, data []byte) (*Timeline, error) {
	p := &parser{file: name}
	tl := p.parse(data)
	if len(p.problems) > 0 {
		sortProblems(p.problems)
		return tl, p.problems
	}
	return tl, nil
}

type parser struct {
	file     string
	problems Problems
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	pr := &Problem{File: p.file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		pr.Line, pr.Col = n.Line, n.Column
	}
	p.problems = append(p.problems, pr)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func (p *parser) parse(data []byte) *Timeline {
	tl := &Timeline{}
	if len(data) > MaxFileSize {
		p.errorf(nil, "file is %d bytes, more than the limit of %d; split the timeline", len(data), MaxFileSize)
		return tl
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidUTF8(data)], []byte("\n"))
		p.problems = append(p.problems, &Problem{File: p.file, Line: line, Msg: "invalid UTF-8; save the file as UTF-8"})
		return tl
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.errorf(nil, "empty file; a timeline needs at least 'events:'")
			return tl
		}
		msg := err.Error()
		pr := &Problem{File: p.file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			pr.Line, _ = strconv.Atoi(m[1])
			pr.Msg = "invalid YAML: " + msg[len(m[0]):]
		}
		p.problems = append(p.problems, pr)
		return tl
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.errorf(&extra, "a second YAML document; a timeline file holds one")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "the file must be a mapping with 'events:' (and optionally 'title:'), not a %s", kindName(root))
		return tl
	}
	sawEvents := false
	p.fields(root, timelineFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			tl.Title = p.str(v)
		case "events":
			sawEvents = true
			tl.Events = p.events(v)
		}
	})
	if !sawEvents {
		p.errorf(root, "missing 'events:'; add a list of events (it may be empty: 'events: []')")
	}
	return tl
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "scalar"
}

// fields calls f for each key of the mapping m that is in known, and reports
// unknown and repeated keys.
func (p *parser) fields(m *yaml.Node, known []string, f func(key string, v *yaml.Node)) {
	seen := make(map[string]bool)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "a key must be a plain name")
			continue
		}
		if !contains(known, k.Value) {
			if s := suggest(k.Value, known); s != "" {
				p.errorf(k, "unknown field '%s'; did you mean '%s'?", k.Value, s)
			} else {
				p.errorf(k, "unknown field '%s'; known fields here are %s", k.Value, strings.Join(known, ", "))
			}
			continue
		}
		if seen[k.Value] {
			p.errorf(k, "field '%s' appears twice; keep one", k.Value)
			continue
		}
		seen[k.Value] = true
		f(k.Value, v)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// str returns the value of a scalar string node; other nodes are a problem.
func (p *parser) str(v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		p.errorf(v, "expected text, found a %s", kindName(v))
		return ""
	}
	if v.Tag == "!!null" {
		return ""
	}
	return v.Value
}

func (p *parser) boolean(v *yaml.Node) bool {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
		p.errorf(v, "expected true or false, found %q", v.Value)
		return false
	}
	b, _ := strconv.ParseBool(strings.ToLower(v.Value))
	return b
}

func (p *parser) strings(v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "expected a list such as [A, B], found a %s", kindName(v))
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		if s := p.str(item); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) events(v *yaml.Node) []*Event {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "'events' must be a list of events, each starting with '- '")
		return nil
	}
	ids := make(map[string]*yaml.Node)
	events := make([]*Event, 0, len(v.Content))
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "an event must be a mapping with at least 'date:' and 'title:'")
			continue
		}
		e := p.event(n)
		if e.ID != "" {
			if prev, ok := ids[e.ID]; ok {
				p.errorf(idNode(n), "duplicate id %q (first used at line %d); give this event another id or delete the line to have one made", e.ID, prev.Line)
			} else {
				ids[e.ID] = idNode(n)
			}
		}
		events = append(events, e)
	}
	return events
}

func idNode(event *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(event.Content); i += 2 {
		if event.Content[i].Value == "id" {
			return event.Content[i+1]
		}
	}
	return event
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (p *parser) event(n *yaml.Node) *Event {
	e := &Event{}
	hasDate, hasTitle := false, false
	p.fields(n, eventFields, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = p.str(v)
			if e.ID != "" && !idPattern.MatchString(e.ID) {
				p.errorf(v, "id %q may hold only lower-case letters, digits and '-'", e.ID)
			}
		case "date":
			hasDate = true
			s := p.str(v)
			d, err := ParseDate(s)
			if err != nil {
				p.errorf(v, "%v", err)
			}
			e.Date = d
		case "title":
			hasTitle = true
			e.Title = p.str(v)
			if strings.TrimSpace(e.Title) == "" {
				p.errorf(v, "empty title; say in a few words who did what")
			}
		case "description":
			e.Description = p.str(v)
		case "actors":
			e.Actors = p.strings(v)
		case "type":
			e.Type = p.str(v)
			if e.Type != "" && !IsEventType(e.Type) {
				if up := strings.ToUpper(e.Type); IsEventType(up) {
					p.errorf(v, "unknown event type %q; did you mean %s?", e.Type, up)
				} else if s := suggest(up, EventTypes); s != "" {
					p.errorf(v, "unknown event type %q; did you mean %s?", e.Type, s)
				} else {
					p.errorf(v, "unknown event type %q; use one of %s", e.Type, strings.Join(EventTypes, ", "))
				}
			}
		case "location":
			e.Location = p.str(v)
		case "planned":
			e.Planned = p.boolean(v)
		case "rejected":
			e.Rejected = p.boolean(v)
		case "sources":
			e.Sources = p.sources(v)
		}
	})
	if !hasDate {
		p.errorf(n, "event has no 'date:'; add one such as date: \"2022-08\"")
	}
	if !hasTitle {
		p.errorf(n, "event has no 'title:'; add one that says who did what")
	}
	return e
}

func (p *parser) sources(v *yaml.Node) []Source {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "'sources' must be a list, each item starting with '- '")
		return nil
	}
	var out []Source
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "a source must be a mapping such as {file: article.txt, quote: \"...\"}")
			continue
		}
		var s Source
		p.fields(n, sourceFields, func(key string, v *yaml.Node) {
			switch key {
			case "file":
				s.File = p.str(v)
			case "url":
				s.URL = p.str(v)
				if err := CheckURL(s.URL); err != nil {
					p.errorf(v, "%v", err)
				}
			case "title":
				s.Title = p.str(v)
			case "outlet":
				s.Outlet = p.str(v)
			case "published":
				s.Published = p.str(v)
				if d, err := ParseDate(s.Published); err != nil || d.IsInterval() || d.Precision() != PrecisionDay {
					p.errorf(v, "published must be a day written YYYY-MM-DD, not %q", s.Published)
				}
			case "published_from":
				s.PublishedFrom = p.str(v)
			case "quote":
				s.Quote = p.str(v)
			}
		})
		out = append(out, s)
	}
	return out
}

// CheckURL reports whether u may be used as a link: http, https, or a
// relative reference. Anything else (javascript:, data:, file:…) is an error.
func CheckURL(u string) error {
	pu, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("url %q is malformed: %v", u, err)
	}
	switch strings.ToLower(pu.Scheme) {
	case "", "http", "https":
		return nil
	}
	return fmt.Errorf("url %q uses %q; only http, https and relative links are allowed", u, pu.Scheme+":")
}

// Encode writes tl as timeline YAML in canonical form: fields in a fixed
// order, dates quoted, empty fields left out. The output of the same
// timeline is always the same bytes.
func Encode(w io.Writer, tl *Timeline) error {
	root := &yaml.Node{Kind: yaml.MappingNode}
	if tl.Title != "" {
		addStr(root, "title", tl.Title)
	}
	events := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range tl.Events {
		events.Content = append(events.Content, eventNode(e))
	}
	if len(events.Content) == 0 {
		events.Style = yaml.FlowStyle
	}
	root.Content = append(root.Content, scalar("events"), events)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return err
	}
	return enc.Close()
}

func eventNode(e *Event) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	addStr(n, "id", e.ID)
	n.Content = append(n.Content, scalar("date"), &yaml.Node{Kind: yaml.ScalarNode, Value: e.Date.String(), Style: yaml.DoubleQuotedStyle})
	addStr(n, "title", e.Title)
	addStr(n, "description", e.Description)
	if len(e.Actors) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, a := range e.Actors {
			seq.Content = append(seq.Content, scalar(a))
		}
		n.Content = append(n.Content, scalar("actors"), seq)
	}
	addStr(n, "type", e.Type)
	addStr(n, "location", e.Location)
	if e.Planned {
		n.Content = append(n.Content, scalar("planned"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if e.Rejected {
		n.Content = append(n.Content, scalar("rejected"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if len(e.Sources) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range e.Sources {
			m := &yaml.Node{Kind: yaml.MappingNode}
			addStr(m, "file", s.File)
			addStr(m, "url", s.URL)
			addStr(m, "title", s.Title)
			addStr(m, "outlet", s.Outlet)
			addStr(m, "published", s.Published)
			addStr(m, "published_from", s.PublishedFrom)
			addStr(m, "quote", s.Quote)
			seq.Content = append(seq.Content, m)
		}
		n.Content = append(n.Content, scalar("sources"), seq)
	}
	return n
}

// scalar returns a string node. The encoder quotes it when it would
// otherwise read as another type (a number, a bool, null).
func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func addStr(m *yaml.Node, key, value string) {
	if value == "" {
		return
	}
	v := scalar(value)
	if strings.Contains(value, "\n") {
		v.Style = yaml.LiteralStyle
	}
	m.Content = append(m.Content, scalar(key), v)
}
