package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// A DatePart is one piece of a date as displayed: its text and, where the
// piece names a date that HTML can express, the value for a <time
// datetime="…"> element ("2022", "2022-08", "2022-08-02", "2024-W17").
// Datetime is empty for joining text such as "–" or "about ", and for
// decades and centuries, which HTML has no form for.
type DatePart struct {
	Text     string
	Datetime string
}

// FormatDate returns d as a reader would write it, at d's precision:
// "2022", "February 2023", "summer 2022", "the 1970s", "the 1900s",
// "26 April 2024", "week 17 of 2024", "2–3 August 2022",
// "30 July – 3 August 2022", "2019 onwards", "until 2019". An approximate
// date ("~") reads "about 2022", an uncertain one ("?") "2022?". The zero
// Date is "undated".
func FormatDate(d timeline.Date) string {
	parts := DateParts(d)
	if len(parts) == 1 {
		return parts[0].Text
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.Text)
	}
	return b.String()
}

// DateParts returns FormatDate(d) split into pieces, so that each piece
// naming a date can be marked up on its own: "2–3 August 2022" is
// {"2", "2022-08-02"}, {"–", ""}, {"3 August 2022", "2022-08-03"}.
// Concatenating the texts gives FormatDate(d).
func DateParts(d timeline.Date) []DatePart {
	if d.IsZero() {
		return []DatePart{{Text: "undated"}}
	}
	from, to := d.From(), d.To()
	if !d.IsInterval() {
		return qualify(from, []DatePart{point(from)})
	}
	switch {
	case from.Open:
		return append([]DatePart{{Text: "until "}}, qualify(to, []DatePart{point(to)})...)
	case to.Open:
		return append(qualify(from, []DatePart{point(from)}), DatePart{Text: " onwards"})
	case from.Precision == timeline.PrecisionNone:
		return append([]DatePart{{Text: "until "}}, append(qualify(to, []DatePart{point(to)}), DatePart{Text: ", start unknown"})...)
	case to.Precision == timeline.PrecisionNone:
		return append([]DatePart{{Text: "from "}}, append(qualify(from, []DatePart{point(from)}), DatePart{Text: ", end unknown"})...)
	}
	if from.Uncertain == to.Uncertain && from.Approx == to.Approx {
		if from == to {
			return qualify(from, []DatePart{point(from)})
		}
		if r := compactRange(from, to); r != nil {
			return qualify(from, r)
		}
	}
	parts := qualify(from, []DatePart{point(from)})
	parts = append(parts, DatePart{Text: " – "})
	return append(parts, qualify(to, []DatePart{point(to)})...)
}

// qualify adds p's qualifiers around parts: "about " before an approximate
// date and "?" after an uncertain one.
func qualify(p timeline.Point, parts []DatePart) []DatePart {
	if p.Approx {
		parts = append([]DatePart{{Text: "about "}}, parts...)
	}
	if p.Uncertain {
		parts = append(parts, DatePart{Text: "?"})
	}
	return parts
}

var seasons = [...]string{"spring", "summer", "autumn", "winter"}

// point formats one end of a date in full.
func point(p timeline.Point) DatePart {
	y := strconv.Itoa(p.Year)
	switch p.Precision {
	case timeline.PrecisionDay:
		return DatePart{fmt.Sprintf("%d %s %s", p.Day, time.Month(p.Month), y), isoDay(p)}
	case timeline.PrecisionWeek:
		return DatePart{fmt.Sprintf("week %d of %s", p.Week, y), fmt.Sprintf("%04d-W%02d", p.Year, p.Week)}
	case timeline.PrecisionMonth:
		return DatePart{time.Month(p.Month).String() + " " + y, fmt.Sprintf("%04d-%02d", p.Year, p.Month)}
	case timeline.PrecisionSeason:
		return DatePart{seasonName(p) + " " + y, isoYear(p)}
	case timeline.PrecisionYear:
		return DatePart{y, isoYear(p)}
	case timeline.PrecisionDecade, timeline.PrecisionCentury:
		return DatePart{Text: "the " + y + "s"}
	}
	return DatePart{Text: "unknown"}
}

func seasonName(p timeline.Point) string {
	if i := p.Season - 21; i >= 0 && i < len(seasons) {
		return seasons[i]
	}
	return "season " + strconv.Itoa(p.Season)
}

func isoYear(p timeline.Point) string { return fmt.Sprintf("%04d", p.Year) }

func isoDay(p timeline.Point) string {
	return fmt.Sprintf("%04d-%02d-%02d", p.Year, p.Month, p.Day)
}

// compactRange writes an interval whose ends share a precision without
// repeating what they share: "2–3 August 2022", "30 July – 3 August 2022",
// "February–April 2023", "2019–2022", "weeks 17–19 of 2024",
// "spring–summer 2022", "the 1970s–1980s". It returns nil when the ends
// differ in precision.
func compactRange(from, to timeline.Point) []DatePart {
	if from.Precision != to.Precision {
		return nil
	}
	full := point(to)
	sameYear := from.Year == to.Year
	switch from.Precision {
	case timeline.PrecisionDay:
		switch {
		case sameYear && from.Month == to.Month:
			return []DatePart{{strconv.Itoa(from.Day), isoDay(from)}, {Text: "–"}, full}
		case sameYear:
			return []DatePart{{fmt.Sprintf("%d %s", from.Day, time.Month(from.Month)), isoDay(from)}, {Text: " – "}, full}
		}
	case timeline.PrecisionMonth:
		if sameYear {
			return []DatePart{{time.Month(from.Month).String(), fmt.Sprintf("%04d-%02d", from.Year, from.Month)}, {Text: "–"}, full}
		}
	case timeline.PrecisionWeek:
		if sameYear {
			return []DatePart{{fmt.Sprintf("weeks %d", from.Week), point(from).Datetime}, {Text: "–"},
				{fmt.Sprintf("%d of %d", to.Week, to.Year), full.Datetime}}
		}
	case timeline.PrecisionSeason:
		if sameYear {
			return []DatePart{{seasonName(from), isoYear(from)}, {Text: "–"}, full}
		}
	case timeline.PrecisionYear:
		return []DatePart{point(from), {Text: "–"}, full}
	case timeline.PrecisionDecade, timeline.PrecisionCentury:
		return []DatePart{point(from), {Text: "–"}, {Text: strconv.Itoa(to.Year) + "s"}}
	}
	return nil
}

// groupOf returns the label under which an event dated d is listed: the
// year it starts in ("2022"), its decade or century ("1970s", "1900s"),
// "Until 2019" for an interval with no known start, and "Undated".
func groupOf(d timeline.Date) string {
	if d.IsZero() {
		return "Undated"
	}
	from := d.From()
	switch from.Precision {
	case timeline.PrecisionNone:
		return "Until " + strconv.Itoa(d.To().Year)
	case timeline.PrecisionDecade, timeline.PrecisionCentury:
		return strconv.Itoa(from.Year) + "s"
	}
	return strconv.Itoa(from.Year)
}

// yearSpan returns the first and last calendar years d covers, as text;
// each is "" when that end is open or unknown.
func yearSpan(d timeline.Date) (first, last string) {
	if s := d.Start(); !s.IsZero() {
		first = strconv.Itoa(s.Year())
	}
	if e := d.End(); !e.IsZero() {
		last = strconv.Itoa(e.Year())
	}
	return first, last
}
