package render

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// The built-in page writes each event with writeEvent, a compiled copy of
// the template "event" in page.html.tmpl, because executing that template
// for every event costs most of the time of a large page: html/template
// calls each of its escapers through reflection. writeEvent escapes each
// value exactly as html/template does in that place (its escapers are
// copied below), and TestEventWriter and FuzzEventWriter check that it
// writes the same bytes as the template, so the template stays the
// definition of the markup: change both together.

// writeEvents writes events as the template "events" does.
func writeEvents(b *bytes.Buffer, events []Event) {
	for i := range events {
		writeEvent(b, &events[i])
	}
}

// writeEvent writes e as the template "event" does.
func writeEvent(b *bytes.Buffer, e *Event) {
	b.WriteString("\n<li class=\"tl-event")
	if e.Planned {
		b.WriteString(" tl-planned")
	}
	b.WriteString(`" id="`)
	escapeHTML(b, e.ID)
	b.WriteString(`" data-years="`)
	escapeHTML(b, e.Years)
	b.WriteString("\">\n<p class=\"tl-when\"><a class=\"tl-permalink\" href=\"#")
	escapeURL(b, e.ID, false)
	b.WriteString(`">`)
	for _, p := range e.DateParts {
		if p.Datetime != "" {
			b.WriteString(`<time datetime="`)
			escapeHTML(b, p.Datetime)
			b.WriteString(`">`)
			escapeHTML(b, p.Text)
			b.WriteString(`</time>`)
		} else {
			escapeHTML(b, p.Text)
		}
	}
	b.WriteString("</a>")
	if e.Planned {
		b.WriteString(` <span class="tl-badge">Planned</span>`)
	}
	level := htmlName(strconv.Itoa(e.Level))
	b.WriteString("</p>\n<h" + level + ` class="tl-event-title">`)
	escapeHTML(b, e.Title)
	b.WriteString("</h" + level + ">")
	if e.Description != "" {
		b.WriteString("\n<div class=\"tl-desc\">")
		b.WriteString(string(e.Description))
		b.WriteString("</div>")
	}
	if e.Type != "" || len(e.Actors) > 0 || e.Location != "" {
		b.WriteString("\n<dl class=\"tl-meta\">")
		if e.Type != "" {
			b.WriteString(`<div><dt>Type</dt><dd><span class="tl-chip tl-type">`)
			escapeHTML(b, e.Type)
			b.WriteString(`</span></dd></div>`)
		}
		if len(e.Actors) > 0 {
			b.WriteString(`<div><dt>Actors</dt><dd>`)
			for i, a := range e.Actors {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(`<span class="tl-chip tl-actor">`)
				escapeHTML(b, a)
				b.WriteString(`</span>`)
			}
			b.WriteString(`</dd></div>`)
		}
		if e.Location != "" {
			b.WriteString(`<div><dt>Place</dt><dd class="tl-place">`)
			escapeHTML(b, e.Location)
			b.WriteString(`</dd></div>`)
		}
		b.WriteString("</dl>")
	}
	if len(e.Sources) > 0 {
		b.WriteString("\n<ol class=\"tl-sources\" aria-label=\"Sources\">")
		for i := range e.Sources {
			s := &e.Sources[i]
			b.WriteString("\n<li>")
			if s.URL != "" {
				b.WriteString(`<a href="`)
				var u bytes.Buffer
				escapeURL(&u, filterURL(s.URL), true)
				escapeHTML(b, u.String())
				b.WriteString(`" rel="noopener noreferrer">`)
				escapeHTML(b, s.Label)
				b.WriteString(`</a>`)
			} else {
				b.WriteString(`<cite>`)
				escapeHTML(b, s.Label)
				b.WriteString(`</cite>`)
			}
			escapeHTML(b, s.Details)
			if s.Quote != "" {
				b.WriteString(`: <q>`)
				escapeHTML(b, s.Quote)
				b.WriteString(`</q>`)
			}
			b.WriteString("</li>")
		}
		b.WriteString("\n</ol>")
	}
	b.WriteString("\n</li>")
}

// escapeHTML writes s escaped for HTML text or a quoted attribute value,
// as html/template's htmlEscaper and attrEscaper do for plain text: NUL
// becomes U+FFFD and " & ' + < > become character references. It works
// on bytes, which is the same because none of those is part of a UTF-8
// sequence of more than one byte, and html/template leaves invalid UTF-8
// as it is.
func escapeHTML(b *bytes.Buffer, s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b.WriteString(s[written:i])
		b.WriteString(repl)
		written = i + 1
	}
	b.WriteString(s[written:])
}

// escapeURL writes s percent-encoded as html/template's urlEscaper (norm
// false: for a part of a URL) or urlNormalizer (norm true: for a whole
// URL, keeping its reserved characters and valid escapes) does.
func escapeURL(b *bytes.Buffer, s string, norm bool) {
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			if norm {
				continue
			}
		case c == '-' || c == '.' || c == '_' || c == '~',
			'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case c == '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(b, "%%%02x", c)
		written = i + 1
	}
	b.WriteString(s[written:])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// filterURL returns s, or "#ZgotmplZ" when its scheme is not http, https
// or mailto, as html/template's urlFilter does. (Source URLs have passed
// safeWebURL already, which is stricter.)
func filterURL(s string) string {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		if !strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
			return "#ZgotmplZ"
		}
	}
	return s
}

// htmlName returns s when it may be part of an element name, as
// html/template's htmlNameFilter does for the heading level.
func htmlName(s string) string {
	if s == "" {
		return "ZgotmplZ"
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z') {
			return "ZgotmplZ"
		}
	}
	return s
}
