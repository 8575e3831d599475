package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// This is the only file that imports the YAML library: the rest of the
// package works on node, an alias of its node type, so that switching to a
// fork (go.yaml.in/yaml/v3) is a change to the import line above.
type node = yaml.Node

const (
	documentNode = yaml.DocumentNode
	mappingNode  = yaml.MappingNode
	sequenceNode = yaml.SequenceNode
	scalarNode   = yaml.ScalarNode
	aliasNode    = yaml.AliasNode

	flowStyle         = yaml.FlowStyle
	literalStyle      = yaml.LiteralStyle
	doubleQuotedStyle = yaml.DoubleQuotedStyle
	taggedStyle       = yaml.TaggedStyle
)

// decodeNode parses one YAML document into a node tree. It returns io.EOF
// for a file without a document, and reports a second document as extra.
func decodeNode(data []byte) (doc, extra *node, err error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	doc = new(node)
	if err := dec.Decode(doc); err != nil {
		return nil, nil, err
	}
	var x node
	if dec.Decode(&x) == nil {
		extra = &x
	}
	return doc, extra, nil
}

// encodeNode writes n as YAML with two-space indentation.
func encodeNode(w io.Writer, n *node) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return err
	}
	return enc.Close()
}

// Limits on what Parse accepts. Inputs beyond them are refused with a
// problem before any further work.
const (
	// MaxFileSize is the largest timeline file accepted, in bytes: 8 MiB,
	// room for some 15,000 events with their sources.
	MaxFileSize = 8 << 20
	// MaxDepth is the deepest nesting accepted. A timeline needs 6 levels
	// (file, events, event, sources, source, value).
	MaxDepth = 16
	// MaxProblems is the most problems reported for one file; the last
	// one says that more were left out.
	MaxProblems = 1000
)

// Field names, in the order Encode and Format write them.
var (
	timelineFields = []string{"title", "events"}
	eventFields    = []string{"id", "date", "title", "description", "actors", "type", "location", "planned", "rejected", "sources"}
	sourceFields   = []string{"file", "url", "title", "outlet", "published", "published_from", "quote"}
)

// Parse reads a timeline YAML file. name is the file name used in problem
// positions. It returns the timeline as far as it could be read and, when
// anything is wrong, an error of type Problems that lists every problem
// found, each as "name:line:col: message" with a hint on how to fix it.
//
// Files larger than MaxFileSize, not valid UTF-8, using YAML aliases or
// nested deeper than MaxDepth are refused before they are interpreted.
func Parse(name string, data []byte) (*Timeline, error) {
	p := parse(name, data)
	if len(p.problems) > 0 {
		return p.tl, p.problems
	}
	return p.tl, nil
}

// parsed is the result of parse: the timeline and the nodes it came from.
type parsed struct {
	tl       *Timeline
	doc      *node   // the document node; nil if the YAML did not parse
	root     *node   // the top-level mapping
	events   *node   // the value of "events:", or nil
	items    []*node // the event mappings, parallel to tl.Events
	problems Problems
}

type parser struct {
	file     string
	problems Problems
	dropped  int // problems beyond MaxProblems
}

func (p *parser) errorf(n *node, format string, args ...any) {
	if len(p.problems) >= MaxProblems {
		p.dropped++
		return
	}
	pr := &Problem{File: p.file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		pr.Line, pr.Col = n.Line, n.Column
	}
	p.problems = append(p.problems, pr)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func parse(name string, data []byte) *parsed {
	p := &parser{file: name}
	out := &parsed{tl: &Timeline{}}
	p.parse(out, data)
	sortProblems(p.problems)
	if p.dropped > 0 {
		p.problems = append(p.problems, &Problem{File: name, Msg: fmt.Sprintf("%d more problems not shown; fix these first", p.dropped)})
	}
	out.problems = p.problems
	return out
}

func (p *parser) parse(out *parsed, data []byte) {
	if len(data) > MaxFileSize {
		p.errorf(nil, "file is %d bytes, more than the limit of %d (%d MiB); split the timeline into several files", len(data), MaxFileSize, MaxFileSize>>20)
		return
	}
	if !utf8.Valid(data) {
		off := invalidUTF8(data)
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
		p.problems = append(p.problems, &Problem{File: p.file, Line: line, Col: col, Msg: "invalid UTF-8; save the file as UTF-8"})
		return
	}
	doc, extra, err := decodeNode(data)
	if err != nil {
		if errors.Is(err, io.EOF) {
			p.errorf(nil, "empty file; a timeline needs at least 'events:'")
			return
		}
		msg := err.Error()
		pr := &Problem{File: p.file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			pr.Line, _ = strconv.Atoi(m[1])
			pr.Msg = "invalid YAML: " + msg[len(m[0]):]
		}
		p.problems = append(p.problems, pr)
		return
	}
	out.doc = doc
	if extra != nil {
		p.errorf(extra, "a second YAML document; a timeline file holds one")
	}
	if len(doc.Content) == 0 {
		p.errorf(nil, "empty file; a timeline needs at least 'events:'")
		return
	}
	if !p.checkShape(doc) {
		return
	}
	root := doc.Content[0]
	if root.Kind != mappingNode {
		p.errorf(root, "the file must be a mapping with 'events:' (and optionally 'title:'), not %s", describe(root))
		return
	}
	out.root = root
	tl := out.tl
	sawEvents := false
	p.fields(root, timelineFields, func(key string, v *node) {
		switch key {
		case "title":
			tl.Title = p.text(v, "title")
		case "events":
			sawEvents = true
			out.events = v
			tl.Events, out.items = p.events(v)
		}
	})
	if !sawEvents {
		p.errorf(root, "missing 'events:'; add a list of events (it may be empty: 'events: []')")
	}
}

// checkShape refuses aliases and nesting deeper than MaxDepth, without
// recursion, before the document is interpreted. It reports whether the
// document may be read further.
func (p *parser) checkShape(doc *node) bool {
	type item struct {
		n     *node
		depth int
	}
	ok := true
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case it.n.Kind == aliasNode:
			p.errorf(it.n, "YAML aliases (*%s) are not allowed in a timeline file; write the value out in full", it.n.Value)
			ok = false
			continue
		case it.depth > MaxDepth:
			p.errorf(it.n, "nested more than %d levels deep; a timeline needs only 6 (events, event, sources, source)", MaxDepth)
			return false
		}
		for i := len(it.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{it.n.Content[i], it.depth + 1})
		}
	}
	return ok
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

// describe names what a node holds, for messages: "a list", "a mapping",
// "the number 12", "true".
func describe(n *node) string {
	switch n.Kind {
	case mappingNode:
		return "a mapping (key: value lines)"
	case sequenceNode:
		return "a list"
	case aliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return n.Value
	case "!!null":
		return "nothing"
	}
	return strconv.Quote(n.Value)
}

// fields calls f for each key of the mapping m that is in known, and reports
// unknown and repeated keys.
func (p *parser) fields(m *node, known []string, f func(key string, v *node)) {
	seen := make(map[string]bool)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != scalarNode {
			p.errorf(k, "a key must be a plain name, not %s", describe(k))
			continue
		}
		if !slices.Contains(known, k.Value) {
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

// isNull reports whether v is an empty value ("key:" with nothing, "~" or
// "null").
func isNull(v *node) bool { return v.Kind == scalarNode && v.Tag == "!!null" }

// text returns the value of the text field named field. Text is a string
// scalar as YAML 1.2 reads it (so an unquoted 2024-04-26 is text, but 1984
// and true are not); nothing gives "". Anything else is reported.
func (p *parser) text(v *node, field string) string {
	return p.textAs(v, "'"+field+"'")
}

// textAs is text with the subject of messages given in full, such as
// "each item of 'actors'".
func (p *parser) textAs(v *node, what string) string {
	if v.Kind != scalarNode {
		p.errorf(v, "%s must be text, not %s", what, describe(v))
		return ""
	}
	switch v.Tag {
	case "!!str", "!!timestamp", "!!merge": // "<<" is text outside a mapping key
		return v.Value
	case "!!null":
		return ""
	case "!!int", "!!float", "!!bool":
		p.errorf(v, "%s must be text, not %s; put it in quotes: \"%s\"", what, describe(v), v.Value)
	default:
		p.errorf(v, "%s has the tag %s; write plain text without a tag", what, v.Tag)
	}
	return ""
}

func (p *parser) boolean(v *node, field string) bool {
	if v.Kind != scalarNode || v.Tag != "!!bool" {
		p.errorf(v, "'%s' must be true or false, not %s", field, describe(v))
		return false
	}
	b, _ := strconv.ParseBool(strings.ToLower(v.Value))
	return b
}

func (p *parser) texts(v *node, field string) []string {
	if isNull(v) {
		return nil
	}
	if v.Kind != sequenceNode {
		p.errorf(v, "'%s' must be a list such as [A, B], not %s", field, describe(v))
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		if isNull(item) {
			p.errorf(item, "empty item in '%s'; delete it", field)
			continue
		}
		if s := p.textAs(item, "each item of '"+field+"'"); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) events(v *node) ([]*Event, []*node) {
	if isNull(v) {
		return nil, nil
	}
	if v.Kind != sequenceNode {
		p.errorf(v, "'events' must be a list of events, each starting with '- ', not %s", describe(v))
		return nil, nil
	}
	ids := make(map[string]*node)
	events := make([]*Event, 0, len(v.Content))
	items := make([]*node, 0, len(v.Content))
	for _, n := range v.Content {
		if n.Kind != mappingNode {
			p.errorf(n, "an event must be a mapping with at least 'date:' and 'title:', not %s", describe(n))
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
		items = append(items, n)
	}
	return events, items
}

// valueOf returns the value of key in mapping m, or nil.
func valueOf(m *node, key string) *node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func idNode(event *node) *node {
	if v := valueOf(event, "id"); v != nil {
		return v
	}
	return event
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// yearNumber matches an unquoted year that YAML reads as a number.
var yearNumber = regexp.MustCompile(`^[1-9][0-9]{3}$`)

func (p *parser) event(n *node) *Event {
	e := &Event{}
	hasDate, hasTitle := false, false
	p.fields(n, eventFields, func(key string, v *node) {
		switch key {
		case "id":
			if v.Kind == scalarNode && v.Tag == "!!str" && v.Value == "" {
				p.errorf(v, "empty id; write one or delete the line to have one made")
				return
			}
			e.ID = p.text(v, "id")
			if e.ID != "" && !idPattern.MatchString(e.ID) {
				p.errorf(v, "id %q may hold only lower-case letters, digits and '-', and starts with a letter or digit", e.ID)
			}
		case "date":
			hasDate = true
			e.Date = p.date(v)
		case "title":
			hasTitle = true
			e.Title = p.text(v, "title")
			if strings.TrimSpace(e.Title) == "" && (isNull(v) || v.Kind == scalarNode && v.Tag == "!!str") {
				p.errorf(v, "empty title; say in a few words who did what")
			}
		case "description":
			e.Description = p.text(v, "description")
		case "actors":
			e.Actors = p.texts(v, "actors")
		case "type":
			e.Type = p.text(v, "type")
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
			e.Location = p.text(v, "location")
		case "planned":
			e.Planned = p.boolean(v, "planned")
		case "rejected":
			e.Rejected = p.boolean(v, "rejected")
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

// date reads an event's date: EDTF text, or a four-digit year that YAML
// reads as a number.
func (p *parser) date(v *node) Date {
	var s string
	switch {
	case v.Kind == scalarNode && (v.Tag == "!!int" || v.Tag == "!!float"):
		if !yearNumber.MatchString(v.Value) {
			p.errorf(v, "date %s is not a year; write the date in quotes, such as \"2022\" or \"2022-08-02\"", v.Value)
			return Date{}
		}
		s = v.Value
	case isNull(v):
		p.errorf(v, "empty date; write one such as \"2022\", \"2022-08\" or \"2022-08-02\"")
		return Date{}
	default:
		s = p.text(v, "date")
		if s == "" {
			if v.Kind == scalarNode && v.Tag == "!!str" {
				p.errorf(v, "empty date; write one such as \"2022\", \"2022-08\" or \"2022-08-02\"")
			}
			return Date{}
		}
	}
	d, err := ParseDate(s)
	if err != nil {
		p.errorf(v, "%v", err)
	}
	return d
}

func (p *parser) sources(v *node) []Source {
	if isNull(v) {
		return nil
	}
	if v.Kind != sequenceNode {
		p.errorf(v, "'sources' must be a list, each item starting with '- ', not %s", describe(v))
		return nil
	}
	var out []Source
	for _, n := range v.Content {
		if n.Kind != mappingNode {
			p.errorf(n, "a source must be a mapping such as {file: article.txt, quote: \"...\"}, not %s", describe(n))
			continue
		}
		var s Source
		p.fields(n, sourceFields, func(key string, v *node) {
			switch key {
			case "file":
				s.File = p.text(v, "file")
			case "url":
				s.URL = p.text(v, "url")
				if err := CheckURL(s.URL); err != nil {
					p.errorf(v, "%v", err)
				}
			case "title":
				s.Title = p.text(v, "title")
			case "outlet":
				s.Outlet = p.text(v, "outlet")
			case "published":
				s.Published = p.text(v, "published")
				if s.Published != "" {
					if _, err := time.Parse(time.DateOnly, s.Published); err != nil {
						p.errorf(v, "published must be a day written YYYY-MM-DD, such as 2024-04-26, not %q", s.Published)
					}
				}
			case "published_from":
				s.PublishedFrom = p.text(v, "published_from")
				if s.PublishedFrom != "" && !slices.Contains(PublishedFromValues, s.PublishedFrom) {
					if sug := suggest(s.PublishedFrom, PublishedFromValues); sug != "" {
						p.errorf(v, "unknown published_from %q; did you mean %s?", s.PublishedFrom, sug)
					} else {
						p.errorf(v, "unknown published_from %q; use one of %s", s.PublishedFrom, strings.Join(PublishedFromValues, ", "))
					}
				}
			case "quote":
				s.Quote = p.text(v, "quote")
			}
		})
		if s.File == "" && s.URL == "" {
			p.errorf(n, "source has neither 'file:' nor 'url:'; say where the event comes from")
		}
		out = append(out, s)
	}
	return out
}

// CheckURL reports whether u may be used as a link: http, https, or a
// relative reference. Anything else (javascript:, data:, file:…) is an error.
func CheckURL(u string) error {
	pu, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("url %q is malformed: %v", u, errors.Unwrap(err))
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
	root := &node{Kind: mappingNode}
	if tl.Title != "" {
		addStr(root, "title", tl.Title)
	}
	events := &node{Kind: sequenceNode}
	for _, e := range tl.Events {
		events.Content = append(events.Content, eventNode(e))
	}
	if len(events.Content) == 0 {
		events.Style = flowStyle
	}
	root.Content = append(root.Content, scalar("events"), events)
	return encodeNode(w, root)
}

func eventNode(e *Event) *node {
	n := &node{Kind: mappingNode}
	addStr(n, "id", e.ID)
	n.Content = append(n.Content, scalar("date"), dateScalar(e.Date.String()))
	addStr(n, "title", e.Title)
	addStr(n, "description", e.Description)
	if len(e.Actors) > 0 {
		seq := &node{Kind: sequenceNode, Style: flowStyle}
		for _, a := range e.Actors {
			seq.Content = append(seq.Content, textScalar(a))
		}
		n.Content = append(n.Content, scalar("actors"), seq)
	}
	addStr(n, "type", e.Type)
	addStr(n, "location", e.Location)
	if e.Planned {
		n.Content = append(n.Content, scalar("planned"), boolScalar(true))
	}
	if e.Rejected {
		n.Content = append(n.Content, scalar("rejected"), boolScalar(true))
	}
	if len(e.Sources) > 0 {
		seq := &node{Kind: sequenceNode}
		for _, s := range e.Sources {
			seq.Content = append(seq.Content, sourceNode(s))
		}
		n.Content = append(n.Content, scalar("sources"), seq)
	}
	return n
}

func sourceNode(s Source) *node {
	m := &node{Kind: mappingNode}
	addStr(m, "file", s.File)
	addStr(m, "url", s.URL)
	addStr(m, "title", s.Title)
	addStr(m, "outlet", s.Outlet)
	addStr(m, "published", s.Published)
	addStr(m, "published_from", s.PublishedFrom)
	addStr(m, "quote", s.Quote)
	return m
}

// scalar returns a string node. The encoder quotes it when it would
// otherwise read as another type (a number, a bool, null).
// Invalid UTF-8 (from an article in another encoding) becomes U+FFFD, so
// that the file stays text.
func scalar(s string) *node {
	return &node{Kind: scalarNode, Tag: "!!str", Value: strings.ToValidUTF8(s, "\uFFFD")}
}

// textScalar returns a string node in canonical style: a literal block
// when it spans lines and reads back the same that way, else plain where
// YAML allows it, else quoted.
func textScalar(s string) *node {
	v := scalar(s)
	switch {
	case literalSafe(s):
		v.Style = literalStyle
	case strings.Contains(s, "\n"):
		v.Style = doubleQuotedStyle
	}
	return v
}

// literalSafe reports whether s spans lines and can be written as a
// literal block that reads back as s: it starts with a visible character,
// and holds no other control characters than line breaks and no spaces at
// the end of a line.
func literalSafe(s string) bool {
	if !strings.Contains(s, "\n") || s[0] == ' ' || s[0] == '\n' || s[0] == '\t' {
		return false
	}
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		if strings.TrimRight(line, " \t") != line {
			return false
		}
		for _, r := range line {
			if r < ' ' && r != '\t' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
				return false
			}
		}
	}
	return true
}

func dateScalar(s string) *node {
	return &node{Kind: scalarNode, Tag: "!!str", Value: s, Style: doubleQuotedStyle}
}

func boolScalar(b bool) *node {
	return &node{Kind: scalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

func addStr(m *node, key, value string) {
	if value == "" {
		return
	}
	m.Content = append(m.Content, scalar(key), textScalar(value))
}
