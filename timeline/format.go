package timeline

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Format returns a timeline file in canonical form: events sorted by date
// (see Sort), fields in the order of the format's documentation, ids made
// for the events that have none (see NewID), and every value in one style
// (dates and other text quoted only where YAML needs it, dates always
// double-quoted, several-line text as literal blocks, actors as [A, B]
// lists, two-space indentation). Every comment is kept, attached to the
// field or event it was written next to; blank lines are not kept. A file
// without comments formats to what Encode writes for its timeline.
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
	for range 4 {
		if err != nil {
			return nil, err
		}
		next, err2 := formatOnce(name, out)
		if bytes.Equal(next, out) {
			return out, nil
		}
		out, err = next, err2
	}
	return nil, fmt.Errorf("%s: internal error: formatting does not settle; nothing was written", name)
}

func formatOnce(name string, data []byte) ([]byte, error) {
	p := parse(name, data)
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
			item.Content = append([]*node{scalar("id"), scalar(e.ID)}, item.Content...)
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
	q := parse(name, out.Bytes())
	if len(q.problems) > 0 {
		return nil, fmt.Errorf("%s: internal error: the formatted file would not be valid (%v); nothing was written", name, q.problems[0])
	}
	if !sameTimeline(q.tl, tl) {
		return nil, fmt.Errorf("%s: internal error: the formatted file would read back differently; nothing was written", name)
	}
	if lost := missing(before, comments(q.doc)); len(lost) > 0 {
		return nil, fmt.Errorf("%s: cannot format without losing the comment %q; move it to its own line above a field and try again", name, lost[0])
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
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return slices.Index(fields, a.k.Value) - slices.Index(fields, b.k.Value)
	})
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
			canonList(v, true)
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

// canonEvent puts an event mapping and its sources in canonical form.
func canonEvent(item *node) {
	canonMapping(item, eventFields)
	if sv := valueOf(item, "sources"); sv != nil {
		for _, s := range sv.Content {
			canonMapping(s, sourceFields)
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
