package render

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/ast"
	"github.com/gomarkdown/markdown/html"
	"github.com/gomarkdown/markdown/md"
	"github.com/gomarkdown/markdown/parser"
)

// The description of an event is Markdown (CommonMark with GitHub's tables,
// strikethrough and autolinks). This file is the one trust boundary of the
// package: it parses a description, makes the tree safe, and writes it as
// HTML or back as Markdown.

// parseDescription parses src and makes it safe to render: raw HTML is
// dropped, a link whose destination is not safe (see safeURL) becomes its
// text, an image becomes its alternative text, and a heading becomes a
// bold paragraph, so that a description cannot break the heading order of
// the page. It returns nil for an empty description.
func parseDescription(src string) ast.Node {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	// A parser is not reusable: make one per description.
	p := parser.NewCommonMarkWithExtensions(parser.Tables | parser.Strikethrough | parser.Autolink)
	doc := p.Parse(markdown.NormalizeNewlines([]byte(src)))
	sanitize(doc)
	return doc
}

// sanitize rewrites the children of n in place; see parseDescription.
func sanitize(n ast.Node) {
	c := n.AsContainer()
	if c == nil {
		return
	}
	out := make([]ast.Node, 0, len(c.Children))
	for _, child := range c.Children {
		out = append(out, safeNodes(child)...)
	}
	c.Children = out
	for _, child := range out {
		child.SetParent(n)
	}
}

// safeNodes returns what stands in the tree for n once it is safe. Nodes
// are kept only when they are of a kind known to be safe; any other kind
// is replaced by its children or its text.
func safeNodes(n ast.Node) []ast.Node {
	switch n := n.(type) {
	case *ast.HTMLSpan, *ast.HTMLBlock, *ast.ReferenceDefinition:
		return nil
	case *ast.Document, *ast.Paragraph, *ast.Text, *ast.Emph, *ast.Strong, *ast.Del,
		*ast.Code, *ast.CodeBlock, *ast.List, *ast.ListItem, *ast.BlockQuote,
		*ast.HorizontalRule, *ast.Softbreak, *ast.Hardbreak, *ast.NonBlockingSpace,
		*ast.Table, *ast.TableHeader, *ast.TableBody, *ast.TableFooter, *ast.TableRow, *ast.TableCell:
		sanitize(n)
		return []ast.Node{n}
	case *ast.Image:
		sanitize(n)
		return n.Children
	case *ast.Link:
		sanitize(n)
		if !safeURL(string(n.Destination)) {
			return n.Children
		}
		n.AdditionalAttributes = nil
		return []ast.Node{n}
	case *ast.Heading:
		sanitize(n)
		strong := &ast.Strong{}
		strong.Children = n.Children
		for _, c := range strong.Children {
			c.SetParent(strong)
		}
		para := &ast.Paragraph{}
		para.Children = []ast.Node{strong}
		strong.SetParent(para)
		return []ast.Node{para}
	}
	if n.AsContainer() != nil {
		sanitize(n)
		return n.GetChildren()
	}
	if lit := n.AsLeaf().Literal; len(lit) > 0 {
		return []ast.Node{&ast.Text{Leaf: ast.Leaf{Literal: lit}}}
	}
	return nil
}

// safeURL reports whether u may be the target of a link: an http, https or
// mailto URL, or a reference without a scheme ("#x", "/a", "a.html").
// Browsers ignore leading spaces and control characters and any tab or
// newline in a URL, so safeURL does too before it reads the scheme.
func safeURL(u string) bool {
	u = strings.TrimLeftFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, u)
	}
	if strings.HasPrefix(u, "//") || strings.HasPrefix(u, `\\`) || strings.HasPrefix(u, `/\`) || strings.HasPrefix(u, `\/`) {
		// Another host on the same scheme: fine on the web, but from a
		// file:// page it is a file URL. Allow only explicit schemes.
		return false
	}
	i := strings.IndexAny(u, ":/?#")
	if i < 0 || u[i] != ':' {
		return true // no scheme: a relative reference
	}
	switch strings.ToLower(u[:i]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// htmlFlags are the flags of the description HTML renderer: the tree is
// already safe, and these flags keep it so should that ever change.
const htmlFlags = html.SkipHTML | html.SkipImages | html.Safelink | html.NoopenerLinks | html.NoreferrerLinks

// An htmlWriter renders descriptions as safe HTML. It keeps one gomarkdown
// renderer for many descriptions, which saves its allocation each time;
// the renderer carries no state from one description to the next that
// changes its output, once that is trimmed. The zero value is ready to
// use; an htmlWriter is not safe for concurrent use.
type htmlWriter struct {
	r *html.Renderer
}

// descriptionHTML renders the description src as safe HTML.
func descriptionHTML(src string) template.HTML {
	var w htmlWriter
	return w.html(src)
}

// html renders the description src as safe HTML.
func (w *htmlWriter) html(src string) template.HTML {
	if p, ok := plainParagraph(src); ok {
		return p
	}
	return w.parsed(src)
}

// parsed renders src through the Markdown parser.
func (w *htmlWriter) parsed(src string) template.HTML {
	doc := parseDescription(src)
	if doc == nil {
		return ""
	}
	if w.r == nil {
		w.r = html.NewRenderer(html.RendererOptions{Flags: htmlFlags})
		w.r.IsSafeURLOverride = func(u []byte) bool { return safeURL(string(u)) }
	}
	out := bytes.TrimSpace(markdown.Render(doc, w.r))
	return template.HTML(out)
}

// plainParagraph renders src without the Markdown parser when it is one
// line of text that no Markdown or HTML syntax can start in: the common
// case, and the same HTML as the parser would give (TestPlainParagraph).
func plainParagraph(src string) (template.HTML, bool) {
	s := strings.TrimRight(src, " \t\r\n")
	if s == "" {
		return "", false
	}
	// The first character must start a paragraph: a letter, not a list
	// marker such as "1." or "-".
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i < len(s) && (s[i] == '.' || s[i] == ')') || i == 0 && s[0] < 0x80 && !isLetter(s[0]) {
		return "", false
	}
	quotes := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c == 0x7f || strings.IndexByte("\\`*_[]<>&!|~:@", c) >= 0 {
			return "", false
		}
		if c == '"' {
			quotes++
		}
	}
	if quotes == 0 {
		return template.HTML("<p>" + s + "</p>"), true
	}
	return template.HTML("<p>" + strings.ReplaceAll(s, `"`, "&quot;") + "</p>"), true
}

// descriptionMarkdown writes the description src back as Markdown that is
// safe to embed: raw HTML dropped, unsafe links unwrapped (see
// parseDescription), and text escaped so that it reads as it did.
func descriptionMarkdown(src string) string {
	doc := parseDescription(src)
	if doc == nil {
		return ""
	}
	return string(bytes.TrimSpace(markdown.Render(doc, md.NewRenderer())))
}
