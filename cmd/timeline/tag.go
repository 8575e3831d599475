package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline/dates"
)

var tagCmd = &command{
	name:  "tag",
	args:  "[--date YYYY-MM-DD FILE...]",
	short: "find the time expressions in JSONL documents (TempEval format)",
	long: `
Tag finds the time expressions of documents and writes them as JSON Lines,
one line per document:

  {"id": "...", "timexes": [{"start": 46, "end": 52, "text": "Friday",
    "type": "DATE", "value": "1998-02-27"}]}

start and end are Unicode code point offsets into the document's text, end
exclusive; value is the TIMEX3 value, "" when it depends on a publication
date that is unknown.

Without arguments, tag reads JSONL documents from standard input, each
{"id": "...", "dct": "YYYY-MM-DD", "text": "..."}; the dct (document creation
time) may carry a time, as in 1998-02-27T08:02:00, and other fields are
ignored. With FILE arguments, each file is one document, its id the file
name and its publication date --date.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		date := fs.String("date", "", "publication `date` (YYYY-MM-DD) of the FILE arguments")
		return func(e *env, args []string) error {
			w := bufio.NewWriter(e.stdout)
			if len(args) == 0 {
				if *date != "" {
					return usagef("--date applies to FILE arguments; JSONL documents carry their own dct")
				}
				if err := tagJSONL(e.stdin, w); err != nil {
					return err
				}
				return w.Flush()
			}
			var ref time.Time
			if *date != "" {
				t, err := parseDay(*date)
				if err != nil {
					return err
				}
				ref = t
			}
			for _, name := range args {
				data, err := e.readInput(name)
				if err != nil {
					return err
				}
				if err := writeTags(w, name, string(data), ref); err != nil {
					return err
				}
			}
			return w.Flush()
		}
	},
}

// tagDoc is an input document of tag.
type tagDoc struct {
	ID   string  `json:"id"`
	DCT  string  `json:"dct"`
	Text *string `json:"text"`
}

// tagTimex is one time expression in tag's output.
type tagTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// tagJSONL tags each JSONL document of r.
func tagJSONL(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<30)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var d tagDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return fmt.Errorf("stdin:%d: not a JSON document: %v", line, err)
		}
		if d.Text == nil {
			return fmt.Errorf("stdin:%d: document %q has no \"text\"", line, d.ID)
		}
		ref, err := parseDCT(d.DCT)
		if err != nil {
			return fmt.Errorf("stdin:%d: document %q: %v", line, d.ID, err)
		}
		if err := writeTags(w, d.ID, *d.Text, ref); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin:%d: %v", line+1, err)
	}
	return nil
}

// parseDCT parses a document creation time: "", YYYY-MM-DD, or that
// followed by a time (T08:02 or T08:02:00).
func parseDCT(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range [...]string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad dct %q: write it as YYYY-MM-DD, optionally followed by a time (1998-02-27T08:02:00)", s)
}

// writeTags finds the time expressions of text and writes them as one JSON
// line, with code point offsets.
func writeTags(w io.Writer, id, text string, ref time.Time) error {
	found := dates.Find(text, ref)
	out := struct {
		ID      string     `json:"id"`
		Timexes []tagTimex `json:"timexes"`
	}{ID: id, Timexes: make([]tagTimex, 0, len(found))}
	pos, runes := 0, 0 // byte offset and its code point offset
	toRunes := func(b int) int {
		runes += utf8.RuneCountInString(text[pos:b])
		pos = b
		return runes
	}
	for _, t := range found {
		s := toRunes(t.Start)
		e := toRunes(t.End)
		out.Timexes = append(out.Timexes, tagTimex{Start: s, End: e, Text: t.Text, Type: string(t.Type), Value: t.Value, Mod: t.Mod})
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
