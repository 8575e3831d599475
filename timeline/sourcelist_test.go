package timeline

import (
	"errors"
	"strings"
	"testing"
)

func TestParseSourceList(t *testing.T) {
	list, err := ParseSourceList("list.yaml", []byte(`# what I read
- file: articles/minsk.txt
  published: 2015-02-13
  url: https://example.org/minsk
  title: Peace plan agreed in Minsk
  outlet: Example News
- file: b.html
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Source{
		{File: "articles/minsk.txt", Published: "2015-02-13", URL: "https://example.org/minsk", Title: "Peace plan agreed in Minsk", Outlet: "Example News"},
		{File: "b.html"},
	}
	if len(list) != len(want) {
		t.Fatalf("got %d entries, want %d", len(list), len(want))
	}
	for i := range want {
		if list[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, list[i], want[i])
		}
	}
}

func TestParseSourceListErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"file: a.txt\n", "list.yaml:1:1: a sources list is a list"},
		{"- url: https://example.org/\n", "list.yaml:1:3: entry has no 'file:'"},
		{"- file: a.txt\n  publised: 2015-02-13\n", "list.yaml:2:3: unknown field 'publised'; did you mean 'published'?"},
		{"- file: a.txt\n  published: 2015-02-30\n", "list.yaml:2:14: published must be a day"},
		{"- file: a.txt\n  url: javascript:alert(1)\n", "list.yaml:2:8: url \"javascript:alert(1)\" uses \"javascript:\""},
		{"- file: [a\n", "list.yaml:"},
	}
	for _, tt := range tests {
		_, err := ParseSourceList("list.yaml", []byte(tt.in))
		var ps Problems
		if !errors.As(err, &ps) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseSourceList(%q) = %v, want a Problems error containing %q", tt.in, err, tt.want)
		}
	}
}

func FuzzParseSourceList(f *testing.F) {
	f.Add("- file: a.txt\n  published: 2015-02-13\n")
	f.Add("- file: a.txt\n  url: https://example.org/\n- file: b.md\n")
	f.Add("file: a\n")
	f.Fuzz(func(t *testing.T, s string) {
		list, err := ParseSourceList("f.yaml", []byte(s))
		var ps Problems
		if err != nil && !errors.As(err, &ps) {
			t.Fatalf("error is not a Problems: %v", err)
		}
		if err == nil {
			for _, src := range list {
				if src.File == "" {
					t.Fatalf("accepted an entry without a file: %q", s)
				}
			}
		}
	})
}
