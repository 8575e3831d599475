package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// Merge returns events with every happening told more than once (in
// several sentences or articles) merged into one event. Two events are the
// same happening when their dates are compatible (one contains the other)
// and they have the same title and type, or the same type, a shared actor
// and a shared word of substance in their titles. A merged event keeps
// the most precise date, the title and description that go with it, every
// actor and every source. The result is sorted (see timeline.Sort) and
// does not depend on the order of the input.
func Merge(events []*timeline.Event) []*timeline.Event {
	// Sort by content, with the sort keys worked out once per event.
	type dec struct {
		e      *timeline.Event
		start  int64
		prec   int
		date   string
		source string
	}
	ds := make([]dec, len(events))
	for i, e := range events {
		ds[i] = dec{e, e.Date.Start().Unix(), int(e.Date.Precision()), e.Date.String(), sourceKey(e)}
	}
	slices.SortFunc(ds, func(a, b dec) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.prec, b.prec), cmp.Compare(a.date, b.date),
			cmp.Compare(a.e.Title, b.e.Title), cmp.Compare(a.e.Description, b.e.Description), cmp.Compare(a.source, b.source))
	})
	evs := make([]*timeline.Event, len(ds))
	for i, d := range ds {
		evs[i] = d.e
	}
	parent := make([]int, len(evs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	keys := make([]eventKey, len(evs))
	actorWords := make(map[string][]string)
	for i, e := range evs {
		keys[i] = keyOf(e, actorWords)
	}
	// Candidates are found through buckets, so that the work grows with
	// the number of events that could be one, not with the square of all
	// events: the same title and type; the same actor, type and title
	// word; the same article. The components found do not depend on the
	// order in which buckets are visited.
	type bucketKey struct {
		kind    byte
		a, b, c string
	}
	buckets := make(map[bucketKey][]int)
	for i, e := range evs {
		tk := bucketKey{kind: 't', a: strings.ToLower(e.Title), b: e.Type}
		buckets[tk] = append(buckets[tk], i)
		if e.Type != "" {
			for _, a := range e.Actors {
				for w := range keys[i].words {
					k := bucketKey{'a', a, e.Type, w}
					buckets[k] = append(buckets[k], i)
				}
			}
		}
		for _, s := range e.Sources {
			k := bucketKey{kind: 's', a: s.File, b: s.URL}
			buckets[k] = append(buckets[k], i)
		}
	}
	for name, b := range buckets {
		if len(b) < 2 {
			continue
		}
		if name.kind == 's' {
			// One article: its events are few; compare each pair.
			for x := range b {
				for y := x + 1; y < len(b); y++ {
					if sameHappening(evs[b[x]], evs[b[y]], &keys[b[x]], &keys[b[y]]) {
						union(b[x], b[y])
					}
				}
			}
			continue
		}
		// Everything else in a bucket is the same happening if the dates
		// are compatible: events with the same date are joined at once,
		// then each pair of distinct dates is compared once.
		byDate := make(map[string]int)
		var reps []int
		for _, i := range b {
			d := evs[i].Date.String()
			if r, ok := byDate[d]; ok {
				union(r, i)
				continue
			}
			byDate[d] = i
			reps = append(reps, i)
		}
		for x := range reps {
			for y := x + 1; y < len(reps); y++ {
				if keys[reps[x]].compatible(&keys[reps[y]]) {
					union(reps[x], reps[y])
				}
			}
		}
	}
	groups := make(map[int][]*timeline.Event)
	var roots []int
	for i := range evs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], evs[i])
	}
	out := make([]*timeline.Event, 0, len(roots))
	for _, r := range roots {
		out = append(out, mergeGroup(groups[r]))
	}
	timeline.Sort(out)
	return out
}

// compareEvents orders events by everything they hold, so that Merge sees
// them in the same order whatever order they came in.
func compareEvents(a, b *timeline.Event) int {
	if c := timeline.Compare(a.Date, b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Description, b.Description); c != 0 {
		return c
	}
	return cmp.Compare(sourceKey(a), sourceKey(b))
}

func sourceKey(e *timeline.Event) string {
	var b strings.Builder
	for _, s := range e.Sources {
		b.WriteString(s.File + "\x00" + s.URL + "\x00" + s.Quote + "\x00")
	}
	return b.String()
}

// eventKey is what sameHappening compares, computed once per event.
type eventKey struct {
	words      map[string]bool // substantive title words, stemmed
	start, end int64           // the days the date covers, as Unix days; math.MinInt64 and MaxInt64 for open ends
}

// compatible reports whether one key's dates contain the other's.
func (k *eventKey) compatible(o *eventKey) bool {
	in := func(a, b *eventKey) bool { return a.start <= b.start && b.end <= a.end } // b within a
	return in(k, o) || in(o, k)
}

// keyOf returns the key of e; cache keeps the lower-case words of each
// actor's name across calls.
func keyOf(e *timeline.Event, cache map[string][]string) eventKey {
	k := eventKey{words: make(map[string]bool), start: e.Date.Start().Unix() / 86400, end: e.Date.End().Unix() / 86400}
	if e.Date.To().Precision == timeline.PrecisionNone {
		k.end = math.MaxInt64
	}
	if e.Date.From().Precision == timeline.PrecisionNone {
		k.start = math.MinInt64
	}
	actorWords := make(map[string]bool)
	for _, a := range e.Actors {
		ws, ok := cache[a]
		if !ok {
			ws = strings.Fields(strings.ToLower(a))
			cache[a] = ws
		}
		for _, w := range ws {
			actorWords[w] = true
		}
	}
	words := strings.FieldsFunc(e.Title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127 || r == '-')
	})
	for i, w := range words {
		if takeWords[strings.ToLower(w)] && i+1 < len(words) && strings.EqualFold(words[i+1], "over") {
			w = "takeover" // "the Taliban took over Kabul"
		}
		// A name ("Kristersson", "President") says who, not what
		// happened: shared actors are compared on their own.
		if isCap(w) && (i > 0 || afterSpace(e.Description, w)) {
			continue
		}
		w = strings.ToLower(w)
		if len(w) < 3 || stopTitleWords[w] || actorWords[w] {
			continue
		}
		if agreementNouns[w] {
			w = "agreement" // "accords", "treaty", "pact": the same kind of thing
		} else if syn, ok := titleSynonyms[w]; ok {
			w = syn
		}
		k.words[stem(w)] = true
	}
	return k
}

// titleSynonyms map title words to one word of the same meaning, for
// merging: "cuts ties" and "breaks off relations" share "ties"; "annexed
// Crimea", "seized Crimea" and "a treaty absorbing the peninsula" share
// "annex".
var titleSynonyms = func() map[string]string {
	m := map[string]string{
		"relations": "ties", "negotiations": "talks", "conflict": "war", "fighting": "war", "hostilities": "war",
		"truce": "cease-fire", "ceasefire": "cease-fire", "armistice": "cease-fire",
	}
	for _, w := range strings.Fields(`annex annexes annexed annexing annexation absorb absorbs absorbed absorbing absorption
		seize seizes seized seizing seizure capture captures captured capturing incorporate incorporates incorporated
		incorporating incorporation takeover`) {
		m[w] = "annex"
	}
	// "says the US will withdraw", "announces the US will pull out".
	for _, w := range strings.Fields(`withdraw withdraws withdrew withdrawn withdrawing withdrawal pull pulls pulled pulling
		exit exits exited exiting leave leaves leaving quit quits quitting`) {
		m[w] = "withdraw"
	}
	return m
}()

var takeWords = toSet(`take takes took taken taking`)

var stopTitleWords = toSet(`the and for with from into over after before that this its their his her has have was were
are will not but than then two three four five six seven eight nine ten first second new says said`)

// stem cuts common English endings so that "visits", "visited" and "visit"
// compare equal.
func stem(w string) string {
	for _, suf := range []string{"ation", "ing", "ies", "ied", "es", "ed", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// NewMatcher returns a function that reports whether two events tell the
// same happening by the rule Merge uses, for matching events across runs
// (see timeline.MergeWith). It works out what it compares of each event
// once and remembers it, so the events must not change while it is in use;
// it is not safe for concurrent use.
func NewMatcher() func(a, b *timeline.Event) bool {
	keys := make(map[*timeline.Event]*eventKey)
	actorWords := make(map[string][]string)
	key := func(e *timeline.Event) *eventKey {
		k, ok := keys[e]
		if !ok {
			kv := keyOf(e, actorWords)
			k = &kv
			keys[e] = k
		}
		return k
	}
	return func(a, b *timeline.Event) bool { return sameHappening(a, b, key(a), key(b)) }
}

// sameHappening reports whether a and b tell the same happening:
// compatible dates, a shared word of substance in their titles, and the
// same type and a shared actor (within one article, an event that names no
// actor or has no type, like "Monday's clash", may be one told before).
func sameHappening(a, b *timeline.Event, ka, kb *eventKey) bool {
	if !ka.compatible(kb) {
		return false
	}
	if strings.EqualFold(a.Title, b.Title) && a.Type == b.Type {
		return true
	}
	same := sameArticle(a, b)
	if a.Type != b.Type && !(same && (a.Type == "" || b.Type == "")) || a.Type == "" && b.Type == "" && !same {
		return false
	}
	shared := same && (len(a.Actors) == 0 || len(b.Actors) == 0)
	for _, x := range a.Actors {
		if slices.Contains(b.Actors, x) {
			shared = true
			break
		}
	}
	if !shared {
		return false
	}
	// A typeless mention joins a typed event only by naming the same
	// happening ("Monday's clash"), not by sharing who did it ("Democratic
	// legislators lose their seats", "… to hold a protest").
	needNoun := a.Type != b.Type
	for w := range ka.words {
		if kb.words[w] && (!needNoun || happeningStems[w]) {
			return true
		}
	}
	// "… will be raised on Monday, in a ceremony …; the ceremony will be
	// held at the start of the week": a typeless event of the same
	// article named by a happening the other's sentence tells of.
	return same && (namedIn(a, b) || namedIn(b, a))
}

// namedIn reports whether a has no type and its title starts with a noun
// of a happening that b's description names: "Ceremony to be held" and
// "The flag will be raised … in a ceremony …".
func namedIn(a, b *timeline.Event) bool {
	if a.Type != "" {
		return false
	}
	head, _, _ := strings.Cut(strings.ToLower(a.Title), " ")
	if !happeningStems[stem(head)] || agreementNouns[head] {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(b.Description), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
		if w == head {
			return true
		}
	}
	return false
}

// happeningStems are the stems of the nouns that name a happening or an
// agreement, as keyOf stems title words.
var happeningStems = func() map[string]bool {
	m := make(map[string]bool)
	for n := range eventNouns {
		m[stem(n)] = true
	}
	for n := range agreementNouns {
		m[stem(n)] = true
	}
	m["agreement"] = true
	for _, w := range titleSynonyms {
		m[stem(w)] = true
	}
	return m
}()

func sameArticle(a, b *timeline.Event) bool {
	for _, x := range a.Sources {
		for _, y := range b.Sources {
			if x.File == y.File && x.URL == y.URL {
				return true
			}
		}
	}
	return false
}

// afterSpace reports whether w occurs in text right after a space.
func afterSpace(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		if i+j > 0 && text[i+j-1] == ' ' {
			return true
		}
		i += j + 1
	}
}

// mergeGroup merges the events of one happening, given in compareEvents
// order.
func mergeGroup(g []*timeline.Event) *timeline.Event {
	if len(g) == 1 {
		return g[0]
	}
	best := g[0]
	for _, e := range g[1:] {
		if betterEvent(e, best) {
			best = e
		}
	}
	m := *best
	m.Actors = nil
	m.Sources = nil
	seen := make(map[timeline.Source]bool)
	// The best event's actors come first, in its order (people first).
	for _, e := range slices.Concat([]*timeline.Event{best}, g) {
		for _, a := range e.Actors {
			if !slices.Contains(m.Actors, a) {
				m.Actors = append(m.Actors, a)
			}
		}
		for _, s := range e.Sources {
			if !seen[s] {
				seen[s] = true
				m.Sources = append(m.Sources, s)
			}
		}
		if m.Location == "" {
			m.Location = e.Location
		}
	}
	slices.SortFunc(m.Sources, func(a, b timeline.Source) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Quote, b.Quote))
	})
	return &m
}

// betterEvent reports whether a's date and title are better than b's: a
// more precise date, then a narrower one, then a fuller title.
func betterEvent(a, b *timeline.Event) bool {
	if pa, pb := a.Date.Precision(), b.Date.Precision(); pa != pb {
		return pa > pb
	}
	if a.Date.IsInterval() != b.Date.IsInterval() {
		return !a.Date.IsInterval()
	}
	wa, wb := len(strings.Fields(a.Title)), len(strings.Fields(b.Title))
	if (wa >= 3) != (wb >= 3) {
		return wa >= 3
	}
	if len(a.Actors) != len(b.Actors) {
		return len(a.Actors) > len(b.Actors)
	}
	return compareEvents(a, b) < 0
}
