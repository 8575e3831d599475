package render

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render/golden")

// fixtures are the timelines of testdata/render, by name.
var fixtures = []string{"sample", "xss"}

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

// load reads testdata/render/NAME.yaml. The sample must be valid; the XSS
// fixture is not, on purpose, and is read as far as it goes.
func load(t testing.TB, name string) *timeline.Timeline {
	t.Helper()
	path := filepath.Join("..", "testdata", "render", name+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := timeline.Parse(path, data)
	var problems timeline.Problems
	if err != nil && (name == "sample" || !errors.As(err, &problems)) {
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
