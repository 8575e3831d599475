package extract

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline/dates"
)

// placeNouns are the nouns of a definite description that stands for a
// place named shortly before: "Russia seized Crimea. Putin signed a treaty
// absorbing the peninsula" — the peninsula is Crimea.
var placeNouns = toSet(`peninsula island islands region territory enclave exclave province capital city city-state country nation
kingdom emirate republic strip archipelago`)

// resolvePlaces adds to d.mentions a mention for each definite description
// of a place ("the peninsula", "the island", "the capital") that names the
// nearest place before it, in its paragraph or the sentence before, whose
// kind fits (a person named stands for their country):
// a country is "the country" and "the nation"
// and what its gazetteer kind says ("the island" for Taiwan), its capital
// "the capital" and "the city", a place what its kind says ("the
// peninsula" and "the region" for Crimea). A description followed by a
// name or an of-phrase ("the capital, Kyiv", "the city of Gori") names
// that instead and is left alone, as is one with words between "the" and
// its noun ("the Korean peninsula", "the Japanese city").
func (d *document) resolvePlaces() {
	x := d.g.idx()
	var added []mention
	si := 0
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].Low != "the" {
			continue
		}
		n := d.toks[i+1]
		if n.Punct || !placeNouns[n.Text] || !d.descriptionEnds(i+2, n) {
			continue
		}
		for si+1 < len(d.sents) && d.sents[si].End <= n.Start {
			si++
		}
		from := d.sents[max(0, si-1)].Start
		for p := si; p >= 0 && d.paraOf[p] == d.paraOf[si]; p-- {
			from = min(from, d.sents[p].Start)
		}
		m, ok := d.placeBefore(x, i, from, d.sents[si].Start, n.Text, added)
		if !ok {
			continue
		}
		// The mention ends with the noun, before a possessive "'s".
		added = append(added, mention{Start: d.toks[i].Start, End: n.Start + len(n.Text), Name: m.Name, Short: m.Short, Kind: m.Kind, desc: true})
	}
	if len(added) == 0 {
		return
	}
	d.mentions = append(d.mentions, added...)
	slices.SortStableFunc(d.mentions, func(a, b mention) int { return a.Start - b.Start })
}

// descriptionEnds reports whether the place noun n, followed by toks[j],
// ends its noun phrase: "the peninsula on March 18", "the country's",
// "the region, which", but not "the capital Kyiv", "the city of Gori" or
// "the island nation".
func (d *document) descriptionEnds(j int, n token) bool {
	if n.Poss || j >= len(d.toks) {
		return true
	}
	t := d.toks[j]
	if t.Punct || d.inTimex(t.Start) {
		return true
	}
	if isCap(t.Text) || t.Low == "of" {
		return false
	}
	return prepositions[t.Low] || functionWords[t.Low] || auxiliaries[t.Low] || adverbs[t.Low] || presentVerbs[t.Low] || pronouns[t.Low] ||
		baseVerb(t.Low) != "" || clauseLeads[t.Low] || len(t.Low) > 4 && t.Low[len(t.Low)-2:] == "ly"
}

// placeBefore returns the mention of the nearest place between byte
// offset from and the description starting at toks[i] (or in added, the
// descriptions resolved so far) that the noun can describe, with how a
// title names it. The subject of the description's own clause is not its
// antecedent: in "Russia invaded the country", the country is not Russia.
func (d *document) placeBefore(x *gazIndex, i, from, sentStart int, noun string, added []mention) (mention, bool) {
	at := d.toks[i].Start
	best, found := mention{}, false
	// Every country is "the country": among several, the one a sentence
	// is about (its subject, "Yoon's government announced …") wins over
	// one named in passing ("… forced to work for Japanese firms"); two
	// sentences about different countries leave it unresolved.
	generic := noun == "country" || noun == "nation"
	topicSent, topicName, ambiguous := -1, "", false
	try := func(m mention) {
		if m.End > at || m.Start < from || m.Kind == kindOrg {
			return
		}
		topic := generic && d.topical(m)
		if !topic && (topicSent >= 0 || found && m.Start <= best.Start) {
			return
		}
		if m.Kind != kindPerson && m.Start >= sentStart && d.subjectOfClause(m, i) {
			return
		}
		e := x.byName[m.Name]
		if e != nil && e.kind == kindPerson {
			// A person stands for their country: "Modi said … He will
			// meet leaders of the country's parties".
			e = x.byName[e.country]
			m = mention{Start: m.Start, End: m.End, Name: m.Name}
		}
		if e == nil || e.kind != kindCountry && e.kind != kindPlace {
			return
		}
		short, ok := e.name, slices.Contains(e.kinds, noun)
		if e.kind == kindCountry && e.capital != "" {
			capital := m.desc && m.Short == e.capital || !m.desc && d.text[m.Start:m.End] == e.capital
			switch {
			case noun == "city" && capital, noun == "capital":
				// A capital is the capital and the city; "the capital"
				// after naming a country is its capital.
				ok, short = true, e.capital
			}
		}
		if !ok {
			return
		}
		cand := mention{Start: m.Start, End: m.End, Name: e.name, Short: short, Kind: e.kind}
		if topic {
			ms := d.sentenceOf(m.Start)
			switch {
			case topicSent < 0:
				topicSent, topicName = ms, e.name
			case ms == topicSent && e.name != topicName:
				ambiguous = true
				return
			case ms != topicSent || m.Start <= best.Start:
				return
			}
		}
		best, found = cand, true
	}
	k, _ := slices.BinarySearchFunc(d.mentions, at, func(m mention, o int) int { return m.Start - o })
	for k--; k >= 0 && d.mentions[k].Start >= from; k-- {
		try(d.mentions[k])
	}
	for k := len(added) - 1; k >= 0 && added[k].Start >= from; k-- {
		try(added[k])
	}
	return best, found && !ambiguous
}

// sentenceOf returns the index of the sentence holding byte offset off.
func (d *document) sentenceOf(off int) int {
	si, _ := slices.BinarySearchFunc(d.sents, off+1, func(sp span, o int) int { return sp.Start - o })
	return max(0, si-1)
}

// topical reports whether mention m is in the subject of its sentence's
// first clause: no verb comes before it in its sentence, and no
// preposition right before it.
func (d *document) topical(m mention) bool {
	k, _ := slices.BinarySearchFunc(d.toks, d.sents[d.sentenceOf(m.Start)].Start, func(t token, o int) int { return t.Start - o })
	j, _ := slices.BinarySearchFunc(d.toks, m.Start, func(t token, o int) int { return t.Start - o })
	if j > k && prepositions[d.toks[j-1].Low] {
		return false
	}
	for ; k < j; k++ {
		if t := d.toks[k]; !t.Punct && isLowerWord(t.Text) && (auxiliaries[t.Low] || presentVerbs[t.Low] || baseVerb(t.Low) != "") {
			return false
		}
	}
	return true
}

// descAt returns the definite description of a place that starts at byte
// offset off, if any.
func (d *document) descAt(off int) (mention, bool) {
	k, ok := slices.BinarySearchFunc(d.mentions, off, func(m mention, o int) int { return m.Start - o })
	if !ok {
		return mention{}, false
	}
	for ; k < len(d.mentions) && d.mentions[k].Start == off; k++ {
		if d.mentions[k].desc {
			return d.mentions[k], true
		}
	}
	return mention{}, false
}

// descName returns how a title says the definite description of a place
// that starts at toks[k] ("Crimea" for "the peninsula", "Finland’s" for
// "the country's") and the index of its last token, or false.
func (s *sentence) descName(k int) (string, int, bool) {
	m, ok := s.d.descAt(s.toks[k].Start)
	if !ok {
		return "", k, false
	}
	j := k
	for j+1 < len(s.toks) && s.toks[j+1].Start < m.End {
		j++
	}
	if s.toks[j].Low == "nation" {
		// "Biden will address the nation": said so.
		return "", k, false
	}
	name := m.Short
	if s.toks[j].Poss {
		name += "’s"
	}
	return name, j, true
}

// named returns d.text[a:b] with each definite description of a place in
// it replaced by the place's name: "the peninsula's leaders" is "Crimea's
// leaders".
func (d *document) named(a, b int) string {
	txt := d.text[a:b]
	k, _ := slices.BinarySearchFunc(d.mentions, a, func(m mention, o int) int { return m.Start - o })
	var out strings.Builder
	last := a
	for ; k < len(d.mentions) && d.mentions[k].Start < b; k++ {
		m := d.mentions[k]
		if !m.desc || m.End > b {
			continue
		}
		out.WriteString(d.text[last:m.Start])
		out.WriteString(m.Short)
		last = m.End
	}
	if last == a {
		return txt
	}
	out.WriteString(d.text[last:b])
	return out.String()
}

// subjectOfClause reports whether mention m is the subject of a verb whose
// object is the description at toks[i]: only a verb group comes between
// ("Russia invaded the country"). In "Finland will host an exercise in the
// north of the country", the country is Finland.
func (d *document) subjectOfClause(m mention, i int) bool {
	k, _ := slices.BinarySearchFunc(d.toks, m.End, func(t token, o int) int { return t.Start - o })
	if k >= i {
		return false
	}
	verb := false
	for ; k < i; k++ {
		t := d.toks[k]
		if t.Punct || !isLowerWord(t.Text) {
			return false
		}
		switch {
		case auxiliaries[t.Low] || presentVerbs[t.Low] || baseVerb(t.Low) != "":
			verb = true
		case adverbs[t.Low] || particles[t.Low] || strings.HasSuffix(t.Low, "ly"):
		default:
			return false
		}
	}
	return verb
}

// inTimex reports whether byte offset off lies inside a time expression.
func (d *document) inTimex(off int) bool {
	k, _ := slices.BinarySearchFunc(d.timexes, off+1, func(t dates.Timex, o int) int { return t.Start - o })
	return k > 0 && d.timexes[k-1].End > off
}

// durationAt reports whether byte offset off lies inside a length of time
// ("six weeks"), not a date.
func (d *document) durationAt(off int) bool {
	k, _ := slices.BinarySearchFunc(d.timexes, off+1, func(t dates.Timex, o int) int { return t.Start - o })
	return k > 0 && d.timexes[k-1].End > off && d.timexes[k-1].Type == dates.Duration
}
