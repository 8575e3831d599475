package dates

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// generic reports whether "today" or "tomorrow" speaks of the present or
// future age rather than of a day: "today's world", "the people of
// tomorrow", "in today's money". TimeBank leaves these out.
func generic(x *expr, m *rules.Match) bool {
	a := x.after(m, 24)
	if strings.HasPrefix(a, "'s ") || strings.HasPrefix(a, "’s ") {
		i := strings.IndexByte(a, ' ') + 1
		j := i
		for j < len(a) && isLetter(a[j]) {
			j++
		}
		noun := strings.ToLower(a[i:j])
		if genericNouns[noun] {
			return true
		}
		if p, _ := x.prevWord(m); (p == "in" || p == "at") && valueNouns[noun] {
			return true // "£3.4 billion in today's prices": a measure of value
		}
		// "many of today's personal computers"
		if p, _ := x.prevWord(m); p == "of" {
			return true
		}
		return false
	}
	if p, _ := x.prevWord(m); p == "of" {
		return a == "" || !isLetter(a[0]) && a[0] != ' ' || a[0] == ' ' && len(a) > 1 && !isLetter(a[1])
	}
	return false
}

// genericNouns are nouns after "today's" that speak of the age.
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "young": true,
	"children": true, "kids": true, "economy": true, "standards": true, "technology": true,
	"culture": true, "life": true, "lifestyle": true, "families": true, "students": true,
	"politics": true, "media": true, "age": true, "era": true, "terms": true, "dollars": true,
	"money": true,
}

// valueNouns are nouns after "in today's" or "at today's" that give a
// sum at the present value: "in today's prices", "at today's rates".
var valueNouns = map[string]bool{
	"prices": true, "values": true, "value": true, "pounds": true, "euros": true,
	"currency": true, "rates": true, "figures": true,
}

// casualDay is when's en.CasualDate: "today", "yesterday", "tomorrow",
// "tonight", "last night", "now". Its applier sets the day offset (and an
// hour for the nights); we read the offset as a day and the nights as a
// part of the day, and "now" as the present.
var casualDay = (&rule{
	F:        *en.CasualDate(rules.Override).(*rules.F),
	name:     "casual-day",
	on:       cCasual,
	whenSpan: true,
	apply: func(m *rules.Match, x *expr) bool {
		if ok, err := m.Apply(&x.Context, &rules.Options{}, zero); !ok || err != nil {
			return false
		}
		w := strings.ToLower(m.Text)
		switch {
		case w == "now":
			x.value = "PRESENT_REF"
			return true
		case w == "tmr" || m.Text[0] != 'T' && m.Text[0] != 't' && m.Text[0] != 'y' && m.Text[0] != 'Y' && m.Text[0] != 'l' && m.Text[0] != 'L':
			return false
		}
		if w == "today" || w == "tomorrow" {
			if generic(x, m) {
				return false
			}
			if i := x.off + m.Left; isUpper(x.text[i]) && !isSentenceStart(x.text, i) {
				if p, _ := x.prevWord(m); p != "" && i >= 2 && isUpper(x.text[i-len(p)-1]) {
					return false // a name: "VOA Today", "USA Today"
				}
			}
		}
		x.rel = true
		x.gran = gDay
		x.sd = int(x.Duration / (24 * time.Hour))
		if strings.Contains(w, "night") {
			x.gran, x.pod, x.typ = gPart, "NI", Time
		}
		x.Hour = nil
		return true
	},
}).startsWith(cCasual)
