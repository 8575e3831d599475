package main

import (
	"flag"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

var renderCmd = &command{
	name:  "render",
	args:  "[--format html|md] [-o FILE] TIMELINE.yaml",
	short: "render timeline YAML as an HTML page or Markdown",
	long: `
Render reads a timeline YAML file and writes it as a self-contained HTML page
(the default) or as Markdown for a report. The file is validated first; a
file with problems is not rendered.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		o := &renderOpts{}
		o.register(fs)
		out := fs.String("o", "", "write to `FILE` instead of standard output")
		return func(e *env, args []string) error {
			if len(args) != 1 {
				return usagef("give one timeline file")
			}
			data, err := e.readInput(args[0])
			if err != nil {
				return err
			}
			tl, err := timeline.Parse(args[0], data)
			if err != nil {
				return err
			}
			return o.render(e, *out, tl)
		}
	},
}

// renderOpts are the flags shared by render and build.
type renderOpts struct {
	format string
}

func (o *renderOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "html", "output `format`: "+strings.Join(render.Formats(), ", "))
}

func (o *renderOpts) render(e *env, out string, tl *timeline.Timeline) error {
	opt := render.Options{Format: o.format}
	if !contains(render.Formats(), o.format) {
		return usagef("unknown format %q; use one of %s", o.format, strings.Join(render.Formats(), ", "))
	}
	return e.writeOutput(out, func(w io.Writer) error { return render.Render(w, tl, opt) })
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
