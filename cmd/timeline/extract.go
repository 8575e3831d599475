package main

import (
	"flag"
	"io"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

var extractCmd = &command{
	name:  "extract",
	args:  "[--date YYYY-MM-DD] [-o FILE] FILE...",
	short: "find the dated events in articles and write timeline YAML",
	long: `
Extract reads news articles (.txt, .md and .html files; "-" reads standard
input as text) and writes a timeline in YAML: one entry per dated event,
with its date at the precision the text supports, a title, a description,
actors, a type, a place and the quote it came from.

Relative dates ("on Wednesday", "last year") are resolved against the
article's publication date. A date the file states itself (HTML metadata,
front matter, a dateline) wins; --date gives it for the files that state
none. Without either, relative dates are left out with a warning.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		o := &extractOpts{}
		o.register(fs)
		out := fs.String("o", "", "write the YAML to `FILE` instead of standard output")
		into := fs.String("into", "", "merge the events into the timeline `FILE`, keeping every edit made to it")
		return func(e *env, args []string) error {
			tl, err := o.extract(e, e.fileInputs(args))
			if err != nil {
				return err
			}
			if *into != "" {
				return mergeInto(e, *into, tl)
			}
			return e.writeOutput(*out, func(w io.Writer) error { return timeline.Encode(w, tl) })
		}
	},
}

// extractOpts are the flags shared by extract and build.
type extractOpts struct {
	date string
}

func (o *extractOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.date, "date", "", "publication `date` (YYYY-MM-DD) for articles that state none")
}

// An input is an article to read: its name, as cited in the timeline, and
// how to read it.
type input struct {
	name string
	read func() ([]byte, error)
}

// fileInputs returns the inputs for file arguments ("-" is stdin).
func (e *env) fileInputs(args []string) []input {
	in := make([]input, len(args))
	for i, name := range args {
		in[i] = input{name, func() ([]byte, error) { return e.readInput(name) }}
	}
	return in
}

// extract reads the articles and returns their events as one timeline,
// merged, sorted and with IDs.
func (o *extractOpts) extract(e *env, inputs []input) (*timeline.Timeline, error) {
	if len(inputs) == 0 {
		return nil, usagef("no articles given")
	}
	published := ""
	if o.date != "" {
		if _, err := parseDay(o.date); err != nil {
			return nil, err
		}
		published = o.date
	}
	var x extract.Extractor
	tl := &timeline.Timeline{}
	var undated []string
	for _, in := range inputs {
		name := in.name
		data, err := in.read()
		if err != nil {
			return nil, err
		}
		a, err := extract.Read(name, data)
		if err != nil {
			return nil, err
		}
		if a.Published == "" && published != "" {
			a.Published, a.PublishedFrom = published, "flag"
		}
		if a.Published == "" {
			undated = append(undated, name)
		}
		tl.Events = append(tl.Events, x.Extract(a)...)
	}
	for _, name := range undated {
		e.warnf("%s: no publication date in the file and no --date; relative dates such as \"on Wednesday\" were left out (give --date YYYY-MM-DD)", name)
	}
	timeline.Sort(tl.Events)
	tl.AssignIDs()
	return tl, nil
}
