package main

import (
	"flag"
	"html/template"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

var renderCmd = &command{
	name:  "render",
	args:  "[--format html|md|mermaid|timelinejs|csv|json] [--fragment] [--template FILE] [--style list|table] [--heading-level N] [-o FILE] TIMELINE.yaml",
	short: "render timeline YAML as an HTML page, Markdown or another format",
	long: `
Render reads a timeline YAML file and writes it in one of these formats:

  html        a self-contained page (the default): no network requests,
              filters by actor, type, year and text, printable
  md          GitHub-flavoured Markdown for a report
  mermaid     a Mermaid timeline diagram in a fenced block
  timelinejs  TimelineJS3 JSON
  csv         one row per event (RFC 4180)
  json        the timeline, with the fields of the YAML format

The file is validated first; a file with problems is not rendered.
Rejected events are left out. The same file always gives the same bytes.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		o := &renderOpts{}
		o.register(fs)
		out := fs.String("o", "", "write to `FILE` instead of standard output")
		return func(e *env, args []string) error {
			if len(args) != 1 {
				return usagef("give one timeline file")
			}
			data, err := readTimeline(e, args[0])
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
	format       string
	fragment     bool
	template     string
	style        string
	headingLevel int
}

func (o *renderOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "html", "output `format`: "+strings.Join(render.Formats(), ", "))
	fs.BoolVar(&o.fragment, "fragment", false, "html: an embeddable <section> instead of a page; md: no title heading")
	fs.StringVar(&o.template, "template", "", "html: render with the html/template in `FILE` instead of the built-in page")
	fs.StringVar(&o.style, "style", "", "md: `list` (the default) or table")
	fs.IntVar(&o.headingLevel, "heading-level", 0, "md and html --fragment: level `N` (1-5) of the title heading; years go one deeper")
}

func (o *renderOpts) render(e *env, out string, tl *timeline.Timeline) error {
	if !slices.Contains(render.Formats(), o.format) {
		return usagef("unknown format %q; use one of %s", o.format, strings.Join(render.Formats(), ", "))
	}
	opt := render.Options{Format: o.format, Fragment: o.fragment, Style: o.style, HeadingLevel: o.headingLevel}
	switch {
	case o.style != "" && o.format != "md":
		return usagef("--style applies to --format md only")
	case o.style != "" && !slices.Contains(render.Styles(), o.style):
		return usagef("unknown style %q; use one of %s", o.style, strings.Join(render.Styles(), ", "))
	case o.fragment && o.format != "html" && o.format != "md":
		return usagef("--fragment applies to --format html and md only")
	case o.template != "" && o.format != "html":
		return usagef("--template applies to --format html only")
	case o.headingLevel != 0 && (o.headingLevel < 1 || o.headingLevel > 5):
		return usagef("--heading-level %d is out of range; use 1 to 5", o.headingLevel)
	case o.headingLevel != 0 && o.format != "md" && !(o.format == "html" && o.fragment):
		return usagef("--heading-level applies to --format md and to html with --fragment")
	}
	if o.template != "" {
		t, err := loadTemplate(o.template)
		if err != nil {
			return err
		}
		opt.Template = t
	}
	return e.writeOutput(out, func(w io.Writer) error { return render.Render(w, tl, opt) })
}

// loadTemplate reads and parses a user's HTML template.
func loadTemplate(path string) (*template.Template, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return render.ParseTemplate(path, string(text))
}
