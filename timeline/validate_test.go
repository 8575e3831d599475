package timeline

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestParseProblems checks that Parse reports every problem of a file in
// one run, each at its position and with a hint.
func TestParseProblems(t *testing.T) {
	const file = `title: 2024
events:
  - id: A
    date: 2023-02-30
    title: 1984
    sorces: []
    type: consult
    actors: Blinken
  - date: 22
    title: ""
    planned: yes
    sources:
      - url: javascript:alert(1)
        published: 2024-4-26
        published_from: flags
      - quote: x
      - file: a.txt
        url: "%zz"
  - date: "2022-08/2022-07"
    title: x
    id: ""
  - title: y
    actors: [a, ~, [b]]
    rejected: 1
  - date: 2022-13
  - date: 197x?
    title: ok
    id: a
  - date: "2023-W53"
    title: z
    id: a
  - date: 2022-08-XY
    title: w
    location: {city: Taipei}
    description: !!binary aGk=
`
	want := []string{
		`x.yaml:1:8: 'title' must be text, not the number 2024; put it in quotes: "2024"`,
		`x.yaml:3:9: id "A" may hold only lower-case letters, digits and '-', and starts with a letter or digit`,
		`x.yaml:4:11: date "2023-02-30": February 2023 has 28 days, not 30`,
		`x.yaml:5:12: 'title' must be text, not the number 1984; put it in quotes: "1984"`,
		`x.yaml:6:5: unknown field 'sorces'; did you mean 'sources'?`,
		`x.yaml:7:11: unknown event type "consult"; did you mean CONSULT?`,
		`x.yaml:8:13: 'actors' must be a list such as [A, B], not "Blinken"`,
		`x.yaml:9:11: date 22 is not a year; write the date in quotes, such as "2022" or "2022-08-02"`,
		`x.yaml:10:12: empty title; say in a few words who did what`,
		`x.yaml:11:14: 'planned' must be true or false, not "yes"`,
		`x.yaml:13:14: url "javascript:alert(1)" uses "javascript:"; only http, https and relative links are allowed`,
		`x.yaml:14:20: published must be a day written YYYY-MM-DD, such as 2024-04-26, not "2024-4-26"`,
		`x.yaml:15:25: unknown published_from "flags"; did you mean flag?`,
		`x.yaml:16:9: source has neither 'file:' nor 'url:'; say where the event comes from`,
		`x.yaml:18:14: url "%zz" is malformed: invalid URL escape "%zz"`,
		`x.yaml:19:11: interval "2022-08/2022-07" ends before it starts`,
		`x.yaml:21:9: empty id; write one or delete the line to have one made`,
		`x.yaml:22:5: event has no 'date:'; add one such as date: "2022-08"`,
		`x.yaml:23:17: empty item in 'actors'; delete it`,
		`x.yaml:23:20: each item of 'actors' must be text, not a list`,
		`x.yaml:24:15: 'rejected' must be true or false, not the number 1`,
		`x.yaml:25:5: event has no 'title:'; add one that says who did what`,
		`x.yaml:25:11: date "2022-13": month 13 does not exist; use 01 to 12 (or 21 to 24 for a season)`,
		`x.yaml:29:11: date "2023-W53": 2023 has no week 53 (it has 52)`,
		`x.yaml:31:9: duplicate id "a" (first used at line 28); give this event another id or delete the line to have one made`,
		`x.yaml:32:11: date "2022-08-XY": the day must be two digits, 01 to 31`,
		`x.yaml:34:15: 'location' must be text, not a mapping (key: value lines)`,
		`x.yaml:35:18: 'description' has the tag !!binary; write plain text without a tag`,
	}
	_, err := Parse("x.yaml", []byte(file))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Parse: %v, want Problems", err)
	}
	got := strings.Split(ps.Error(), "\n")
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("problem %d:\n got %s\nwant %s", i+1, g, w)
		}
	}
}

// TestParseLimits checks that oversized, non-UTF-8, aliased and deeply
// nested inputs are refused with one clear problem.
func TestParseLimits(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"size", append([]byte("events:\n#"), bytes.Repeat([]byte("x"), MaxFileSize)...), "x.yaml: file is 8388617 bytes, more than the limit of 8388608 (8 MiB); split the timeline into several files"},
		{"utf8", []byte("events:\n  - title: caf\xe9\n"), "x.yaml:2:15: invalid UTF-8; save the file as UTF-8"},
		{"alias bomb", []byte("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nevents: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"), "x.yaml:2:8: YAML aliases (*a) are not allowed in a timeline file; write the value out in full"},
		{"deep", []byte("events: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n"), "nested more than 16 levels deep"},
		{"very deep", []byte("events: " + strings.Repeat("[", 20000) + "\n"), "x.yaml: invalid YAML: exceeded max depth of 10000"},
		{"empty", []byte(""), "x.yaml: empty file; a timeline needs at least 'events:'"},
		{"comments only", []byte("# nothing yet\n"), "x.yaml: empty file; a timeline needs at least 'events:'"},
		{"two documents", []byte("events: []\n---\nevents: []\n"), "x.yaml:2:1: a second YAML document; a timeline file holds one"},
		{"not a mapping", []byte("- a\n"), "x.yaml:1:1: the file must be a mapping with 'events:' (and optionally 'title:'), not a list"},
		{"no events", []byte("title: x\n"), "x.yaml:1:1: missing 'events:'"},
		{"bad yaml", []byte("events:\n  - title: [\n"), "x.yaml:2: invalid YAML: did not find expected node content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.yaml", tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse: %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString("events:\n")
	for range MaxProblems + 10 {
		b.WriteString("  - {date: x, title: y}\n")
	}
	_, err := Parse("x.yaml", []byte(b.String()))
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != MaxProblems+1 {
		t.Fatalf("got %d problems, want %d", len(ps), MaxProblems+1)
	}
	if last := ps[len(ps)-1].Msg; last != "10 more problems not shown; fix these first" {
		t.Errorf("last problem = %q", last)
	}
}

// TestParseValid checks values YAML reads as other types where the format
// allows them: unquoted years and days.
func TestParseValid(t *testing.T) {
	const file = `events:
  - date: 2022
    title: Pelosi visits Taiwan
    sources:
      - url: https://example.com/a
        published: 2024-04-26
  - date: 2022-08-02
    title: 2022-08-02 talks
    id:
    description:
    actors:
    sources: []
`
	tl, err := Parse("x.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if got := tl.Events[0].Date.String(); got != "2022" {
		t.Errorf("date = %q", got)
	}
	if got := tl.Events[0].Sources[0].Published; got != "2024-04-26" {
		t.Errorf("published = %q", got)
	}
	if got := tl.Events[1].Title; got != "2022-08-02 talks" {
		t.Errorf("title = %q", got)
	}
}
