package main

import (
	"flag"
	"io/fs"
	"path"

	"github.com/timeline-dev/timeline/data"
)

var buildCmd = &command{
	name:  "build",
	args:  "[--date YYYY-MM-DD] [--sources LIST] [--gazetteer FILE] [--format html|md|mermaid|timelinejs|csv|json] [-o FILE] [FILE|DIR...]",
	short: "extract and render in one step",
	long: `
Build extracts the events of the articles and renders them, as
'timeline extract' followed by 'timeline render' would. With no files it
uses the sample articles bundled with the program. The flags are those
of 'timeline extract' and 'timeline render'.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		xo, ro := &extractOpts{}, &renderOpts{}
		xo.register(fs)
		ro.register(fs)
		out := fs.String("o", "", "write to `FILE` instead of standard output")
		return func(e *env, args []string) error {
			inputs, err := xo.inputs(e, args)
			if err != nil {
				return err
			}
			if len(args) == 0 && xo.sources == "" {
				if inputs, err = sampleInputs(); err != nil {
					return err
				}
			}
			tl, err := xo.extract(e, inputs, *out)
			if err != nil {
				return err
			}
			return ro.render(e, *out, tl)
		}
	},
}

// sampleInputs returns the sample articles bundled in package data.
func sampleInputs() ([]input, error) {
	names, err := fs.Glob(data.FS(), "samples/*")
	if err != nil {
		return nil, err
	}
	var in []input
	for _, name := range names {
		switch path.Ext(name) {
		case ".txt", ".md", ".html":
			if path.Base(name) == "README.md" {
				continue
			}
			in = append(in, input{name: path.Base(name), embedded: true, read: func() ([]byte, error) { return fs.ReadFile(data.FS(), name) }})
		}
	}
	return in, nil
}
