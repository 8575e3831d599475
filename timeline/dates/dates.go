// Package dates finds time expressions in English news text and normalises
// them to TIMEX3 values, resolving relative ones ("on Wednesday", "earlier
// this week", "last year") against the publication date and the tense of
// the clause they sit in.
//
// It is the only package of the module that imports github.com/olebedev/when.
package dates

import (
	"slices"
	"time"
)

// Type is a TIMEX3 type.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"     // a calendar date or period: "Friday", "May 2019", "the 1990s"
	Time     Type = "TIME"     // a time of day: "3 p.m.", "Friday morning"
	Duration Type = "DURATION" // a length of time: "three years", "the past two decades"
	Set      Type = "SET"      // a recurrence: "every year", "weekly"
)

// Tense is the grammatical tense of the clause a time expression sits in, as
// used to resolve it: a bare weekday in a past-tense clause is the most
// recent one on or before the reference date, in a future one the next.
type Tense int

// Tenses.
const (
	TenseUnknown Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

// A Timex is one time expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text, End exclusive, on rune boundaries
	Text       string // the text of the expression: text[Start:End]
	Type       Type
	// Value is the TIMEX3 value at exactly the precision of the text:
	// "2024-04-24", "2024-04", "2024", "2024-W17", "199" (the 1990s),
	// "19" (the 20th century), "2024-SU", "2024-Q1", "2024-H1",
	// "2024-04-26TMO", "2024-04-26T15:00", "PRESENT_REF", "PAST_REF",
	// "FUTURE_REF", "P3Y", "PT5H30M", "XXXX-XX-XX"-style values for unknown
	// parts. It is "" when the expression needs a reference date and none
	// was given.
	Value string
	Mod   string // TIMEX3 mod, if any: "START", "MID", "END", "APPROX", "BEFORE", "AFTER"…
	// Relative reports whether Value depends on the reference date (or on
	// another expression of the text) rather than on the words alone.
	Relative bool
	Tense    Tense // tense of the clause, TenseUnknown when there is no verb to tell
	// Through is set when the expression starts a range ("Feb. 27-28,
	// 2019", "from 1910 to 1945", "between March and May"): the value of
	// the range's last day, month or year, at its own precision. When the
	// end has words of its own ("1945") it is also returned as a Timex.
	Through string
}

// Find returns the time expressions of text in order of position, without
// overlaps. ref is the document's publication date (creation time), used
// for relative expressions; the zero time means it is unknown, and then
// relative expressions come back with Relative set and an empty Value, never
// resolved against the clock. Find never panics and is safe for concurrent
// use.
func Find(text string, ref time.Time) []Timex {
	var f Finder
	return f.Find(text, ref)
}

// A Finder finds time expressions. The zero value is ready to use and
// finds every class of expression; a Finder is safe for concurrent use.
type Finder struct {
	// NoDurations leaves out durations ("three years") and sets ("every
	// week"), which carry no date of their own.
	NoDurations bool
}

// Find is like the package's Find, with f's options.
func (f *Finder) Find(text string, ref time.Time) []Timex {
	d := drivers.Get().(*driver)
	d.reset(text, ref, f)
	d.run()
	var out []Timex
	if len(d.out) > 0 {
		out = slices.Clone(d.out) // d.out is the driver's, kept for the next text
	}
	d.reset("", time.Time{}, nil)
	drivers.Put(d)
	return out
}
