package timeline

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A Document is a timeline file opened for editing. It keeps the file's
// bytes: Bytes returns them unchanged until an edit is made, and an edit
// only inserts text, so every comment, blank line, key order and quoting
// style the user chose stays as it was, byte for byte.
//
// A Document supports the edits that merging new extractions needs:
// adding events (AddEvent) and adding sources to existing events
// (AddSources).
type Document struct {
	name  string
	src   []byte
	p     *parsed
	lines []int  // byte offset of the start of each line; lines[0] == 0
	cont  []bool // whether each line (from 0) continues a scalar or flow collection
	nl    string // the file's line ending, "\n" or "\r\n"

	taken      map[string]bool  // IDs in the file and of added events
	added      []*Event         // events to add, in the order added
	newSources map[int][]Source // sources to add, by event index
}

// OpenDocument reads a timeline file for editing. name is used in problem
// positions. The file must be valid: when it is not, the error is of type
// Problems, as from Parse, and no Document is returned. Files whose line
// breaks are lone carriage returns are refused.
func OpenDocument(name string, data []byte) (*Document, error) {
	p := parse(name, data)
	if len(p.problems) > 0 {
		return nil, p.problems
	}
	if bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\r")) {
		return nil, fmt.Errorf("%s has line breaks made of a carriage return alone (old Mac style); convert them to \\n or \\r\\n and try again", name)
	}
	d := &Document{name: name, src: data, p: p, nl: "\n", taken: make(map[string]bool), newSources: make(map[int][]Source)}
	if bytes.Contains(data, []byte("\r\n")) {
		d.nl = "\r\n"
	}
	_, d.cont = scanYAML(data)
	d.lines = append(d.lines, 0)
	for i, c := range data {
		if c == '\n' {
			d.lines = append(d.lines, i+1)
		}
	}
	for _, e := range p.tl.Events {
		if e.ID != "" {
			d.taken[e.ID] = true
		}
	}
	return d, nil
}

// Name returns the name the document was opened with.
func (d *Document) Name() string { return d.name }

// Timeline returns the timeline as the file holds it, without the pending
// additions. The caller must not modify it.
func (d *Document) Timeline() *Timeline { return d.p.tl }

// AddEvent schedules a copy of e to be added to the document and returns
// the copy's ID: e's own when it is set and free, else a new one made by
// NewID. The new event goes before the first event of the file that sorts
// after it (see Sort), or at the end; events added at the same place are
// written in Sort order.
func (d *Document) AddEvent(e *Event) string {
	c := *e
	c.Actors = slices.Clone(e.Actors)
	c.Sources = slices.Clone(e.Sources)
	if c.ID == "" || d.taken[c.ID] || !idPattern.MatchString(c.ID) {
		c.ID = NewID(c.Date, c.Title, func(s string) bool { return d.taken[s] })
	}
	d.taken[c.ID] = true
	d.added = append(d.added, &c)
	return c.ID
}

// AddSources schedules sources to be appended to the sources of event i of
// Timeline().Events. It returns an error, and schedules nothing, when the
// event is written in a way that cannot be extended without rewriting the
// user's text (a flow mapping or a non-empty flow list, such as
// "sources: [{file: a.txt}]").
func (d *Document) AddSources(i int, srcs ...Source) error {
	if i < 0 || i >= len(d.p.items) {
		return fmt.Errorf("no event %d", i)
	}
	n := d.p.items[i]
	if n.Style&flowStyle != 0 || d.p.events.Style&flowStyle != 0 {
		return fmt.Errorf("%s:%d:%d: event is written on one line ({...}); run 'timeline fmt' to write it out in block style", d.name, n.Line, n.Column)
	}
	if sv := valueOf(n, "sources"); sv != nil && sv.Kind == sequenceNode && sv.Style&flowStyle != 0 && len(sv.Content) > 0 {
		return fmt.Errorf("%s:%d:%d: sources are written as a flow list ([...]); run 'timeline fmt' to write them out in block style", d.name, sv.Line, sv.Column)
	}
	d.newSources[i] = append(d.newSources[i], srcs...)
	return nil
}

// Changed reports whether any edit is pending.
func (d *Document) Changed() bool { return len(d.added) > 0 || len(d.newSources) > 0 }

// An edit replaces src[off:off+del] with text. Edits at the same offset
// apply in the order they were made.
type edit struct {
	off, del int
	text     string
}

// Bytes returns the document with the pending edits applied. Text the
// user wrote is kept byte for byte; the new events and sources are written
// in canonical form (as Encode writes them), indented to match their
// neighbours. Before returning, Bytes parses the result and checks that
// every event of the file is unchanged but for the added sources, and that
// the additions read back as given; if not, it returns an error instead of
// a damaged file.
func (d *Document) Bytes() ([]byte, error) {
	if !d.Changed() {
		return d.src, nil
	}
	// Source edits come first: at the same offset, the sources of an event
	// go before a new event that follows it.
	var edits []edit
	for i := range d.p.items {
		if srcs := d.newSources[i]; len(srcs) > 0 {
			es, err := d.sourceEdits(i, srcs)
			if err != nil {
				return nil, err
			}
			edits = append(edits, es...)
		}
	}
	before := make([]int, len(d.p.items)+1) // new events inserted before event j; [len] = at end
	if len(d.added) > 0 {
		es, placed, err := d.eventEdits()
		if err != nil {
			return nil, err
		}
		edits = append(edits, es...)
		for _, j := range placed {
			before[j]++
		}
	}
	slices.SortStableFunc(edits, func(a, b edit) int { return a.off - b.off })
	var out bytes.Buffer
	out.Grow(len(d.src) + 512*len(d.added))
	pos := 0
	for _, e := range edits {
		if e.off < pos {
			return nil, fmt.Errorf("internal error: overlapping edits of %s; nothing was written", d.name)
		}
		out.Write(d.src[pos:e.off])
		out.WriteString(e.text)
		pos = e.off + e.del
	}
	out.Write(d.src[pos:])
	if err := d.verify(out.Bytes(), before); err != nil {
		if len(d.src) > 0 && d.src[len(d.src)-1] != '\n' {
			// Text added after a last value written as a block (|) gives
			// that value the line break the file lacks.
			return nil, fmt.Errorf("%s does not end with a line break, and adding to it would change its last value; add a line break at the end of the file and try again", d.name)
		}
		return nil, err
	}
	return out.Bytes(), nil
}

// verify checks that result holds the original events, unchanged but for
// appended sources, with the added events in the places planned.
func (d *Document) verify(result []byte, before []int) error {
	p := parse(d.name, result)
	if len(p.problems) > 0 {
		return fmt.Errorf("internal error: the merged file would not be valid (%v); nothing was written", p.problems[0])
	}
	orig := d.p.tl.Events
	got := p.tl.Events
	if len(got) != len(orig)+len(d.added) {
		return fmt.Errorf("internal error: the merged file would have %d events, not %d; nothing was written", len(got), len(orig)+len(d.added))
	}
	added := d.sortedAdded()
	k, a := 0, 0
	check := func(want *Event) error {
		if !sameEvent(got[k], want) {
			return fmt.Errorf("internal error: event %d of the merged file would read back differently; nothing was written", k+1)
		}
		k++
		return nil
	}
	for j := 0; j <= len(orig); j++ {
		for range before[j] {
			if err := check(added[a].e); err != nil {
				return err
			}
			a++
		}
		if j == len(orig) {
			break
		}
		want := *orig[j]
		if srcs := d.newSources[j]; len(srcs) > 0 {
			want.Sources = append(slices.Clone(want.Sources), srcs...)
		}
		if err := check(&want); err != nil {
			return err
		}
	}
	return nil
}

type placedEvent struct {
	e     *Event
	place int // index of the file event it goes before; len(events) for the end
}

// sortedAdded returns the added events with their places, in the order
// they appear in the result.
func (d *Document) sortedAdded() []placedEvent {
	events := d.p.tl.Events
	out := make([]placedEvent, len(d.added))
	for i, e := range d.added {
		place := len(events)
		for j, f := range events {
			if eventLess(e, f) {
				place = j
				break
			}
		}
		out[i] = placedEvent{e, place}
	}
	slices.SortStableFunc(out, func(a, b placedEvent) int {
		if a.place != b.place {
			return a.place - b.place
		}
		return eventCompare(a.e, b.e)
	})
	return out
}

// eventCompare orders events as Sort does.
func eventCompare(a, b *Event) int {
	if c := Compare(a.Date, b.Date); c != 0 {
		return c
	}
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

func eventLess(a, b *Event) bool { return eventCompare(a, b) < 0 }

// eventEdits returns the insertions of the added events and, for each
// added event in result order, the index of the event it goes before.
func (d *Document) eventEdits() ([]edit, []int, error) {
	ev := d.p.events
	added := d.sortedAdded()
	places := make([]int, len(added))
	for i, a := range added {
		places[i] = a.place
	}
	if ev == nil {
		return nil, nil, fmt.Errorf("%s: no 'events:' to add to", d.name)
	}
	if len(ev.Content) == 0 {
		// An empty list: "events:", "events: ~" or "events: []".
		key := d.keyOf(d.p.root, ev)
		col := key.Column - 1 + 2
		var text strings.Builder
		for _, a := range added {
			text.WriteString(d.itemText(eventNode(a.e), col))
		}
		es, err := d.replaceEmpty(key, ev, d.regionEnd(), text.String())
		return es, places, err
	}
	if ev.Style&flowStyle != 0 {
		return nil, nil, fmt.Errorf("%s:%d:%d: the events are written as a flow list ([...]); run 'timeline fmt' to write them out in block style, then try again", d.name, ev.Line, ev.Column)
	}
	n := len(d.p.items)
	dash := make([]int, n)  // line of each event's dash
	col := make([]int, n)   // column (0-based) of each event's dash
	start := make([]int, n) // first line of each event's block, with its comments
	for i, it := range d.p.items {
		var err error
		if dash[i], col[i], err = d.dashOf(it); err != nil {
			return nil, nil, err
		}
		start[i] = d.blockStart(dash[i], col[i])
	}
	// Blank lines between events in the file mean blank lines around new
	// ones.
	sep := ""
	for i := 1; i < n; i++ {
		if start[i] > 1 && d.blank(start[i]-1) {
			sep = d.nl
			break
		}
	}
	var edits []edit
	for i := 0; i < len(added); {
		j := i
		var text strings.Builder
		for ; j < len(added) && added[j].place == added[i].place; j++ {
			place := added[j].place
			c := col[min(place, n-1)]
			if place == n {
				text.WriteString(sep)
				text.WriteString(d.itemText(eventNode(added[j].e), c))
			} else {
				text.WriteString(d.itemText(eventNode(added[j].e), c))
				text.WriteString(sep)
			}
		}
		if place := added[i].place; place < n {
			edits = append(edits, edit{off: d.lineStart(start[place]), text: text.String()})
		} else {
			end := d.contentEnd(dash[n-1], d.regionEnd(), col[n-1])
			edits = append(edits, d.insertAtLine(end, text.String()))
		}
		i = j
	}
	return edits, places, nil
}

// sourceEdits returns the insertions that append srcs to event i.
func (d *Document) sourceEdits(i int, srcs []Source) ([]edit, error) {
	n := d.p.items[i]
	limit := d.eventLimit(i)
	var text strings.Builder
	sv := valueOf(n, "sources")
	switch {
	case sv == nil:
		// No sources yet: add the key at the end of the event.
		kcol := n.Column - 1
		line, dcol, err := d.dashOf(n)
		if err != nil {
			return nil, err
		}
		text.WriteString(strings.Repeat(" ", kcol) + "sources:" + d.nl)
		for _, s := range srcs {
			text.WriteString(d.itemText(sourceNode(s), kcol+2))
		}
		return []edit{d.insertAtLine(d.contentEnd(line, limit, dcol), text.String())}, nil
	case sv.Kind == sequenceNode && len(sv.Content) > 0:
		last := sv.Content[len(sv.Content)-1]
		line, c, err := d.dashOf(last)
		if err != nil {
			return nil, err
		}
		end := limit
		if next := d.nextKeyLine(n, sv); next > 0 {
			end = next
		}
		for _, s := range srcs {
			text.WriteString(d.itemText(sourceNode(s), c))
		}
		return []edit{d.insertAtLine(d.contentEnd(line, end, c), text.String())}, nil
	default:
		// "sources:", "sources: ~" or "sources: []".
		key := d.keyOf(n, sv)
		for _, s := range srcs {
			text.WriteString(d.itemText(sourceNode(s), key.Column-1+2))
		}
		until := limit
		if next := d.nextKeyLine(n, sv); next > 0 {
			until = next
		}
		return d.replaceEmpty(key, sv, until, text.String())
	}
}

// replaceEmpty replaces the empty value v of key (nothing, "~", "null" or
// "[]") with the block list items, which start on the next line.
func (d *Document) replaceEmpty(key, v *node, until int, items string) ([]edit, error) {
	var edits []edit
	at := key.Line + 1 // where the items go: after the key, or its value
	if v.Kind == scalarNode && v.Value == "" {
		// "key:" with nothing after it but comments.
		if !d.nothingAfter(key, until) {
			return nil, fmt.Errorf("%s:%d:%d: write this empty value as [] or as nothing at all", d.name, v.Line, v.Column)
		}
	} else {
		off := d.offset(v.Line, v.Column)
		end := off
		switch {
		case v.Kind == sequenceNode:
			if off >= len(d.src) || d.src[off] != '[' {
				return nil, fmt.Errorf("%s:%d:%d: cannot find the '[' of this list", d.name, v.Line, v.Column)
			}
			end = off + 1
			for end < len(d.src) && (d.src[end] == ' ' || d.src[end] == '\t') {
				end++
			}
			if end >= len(d.src) || d.src[end] != ']' {
				return nil, fmt.Errorf("%s:%d:%d: write this empty list as [] on one line, or as nothing", d.name, v.Line, v.Column)
			}
			end++
		default:
			end = off + len(v.Value)
			if string(d.src[off:end]) != v.Value {
				return nil, fmt.Errorf("%s:%d:%d: cannot find this value in the file", d.name, v.Line, v.Column)
			}
		}
		// Drop the spaces before the value too when nothing follows it.
		lineEnd := d.lineStart(v.Line + 1)
		rest := strings.TrimRight(string(d.src[end:lineEnd]), " \t\r\n")
		if rest == "" {
			for off > 0 && (d.src[off-1] == ' ' || d.src[off-1] == '\t') {
				off--
			}
		}
		edits = append(edits, edit{off: off, del: end - off})
		at = v.Line + 1
	}
	edits = append(edits, d.insertAtLine(at, items))
	return edits, nil
}

// nothingAfter reports whether only spaces and comments follow key's
// colon, up to line until (exclusive).
func (d *Document) nothingAfter(key *node, until int) bool {
	off := d.offset(key.Line, key.Column)
	rest := string(d.src[off:d.lineStart(key.Line+1)])
	_, rest, ok := strings.Cut(rest, ":")
	if !ok || !blankOrComment(rest) {
		return false
	}
	for l := key.Line + 1; l < until && l <= d.numLines(); l++ {
		if !blankOrComment(d.line(l)) {
			return false
		}
	}
	return true
}

// blankOrComment reports whether s holds only spaces and a comment.
func blankOrComment(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return s == "" || s[0] == '#'
}

// keyOf returns the key node of value v in mapping m.
func (d *Document) keyOf(m, v *node) *node {
	for i := 1; i < len(m.Content); i += 2 {
		if m.Content[i] == v {
			return m.Content[i-1]
		}
	}
	return m
}

// nextKeyLine returns the line of the key after value v in mapping m, or 0.
func (d *Document) nextKeyLine(m, v *node) int {
	for i := 1; i+1 < len(m.Content); i += 2 {
		if m.Content[i] == v {
			return m.Content[i+1].Line
		}
	}
	return 0
}

// itemText encodes n as an item of a block list whose dash is at column
// col (0-based), in the file's line ending.
func (d *Document) itemText(n *node, col int) string {
	var b bytes.Buffer
	if err := encodeNode(&b, &node{Kind: sequenceNode, Content: []*node{n}}); err != nil {
		panic(err) // encoding a tree built from strings cannot fail
	}
	pad := strings.Repeat(" ", col)
	var out strings.Builder
	for line := range strings.Lines(b.String()) {
		if line != "\n" {
			out.WriteString(pad)
		}
		out.WriteString(strings.TrimSuffix(line, "\n"))
		out.WriteString(d.nl)
	}
	return out.String()
}

// Line helpers. Lines are numbered from 1, as in yaml positions; line
// numLines()+1 starts at the end of the file.

func (d *Document) numLines() int {
	n := len(d.lines)
	if d.lines[n-1] == len(d.src) {
		n-- // the file ends with a newline
	}
	return n
}

func (d *Document) lineStart(l int) int {
	if l-1 < len(d.lines) {
		return d.lines[l-1]
	}
	return len(d.src)
}

func (d *Document) line(l int) string {
	if l < 1 || l > d.numLines() {
		return ""
	}
	return string(d.src[d.lineStart(l):d.lineStart(l+1)])
}

func (d *Document) blank(l int) bool { return strings.TrimSpace(d.line(l)) == "" }

func (d *Document) comment(l int) bool {
	return strings.HasPrefix(strings.TrimLeft(d.line(l), " \t"), "#")
}

func (d *Document) indent(l int) int {
	s := d.line(l)
	return len(s) - len(strings.TrimLeft(s, " "))
}

// offset converts a yaml position (line, and column counted in characters)
// to a byte offset.
func (d *Document) offset(line, col int) int {
	off := d.lineStart(line)
	if line == 1 && bytes.HasPrefix(d.src, []byte("\ufeff")) {
		off += 3
	}
	for ; col > 1 && off < len(d.src); col-- {
		_, n := utf8.DecodeRune(d.src[off:])
		off += n
	}
	return off
}

// dashOf returns the line and 0-based column of the '-' that starts the
// list item n.
func (d *Document) dashOf(n *node) (line, col int, err error) {
	prefix := string(d.src[d.lineStart(n.Line):d.offset(n.Line, n.Column)])
	if t := strings.TrimRight(prefix, " "); strings.HasSuffix(t, "-") && strings.TrimLeft(t, " ") == "-" {
		return n.Line, len(t) - 1, nil
	}
	for l := n.Line - 1; l >= 1; l-- {
		if d.blank(l) || d.comment(l) {
			continue
		}
		s := strings.TrimRight(d.line(l), " \t\r\n")
		if c, _, _ := strings.Cut(s, " #"); strings.TrimLeft(c, " ") == "-" {
			return l, d.indent(l), nil
		}
		break
	}
	return 0, 0, fmt.Errorf("%s:%d:%d: cannot find the '-' that starts this item; run 'timeline fmt' on the file and try again", d.name, n.Line, n.Column)
}

// blockStart returns the first line of the item whose dash is on line dash
// at column col: the dash line, or the comment lines right above it that
// are not indented further than the dash.
func (d *Document) blockStart(dash, col int) int {
	l := dash
	for l > 1 && d.comment(l-1) && d.indent(l-1) <= col {
		l--
	}
	return l
}

// contentEnd returns the line after the last line of the item that starts
// on line from with its dash at column col, looking no further than line
// limit (exclusive): the last non-blank line indented further than col, or
// continuing a quoted scalar or flow collection, however indented.
func (d *Document) contentEnd(from, limit, col int) int {
	end := from + 1
	for l := from + 1; l < limit && l <= d.numLines(); l++ {
		if !d.blank(l) && d.indent(l) > col || l-1 < len(d.cont) && d.cont[l-1] {
			end = l + 1
		}
	}
	return end
}

// regionEnd returns the line where the events list ends: the line of the
// next top-level key, or the end of the file.
func (d *Document) regionEnd() int {
	if next := d.nextKeyLine(d.p.root, d.p.events); next > 0 {
		return next
	}
	return d.numLines() + 1
}

// eventLimit returns the line before which event i must end.
func (d *Document) eventLimit(i int) int {
	if i+1 < len(d.p.items) {
		if line, col, err := d.dashOf(d.p.items[i+1]); err == nil {
			return d.blockStart(line, col)
		}
		return d.p.items[i+1].Line
	}
	return d.regionEnd()
}

// insertAtLine returns an edit inserting text at the start of line l,
// adding a line break first when l is past the end of a file that does
// not end with one.
func (d *Document) insertAtLine(l int, text string) edit {
	off := d.lineStart(l)
	if l > d.numLines() && len(d.src) > 0 && d.src[len(d.src)-1] != '\n' {
		text = d.nl + text
	}
	return edit{off: off, text: text}
}

// sameEvent reports whether a and b hold the same values, counting a nil
// list and an empty one as equal.
func sameEvent(a, b *Event) bool {
	return a.ID == b.ID && a.Date == b.Date && a.Title == b.Title && a.Description == b.Description &&
		slices.Equal(a.Actors, b.Actors) && a.Type == b.Type && a.Location == b.Location &&
		a.Planned == b.Planned && a.Rejected == b.Rejected && slices.Equal(a.Sources, b.Sources)
}
