package extract

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/extract/golden")

// testArticles returns the project's own test articles.
func testArticles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, ext := range []string{"txt", "md", "html"} {
		m, err := filepath.Glob("../../testdata/extract/*." + ext)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no test articles in testdata/extract")
	}
	return files
}

// checkGolden compares got with the golden file name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("../../testdata/extract/golden", name)
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
		t.Fatalf("%v (run go test -update to make it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\n--- got\n%s", path, got)
	}
}

// TestGoldenRead checks what each reader makes of the test articles: the
// metadata found and the body left after boilerplate and repeats are
// removed.
func TestGoldenRead(t *testing.T) {
	for _, f := range testArticles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Read(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "title: %s\nurl: %s\noutlet: %s\npublished: %s (%s)\n\n%s\n", a.Title, a.URL, a.Outlet, a.Published, a.PublishedFrom, a.Text)
		checkGolden(t, filepath.Base(f)+".read", []byte(b.String()))
	}
}

// TestGoldenExtract checks the events of each test article, and of all of
// them merged.
func TestGoldenExtract(t *testing.T) {
	x := Extractor{Gazetteer: builtin(t)}
	var all []*timeline.Event
	for _, f := range testArticles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Read(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		events := x.Extract(a)
		all = append(all, events...)
		checkGolden(t, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".yaml", encode(t, events))
	}
	checkGolden(t, "all.yaml", encode(t, Merge(all)))
}
