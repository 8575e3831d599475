package extract

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// A Gazetteer names the actors the extractor recognises: countries (with
// their capitals and demonyms), other places (regions, territories,
// islands), international organisations, and people with the offices they
// held. Its YAML form is
//
//	countries:
//	  - {name: China, aliases: [PRC], capital: Beijing, demonyms: [Chinese]}
//	  - {name: Taiwan, capital: Taipei, kind: [island]}
//	places:
//	  - {name: Crimea, kind: [peninsula, region]}
//	organisations:
//	  - {name: NATO, aliases: [North Atlantic Treaty Organization]}
//	people:
//	  - name: Antony Blinken
//	    aliases: [Tony Blinken]
//	    country: United States
//	    offices: [{title: Secretary of State, from: 2021-01-26, to: 2025-01-20}]
//
// Any file may hold any of the lists. The zero Gazetteer is empty and
// ready to use.
type Gazetteer struct {
	Countries     []Country      `yaml:"countries"`
	Places        []Place        `yaml:"places"`
	Organisations []Organisation `yaml:"organisations"`
	People        []Person       `yaml:"people"`

	index *gazIndex
}

// A Country is a state or territory.
type Country struct {
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Capital  string   `yaml:"capital"`
	Demonyms []string `yaml:"demonyms"`
	// Kind lists what else a text may call the country after naming it
	// ("the island", "the kingdom"); every country is also "the country"
	// and "the nation", and its capital "the capital" and "the city".
	Kind []string `yaml:"kind"`
}

// A Place is a region, territory, island or other place that is not a
// country but acts or is acted on in the news: Crimea, Gaza, Kashmir.
type Place struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	// Kind lists the nouns a text may call it by after naming it: "the
	// peninsula", "the region", "the enclave".
	Kind []string `yaml:"kind"`
}

// An Organisation is an international organisation, alliance, institution
// or armed group.
type Organisation struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

// A Person is a named individual, usually an office holder.
type Person struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	// FamilyFirst marks a name written family name first ("Xi Jinping"):
	// its short form is the first word, not the last.
	FamilyFirst bool     `yaml:"family_first"`
	Country     string   `yaml:"country"` // a country or organisation name
	Offices     []Office `yaml:"offices"`
}

// An Office is a title held over a period. From and To are YYYY-MM-DD (or
// coarser); To is empty while the office is held.
type Office struct {
	Title string `yaml:"title"`
	From  string `yaml:"from"`
	To    string `yaml:"to"`
}

// ParseGazetteer reads a gazetteer file. name is used in error positions.
func ParseGazetteer(name string, data []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := timeline.DecodeYAML(name, data, g); err != nil {
		return nil, err
	}
	var ps timeline.Problems
	check := func(kind string, i int, n string) {
		if strings.TrimSpace(n) == "" {
			ps = append(ps, &timeline.Problem{File: name, Msg: fmt.Sprintf("%s entry %d has no name", kind, i+1)})
		}
	}
	for i, c := range g.Countries {
		check("countries", i, c.Name)
	}
	for i, p := range g.Places {
		check("places", i, p.Name)
	}
	for i, o := range g.Organisations {
		check("organisations", i, o.Name)
	}
	for i, p := range g.People {
		check("people", i, p.Name)
		for _, o := range p.Offices {
			for _, d := range []string{o.From, o.To} {
				if _, err := timeline.ParseDate(d); d != "" && err != nil {
					ps = append(ps, &timeline.Problem{File: name, Msg: fmt.Sprintf("people: %s: office %q: %v", p.Name, o.Title, err)})
				}
			}
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return g, nil
}

// LoadGazetteer reads every .yaml file of the directory dir in fsys, in
// name order, into one gazetteer.
func LoadGazetteer(fsys fs.FS, dir string) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		h, err := ParseGazetteer(n, data)
		if err != nil {
			return nil, err
		}
		g.Add(h)
	}
	return g, nil
}

// Add adds the entries of h to g. Entries of h come after those of g, so
// for a name both know, h's entry wins.
func (g *Gazetteer) Add(h *Gazetteer) {
	g.Countries = append(g.Countries, h.Countries...)
	g.Places = append(g.Places, h.Places...)
	g.Organisations = append(g.Organisations, h.Organisations...)
	g.People = append(g.People, h.People...)
	g.index = nil
}

// Kinds of actor.
const (
	kindCountry = iota + 1
	kindOrg
	kindPerson
	kindPlace
)

// An entity is one gazetteer entry as the matcher sees it.
type entity struct {
	name    string
	kind    int
	country string  // for people: their country or organisation
	person  *Person // for people
	capital string  // for countries
	kinds   []string
}

// gazIndex maps surface forms to entities.
type gazIndex struct {
	forms    map[string]*entity   // full names, aliases, capitals, demonyms
	short    map[string][]*entity // surnames of people
	maxWords int
	// firstWords maps the first word of each form to the most words a
	// form starting with it has.
	firstWords map[string]int
	titles     map[string]bool // office titles, lower-case
	demonyms   map[string]bool // "Swedish", "South Korean"
	byName     map[string]*entity
}

func (g *Gazetteer) idx() *gazIndex {
	if g.index != nil {
		return g.index
	}
	x := &gazIndex{forms: make(map[string]*entity), short: make(map[string][]*entity), titles: make(map[string]bool), demonyms: make(map[string]bool), byName: make(map[string]*entity), firstWords: make(map[string]int)}
	add := func(form string, e *entity) {
		form = normSpace(form)
		if form == "" {
			return
		}
		x.forms[form] = e
		f := strings.Fields(form)
		x.maxWords = max(x.maxWords, len(f))
		x.firstWords[f[0]] = max(x.firstWords[f[0]], len(f))
	}
	for _, c := range g.Countries {
		e := &entity{name: c.Name, kind: kindCountry, capital: normSpace(c.Capital), kinds: slices.Concat([]string{"country", "nation"}, c.Kind)}
		x.byName[c.Name] = e
		add(c.Name, e)
		add(c.Capital, e)
		for _, a := range slices.Concat(c.Aliases, c.Demonyms) {
			add(a, e)
		}
		for _, a := range c.Demonyms {
			x.demonyms[normSpace(a)] = true
		}
	}
	for _, p := range g.Places {
		e := &entity{name: p.Name, kind: kindPlace, kinds: p.Kind}
		x.byName[p.Name] = e
		add(p.Name, e)
		for _, a := range p.Aliases {
			add(a, e)
		}
	}
	for _, o := range g.Organisations {
		e := &entity{name: o.Name, kind: kindOrg}
		x.byName[o.Name] = e
		add(o.Name, e)
		for _, a := range o.Aliases {
			add(a, e)
		}
	}
	for i := range g.People {
		p := &g.People[i]
		e := &entity{name: p.Name, kind: kindPerson, country: p.Country, person: p}
		x.byName[p.Name] = e
		add(p.Name, e)
		for _, a := range p.Aliases {
			add(a, e)
		}
		if s := surname(p.Name, p.FamilyFirst); s != "" {
			x.short[s] = append(x.short[s], e)
		}
		for _, o := range p.Offices {
			x.titles[strings.ToLower(o.Title)] = true
		}
	}
	g.index = x
	return x
}

// surname returns the short form of a person's name: the last word, or the
// first for a name written family name first.
func surname(name string, familyFirst bool) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	if familyFirst {
		return w[0]
	}
	return w[len(w)-1]
}

// holder returns the person who held the office title for country on day,
// or nil.
func (g *Gazetteer) holder(country, title string, day time.Time) *entity {
	x := g.idx()
	for i := range g.People {
		p := &g.People[i]
		if p.Country != country {
			continue
		}
		for _, o := range p.Offices {
			if !strings.EqualFold(o.Title, title) {
				continue
			}
			from, err := timeline.ParseDate(o.From)
			if err != nil || day.Before(from.Start()) {
				continue
			}
			if o.To != "" {
				if to, err := timeline.ParseDate(o.To); err == nil && !day.Before(to.End()) {
					continue
				}
			}
			return x.byName[p.Name]
		}
	}
	return nil
}
