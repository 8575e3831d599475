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
	u = strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\v\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	u = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(u)
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

// descriptionHTML renders the description src as safe HTML.
func descriptionHTML(src string) template.HTML {
	doc := parseDescription(src)
	if doc == nil {
		return ""
	}
	r := html.NewRenderer(html.RendererOptions{Flags: htmlFlags})
	r.IsSafeURLOverride = func(u []byte) bool { return safeURL(string(u)) }
	out := bytes.TrimSpace(markdown.Render(doc, r))
	return template.HTML(out)
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
