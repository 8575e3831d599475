package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleTimeline checks that data/samples/timeline.yaml is what
// extract makes of the sample articles next to it, as data/README.md says;
// go test -update rewrites it.
func TestSampleTimeline(t *testing.T) {
	dir, err := filepath.Abs("../../data/samples")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	articles, err := filepath.Glob("*.*")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range articles {
		if ext := filepath.Ext(a); (ext == ".txt" || ext == ".md" || ext == ".html") && !strings.EqualFold(a, "README.md") {
			names = append(names, a)
		}
	}
	var out, errb bytes.Buffer
	if code := run(append([]string{"extract"}, names...), strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("extract %v: exit %d\n%s", names, code, errb.String())
	}
	if *update {
		if err := os.WriteFile("timeline.yaml", out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("timeline.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("data/samples/timeline.yaml is not what extract makes of the samples; run go test ./cmd/timeline -run SampleTimeline -update and review the diff")
	}
}
