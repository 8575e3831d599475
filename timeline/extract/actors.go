package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a text.
type token struct {
	Start, End int
	Text       string // the word, without a possessive "'s"
	Low        string // Text in lower case
	Poss       bool   // it had a possessive "'s"
	Punct      bool
}

// tokenize splits text into words and punctuation marks. Words keep inner
// periods, hyphens and apostrophes ("U.S.", "self-proclaimed", "O'Neill");
// a trailing period is kept only for abbreviations with inner periods
// ("U.S.", "p.m.") and single initials ("H.").
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$':
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// A currency: "A$90", "US$5".
				if r2 == '$' && j-i <= 3 && strings.ToUpper(text[i:j]) == text[i:j] && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				// A plural possessive: "the soldiers' sacrifice".
				if (r2 == '\'' || r2 == '’') && prevRune(text, j) == 's' && j-i > 2 {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); j+n2 >= len(text) || unicode.IsSpace(r3) {
						j += n2
						break
					}
				}
				if strings.ContainsRune(".-'’,", r2) && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) && r2 != '\'' && r2 != '’' && (r2 != ',' || unicode.IsDigit(prevRune(text, j))) {
						if r2 == ',' && !unicode.IsDigit(r3) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			t := token{Start: i, End: j, Text: text[i:j]}
			// Keep the period of "U.S.", of an initial "H." and of a
			// title "Mr.".
			if j < len(text) && text[j] == '.' && (strings.Contains(t.Text, ".") || utf8.RuneCountInString(t.Text) == 1 && unicode.IsUpper(r) || titleAbbrevs[t.Text]) {
				t.End++
				t.Text = text[i:t.End]
			}
			for _, s := range []string{"'s", "’s"} {
				if strings.HasSuffix(t.Text, s) && len(t.Text) > len(s) {
					t.Text = t.Text[:len(t.Text)-len(s)]
					t.Poss = true
				}
			}
			if strings.HasSuffix(t.Text, "s'") || strings.HasSuffix(t.Text, "s’") {
				t.Text = strings.TrimRight(t.Text, "'’")
				t.Poss = true
			}
			t.Low = strings.ToLower(t.Text)
			toks = append(toks, t)
			i = t.End
		default:
			toks = append(toks, token{Start: i, End: i + n, Text: text[i : i+n], Low: text[i : i+n], Punct: true})
			i += n
		}
	}
	return toks
}

// Abbreviated titles written before names, whose period is part of the
// word.
var titleAbbrevs = toSet(`Mr Mrs Ms Dr Gen Col Maj Lt Sgt Capt Cpl Adm Cmdr Sen Rep Gov Prof Rev Fr Hon Amb Pres`)

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// A mention is an actor named in the text.
type mention struct {
	Start, End int
	Name       string // canonical name
	Short      string // how a title names it: a surname, or the words used
	Kind       int
	// desc marks a definite description standing for a place named
	// before it: "the peninsula" for Crimea.
	desc bool
}

// Titles that come before a person's name.
var personTitles = toSet(`President Vice Prime Minister Chancellor Secretary Premier King Queen Prince Princess Crown Pope Assistant
Ambassador Envoy Gen. Col. Maj. Lt. Sgt. Capt. Adm. Sen. Rep. Gov. Mayor Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Prof. Mullah Sheikh Ayatollah
Speaker Chairman Chairwoman Commissioner Senator Governor General Admiral Colonel Major Marshal Judge Justice Leader Emir
Sultan spokesman spokeswoman envoy leader negotiator counterpart commander official member subcontractor minister
chancellor president premier ambassador successor predecessor adviser aide chief head director rival opponent activist
dissident journalist`)

// Lower-case words allowed inside a person's name.
var nameParticles = toSet(`von van der de del della di da le la al bin ibn el dos das du`)

// Words that are never part of a person's name.
var notNameWords = toSet(`The A An In On At Of For And But Or To From With By As After Before When While Since Until During
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. He She It They We I His Her Their Its This That
These Those There Here Under Over Despite Although Though If Each Every Both Neither Either Some Many Most Other Another
Such What Which Who Whose Where How Why Last Next First Second Third Former Then Also Only Even Still Yet However Meanwhile
Separately Hours Days Weeks Months Years Ten Two Three Four Five Six Seven Eight Nine Twenty Hundreds Thousands Earlier Later`)

// Words that make a capitalised run a place or an organisation.
var orgWords = toSet(`Council Assembly Ministry Department Party Fund Bank Organization Organisation Agency Commission Group Army
Command Court Parliament Congress Senate House Office Union Association Alliance Coalition Front Movement Force Forces
Corp. Corp Inc. Company Committee Institute University Foundation Navy Guard Police Service Services Government Cabinet
Republic Kingdom States Nations Federation Bureau Authority Board Secretariat Conference Summit Treaty Accords Protocol
Agreement Framework Declaration Division Regiment Battalion Brigade Embassy Palace Hall Square Street Gate Valley Airport
Bay Sea Ocean River Mountains Peninsula Island Islands Strait Canal Lake Park Station Base Center Centre Building Tower
Bridge Road Avenue Province Region District City County State Territory Coast Desert Zone Line Pipeline Protocol Accord
Times Post News Press Wire Report Journal Review Television Radio Network Channel Airlines Airways Flight Games Cup
Prize Award War Crisis Revolution Olympics Day Week Year Act Bill Law Constitution Resolution Church Mosque Temple School
Theatre Theater Memorial Museum Library Hotel Club Stadium Market Exchange Programme Program Initiative Plan Project Mission`)

// Words that start the name of a place: "Camp David", "Fort Bragg".
var placeFirstWords = toSet(`Camp Fort Mount Mt. Lake Port Cape Gulf Strait Isle`)

// scanActors finds the actors named in text: gazetteer entries (full
// names, aliases, capitals, demonyms, and people's surnames once their full
// name has appeared), and people and organisations named with a title or
// in the form of a proper name that the gazetteer lacks.
func (g *Gazetteer) scanActors(text string, toks []token, day time.Time) []mention {
	x := g.idx()
	var out []mention
	known := make(map[string]*entity)   // surname → person seen in full
	local := make(map[string][2]string) // surname → {full name, kind} of names found in the text
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Punct || !isCap(t.Text) && !strings.HasPrefix(t.Text, "al-") {
			continue
		}
		// Longest gazetteer form starting here.
		matched := false
		for n := min(x.firstWords[t.Text], len(toks)-i); n >= 1; n-- {
			form, ok := joinWords(text, toks[i:i+n])
			if !ok {
				continue
			}
			e := x.forms[form]
			if e == nil {
				continue
			}
			end := toks[i+n-1].End
			// "the Chinese premier", "Britain's foreign secretary": the
			// holder of the office on the day of the article.
			if e.kind == kindCountry && !day.IsZero() {
				if p, j := g.officeHolder(text, toks, i+n, e.name, day); p != nil {
					out = append(out, mention{Start: t.Start, End: toks[j-1].End, Name: p.name, Short: surname(p.name, p.person.FamilyFirst), Kind: kindPerson})
					i = j - 1
					matched = true
					break
				}
			}
			// "the Russian leader": the leader of that country named last.
			if e.kind == kindCountry && i+n < len(toks) && toks[i+n].Text == "leader" && !toks[i+n].Poss && text[toks[i+n-1].End:toks[i+n].Start] == " " &&
				!(i+n+1 < len(toks) && isCap(toks[i+n+1].Text)) {
				if m, ok := lastLeader(x, out, e.name); ok {
					m.Start, m.End = t.Start, toks[i+n].End
					out = append(out, m)
					i += n
					matched = true
					break
				}
			}
			short := form
			if e.kind == kindPerson {
				short = surname(e.name, e.person.FamilyFirst)
				if s := surname(form, e.person.FamilyFirst); n == 1 || s == "" {
					short = form
				}
				known[short] = e
			}
			out = append(out, mention{Start: t.Start, End: end, Name: e.name, Short: short, Kind: e.kind})
			i += n - 1
			matched = true
			break
		}
		if matched {
			continue
		}
		// A surname of a person seen in full, in the gazetteer or the text.
		nextCap := i+1 < len(toks) && !toks[i+1].Punct && isCap(toks[i+1].Text) && !t.Poss && text[t.End:toks[i+1].Start] == " "
		if e := known[t.Text]; e != nil && !dateWordContext(toks, i) && !nextCap {
			out = append(out, mention{Start: t.Start, End: t.End, Name: e.name, Short: t.Text, Kind: kindPerson})
			continue
		}
		if l, ok := local[t.Text]; ok && !dateWordContext(toks, i) && !nextCap {
			out = append(out, mention{Start: t.Start, End: t.End, Name: l[0], Short: t.Text, Kind: kindPerson})
			continue
		}
		// A gazetteer surname on its own: only if unambiguous and not a
		// common word.
		if es := x.short[t.Text]; len(es) == 1 && !notNameWords[t.Text] && !commonWord(t.Text) && !dateWordContext(toks, i) && !nextCap {
			out = append(out, mention{Start: t.Start, End: t.End, Name: es[0].name, Short: t.Text, Kind: kindPerson})
			continue
		}
		// Titles are not names: "Foreign Minister Wang Yi".
		if titleWords[t.Text] || personTitles[t.Text] {
			continue
		}
		// A name the gazetteer lacks: a run of capitalised words.
		j := i
		for j < len(toks) && !toks[j].Punct && (isCap(toks[j].Text) || nameParticles[toks[j].Text] && j > i) && !notNameWords[toks[j].Text] {
			if x.forms[toks[j].Text] != nil && j > i {
				break
			}
			j++
			if toks[j-1].Poss {
				break
			}
		}
		for j > i && nameParticles[toks[j-1].Text] {
			j--
		}
		if j == i {
			continue
		}
		run := toks[i:j]
		name, ok := joinWords(text, run)
		if !ok {
			continue
		}
		last := run[len(run)-1].Text
		prevTitle := i > 0 && (personTitles[toks[i-1].Text] || toks[i-1].Text == "," && i > 1 && personTitles[toks[i-2].Text])
		switch {
		case orgWords[last] || (orgWords[run[0].Text] || placeFirstWords[run[0].Text]) && len(run) > 1:
			if len(run) > 1 && !sentenceInitial(toks, i) {
				out = append(out, mention{Start: run[0].Start, End: run[len(run)-1].End, Name: name, Short: name, Kind: kindOrg})
			}
		case j < len(toks) && (agreementNouns[toks[j].Text] || toks[j].Text == "convention"):
			// "the New START treaty": the name of an agreement, no actor.
		case len(run) >= 2 && len(run) <= 4 && (prevTitle || !sentenceInitial(toks, i)) && !allCaps(run):
			// "Ma Ying-jeou", "Tsai Ing-wen": a given name joined by a
			// hyphen to a lower-case syllable comes after the family name.
			if len(run) == 2 && hyphenatedGivenName(last) {
				last = run[0].Text
			}
			out = append(out, mention{Start: run[0].Start, End: run[len(run)-1].End, Name: name, Short: last, Kind: kindPerson})
			local[last] = [2]string{name, "person"}
		}
		i = j - 1
	}
	return attributiveNames(x, text, ownedByIts(text, out, local))
}

// hyphenatedGivenName reports whether w is a romanised East Asian given
// name of two syllables, "Ying-jeou", "Jae-in": capitalised, then a hyphen
// and a lower-case syllable.
func hyphenatedGivenName(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || first == "" || second == "" || len(second) > 5 || strings.Contains(second, "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(second)
	return unicode.IsLower(r) && isCap(first)
}

// itsAfter matches what follows a name that "its" refers back to: "Sinn
// Fein took its seat", "Hamas and its allies".
var itsAfter = regexp.MustCompile(`^,? (?:(?:[a-z]+ly|and|then|also|finally|only) )?([a-z]+) its\b`)

// Verbs after which "its" is someone else's: "Peskov said its …".
var notOwnerVerbs = toSet(`said says told tells called calls urged urges praised praises welcomed welcomes criticised criticized
condemned condemns accused accuses blamed blames asked asks thanked thanks backed backs rejected rejects denied denies defended
questioned urged announced announces`)

// ownedByIts turns the names found in the text (local, by surname) that
// "its" refers back to into organisations: a two-word name such as "Sinn
// Fein" reads like a person's until "Sinn Fein took its seat" says
// otherwise. Every mention of such a name changes.
func ownedByIts(text string, out []mention, local map[string][2]string) []mention {
	var orgs map[string]bool
	for _, m := range out {
		if m.Kind != kindPerson || local[m.Short][0] != m.Name || !strings.Contains(m.Name, " ") {
			continue
		}
		if sm := itsAfter.FindStringSubmatch(text[m.End:min(len(text), m.End+40)]); sm != nil && !notOwnerVerbs[sm[1]] {
			if orgs == nil {
				orgs = make(map[string]bool)
			}
			orgs[m.Name] = true
		}
	}
	for i, m := range out {
		if m.Kind == kindPerson && orgs[m.Name] {
			out[i].Kind, out[i].Short = kindOrg, m.Name
			if text[m.Start:m.End] != m.Name {
				// A surname alone ("Fein") names no organisation.
				out[i].Kind = kindPerson
				out[i].Short = m.Short
			}
		}
	}
	return out
}

// Nouns that a person's name may modify: "the Biden administration".
var attributiveNouns = toSet(`administration government cabinet campaign presidency era team doctrine camp`)

// attributiveNames replaces each person in mentions whose name modifies a
// noun ("the Biden administration") by the person's country, if known: the
// name says whose government, and the person is no actor.
func attributiveNames(x *gazIndex, text string, mentions []mention) []mention {
	out := mentions[:0]
	for _, m := range mentions {
		if m.Kind == kindPerson && strings.HasPrefix(text[m.End:], " ") {
			w, _, _ := strings.Cut(text[m.End+1:], " ")
			if attributiveNouns[strings.TrimRight(w, ".,;:")] {
				if e := x.byName[m.Name]; e != nil && e.country != "" {
					if c := x.byName[e.country]; c != nil && c.kind == kindCountry {
						out = append(out, mention{Start: m.Start, End: m.End, Name: c.name, Short: c.name, Kind: kindCountry})
					}
				}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// lastLeader returns the last person of mentions who is a head of state
// or government of country, as a mention.
func lastLeader(x *gazIndex, mentions []mention, country string) (mention, bool) {
	for k := len(mentions) - 1; k >= 0; k-- {
		m := mentions[k]
		if m.Kind != kindPerson {
			continue
		}
		if p := x.byName[m.Name]; p != nil && p.country == country && p.person != nil && leads(p.person) {
			return m, true
		}
	}
	return mention{}, false
}

// leads reports whether p has held an office that makes one a country's
// leader: president, prime minister, chancellor, king and the like.
func leads(p *Person) bool {
	for _, o := range p.Offices {
		switch strings.ToLower(o.Title) {
		case "president", "prime minister", "chancellor", "king", "queen", "emir", "supreme leader", "premier", "general secretary", "crown prince":
			return true
		}
	}
	return false
}

// officeHolder returns the person who held, on day, the office of country
// whose title is written at toks[i:] ("premier", "foreign minister",
// "Secretary of State"), and the index of the token after the title; nil
// when the words there are no office title of the gazetteer, or when a
// name follows the title ("the Chinese premier, Li Qiang" is left to the
// name).
func (g *Gazetteer) officeHolder(text string, toks []token, i int, country string, day time.Time) (*entity, int) {
	x := g.idx()
	if i == 0 || i >= len(toks) || text[toks[i-1].End:toks[i].Start] != " " {
		return nil, 0
	}
	for n := min(5, len(toks)-i); n >= 1; n-- {
		words, ok := joinWords(text, toks[i:i+n])
		if !ok || !x.titles[strings.ToLower(words)] {
			continue
		}
		j := i + n
		// A name right after the title is the person: let it be found.
		if j < len(toks) && !toks[j].Punct && isCap(toks[j].Text) {
			return nil, 0
		}
		if p := g.holder(country, words, day); p != nil {
			return p, j
		}
		return nil, 0
	}
	return nil, 0
}

// sentenceInitial reports whether toks[i] starts a sentence.
func sentenceInitial(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].Text
	return p == "." || p == "!" || p == "?" || p == "\"" || p == "“" || p == "—"
}

func allCaps(run []token) bool {
	for _, t := range run {
		if strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}

// commonWord reports whether a capitalised word is also an everyday English
// word, and so needs the full name nearby before it is read as a surname.
func commonWord(w string) bool {
	return commonWords[strings.ToLower(w)]
}

var commonWords = toSet(`may begin major brown rice young little baker bush clinton castro johnson grant green white black
long short price hope wang li kim lee park moon sun ban hu singh khan miller smith jones king bishop cook carter`)

// dateWordContext reports whether the capitalised word at toks[i] is used
// as a date word ("in May", "May 2019") rather than a name.
func dateWordContext(toks []token, i int) bool {
	if monthOf(toks[i].Text) == 0 {
		return false
	}
	if i+1 < len(toks) && len(toks[i+1].Text) > 0 && toks[i+1].Text[0] >= '0' && toks[i+1].Text[0] <= '9' {
		return true
	}
	if i > 0 {
		switch toks[i-1].Low {
		case "in", "of", "since", "until", "by", "from", "during", "last", "next", "this", "early", "late", "mid", "through", "till", "before", "after", "on":
			return true
		}
	}
	return false
}

// joinWords returns the words of toks as written, joined by single spaces;
// ok is false if they are not separated by spaces only.
func joinWords(text string, toks []token) (string, bool) {
	if len(toks) == 1 {
		return toks[0].Text, true
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			gap := text[toks[k-1].End:t.Start]
			if strings.TrimSpace(gap) != "" || toks[k-1].Poss || toks[k-1].Punct || t.Punct {
				return "", false
			}
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String(), true
}
