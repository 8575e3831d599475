package render

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render/golden")

// fixtures are the timelines of testdata/render, by name: readme is the
// one whose renderings the README shows.
var fixtures = []string{"sample", "xss", "readme"}

// goldenCases are the formats and styles that have golden files, by the
// suffix of the file name.
var goldenCases = []struct {
	suffix string
	opt    Options
}{
	{"page.html", Options{}},
	{"fragment.html", Options{Format: "html", Fragment: true}},
	{"list.md", Options{Format: "md"}},
	{"table.md", Options{Format: "md", Style: "table"}},
	{"fragment.md", Options{Format: "md", Fragment: true, HeadingLevel: 2}},
	{"mermaid.md", Options{Format: "mermaid"}},
	{"timelinejs.json", Options{Format: "timelinejs"}},
	{"csv", Options{Format: "csv"}},
	{"json", Options{Format: "json"}},
}

// load reads testdata/render/NAME.yaml. Each fixture must be valid, but
// the XSS fixture, which is not on purpose, is read as far as it goes.
func load(t testing.TB, name string) *timeline.Timeline {
	t.Helper()
	path := filepath.Join("..", "testdata", "render", name+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := timeline.Parse(path, data)
	var problems timeline.Problems
	if err != nil && (name != "xss" || !errors.As(err, &problems)) {
		t.Fatal(err)
	}
	return tl
}

func render(t testing.TB, tl *timeline.Timeline, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, tl, opt); err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	return buf.Bytes()
}

// TestGolden renders each fixture in each format and compares the output
// with testdata/render/golden/FIXTURE.SUFFIX; -update rewrites those.
func TestGolden(t *testing.T) {
	for _, name := range fixtures {
		tl := load(t, name)
		for _, c := range goldenCases {
			t.Run(name+"."+c.suffix, func(t *testing.T) {
				got := render(t, tl, c.opt)
				if again := render(t, tl, c.opt); !bytes.Equal(got, again) {
					t.Fatal("two renderings of the same timeline differ")
				}
				path := filepath.Join("..", "testdata", "render", "golden", name+"."+c.suffix)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v; run go test ./render -update", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("output differs from %s (run go test ./render -update and review the diff):\n%s", path, firstDiff(want, got))
				}
			})
		}
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant: %s\ngot:  %s", i+1, w, g)
		}
	}
	return "(no line differs)"
}

func TestOptionErrors(t *testing.T) {
	tl := &timeline.Timeline{}
	for _, opt := range []Options{
		{Format: "pdf"},
		{Format: "md", Style: "grid"},
		{HeadingLevel: 6},
		{HeadingLevel: -1},
	} {
		if err := Render(io.Discard, tl, opt); err == nil {
			t.Errorf("Render(%+v) = nil, want an error", opt)
		}
	}
}

// TestEveryEvent checks that every format shows every event that is not
// rejected, and none that is.
func TestEveryEvent(t *testing.T) {
	tl := load(t, "sample")
	var rejected *timeline.Event
	for _, e := range tl.Events {
		if e.Rejected {
			rejected = e
		}
	}
	if rejected == nil {
		t.Fatal("the sample has no rejected event")
	}
	shown := visible(tl)
	if len(shown) != len(tl.Events)-1 {
		t.Fatalf("visible: %d events, want %d", len(shown), len(tl.Events)-1)
	}
	for _, c := range goldenCases {
		out := string(render(t, tl, c.opt))
		for _, e := range shown {
			want := e.Title
			switch {
			case strings.HasSuffix(c.suffix, ".html"):
				want = `id="` + e.ID + `"`
			case strings.HasSuffix(c.suffix, "json"), c.suffix == "csv":
				want = e.ID
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", c.suffix, want)
			}
		}
		if strings.Contains(out, rejected.ID) || strings.Contains(out, rejected.Title) {
			t.Errorf("%s shows the rejected event %q", c.suffix, rejected.ID)
		}
	}
}

// TestRenderLeavesTimeline checks that rendering does not change the
// timeline, even when it has to make IDs.
func TestRenderLeavesTimeline(t *testing.T) {
	tl := load(t, "sample")
	tl.Events[0].ID = ""
	tl.Events[1].ID = tl.Events[2].ID
	var before bytes.Buffer
	if err := timeline.Encode(&before, tl); err != nil {
		t.Fatal(err)
	}
	for _, c := range goldenCases {
		render(t, tl, c.opt)
	}
	var after bytes.Buffer
	if err := timeline.Encode(&after, tl); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before.Bytes(), after.Bytes()) {
		t.Errorf("Render changed the timeline:\n%s", firstDiff(before.Bytes(), after.Bytes()))
	}
}

func TestVisibleIDs(t *testing.T) {
	d := timeline.MustParseDate("2022")
	tl := &timeline.Timeline{Events: []*timeline.Event{
		{ID: "a", Date: d, Title: "One"},
		{ID: "a", Date: d, Title: "Two"},
		{Date: d, Title: "Three talks"},
		{Date: d, Title: "Three talks"},
		nil,
	}}
	var ids []string
	for _, e := range visible(tl) {
		ids = append(ids, e.ID)
	}
	want := "a 2022-three-talks 2022-three-talks-2 a-2" // in timeline order: by title
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("IDs = %q, want %q", got, want)
	}
}

func TestHeadingLevels(t *testing.T) {
	tl := load(t, "sample")
	tests := []struct {
		opt        Options
		want, dont string
	}{
		{Options{Format: "md"}, "\n## 2022\n", ""},
		{Options{Format: "md", HeadingLevel: 3}, "\n#### 2022\n", "\n### "},
		{Options{Format: "md", Fragment: true}, "\n## 2022\n", "# U.S."},
		{Options{Format: "md", Fragment: true, HeadingLevel: 5}, "\n###### 2022\n", "# U.S."},
		{Options{}, `<h2 class="tl-group-title">2022</h2>`, "<h4"},
		{Options{HeadingLevel: 4}, `<h1 class="tl-title">`, "<h4"}, // a page keeps its h1
		{Options{Fragment: true}, `<h4 class="tl-event-title">`, "<h1"},
		{Options{Fragment: true, HeadingLevel: 5}, `<h6 class="tl-event-title">`, "<h7"},
	}
	for _, tt := range tests {
		out := string(render(t, tl, tt.opt))
		if !strings.Contains(out, tt.want) {
			t.Errorf("%+v: output lacks %q", tt.opt, tt.want)
		}
		if tt.dont != "" && strings.Contains(out, tt.dont) {
			t.Errorf("%+v: output has %q", tt.opt, tt.dont)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct {
		url  string
		safe bool
	}{
		{"https://example.com/a", true},
		{"HTTP://example.com", true},
		{"mailto:a@example.com", true},
		{"#event", true},
		{"/path", true},
		{"page.html", true},
		{"../up.html?a=b:c", true},
		{"javascript:alert(1)", false},
		{" JavaScript:alert(1)", false},
		{"\x01javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"data:text/html,hi", false},
		{"vbscript:msgbox", false},
		{"file:///etc/passwd", false},
		{"//evil.example.com/x.js", false},
		{`\\evil.example.com`, false},
		{`/\evil.example.com`, false},
	}
	for _, tt := range tests {
		if got := safeURL(tt.url); got != tt.safe {
			t.Errorf("safeURL(%q) = %v, want %v", tt.url, got, tt.safe)
		}
	}
}

func TestMdText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pelosi visits Taiwan", "Pelosi visits Taiwan"},
		{"AT&T and 1 < 2", "AT&T and 1 < 2"},
		{"&amp; &#60;", `\&amp; \&#60;`},
		{"<script>", `\<script>`},
		{"*bold* _it_ snake_case", `\*bold\* \_it\_ snake_case`},
		{"[link](x) `code` ~del~ a|b", `\[link\](x) \` + "`code\\`" + ` \~del\~ a\|b`},
		{"{{.Title}} {% raw %} {a}", `\{{.Title}} \{% raw %} {a}`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := mdText(tt.in); got != tt.want {
			t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := mdHeading("Issue ##"); got != `Issue \##` {
		t.Errorf("mdHeading = %q", got)
	}
}

func TestMermaidText(t *testing.T) {
	if got, want := mermaidText("Talks: day 1; #2 <b> 100%\nnext"), "Talks#58; day 1#59; #35;2 #60;b#62; 100#37; next"; got != want {
		t.Errorf("mermaidText = %q, want %q", got, want)
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "-2": "'-2", "@x": "'@x", "\tx": "'\tx",
		"Talks": "Talks", "": "", "2022-08": "2022-08",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDescription(t *testing.T) {
	tests := []struct{ in, html, md, text string }{
		{"", "", "", ""},
		{"Talks *resume*.", "<p>Talks <em>resume</em>.</p>", "Talks *resume*.", "Talks resume."},
		{"# Big\n\ntext", "<p><strong>Big</strong></p>\n<p>text</p>", "**Big**\n\ntext", "Big text"},
		{"<b>x</b> [a](javascript:y) ![i](https://e.com/i.png)", "<p>x a i</p>", "x a i", "x a i"},
		{"[a](https://e.com)", `<p><a href="https://e.com" rel="noreferrer noopener">a</a></p>`, "[a](https://e.com)", "a"},
	}
	for _, tt := range tests {
		if got := string(descriptionHTML(tt.in)); got != tt.html {
			t.Errorf("descriptionHTML(%q) = %q, want %q", tt.in, got, tt.html)
		}
		if got := descriptionMarkdown(tt.in); got != tt.md {
			t.Errorf("descriptionMarkdown(%q) = %q, want %q", tt.in, got, tt.md)
		}
		if got := descriptionText(tt.in); got != tt.text {
			t.Errorf("descriptionText(%q) = %q, want %q", tt.in, got, tt.text)
		}
	}
}

// TestPlainParagraph checks that the fast path for plain descriptions
// gives the HTML the Markdown parser gives, on many strings made from
// characters that matter to Markdown.
func TestPlainParagraph(t *testing.T) {
	alphabet := []string{"a", "B", "1", "2", ".", ")", "(", "-", "+", "=", "#", " ", "  ", "\"", "'", "é", "“", ",", ";", "?", "%", "$", "{", "}", "/", "^", "\t", "*", "_", "<", "&", ":", "http", "www.", "\n"}
	var w htmlWriter
	fast := 0
	seed := uint32(1)
	for range 20000 {
		var b strings.Builder
		n := 1 + int(seed%12)
		for range n {
			seed = seed*1664525 + 1013904223
			b.WriteString(alphabet[(seed>>16)%uint32(len(alphabet))])
		}
		src := b.String()
		got, ok := plainParagraph(src)
		if !ok {
			continue
		}
		fast++
		if want := w.parsed(src); got != want {
			t.Errorf("plainParagraph(%q) = %q, the parser gives %q", src, got, want)
		}
	}
	if fast < 1000 {
		t.Errorf("only %d strings took the fast path", fast)
	}
	for _, s := range []string{"The talks resumed.", `He said "yes".`, "2022 was a year (of talks)."} {
		if _, ok := plainParagraph(s); !ok {
			t.Errorf("plainParagraph(%q) takes the slow path", s)
		}
	}
}

// TestBuiltinPieces checks that writing the built-in page in pieces, with
// writeEvent for the events, gives the bytes that executing its template
// whole gives.
func TestBuiltinPieces(t *testing.T) {
	for _, tl := range []*timeline.Timeline{load(t, "sample"), load(t, "xss"), bigTimeline(1200), {}} {
		for _, opt := range []Options{{}, {Fragment: true}} {
			kind := "page"
			if opt.Fragment {
				kind = "fragment"
			}
			p := NewPage(tl, opt)
			var whole, pieces bytes.Buffer
			if err := builtin.ExecuteTemplate(&whole, kind, p); err != nil {
				t.Fatal(err)
			}
			if err := executeBuiltin(&pieces, kind, p); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(whole.Bytes(), pieces.Bytes()) {
				t.Errorf("%s of %d events: the pieces differ from the whole:\n%s", kind, len(tl.Events), firstDiff(whole.Bytes(), pieces.Bytes()))
			}
		}
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "a": "a", "a b": "a b", " a": "a", "a ": "a", "a  b": "a b", "a\nb": "a b",
		"U.S.–China talks": "U.S.–China talks", "a\u00a0b": "a b", "\t": "", " ": "",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkEventWriter checks that writeEvents writes the bytes that the
// template "events" writes.
func checkEventWriter(t *testing.T, events []Event) {
	t.Helper()
	var want, got bytes.Buffer
	if err := builtin.ExecuteTemplate(&want, "events", events); err != nil {
		t.Fatal(err)
	}
	writeEvents(&got, events)
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Errorf("writeEvents differs from the template:\n%s", firstDiff(want.Bytes(), got.Bytes()))
	}
}

func TestEventWriter(t *testing.T) {
	for _, tl := range []*timeline.Timeline{load(t, "sample"), load(t, "xss"), load(t, "readme"), bigTimeline(300)} {
		for _, opt := range []Options{{}, {Fragment: true, HeadingLevel: 5}} {
			for _, g := range NewPage(tl, opt).Groups {
				checkEventWriter(t, g.Events)
			}
		}
	}
	// Values that html/template escapes in each place.
	odd := "\x00 \"'&+<> é \xff%41%zz !#$*,/:;=?@[]()"
	checkEventWriter(t, []Event{{
		ID: odd, Years: odd, Level: 3, Title: odd, Type: odd, Actors: []string{odd, odd}, Location: odd, Planned: true,
		DateParts:   []DatePart{{Text: odd, Datetime: odd}, {Text: odd}},
		Description: "<p>x</p>",
		Sources: []Source{
			{URL: "https://e.com/" + odd, Label: odd, Details: odd, Quote: odd},
			{URL: "javascript:alert(1)", Label: odd},
			{URL: "Mailto:a@b.c", Label: odd},
			{Label: odd},
		},
	}})
}

// FuzzEventWriter checks writeEvent against the template "event" on
// events made of the fuzzer's strings.
func FuzzEventWriter(f *testing.F) {
	f.Add("2022-pelosi", "Pelosi visits Taiwan", "Taipei", "https://e.com/a?b=c&d", "Quote \"x\" & <y>", "2022-08-02/2022-08-03")
	f.Add("\x00'\"", "<script>", "+&", "javascript:x", "%zz%41", "2024-W17")
	f.Fuzz(func(t *testing.T, id, title, place, url, quote, date string) {
		d, err := timeline.ParseDate(date)
		if err != nil {
			d = timeline.Date{}
		}
		e := &timeline.Event{
			ID: id, Date: d, Title: title, Location: place, Type: place, Actors: []string{title, place},
			Description: quote, Planned: len(id)%2 == 0,
			Sources: []timeline.Source{{URL: url, Title: title, Outlet: place, Published: date, Quote: quote}, {File: url}},
		}
		checkEventWriter(t, []Event{newEvent(e, 3)})
		checkEventWriter(t, []Event{{ID: id, Years: date, Title: title, Level: 4, Type: place, Location: url,
			Sources: []Source{{URL: url, Label: title, Details: place, Quote: quote}}}})
	})
}
