package timeline

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzExtraction is merged into every valid fuzzed file.
var fuzzExtraction = &Timeline{Events: []*Event{
	{Date: MustParseDate("2022-08-02"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi"}, Sources: []Source{{File: "n.txt", Quote: "Pelosi landed."}}},
	{Date: MustParseDate("2024"), Title: "T", Sources: []Source{{File: "n.txt", Quote: "q"}}},
	{Date: MustParseDate("1999"), Title: "Early", Sources: []Source{{URL: "https://example.com", Quote: "x"}}},
	{Date: MustParseDate("2099-12-31"), Title: "Late"},
}}

func addFuzzSeeds(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "edit", "*.yaml"))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	// Hand-decorated random files, so that mutations start from valid ones.
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		var b bytes.Buffer
		if err := Encode(&b, genTimeline(r, r.IntN(5), false)); err != nil {
			f.Fatal(err)
		}
		f.Add(decorate(r, b.Bytes()))
	}
	for _, s := range []string{
		"events: []\n",
		"events:\n  - date: 2022\n    title: T\n",
		"events:\n- {date: \"2022\", title: T, sources: [{file: a}]}\n",
		"title: x\nevents:\n  - id: a\n    date: 2022-08-02\n    title: |\n      T\n    sources:\n    - file: a\n      quote: 'q # x'\n# end\n",
		"events: [] # c\n",
		"events:\n  - date: \"2022\" # c\n    title: T\n    sources: ~\n  # foot\n",
		"a: &a [x]\nevents: *a\n",
	} {
		f.Add([]byte(s))
	}
}

// FuzzParse checks the loader and validator on any input: no panic; and
// for a valid file, that Encode, Format, OpenDocument and Merge keep
// their contracts.
func FuzzParse(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tl, err := Parse("f.yaml", data)
		if err != nil {
			if _, ok := err.(Problems); !ok {
				t.Fatalf("Parse returned %T, want Problems", err)
			}
			for _, p := range err.(Problems) {
				if p.Msg == "" {
					t.Fatal("a problem without a message")
				}
			}
			return
		}
		// Encode round-trips.
		enc := encode(t, tl)
		back, err := Parse("f.yaml", enc)
		if err != nil || !sameTimeline(back, tl) {
			t.Fatalf("Encode output reads back differently (%v):\n%s", err, enc)
		}
		// Format: the timeline sorted, with ids; idempotent.
		out, err := Format("f.yaml", data)
		switch {
		case err != nil && strings.Contains(err.Error(), "formatting would lose the comment"):
		case err != nil:
			t.Fatalf("Format: %v", err)
		default:
			got, err := Parse("f.yaml", out)
			if err != nil {
				t.Fatalf("Format output is invalid: %v\n%s", err, out)
			}
			tl.AssignIDs()
			Sort(tl.Events)
			if !sameTimeline(got, tl) {
				t.Fatalf("Format output reads back differently:\n%s", out)
			}
			if again, err := Format("f.yaml", out); err != nil || !bytes.Equal(again, out) {
				t.Fatalf("Format is not idempotent (%v):\n%s\n---\n%s", err, out, again)
			}
		}
		// A document gives back its bytes, and a merge keeps them.
		doc, err := OpenDocument("f.yaml", data)
		if err != nil {
			if strings.Contains(err.Error(), "carriage return alone") {
				return
			}
			t.Fatal(err)
		}
		if b, err := doc.Bytes(); err != nil || !bytes.Equal(b, data) {
			t.Fatalf("round trip changed the file (%v)", err)
		}
		Merge(doc, fuzzExtraction)
		merged, err := doc.Bytes()
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Merge: %v\n%s", err, data)
			}
			return
		}
		if _, err := Parse("f.yaml", merged); err != nil {
			t.Fatalf("merged file is invalid: %v\n%s", err, merged)
		}
	})
}

// FuzzEncode checks that any text Encode writes reads back the same.
func FuzzEncode(f *testing.F) {
	f.Add("Pelosi visits Taiwan", "Markdown *text*\n\nmore", "Nancy Pelosi", "Pelosi's visit to Taiwan in 2022")
	f.Add(" lead", "trailing \n", "- dash", "#hash: x")
	f.Add("null", "|\n  x", "[a]", "\"q\"")
	f.Fuzz(func(t *testing.T, title, desc, actor, quote string) {
		for _, s := range []string{title, desc, actor, quote} {
			if !utf8.ValidString(s) {
				return
			}
		}
		if strings.TrimSpace(title) == "" {
			return
		}
		e := &Event{ID: "x", Date: MustParseDate("2022"), Title: title, Description: desc, Sources: []Source{{File: "a.txt", Quote: quote}}}
		if actor != "" {
			e.Actors = []string{actor}
		}
		tl := &Timeline{Title: desc, Events: []*Event{e}}
		data := encode(t, tl)
		back, err := Parse("f.yaml", data)
		if err != nil {
			t.Fatalf("Encode output is invalid: %v\n%s", err, data)
		}
		if !sameTimeline(back, tl) {
			t.Fatalf("Encode output reads back differently:\n%s\n%+v", data, *back.Events[0])
		}
	})
}
