// Package extract reads news articles (plain text, Markdown, saved HTML
// pages) and finds the dated events in them.
package extract

import (
	"github.com/timeline-dev/timeline/timeline"
)

// An Article is one news article, read and cleaned.
type Article struct {
	Name          string // file name, as cited in Source.File; "" for stdin
	URL           string // canonical address, if known
	Title         string // headline, if known
	Outlet        string // publisher, if known
	Published     string // publication date YYYY-MM-DD, "" when unknown
	PublishedFrom string // where Published came from; see timeline.Source
	Text          string // body text, paragraphs separated by blank lines
}

// Read parses an article from data according to the extension of name:
// ".html"/".htm" pages, ".md" Markdown with optional YAML front matter,
// anything else plain text.
func Read(name string, data []byte) (*Article, error) {
	return &Article{Name: name, Text: string(data)}, nil
}

// An Extractor finds events in articles. The zero value is ready to use.
type Extractor struct{}

// Extract returns the events of a, in text order.
func (x *Extractor) Extract(a *Article) []*timeline.Event {
	return nil
}
