package timeline

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The JSON Schema in timeline.schema.json lets editors check a file as the
// user types; timeline validate is the authority. These tests check that
// the two agree: on a table of valid and invalid files, and on random
// files from Encode. The schema is checked by a small checker that knows
// the keywords the schema uses and refuses any other, so that the schema
// cannot drift into rules the test does not check.

func loadSchema(t testing.TB) map[string]any {
	t.Helper()
	data, err := os.ReadFile("../timeline.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("timeline.schema.json: %v", err)
	}
	return s
}

// schemaChecker validates JSON values against a draft-07 schema that uses
// only the keywords it knows.
type schemaChecker struct {
	root    map[string]any
	regexps map[string]*regexp.Regexp
}

var schemaAnnotations = []string{"$schema", "$id", "title", "description", "definitions"}
var schemaKeywords = []string{"type", "enum", "pattern", "minLength", "minimum", "maximum", "properties", "additionalProperties", "required", "items", "anyOf", "$ref"}

func newSchemaChecker(t testing.TB, root map[string]any) *schemaChecker {
	c := &schemaChecker{root: root, regexps: make(map[string]*regexp.Regexp)}
	var walk func(path string, s map[string]any)
	walk = func(path string, s map[string]any) {
		for k, v := range s {
			switch {
			case slices.Contains(schemaAnnotations, k) && k != "definitions":
			case k == "definitions", k == "properties":
				for name, sub := range v.(map[string]any) {
					walk(path+"/"+k+"/"+name, sub.(map[string]any))
				}
			case k == "items":
				walk(path+"/items", v.(map[string]any))
			case k == "anyOf":
				for i, sub := range v.([]any) {
					walk(fmt.Sprintf("%s/anyOf/%d", path, i), sub.(map[string]any))
				}
			case k == "pattern":
				re, err := regexp.Compile(v.(string))
				if err != nil {
					t.Fatalf("%s: pattern: %v", path, err)
				}
				c.regexps[v.(string)] = re
			case k == "additionalProperties":
				if v != false {
					t.Fatalf("%s: additionalProperties must be false", path)
				}
			case slices.Contains(schemaKeywords, k):
			default:
				t.Fatalf("%s: the schema uses %q, which the test's checker does not know; teach it", path, k)
			}
		}
	}
	walk("#", root)
	return c
}

func (c *schemaChecker) valid(s map[string]any, v any) bool {
	if ref, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/definitions/")
		if !ok {
			panic("unsupported $ref " + ref)
		}
		return c.valid(c.root["definitions"].(map[string]any)[name].(map[string]any), v)
	}
	if ty, ok := s["type"]; ok {
		types, ok := ty.([]any)
		if !ok {
			types = []any{ty}
		}
		if !slices.ContainsFunc(types, func(t any) bool { return jsonType(v, t.(string)) }) {
			return false
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.ContainsFunc(enum, func(e any) bool { return reflect.DeepEqual(e, v) }) {
		return false
	}
	if str, ok := v.(string); ok {
		if p, ok := s["pattern"].(string); ok && !c.regexps[p].MatchString(str) {
			return false
		}
		if n, ok := s["minLength"].(float64); ok && float64(utf8.RuneCountInString(str)) < n {
			return false
		}
	}
	if num, ok := v.(float64); ok {
		if m, ok := s["minimum"].(float64); ok && num < m {
			return false
		}
		if m, ok := s["maximum"].(float64); ok && num > m {
			return false
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := s["properties"].(map[string]any)
		for k, pv := range obj {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false {
					return false
				}
				continue
			}
			if !c.valid(ps, pv) {
				return false
			}
		}
		req, _ := s["required"].([]any)
		for _, k := range req {
			if _, ok := obj[k.(string)]; !ok {
				return false
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if items, ok := s["items"].(map[string]any); ok {
			for _, it := range arr {
				if !c.valid(items, it) {
					return false
				}
			}
		}
	}
	if alts, ok := s["anyOf"].([]any); ok {
		if !slices.ContainsFunc(alts, func(sub any) bool { return c.valid(sub.(map[string]any), v) }) {
			return false
		}
	}
	return true
}

func jsonType(v any, t string) bool {
	switch t {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f) && !math.IsInf(f, 0)
	case "array":
		_, ok := v.([]any)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	}
	panic("unknown type " + t)
}

// YAML 1.2 core schema resolution of plain scalars, as editors (the YAML
// language server) read them.
var (
	core12Null  = regexp.MustCompile(`^(|~|null|Null|NULL)$`)
	core12Bool  = regexp.MustCompile(`^(true|True|TRUE|false|False|FALSE)$`)
	core12Int   = regexp.MustCompile(`^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$`)
	core12Float = regexp.MustCompile(`^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$`)
)

// toJSON converts a YAML node to the JSON value an editor checks against
// the schema: YAML 1.2 types, aliases resolved, the last of repeated keys.
func toJSON(n *node) any {
	switch n.Kind {
	case documentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return toJSON(n.Content[0])
	case aliasNode:
		return toJSON(n.Alias)
	case mappingNode:
		m := make(map[string]any)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = toJSON(n.Content[i+1])
		}
		return m
	case sequenceNode:
		a := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			a = append(a, toJSON(c))
		}
		return a
	}
	if n.Style&taggedStyle != 0 && n.Tag != "!!str" {
		return n.Value // other explicit tags: read as text
	}
	if n.Style != 0 && n.Style&taggedStyle == 0 || n.Tag == "!!str" && n.Style&taggedStyle != 0 {
		return n.Value // quoted or block scalars are strings
	}
	v := n.Value
	switch {
	case core12Null.MatchString(v):
		return nil
	case core12Bool.MatchString(v):
		return strings.ToLower(v) == "true"
	case core12Int.MatchString(v):
		i, _ := strconv.ParseInt(v, 0, 64)
		if strings.HasPrefix(v, "0o") {
			i, _ = strconv.ParseInt(v[2:], 8, 64)
		}
		return float64(i)
	case core12Float.MatchString(v):
		f, _ := strconv.ParseFloat(strings.ToLower(strings.TrimLeft(v, "+.")), 64)
		return f
	}
	return v
}

func schemaValid(c *schemaChecker, data []byte) bool {
	doc, _, err := decodeNode(data)
	if err != nil {
		return false
	}
	return c.valid(c.root, toJSON(doc))
}

// schemaCase is a file, whether the validator accepts it, and, for files
// the validator refuses that the schema cannot see as wrong, why.
type schemaCase struct {
	name   string
	yaml   string
	valid  bool
	beyond string // the rule the schema cannot express; "" if it agrees
}

func event(fields string) string {
	return "events:\n  - title: T\n" + fields
}

func eventWithDate(date string) string {
	return event("    date: " + date + "\n")
}

func source(fields string) string {
	return eventWithDate("2022") + "    sources:\n      - " + strings.ReplaceAll(strings.TrimSuffix(fields, "\n"), "\n", "\n        ") + "\n"
}

var schemaCases = []schemaCase{
	{name: "empty list", yaml: "events: []\n", valid: true},
	{name: "null list", yaml: "events:\n", valid: true},
	{name: "title", yaml: "title: U.S.–China relations\nevents: []\n", valid: true},
	{name: "full", yaml: `title: U.S.–China relations
events:
  - id: 2022-pelosi-visits-taiwan
    date: "2022"
    title: Pelosi visits Taiwan
    description: Markdown text
    actors: [Nancy Pelosi, Taiwan]
    type: CONSULT
    location: Taipei
    planned: true
    rejected: false
    sources:
      - file: blinken-xi.txt
        url: https://example.com/a
        title: Blinken meets Xi
        outlet: Example News
        published: 2024-04-26
        published_from: flag
        quote: "…then-House Speaker Nancy Pelosi's visit to Taiwan in 2022…"
`, valid: true},
	{name: "nulls", yaml: event("    date: 2022\n    id:\n    description:\n    actors:\n    type:\n    location: ~\n    sources:\n"), valid: true},
	{name: "source nulls", yaml: source("file: a.txt\nurl:\ntitle:\noutlet:\npublished:\npublished_from:\nquote:\n"), valid: true},
	{name: "year as a number", yaml: eventWithDate("2022"), valid: true},
	{name: "day unquoted", yaml: eventWithDate("2022-08-02"), valid: true},
	{name: "title that looks like a day", yaml: "events:\n  - date: \"2022\"\n    title: 2022-08-02\n", valid: true},
	{name: "plain yes is text", yaml: "events:\n  - date: \"2022\"\n    title: yes\n", valid: true},

	{name: "empty file", yaml: "", valid: false},
	{name: "list at the top", yaml: "- a\n", valid: false},
	{name: "no events", yaml: "title: x\n", valid: false},
	{name: "events a mapping", yaml: "events: {a: b}\n", valid: false},
	{name: "unknown top field", yaml: "titel: x\nevents: []\n", valid: false},
	{name: "title a number", yaml: "title: 2024\nevents: []\n", valid: false},
	{name: "event a string", yaml: "events:\n  - just text\n", valid: false},
	{name: "unknown event field", yaml: event("    date: 2022\n    sorces: []\n"), valid: false},
	{name: "no date", yaml: "events:\n  - title: T\n", valid: false},
	{name: "no title", yaml: "events:\n  - date: \"2022\"\n", valid: false},
	{name: "empty title", yaml: "events:\n  - date: \"2022\"\n    title: \"\"\n", valid: false},
	{name: "blank title", yaml: "events:\n  - date: \"2022\"\n    title: \"  \"\n", valid: false},
	{name: "null title", yaml: "events:\n  - date: \"2022\"\n    title:\n", valid: false},
	{name: "title a number", yaml: "events:\n  - date: \"2022\"\n    title: 1984\n", valid: false},
	{name: "title a list", yaml: "events:\n  - date: \"2022\"\n    title: [a]\n", valid: false},
	{name: "null date", yaml: eventWithDate("~"), valid: false},
	{name: "date a list", yaml: eventWithDate("[2022]"), valid: false},
	{name: "date true", yaml: eventWithDate("true"), valid: false},
	{name: "date two digits", yaml: eventWithDate("22"), valid: false},
	{name: "date a fraction", yaml: eventWithDate("2022.5"), valid: false},
	{name: "id uppercase", yaml: event("    date: 2022\n    id: A\n"), valid: false},
	{name: "id with space", yaml: event("    date: 2022\n    id: a b\n"), valid: false},
	{name: "id leading dash", yaml: event("    date: 2022\n    id: -a\n"), valid: false},
	{name: "id empty", yaml: event("    date: 2022\n    id: \"\"\n"), valid: false},
	{name: "id a number", yaml: event("    date: 2022\n    id: 2022\n"), valid: false},
	{name: "type lower case", yaml: event("    date: 2022\n    type: consult\n"), valid: false},
	{name: "type unknown", yaml: event("    date: 2022\n    type: MEET\n"), valid: false},
	{name: "actors a string", yaml: event("    date: 2022\n    actors: Blinken\n"), valid: false},
	{name: "actor a number", yaml: event("    date: 2022\n    actors: [1]\n"), valid: false},
	{name: "actor null", yaml: event("    date: 2022\n    actors: [a, ~]\n"), valid: false},
	{name: "planned yes", yaml: event("    date: 2022\n    planned: yes\n"), valid: false},
	{name: "planned 1", yaml: event("    date: 2022\n    planned: 1\n"), valid: false},
	{name: "rejected quoted", yaml: event("    date: 2022\n    rejected: \"true\"\n"), valid: false},
	{name: "planned null", yaml: event("    date: 2022\n    planned:\n"), valid: false},
	{name: "description a number", yaml: event("    date: 2022\n    description: 12\n"), valid: false},
	{name: "location a mapping", yaml: event("    date: 2022\n    location: {city: Taipei}\n"), valid: false},
	{name: "sources a mapping", yaml: event("    date: 2022\n    sources: {file: a.txt}\n"), valid: false},
	{name: "source a string", yaml: event("    date: 2022\n    sources: [a.txt]\n"), valid: false},
	{name: "unknown source field", yaml: source("file: a.txt\nqoute: x\n"), valid: false},
	{name: "source without file or url", yaml: source("quote: x\n"), valid: false},
	{name: "source with empty file", yaml: source("file: \"\"\n"), valid: false},
	{name: "source with null url", yaml: source("url:\nquote: x\n"), valid: false},
	{name: "published short month", yaml: source("file: a\npublished: 2024-4-26\n"), valid: false},
	{name: "published a month", yaml: source("file: a\npublished: 2024-04\n"), valid: false},
	{name: "published with time", yaml: source("file: a\npublished: 2024-04-26T10:00:00Z\n"), valid: false},
	{name: "published impossible", yaml: source("file: a\npublished: 2024-02-30\n"), valid: false},
	{name: "published uncertain", yaml: source("file: a\npublished: 2024-04-26?\n"), valid: false},
	{name: "published_from unknown", yaml: source("file: a\npublished_from: flags\n"), valid: false},

	// What only the validator can check.
	{name: "duplicate ids", yaml: "events:\n  - {id: a, date: \"2022\", title: T}\n  - {id: a, date: \"2023\", title: U}\n", beyond: "ids are unique"},
	{name: "repeated key", yaml: event("    date: 2022\n    date: 2023\n"), beyond: "a key appears once"},
	{name: "29 February in a common year", yaml: eventWithDate("2023-02-29"), beyond: "leap years"},
	{name: "published 29 February in a common year", yaml: source("file: a\npublished: 2023-02-29\n"), beyond: "leap years"},
	{name: "week 53 in a 52-week year", yaml: eventWithDate("2023-W53"), beyond: "ISO years with 53 weeks"},
	{name: "interval backwards", yaml: eventWithDate("2022-08/2022-07"), beyond: "intervals run forwards"},
	{name: "alias", yaml: "events:\n  - date: &d \"2022\"\n    title: T\n  - date: *d\n    title: U\n", beyond: "no aliases"},
	{name: "alias at the top", yaml: "&a events: []\n", valid: true},
	{name: "bad escape in url", yaml: source("url: \"%zz\"\n"), beyond: "url syntax"},
	{name: "space in url host", yaml: source("url: http://exa mple.com/\n"), beyond: "url syntax"},
	{name: "year written 2022.0", yaml: eventWithDate("2022.0"), beyond: "the schema's integers include 2022.0"},
	{name: "title of non-breaking spaces", yaml: "events:\n  - date: \"2022\"\n    title: \"\u00a0\"\n", beyond: "Unicode spaces"},
	{name: "YAML 1.1 number", yaml: "events:\n  - date: \"2022\"\n    title: 1_000\n", beyond: "YAML 1.1 numbers (the schema reads YAML 1.2)"},
	{name: "second document", yaml: "events: []\n---\nevents: []\n", beyond: "one document per file"},
	{name: "binary tag", yaml: "events:\n  - date: \"2022\"\n    title: !!binary aGk=\n", beyond: "tags"},
}

func init() {
	for _, d := range []string{
		"2022", "2022-08", "2022-08-02", "2022-21", "2022-24", "197X", "19XX", "197x", "2024-W17", "2024-w01", "2020-W53",
		"2022-08-04/2022-08-10", "2019/..", "../2019", "2019/", "/2019", "2022?", "2022-08~", "2022%", "2022?~",
		"2004-XX", "2004-XX-XX", "2022-08-XX", "2024-02-29", "2022-08?/2022-09~", "197X/2022", "0000",
	} {
		schemaCases = append(schemaCases, schemaCase{name: "date " + d, yaml: eventWithDate(`"` + d + `"`), valid: true})
	}
	for _, d := range []string{
		"", " 2022", "2022 ", "22", "20222", "2022-13", "2022-00", "2022-8", "2022-08-2", "2022-08-32", "2022-04-31",
		"2022-02-30", "2022-25", "2022-20", "2022-21-01", "197X-01", "1XXX", "X022", "19X2", "2022-XX-01", "2024-W54",
		"2024-W00", "2024-W1", "2024-W17-1", "..", "../..", "/", "2022/2023/2024", "2022-08-02T10:00", "next year",
	} {
		schemaCases = append(schemaCases, schemaCase{name: "date " + d, yaml: eventWithDate(`"` + d + `"`), valid: false})
	}
	for _, u := range []string{"https://example.com/a?b=c#d", "http://example.com", "HTTPS://EXAMPLE.COM", "https:", "//example.com/a", "#frag", "?q=a:b", "a/b:c", "../a.html", "a.html"} {
		schemaCases = append(schemaCases, schemaCase{name: "url " + u, yaml: source("url: \"" + u + "\"\n"), valid: true})
	}
	for _, u := range []string{"javascript:alert(1)", "JavaScript:alert(1)", "mailto:a@example.com", "file:///etc/passwd", "data:text/html,x", "a:b", "1http://x", "svn+ssh://x", " http://x", "ftp://example.com"} {
		schemaCases = append(schemaCases, schemaCase{name: "url " + u, yaml: source("url: \"" + u + "\"\n"), valid: false})
	}
	for _, ty := range EventTypes {
		schemaCases = append(schemaCases, schemaCase{name: "type " + ty, yaml: event("    date: 2022\n    type: " + ty + "\n"), valid: true})
	}
}

func TestSchemaAgreesWithValidator(t *testing.T) {
	c := newSchemaChecker(t, loadSchema(t))
	for _, tc := range schemaCases {
		_, err := Parse("x.yaml", []byte(tc.yaml))
		validator := err == nil
		schema := schemaValid(c, []byte(tc.yaml))
		wantValidator, wantSchema := tc.valid, tc.valid
		if tc.beyond != "" {
			wantValidator, wantSchema = false, true
		}
		if validator != wantValidator {
			t.Errorf("%s: validator says valid=%v (%v), want %v\n%s", tc.name, validator, err, wantValidator, tc.yaml)
		}
		if schema != wantSchema {
			t.Errorf("%s: schema says valid=%v, want %v\n%s", tc.name, schema, wantSchema, tc.yaml)
		}
	}
}

// TestSchemaAcceptsEncoded checks that whatever Encode writes, editors
// accept.
func TestSchemaAcceptsEncoded(t *testing.T) {
	c := newSchemaChecker(t, loadSchema(t))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		data := encode(t, genTimeline(r, r.IntN(6), true))
		if !schemaValid(c, data) {
			t.Fatalf("timeline %d: the schema refuses Encode's output:\n%s", i, data)
		}
	}
}

// TestSchemaLists checks that the schema's field names and enumerations
// are the validator's.
func TestSchemaLists(t *testing.T) {
	s := loadSchema(t)
	defs := s["definitions"].(map[string]any)
	keys := func(m map[string]any) []string {
		var out []string
		for k := range m["properties"].(map[string]any) {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	sorted := func(xs []string) []string { return slices.Sorted(slices.Values(xs)) }
	for _, tc := range []struct {
		name   string
		schema []string
		want   []string
	}{
		{"top-level fields", keys(s), sorted(timelineFields)},
		{"event fields", keys(defs["event"].(map[string]any)), sorted(eventFields)},
		{"source fields", keys(defs["source"].(map[string]any)), sorted(sourceFields)},
	} {
		if !slices.Equal(tc.schema, tc.want) {
			t.Errorf("%s: schema has %v, validator %v", tc.name, tc.schema, tc.want)
		}
	}
	enum := func(def, field string) []string {
		var out []string
		for _, v := range defs[def].(map[string]any)["properties"].(map[string]any)[field].(map[string]any)["enum"].([]any) {
			if v != nil {
				out = append(out, v.(string))
			}
		}
		return out
	}
	if got := enum("event", "type"); !slices.Equal(got, EventTypes) {
		t.Errorf("schema types %v, want EventTypes %v", got, EventTypes)
	}
	if got := enum("source", "published_from"); !slices.Equal(got, PublishedFromValues) {
		t.Errorf("schema published_from %v, want %v", got, PublishedFromValues)
	}
}
