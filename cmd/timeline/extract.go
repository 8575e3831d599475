package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/data"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

var extractCmd = &command{
	name:  "extract",
	args:  "[--date YYYY-MM-DD] [--sources LIST] [--gazetteer FILE] [-o FILE] [--into TIMELINE] [FILE|DIR...]",
	short: "find the dated events in articles and write timeline YAML",
	long: `
Extract reads news articles (.txt, .md and .html files, or every such file
in a directory; "-" reads standard input as text) and writes a timeline in
YAML: one entry per dated event, with its date at the precision the text
supports, a title, a description, actors, a type, a place and the quote it
came from. The same event told in several sentences or articles is one
entry that cites them all.

Relative dates ("on Wednesday", "last year") are resolved against the
article's publication date. A date the file states itself (HTML metadata,
front matter, a dateline) wins; --date gives it for the files that state
none. Without either, relative dates are left out with a warning.

--sources takes a YAML list of the articles read, one entry per article:

    - file: articles/minsk.txt      # relative to the list's folder
      published: 2015-02-13         # wins over what the file states
      url: https://example.org/minsk
      title: Peace plan agreed in Minsk
      outlet: Example News

Actors are recognised with the built-in gazetteer of countries,
organisations and office holders; --gazetteer adds your own file in the
same format (see the README).`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		o := &extractOpts{}
		o.register(fs)
		out := fs.String("o", "", "write the YAML to `FILE` instead of standard output")
		into := fs.String("into", "", "merge the events into the timeline `FILE`, keeping every edit made to it")
		return func(e *env, args []string) error {
			if *into != "" && *out != "" {
				return usagef("give -o or --into, not both")
			}
			inputs, err := o.inputs(e, args)
			if err != nil {
				return err
			}
			citeFrom := *out
			if *into != "" {
				citeFrom = *into
			}
			tl, err := o.extract(e, inputs, citeFrom)
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
	date      string
	sources   string
	gazetteer string
}

func (o *extractOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.date, "date", "", "publication `date` (YYYY-MM-DD) for articles that state none")
	fs.StringVar(&o.sources, "sources", "", "read the articles listed in the YAML `LIST` (file, published, url, title, outlet)")
	fs.StringVar(&o.gazetteer, "gazetteer", "", "add the actors of the gazetteer `FILE` to the built-in ones")
}

// An input is an article to read: its name, as cited in the timeline, and
// how to read it. meta, if set, overrides what the file states.
type input struct {
	name     string
	read     func() ([]byte, error)
	meta     *timeline.Source
	embedded bool // a sample bundled in the program, cited by its name
}

// articleExts are the extensions of the files taken from a directory.
var articleExts = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// inputs returns the articles named by the arguments and the --sources
// list: files as given, directories walked for article files (in name
// order), "-" for standard input.
func (o *extractOpts) inputs(e *env, args []string) ([]input, error) {
	var in []input
	if o.sources != "" {
		data, err := os.ReadFile(o.sources)
		if err != nil {
			return nil, err
		}
		list, err := timeline.ParseSourceList(o.sources, data)
		if err != nil {
			return nil, err
		}
		dir := filepath.Dir(o.sources)
		for _, s := range list {
			path := s.File
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, filepath.FromSlash(path))
			}
			meta := s
			in = append(in, input{name: path, read: fileReader(path), meta: &meta})
		}
	}
	for _, name := range args {
		if name == "-" {
			in = append(in, input{name: "-", read: func() ([]byte, error) { return e.readInput("-") }})
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			if pe, ok := err.(*fs.PathError); ok {
				pe.Op = "open" // the user asked to read it
			}
			return nil, err
		}
		if !fi.IsDir() {
			in = append(in, input{name: name, read: fileReader(name)})
			continue
		}
		var files []string
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != name {
				return filepath.SkipDir
			}
			if !d.IsDir() && slices.Contains(articleExts, strings.ToLower(filepath.Ext(p))) && !strings.EqualFold(d.Name(), "README.md") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		slices.Sort(files)
		for _, f := range files {
			in = append(in, input{name: f, read: fileReader(f)})
		}
	}
	return in, nil
}

func fileReader(path string) func() ([]byte, error) {
	return func() ([]byte, error) { return os.ReadFile(path) }
}

// loadGazetteer returns the built-in gazetteer plus --gazetteer.
func (o *extractOpts) loadGazetteer() (*extract.Gazetteer, error) {
	g, err := extract.LoadGazetteer(data.FS(), "gazetteer")
	if err != nil {
		return nil, fmt.Errorf("built-in gazetteer: %v", err)
	}
	if o.gazetteer != "" {
		b, err := os.ReadFile(o.gazetteer)
		if err != nil {
			return nil, err
		}
		h, err := extract.ParseGazetteer(o.gazetteer, b)
		if err != nil {
			return nil, err
		}
		g.Add(h)
	}
	return g, nil
}

// extract reads the articles one at a time and returns their events as one
// timeline, merged, sorted and with IDs. Only the events are kept in
// memory, not the articles. Sources cite each file by its path relative to
// the folder of the file the timeline is written to, out ("" for standard
// output: relative to the current directory), so that a timeline stays
// valid when it is moved with its articles.
func (o *extractOpts) extract(e *env, inputs []input, out string) (*timeline.Timeline, error) {
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
	g, err := o.loadGazetteer()
	if err != nil {
		return nil, err
	}
	x := extract.Extractor{Gazetteer: g}
	var events []*timeline.Event
	var undated []string
	progress := e.progress(len(inputs))
	for i, in := range inputs {
		data, err := in.read()
		if err != nil {
			return nil, err
		}
		name := in.name
		if name == "-" {
			name = ""
		}
		a, err := extract.Read(name, data)
		if err != nil {
			return nil, err
		}
		if !in.embedded {
			a.Name = strings.ToValidUTF8(citePath(name, out), "\uFFFD")
		}
		if m := in.meta; m != nil {
			if m.Published != "" {
				a.Published, a.PublishedFrom = m.Published, "sources-list"
			}
			a.URL = cmp.Or(m.URL, a.URL)
			a.Title = cmp.Or(m.Title, a.Title)
			a.Outlet = cmp.Or(m.Outlet, a.Outlet)
		}
		if a.Published == "" && published != "" {
			a.Published, a.PublishedFrom = published, "flag"
		}
		if a.Published == "" {
			undated = append(undated, in.name)
		}
		events = append(events, x.Extract(a)...)
		progress(i + 1)
	}
	for _, name := range undated {
		e.warnf("%s: no publication date in the file and no --date; relative dates such as \"on Wednesday\" were left out (give --date YYYY-MM-DD)", name)
	}
	tl := &timeline.Timeline{Events: extract.Merge(events)}
	tl.AssignIDs()
	return tl, nil
}

// citePath returns how a timeline written to out cites the article at
// path (as given on the command line or found from a sources list):
// relative to out's folder, with forward slashes; as given when out is ""
// (standard output) or the path cannot be made relative.
func citePath(path, out string) string {
	if path == "" || out == "" {
		return filepath.ToSlash(path)
	}
	ap, err1 := filepath.Abs(path)
	ad, err2 := filepath.Abs(filepath.Dir(out))
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(ad, ap)
	if err != nil {
		return filepath.ToSlash(ap)
	}
	return filepath.ToSlash(rel)
}

// progress returns a function that reports on stderr, when it is a
// terminal and the run is long, how many of n articles are done.
func (e *env) progress(n int) func(done int) {
	f, ok := e.stderr.(*os.File)
	if !ok || n < 20 {
		return func(int) {}
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return func(int) {}
	}
	step := max(1, n/100)
	return func(done int) {
		if done%step == 0 || done == n {
			fmt.Fprintf(f, "\rtimeline: extracted %d/%d articles", done, n)
			if done == n {
				fmt.Fprintln(f)
			}
		}
	}
}
