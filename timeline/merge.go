package timeline

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
)

// A MergeResult says what Merge did.
type MergeResult struct {
	Added    []string // IDs of the events added, in file order
	Sourced  []string // IDs (or titles, for events without one) of events that got new sources
	Sources  int      // number of sources added to existing events
	Known    int      // extracted events already in the file with all their sources
	Rejected int      // extracted events the user has rejected; left out
	Skipped  []string // extracted events or sources that could not be merged, and why
}

// Merge adds the events of extracted to doc without changing anything the
// user wrote. Each extracted event is compared with the events of the file
// by SameHappening:
//   - when it matches none, it is added as a new event (with a new ID), in
//     date order among the file's events;
//   - when one of the events it matches already cites all its sources,
//     there is nothing to do;
//   - when one of the events it matches is rejected, it is left out: a
//     happening the user rejected is never added again, nor given sources
//     (even when the user kept another event it also matches, as when they
//     rejected a duplicate; this keeps merging idempotent);
//   - else the sources it cites that the first event it matches does not
//     are appended to that event's sources.
//
// Extracted events that are the same happening as each other are added
// once, with all their sources. The result does not depend on the order of
// extracted.Events or of their sources: they are put in a canonical order
// first. Extracted events that are not valid (no title, a bad date) are
// skipped and listed in the result. Merge only schedules edits; doc.Bytes
// returns the merged file.
func Merge(doc *Document, extracted *Timeline) MergeResult {
	return MergeWith(doc, extracted, nil)
}

// MergeWith is Merge with a second rule for "the same happening": two
// events match when SameHappening says so or when also does (also may be
// nil). An extractor passes the rule it merges one run with, so that
// articles merged into a file one at a time come out as they would from
// one run.
func MergeWith(doc *Document, extracted *Timeline, also func(a, b *Event) bool) MergeResult {
	var res MergeResult
	incoming := canonicalEvents(extracted.Events, &res)
	file := doc.Timeline().Events
	fileH := make([]*happening, len(file))
	for j, f := range file {
		fileH[j] = newHappening(f)
	}
	same := func(a, b *happening) bool {
		return a.same(b) || also != nil && also(a.e, b.e)
	}
	matchesFile := func(h *happening) bool {
		return slices.ContainsFunc(fileH, func(f *happening) bool { return same(f, h) })
	}
	pending := make(map[int][]Source)
	cites := func(j int, s Source) bool {
		return slices.ContainsFunc(file[j].Sources, func(x Source) bool { return sameSource(x, s) }) ||
			slices.ContainsFunc(pending[j], func(x Source) bool { return sameSource(x, s) })
	}
	var added []*happening
	for _, n := range incoming {
		nh := newHappening(n)
		var matches []int
		for j, f := range fileH {
			if same(f, nh) {
				matches = append(matches, j)
			}
		}
		if len(matches) > 0 {
			known := slices.ContainsFunc(matches, func(j int) bool {
				return !slices.ContainsFunc(n.Sources, func(s Source) bool { return !cites(j, s) })
			})
			if known {
				res.Known++
				continue
			}
			if slices.ContainsFunc(matches, func(j int) bool { return file[j].Rejected }) {
				res.Rejected++
				continue
			}
			j := matches[0]
			for _, s := range n.Sources {
				if !cites(j, s) {
					pending[j] = append(pending[j], s)
				}
			}
			continue
		}
		absorbed := false
		for i, g := range added {
			if !same(g, nh) {
				continue
			}
			merged := *g.e
			merged.Sources = slices.Clone(g.e.Sources)
			for _, s := range n.Sources {
				if !slices.ContainsFunc(merged.Sources, func(x Source) bool { return sameSource(x, s) }) {
					merged.Sources = append(merged.Sources, s)
				}
			}
			// Keep the group apart from the file's events: its new sources
			// must not make it match one (and so resurrect a rejected one).
			mh := newHappening(&merged)
			if matchesFile(mh) {
				continue
			}
			added[i] = mh
			absorbed = true
			break
		}
		if !absorbed {
			added = append(added, nh)
		}
	}
	for j := range file {
		srcs := pending[j]
		if len(srcs) == 0 {
			continue
		}
		if err := doc.AddSources(j, srcs...); err != nil {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%d new sources for %q: %v", len(srcs), file[j].Title, err))
			continue
		}
		res.Sourced = append(res.Sourced, cmp.Or(file[j].ID, file[j].Title))
		res.Sources += len(srcs)
	}
	ids := make([]*Event, 0, len(added))
	for _, h := range added {
		c := *h.e
		c.ID = ""
		c.ID = doc.AddEvent(&c)
		ids = append(ids, &c)
	}
	Sort(ids)
	for _, e := range ids {
		res.Added = append(res.Added, e.ID)
	}
	return res
}

// sameSource reports whether a and b cite the same passage: the same file
// or URL and the same quote, ignoring case and spacing.
func sameSource(a, b Source) bool {
	return a.File == b.File && a.URL == b.URL && normText(a.Quote) == normText(b.Quote)
}

// canonicalEvents returns copies of the valid events of events, each with
// its sources de-duplicated and sorted, in a canonical order that does not
// depend on the order given; exact duplicates are dropped. Invalid events
// are listed in res.Skipped.
func canonicalEvents(events []*Event, res *MergeResult) []*Event {
	type keyed struct {
		e   *Event
		key []byte
	}
	var out []keyed
	for _, e := range events {
		c := *e
		c.ID = ""
		c.Actors = slices.Clone(e.Actors)
		c.Sources = nil
		srcs := slices.Clone(e.Sources)
		slices.SortFunc(srcs, func(a, b Source) int { return cmp.Compare(sourceKey(a), sourceKey(b)) })
		for _, s := range srcs {
			if !slices.ContainsFunc(c.Sources, func(x Source) bool { return sameSource(x, s) }) {
				c.Sources = append(c.Sources, s)
			}
		}
		var b bytes.Buffer
		if err := Encode(&b, &Timeline{Events: []*Event{&c}}); err != nil {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%q: %v", e.Title, err))
			continue
		}
		if _, err := Parse("extracted", b.Bytes()); err != nil {
			res.Skipped = append(res.Skipped, fmt.Sprintf("extracted event %q (%s) is not valid: %v", e.Title, e.Date, firstProblem(err)))
			continue
		}
		out = append(out, keyed{&c, b.Bytes()})
	}
	slices.SortFunc(out, func(a, b keyed) int {
		return cmp.Or(Compare(a.e.Date, b.e.Date), bytes.Compare(a.key, b.key))
	})
	out = slices.CompactFunc(out, func(a, b keyed) bool { return bytes.Equal(a.key, b.key) })
	events = make([]*Event, len(out))
	for i, k := range out {
		events[i] = k.e
	}
	return events
}

func sourceKey(s Source) string {
	return s.File + "\x00" + s.URL + "\x00" + normText(s.Quote) + "\x00" + s.Quote + "\x00" + s.Published + "\x00" + s.PublishedFrom + "\x00" + s.Title + "\x00" + s.Outlet
}

func firstProblem(err error) error {
	if ps, ok := err.(Problems); ok && len(ps) > 0 {
		p := *ps[0]
		p.File, p.Line, p.Col = "", 0, 0
		return &p
	}
	return err
}
