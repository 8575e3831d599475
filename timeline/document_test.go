package timeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/edit")

// golden compares got with the golden file name in ../testdata/edit, or
// rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "edit", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./timeline -update and review the diff):\n%s", name, got)
	}
}

func readEdit(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "edit", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// editInputs are the hand-edited files of testdata/edit; the other files
// there are goldens or extractions.
func editInputs(t *testing.T) []string {
	names, err := filepath.Glob(filepath.Join("..", "testdata", "edit", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range names {
		base := filepath.Base(n)
		if strings.Count(base, ".") == 1 {
			out = append(out, base)
		}
	}
	if len(out) == 0 {
		t.Fatal("no inputs in testdata/edit")
	}
	return out
}

// TestRoundTrip checks that opening and saving a document without edits
// gives back its bytes, whatever its layout and line endings.
func TestRoundTrip(t *testing.T) {
	for _, name := range editInputs(t) {
		data := readEdit(t, name)
		for _, variant := range [][]byte{data, bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")), bytes.TrimSuffix(data, []byte("\n"))} {
			doc, err := OpenDocument(name, variant)
			if err != nil {
				t.Fatal(err)
			}
			Merge(doc, &Timeline{})
			got, err := doc.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, variant) {
				t.Errorf("%s: round trip changed the file:\n%s", name, got)
			}
		}
	}
}

// TestMergeGolden merges an extraction into a richly commented, unusually
// formatted file: everything the user wrote comes back byte for byte,
// with the new events and sources inserted.
func TestMergeGolden(t *testing.T) {
	data := readEdit(t, "commented.yaml")
	x, err := Parse("commented.extracted.yaml", readEdit(t, "commented.extracted.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out, res := merge(t, "commented.yaml", data, x)
	golden(t, "commented.merged.yaml", out)
	// Every line is kept, but for the "[]" of an empty list of sources.
	user := bytes.Replace(data, []byte("sources: []"), []byte("sources:"), 1)
	if ok, line := isSubsequence(user, out); !ok {
		t.Errorf("line %q of the file was changed", line)
	}
	want := MergeResult{
		Added:    []string{"2021-11-15-biden-and-xi-hold-a-virtual", "2024-05-putin-visits-china-2", "2025-01-trump-takes-office"},
		Sourced:  []string{"2024-04-26-blinken-meets-xi-jinping", "Pelosi visits Taiwan", "2023-02-balloon"},
		Sources:  3,
		Known:    1,
		Rejected: 1,
	}
	if !sameResult(res, want) {
		t.Errorf("result %+v\nwant %+v", res, want)
	}
	// The same with Windows line endings: the new text uses them too.
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	out2, _ := merge(t, "commented.yaml", crlf, x)
	if want := bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n")); !bytes.Equal(out2, want) {
		t.Errorf("CRLF merge differs:\n%s", out2)
	}
}

func sameResult(a, b MergeResult) bool {
	eq := func(x, y []string) bool { return strings.Join(x, ",") == strings.Join(y, ",") }
	return eq(a.Added, b.Added) && eq(a.Sourced, b.Sourced) && a.Sources == b.Sources && a.Known == b.Known && a.Rejected == b.Rejected && eq(a.Skipped, b.Skipped)
}
