package timeline

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Format returns a timeline file in canonical form: events sorted by date
// (see Sort), fields in the order of the format's documentation, ids made
// for the events that have none (see NewID), and every value in one style:
// text quoted only where YAML needs it, dates always double-quoted,
// several-line text as literal blocks, actors as [A, B] lists (one per
// line when comments are written among them), two-space indentation.
// Every comment is kept, attached to the field or event it was written
// next to; blank lines are not kept. A file without comments formats to
// what Encode writes for its sorted timeline.
//
// Format refuses an invalid file (the error is of type Problems, as from
// Parse), and returns an error rather than a result that would lose a
// comment or read back differently. Format is idempotent: formatting its
// output gives the same bytes.
func Format(name string, data []byte) ([]byte, error) {
	// The YAML library may attach a comment to a different node when it
	// reads back what it wrote (a comment after a list can become the foot
	// of its last item), which moves the comment once more on the next
	// pass. So format until the output is stable; one or two passes do.
	out, err := formatOnce(name, data)
	if err == nil && (bytes.Equal(out, data) || len(scanComments(data)) == 0) {
		// Already canonical; or without comments, whose placement is
		// the only thing a second pass can change.
		return out, nil
	}
	for range 4 {
		if err != nil {
			return nil, err
		}
		next, err2 := formatOnce(name, out)
		if bytes.Equal(next, out) {
			if c, lost := lostComment(data, out); lost {
				return nil, fmt.Errorf("%s:%d: formatting would lose the comment %q (the YAML library drops it where it is); move it to the line above a field, at that field's indentation, and try again", name, c.line, c.text)
			}
			return out, nil
		}
		out, err = next, err2
	}
	return nil, fmt.Errorf("%s: internal error: formatting does not settle; nothing was written", name)
}

func formatOnce(name string, data []byte) ([]byte, error) {
	p := parse(name, evenComments(data))
	if len(p.problems) > 0 {
		return nil, p.problems
	}
	before := comments(p.doc)

	// Fill in missing ids, in file order, as AssignIDs does.
	tl := p.tl
	tl.AssignIDs()
	for i, e := range tl.Events {
		item := p.items[i]
		if v := valueOf(item, "id"); v != nil {
			setScalar(v, scalar(e.ID))
		} else {
			id := scalar("id")
			if len(item.Content) > 0 {
				id.HeadComment, item.Content[0].HeadComment = item.Content[0].HeadComment, ""
			}
			item.Content = append([]*node{id, scalar(e.ID)}, item.Content...)
		}
	}

	// Sort the events, moving each one's nodes (and so its comments).
	order := make([]int, len(tl.Events))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return eventCompare(tl.Events[a], tl.Events[b]) })
	if p.events != nil && p.events.Kind == sequenceNode {
		items := make([]*node, len(order))
		sorted := make([]*Event, len(order))
		for i, j := range order {
			items[i], sorted[i] = p.items[j], tl.Events[j]
		}
		p.events.Content = items
		tl.Events = sorted
	}

	canonMapping(p.root, timelineFields)
	for _, item := range p.items {
		canonEvent(item)
	}

	var out bytes.Buffer
	if err := encodeNode(&out, p.doc); err != nil {
		return nil, err
	}
	p = nil // let the collector have the tree before the output is read back
	q := parse(name, out.Bytes())
	if len(q.problems) > 0 {
		return nil, fmt.Errorf("%s: internal error: the formatted file would not be valid (%v); nothing was written", name, q.problems[0])
	}
	if !sameTimeline(q.tl, tl) {
		return nil, fmt.Errorf("%s: internal error: the formatted file would read back differently; nothing was written", name)
	}
	if lost := missing(before, comments(q.doc)); len(lost) > 0 {
		return nil, fmt.Errorf("%s: formatting would lose the comment %q (the YAML library drops it where it is); move it to the line above a field, at that field's indentation, and try again", name, lost[0])
	}
	return out.Bytes(), nil
}

func sameTimeline(a, b *Timeline) bool {
	return a.Title == b.Title && slices.EqualFunc(a.Events, b.Events, sameEvent)
}

// canonMapping puts the known keys of m in the order of fields and makes
// them plain scalars. Comments travel with their key and value.
func canonMapping(m *node, fields []string) {
	type pair struct{ k, v *node }
	pairs := make([]pair, 0, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		k.Tag, k.Style = "!!str", 0
		pairs = append(pairs, pair{k, m.Content[i+1]})
	}
	// A comment above the first key is about the whole mapping (the file,
	// or an event): it stays on top whichever key comes first.
	var top string
	if len(pairs) > 0 {
		top, pairs[0].k.HeadComment = pairs[0].k.HeadComment, ""
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return slices.Index(fields, a.k.Value) - slices.Index(fields, b.k.Value)
	})
	if top != "" {
		if k := pairs[0].k; k.HeadComment != "" {
			k.HeadComment = top + "\n" + k.HeadComment
		} else {
			k.HeadComment = top
		}
	}
	m.Content = m.Content[:0]
	for _, p := range pairs {
		m.Content = append(m.Content, p.k, p.v)
	}
	m.Style &^= flowStyle
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i].Value, m.Content[i+1]
		switch k {
		case "events", "sources":
			canonList(v, false)
		case "actors":
			// A list of actors is written [A, B], unless comments are
			// written among them: then one per line, to keep them readable.
			canonList(v, !slices.ContainsFunc(v.Content, hasComment))
			for _, a := range v.Content {
				canonText(a)
			}
		case "date":
			if !isNull(v) {
				d, _ := ParseDate(v.Value)
				setScalar(v, dateScalar(d.String()))
			}
		case "planned", "rejected":
			b := strings.ToLower(v.Value) == "true"
			setScalar(v, boolScalar(b))
		default:
			canonText(v)
		}
	}
}

// hoistComment moves the comment above the first key of a list item up
// to the item, so that it is written above the "- " line rather than
// after the dash.
func hoistComment(item *node) {
	if len(item.Content) == 0 || item.Content[0].HeadComment == "" {
		return
	}
	k := item.Content[0]
	if item.HeadComment != "" {
		item.HeadComment += "\n" + k.HeadComment
	} else {
		item.HeadComment = k.HeadComment
	}
	k.HeadComment = ""
}

func hasComment(n *node) bool {
	return n.HeadComment != "" || n.LineComment != "" || n.FootComment != ""
}

// canonEvent puts an event mapping and its sources in canonical form.
func canonEvent(item *node) {
	canonMapping(item, eventFields)
	hoistComment(item)
	if sv := valueOf(item, "sources"); sv != nil {
		for _, s := range sv.Content {
			canonMapping(s, sourceFields)
			hoistComment(s)
		}
	}
}

// canonList styles a list: flow ([A, B]) when flow is set or the list is
// empty, else a block of "- " lines. An empty value stays empty.
func canonList(v *node, flow bool) {
	if v.Kind != sequenceNode {
		if isNull(v) {
			v.Value, v.Style = "", 0
		}
		return
	}
	if flow || len(v.Content) == 0 {
		v.Style = flowStyle
	} else {
		v.Style = 0
	}
}

// canonText styles a text scalar as textScalar does; an empty value stays
// empty.
func canonText(v *node) {
	if isNull(v) {
		v.Value, v.Style = "", 0
		return
	}
	setScalar(v, textScalar(v.Value))
}

// setScalar gives v the value, tag and style of c, keeping v's comments
// and position.
func setScalar(v, c *node) {
	v.Kind, v.Tag, v.Value, v.Style = c.Kind, c.Tag, c.Value, c.Style
}

// comments returns every comment line in the tree under n.
func comments(n *node) []string {
	var out []string
	stack := []*node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for line := range strings.Lines(c) {
				if line = strings.TrimSpace(line); line != "" {
					out = append(out, line)
				}
			}
		}
		stack = append(stack, n.Content...)
	}
	return out
}

// missing returns the lines of before that after lacks, counting repeats.
func missing(before, after []string) []string {
	count := make(map[string]int, len(after))
	for _, c := range after {
		count[c]++
	}
	var lost []string
	for _, c := range before {
		if count[c] == 0 {
			lost = append(lost, c)
			continue
		}
		count[c]--
	}
	return lost
}

// A commentLine is a comment found in YAML text: its line and its text
// from '#' on, without trailing spaces.
type commentLine struct {
	line int
	text string
	full bool // the comment is alone on its line
}

// scanComments returns the comments of YAML text by reading it as text:
// a '#' that starts a line or follows a space, outside quoted and block
// scalars. Format uses it to check that no comment is lost, because the
// YAML library drops some comments while reading (a comment line
// followed by a less-indented one and a blank line) and a check on its
// node tree cannot see them.
func scanComments(data []byte) []commentLine {
	comments, _ := scanYAML(data)
	return comments
}

// scanYAML reads YAML text as scanComments does. It returns the comments
// and, for each line (from 0), whether it starts inside a quoted scalar,
// a flow collection or a block scalar: a continuation of the line before,
// whatever its indentation.
func scanYAML(data []byte) (out []commentLine, cont []bool) {
	var (
		quote       byte // inside a quoted scalar: its quote character
		flow        int  // depth of [ and { in flow collections
		block       bool // inside a block scalar (| or >)
		blockParent int  // indentation of the line that started it
		blockIndent int  // indentation of its content; 0 until known
		blockKeep   bool // it keeps its trailing blank lines (|+ or >+)
		blockLast   int  // its last line that is not blank
	)
	lines := strings.Split(breakLines(data), "\n")
	cont = make([]bool, len(lines))
	endBlock := func(n int) {
		// The blank lines at the end of a block that keeps them are its
		// content too.
		for i := blockLast + 1; blockKeep && i < n; i++ {
			cont[i] = true
		}
		block = false
	}
	for n, line := range lines {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		blank := strings.TrimSpace(line) == ""
		cont[n] = quote != 0 || flow > 0
		if block {
			if blank {
				continue
			}
			if blockIndent == 0 && indent > blockParent {
				blockIndent = indent
			}
			if blockIndent > 0 && indent >= blockIndent {
				cont[n], blockLast = true, n
				continue
			}
			endBlock(n)
		}
		start := true // at the start of a token, where a quote opens a scalar
		for i := indent; i < len(line); i++ {
			c := line[i]
			if quote != 0 {
				switch {
				case quote == '"' && c == '\\':
					i++
				case quote == '\'' && c == '\'' && i+1 < len(line) && line[i+1] == '\'':
					i++
				case c == quote:
					quote, start = 0, false
				}
				continue
			}
			next := byte(' ')
			if i+1 < len(line) {
				next = line[i+1]
			}
			switch {
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				out = append(out, commentLine{n + 1, strings.TrimRight(line[i:], " \t"), i == indent})
				i = len(line)
			case c == ' ' || c == '\t':
			case start && (c == '\'' || c == '"'):
				quote = c
			case start && (c == '[' || c == '{'):
				flow++
			case flow > 0 && (c == ']' || c == '}'):
				flow--
				start = false
			case flow > 0 && c == ',':
				start = true
			case c == ':' && (next == ' ' || next == '\t' || (flow > 0 && next == ',')):
				start = true
			case start && (c == '-' || c == '?') && (next == ' ' || next == '\t'):
			case start && flow == 0 && (c == '|' || c == '>'):
				block, blockParent, blockIndent, blockKeep, blockLast = true, indent, 0, false, n
				for i++; i < len(line) && line[i] != ' ' && line[i] != '\t'; i++ {
					blockKeep = blockKeep || line[i] == '+'
				}
				i-- // the comment, if any, is read by the loop
				start = false
			default:
				start = false
			}
		}
	}
	if block {
		endBlock(len(lines))
	}
	return out, cont
}

// lostComment returns the first comment of before that after lacks, or
// false when after has them all.
func lostComment(before, after []byte) (commentLine, bool) {
	count := make(map[string]int)
	for _, c := range scanComments(after) {
		count[c.text]++
	}
	for _, c := range scanComments(before) {
		if count[c.text] == 0 {
			return c, true
		}
		count[c.text]--
	}
	return commentLine{}, false
}

// evenComments returns data with each run of comment lines whose
// indentation decreases somewhere indented as its least indented line.
// The YAML library drops the first lines of such a run (followed by a
// blank line) when it reads them; evened out, they are kept.
func evenComments(data []byte) []byte {
	var runs [][]commentLine
	var run []commentLine
	for _, c := range scanComments(data) {
		if !c.full {
			continue
		}
		if len(run) > 0 && run[len(run)-1].line+1 != c.line {
			runs = append(runs, run)
			run = nil
		}
		run = append(run, c)
	}
	runs = append(runs, run)
	lines := strings.SplitAfter(breakLines(data), "\n")
	changed := false
	for _, run := range runs {
		indent := func(c commentLine) int { return len(lines[c.line-1]) - len(strings.TrimLeft(lines[c.line-1], " ")) }
		least, decreases := -1, false
		for i, c := range run {
			if i > 0 && indent(c) < indent(run[i-1]) {
				decreases = true
			}
			if least < 0 || indent(c) < least {
				least = indent(c)
			}
		}
		if !decreases {
			continue
		}
		for _, c := range run {
			lines[c.line-1] = strings.Repeat(" ", least) + strings.TrimLeft(lines[c.line-1], " ")
		}
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, ""))
}

// breakLines returns data with every line break as YAML reads them (\r\n,
// \n and a lone \r) written \n.
func breakLines(data []byte) string {
	return strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
}
