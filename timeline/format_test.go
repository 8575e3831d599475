package timeline

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// keepsComments reports the first comment of before that after lacks.
func keepsComments(before, after []byte) (bool, string) {
	c, lost := lostComment(before, after)
	return !lost, c.text
}

func TestFormatGolden(t *testing.T) {
	data := readEdit(t, "commented.yaml")
	out, err := Format("commented.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "commented.fmt.yaml", out)
	if ok, c := keepsComments(data, out); !ok {
		t.Errorf("fmt lost the comment %q", c)
	}
	again, err := Format("commented.fmt.yaml", out)
	if err != nil || !bytes.Equal(again, out) {
		t.Errorf("Format is not idempotent (%v):\n%s", err, again)
	}
	// Merging and then formatting keeps the comments too.
	x, err := Parse("x.yaml", readEdit(t, "commented.extracted.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	merged, _ := merge(t, "commented.yaml", data, x)
	out, err = Format("merged.yaml", merged)
	if err != nil {
		t.Fatal(err)
	}
	if ok, c := keepsComments(data, out); !ok {
		t.Errorf("fmt after a merge lost the comment %q", c)
	}
}

func TestFormatRefusesInvalid(t *testing.T) {
	_, err := Format("x.yaml", []byte("events:\n  - title: x\n"))
	if _, ok := err.(Problems); !ok {
		t.Errorf("Format of an invalid file: %v, want Problems", err)
	}
}

// TestFormatProperties checks, on random files: a file without comments
// formats to what Encode writes for its sorted timeline; a hand-decorated
// one keeps every comment and its timeline; formatting is idempotent.
func TestFormatProperties(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 50
	}
	refused, decorated := 0, 0
	defer func() {
		// Format refuses rather than lose a comment the YAML library
		// drops; with comments at random indentations that is rare.
		t.Logf("refused %d of %d decorated files", refused, decorated)
		if refused*50 > decorated {
			t.Errorf("refused %d of %d decorated files", refused, decorated)
		}
	}()
	for seed := range n {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		multiline := r.IntN(2) == 0
		tl := genTimeline(r, r.IntN(8), multiline)
		if r.IntN(3) == 0 {
			for _, e := range tl.Events[:len(tl.Events)/2] {
				e.ID = ""
			}
		}
		plain := encode(t, tl)
		out, err := Format("f.yaml", plain)
		if err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, plain)
		}
		tl.AssignIDs()
		Sort(tl.Events)
		if want := encode(t, tl); !bytes.Equal(out, want) {
			t.Errorf("seed %d: Format differs from Encode of the sorted timeline:\n%s\nwant:\n%s", seed, out, want)
		}
		if multiline {
			continue // decorate cannot put comments around block scalars
		}
		file := decorate(r, plain)
		decorated++
		out, err = Format("f.yaml", file)
		if err != nil {
			if strings.Contains(err.Error(), "formatting would lose the comment") {
				refused++
				continue
			}
			t.Errorf("seed %d: %v\n%s", seed, err, file)
			continue
		}
		if ok, c := keepsComments(file, out); !ok {
			t.Errorf("seed %d: lost the comment %q\n%s\n---\n%s", seed, c, file, out)
		}
		got, err := Parse("f.yaml", out)
		if err != nil || !sameTimeline(got, tl) {
			t.Errorf("seed %d: formatted file reads back differently (%v)\n%s", seed, err, out)
		}
		if again, err := Format("f.yaml", out); err != nil || !bytes.Equal(again, out) {
			t.Errorf("seed %d: not idempotent (%v)", seed, err)
		}
	}
}

func TestScanComments(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a: b # c\n", []string{"# c"}},
		{"# top\n  # indented\n", []string{"# top", "# indented"}},
		{"a: x#y\n", nil},
		{"a: 'x # y' # z\n", []string{"# z"}},
		{"a: 'it''s # y' # z\n", []string{"# z"}},
		{"a: \"x \\\" # y\" # z\n", []string{"# z"}},
		{"a: it's # c\n", []string{"# c"}},
		{"a: a, 'b # c\n", []string{"# c"}},
		{"a: [x, '# no', \"# no\", {b: '#'}] # yes\n", []string{"# yes"}},
		{"a: 'multi\n  # not\n  line' # c\n", []string{"# c"}},
		{"a: \"multi\n  # not\" # c\n", []string{"# c"}},
		{"a: |\n  # not\n\n  text\n# yes\n", []string{"# yes"}},
		{"a: >-   # c\n  x # not\nb: 1 # d\n", []string{"# c", "# d"}},
		{"- |\n  # not\n- x # yes\n", []string{"# yes"}},
		{"  - d: |\n      # not\n    # yes\n", []string{"# yes"}},
		{"a: |\n\nb: 1 # c\n", []string{"# c"}},
		{"a: b # c\r\n# d\r\n", []string{"# c", "# d"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range scanComments([]byte(tt.in)) {
			got = append(got, c.text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("scanComments(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
