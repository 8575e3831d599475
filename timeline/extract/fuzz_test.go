package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// addArticleSeeds adds the project's test articles and a few hand-made
// ones to a fuzz corpus of (extension, content).
func addArticleSeeds(f *testing.F) {
	for _, ext := range []string{"txt", "md", "html"} {
		names, _ := filepath.Glob("../../testdata/extract/*." + ext)
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				f.Fatal(err)
			}
			f.Add("."+ext, data)
		}
	}
	for _, s := range []string{
		"WASHINGTON, Sept. 18, 1978 (Wire) — Sadat and Begin signed two agreements on Sunday night, ending 13 days of talks.",
		"Live: talks\nUpdated 7 March 2024, 18:40 GMT\n\n18:40 GMT\nHeading\n\nThe flag will be raised on Monday.",
		"The treaty, signed by Obama and Medvedev in 2010, entered into force on Friday. Two years after the ceremony, they met.",
		"Egypt made peace with Israel in 1979 and Jordan in 1994, the most recent in October 1973, from 1950 to 1953.",
		"Hours before the deal was signed on Monday, rebels shelled it, two days after a referendum there.",
		"2018 summit talks drew criticism. Russia seized Crimea; the peninsula, which it took, and one of them, they said.",
	} {
		f.Add(".txt", []byte(s))
	}
	f.Add(".md", []byte("---\ndate: 2020-02-01\n---\n\n# T\n\nBritain left the EU on Friday."))
	f.Add(".md", []byte("# T\n\nWed 2 Mar 2022 19.40 GMT\n\nIn May 2019 it voted.\n\n| Date | Event |\n|---|---|\n| 22 May 2019 | Resolution | x |\n| | |\n|2019|\n"))
	f.Add(".txt", []byte("Sinn Fein took its seat in September 1997, two months after the IRA restored its ceasefire.\n\n8 Nov 1965 — Territory created.\n\n25 Feb 2019 — ICJ opinion."))
	f.Add(".html", []byte(`<html><head><meta property="article:published_time" content="2021-06-16"></head><body><article><p>They met on Wednesday.</p></article></body></html>`))
	f.Add(".txt", []byte("PRESS STATEMENT\n\n1. The Ministry welcomes the signing today of the accord, signed with the Interim Accord signed in New York in 1995 and the Declaration of A and B in 1993.\n\nMINISTRY\nOslo, 27 March 2014"))
	f.Add(".txt", []byte("Ma Ying-jeou shook hands on Saturday, the first meeting since the end of the war in 1949. He died on Monday. No flag will fly over it tomorrow."))
}

// FuzzExtract checks that reading and extracting never panic, that every
// event has a valid date, a title of at most 12 words and a quote taken
// from the article, and that the timeline made of the events survives a
// YAML round trip.
func FuzzExtract(f *testing.F) {
	addArticleSeeds(f)
	g := builtin(f)
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if len(data) > 1<<14 {
			return
		}
		a, err := Read("a"+ext, data)
		if err != nil {
			return
		}
		for _, published := range []string{a.Published, "2024-04-26"} {
			a.Published = published
			x := Extractor{Gazetteer: g}
			events := x.Extract(a)
			for _, e := range events {
				if e.Date.IsZero() {
					t.Fatalf("event %q has no date", e.Title)
				}
				if n := len(strings.Fields(e.Title)); n == 0 || n > maxTitleWords {
					t.Fatalf("title %q has %d words", e.Title, n)
				}
				for _, s := range e.Sources {
					if !strings.Contains(a.Text, s.Quote) {
						t.Fatalf("quote %q is not in the text", s.Quote)
					}
				}
			}
			tl := &timeline.Timeline{Events: events}
			tl.AssignIDs()
			var b bytes.Buffer
			if err := timeline.Encode(&b, tl); err != nil {
				t.Fatalf("Encode: %v", err)
			}
			back, err := timeline.Parse("t.yaml", b.Bytes())
			if err != nil {
				t.Fatalf("the YAML of the events does not parse back: %v\n%s", err, b.Bytes())
			}
			var b2 bytes.Buffer
			if err := timeline.Encode(&b2, back); err != nil || !bytes.Equal(b.Bytes(), b2.Bytes()) {
				t.Fatalf("YAML round trip changed the timeline (%v):\n%s\nvs\n%s", err, b.Bytes(), b2.Bytes())
			}
		}
	})
}

// FuzzRead checks that Read never panics and returns valid UTF-8 text and
// metadata.
func FuzzRead(f *testing.F) {
	addArticleSeeds(f)
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if len(data) > 1<<15 {
			return
		}
		a, err := Read("a"+ext, data)
		if err != nil {
			return
		}
		for _, s := range []string{a.Name, a.URL, a.Title, a.Outlet, a.Published, a.Text} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %+v", a)
			}
		}
		if a.Published != "" && parseLooseDate(a.Published) != a.Published {
			t.Fatalf("Published %q is not a day", a.Published)
		}
	})
}

// FuzzParseGazetteer checks that ParseGazetteer never panics and that what
// it accepts can be indexed and scanned.
func FuzzParseGazetteer(f *testing.F) {
	names, _ := filepath.Glob("../../data/gazetteer/*.yaml")
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("people:\n  - {name: Jane Example, country: X, offices: [{title: Envoy, from: 2020-01-01}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		g, err := ParseGazetteer("g.yaml", data)
		if err != nil {
			return
		}
		text := "Jane Example met the Chinese premier in Beijing on Monday."
		ref, _ := time.Parse("2006-01-02", "2020-06-01")
		g.scanActors(text, tokenize(text), ref)
	})
}
