package timeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A Timeline is a titled list of events: the content of a timeline YAML file.
type Timeline struct {
	Title  string   // optional heading for the whole timeline
	Events []*Event // in file order; Sort puts them in date order
}

// An Event is one dated happening, with the evidence for it.
type Event struct {
	// ID is unique within a timeline. It is made once from the date and
	// title (see NewID) and then never changed, so links to it keep working.
	ID          string
	Date        Date     // at the precision the evidence supports
	Title       string   // short, "who does what"
	Description string   // Markdown; optional
	Actors      []string // people, countries and organisations; optional
	Type        string   // one of EventTypes, or ""
	Location    string   // where it happened; optional
	Planned     bool     // announced, not yet happened at publication
	Rejected    bool     // the user rejected it: not rendered, never re-added
	Sources     []Source // the evidence, at least one for extracted events
}

// A Source cites the article an event came from.
type Source struct {
	File      string // path of the article, relative to the timeline file; or
	URL       string // its address (http, https, or relative)
	Title     string // headline of the article; optional
	Outlet    string // who published it; optional
	Published string // publication date, YYYY-MM-DD, used for relative dates
	// PublishedFrom says where Published came from: "metadata",
	// "front-matter", "dateline", "sources-list" or "flag" (--date).
	PublishedFrom string
	Quote         string // the sentence that dates the event
}

// EventTypes lists PLOVER's 16 event types, the values allowed in
// Event.Type.
var EventTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// PublishedFromValues lists the values allowed in Source.PublishedFrom.
var PublishedFromValues = []string{"metadata", "front-matter", "dateline", "sources-list", "flag"}

// IsEventType reports whether s is one of EventTypes.
func IsEventType(s string) bool { return slices.Contains(EventTypes, s) }

// Sort puts events in timeline order: by date (see Compare), then by title,
// then by ID. It is stable, so equal events keep their order.
func Sort(events []*Event) {
	slices.SortStableFunc(events, func(a, b *Event) int {
		if c := Compare(a.Date, b.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// NewID makes an event ID from a date and a title: the date's start, then
// up to six words of the title in lower-case ASCII, joined by hyphens, as in
// "2022-pelosi-visits-taiwan". taken reports IDs already in use; NewID adds
// "-2", "-3"… until the ID is free.
func NewID(d Date, title string, taken func(string) bool) string {
	var b strings.Builder
	b.WriteString(idDate(d))
	words := 0
	for w := range strings.FieldsFuncSeq(asciiFold(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if words == 6 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
		words++
	}
	id := b.String()
	if id == "" {
		id = "event"
	}
	if taken == nil || !taken(id) {
		return id
	}
	for n := 2; ; n++ {
		if c := id + "-" + strconv.Itoa(n); !taken(c) {
			return c
		}
	}
}

// idDate is the date part of an ID: the start of the date, with the
// unspecified digits and qualifiers removed.
func idDate(d Date) string {
	s, _, _ := strings.Cut(d.String(), "/")
	s = strings.TrimRight(s, "?~%")
	s = strings.ToLower(strings.ReplaceAll(s, "X", "x"))
	if s == ".." {
		return ""
	}
	return s
}

// asciiFold lower-cases s and drops accents: "Réunion" becomes "reunion".
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// AssignIDs gives every event without an ID a new one made by NewID, unique
// in tl.
func (tl *Timeline) AssignIDs() {
	taken := make(map[string]bool, len(tl.Events))
	for _, e := range tl.Events {
		if e.ID != "" {
			taken[e.ID] = true
		}
	}
	for _, e := range tl.Events {
		if e.ID == "" {
			e.ID = NewID(e.Date, e.Title, func(s string) bool { return taken[s] })
			taken[e.ID] = true
		}
	}
}
