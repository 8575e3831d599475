package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Gen. Kenneth McKenzie spoke. He left on Sept. 5 for the U.S. East Coast.", []string{"Gen. Kenneth McKenzie spoke.", "He left on Sept. 5 for the U.S. East Coast."}},
		{"It ended at 11 p.m. Brexit supporters cheered.", []string{"It ended at 11 p.m. Brexit supporters cheered."}},
		{"They met in the U.S. The talks ended.", []string{"They met in the U.S.", "The talks ended."}},
		{`He said "no." Then he left!`, []string{`He said "no."`, "Then he left!"}},
		{"George H. W. Bush met Gorbachev in 1989.", []string{"George H. W. Bush met Gorbachev in 1989."}},
		{"No end", []string{"No end"}},
	} {
		var got []string
		for _, sp := range sentences(c.in) {
			got = append(got, c.in[sp.Start:sp.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range tokenize("The U.S. sent $17.5 billion, A$90 million and 370,000 troops to China’s border, self-proclaimed.") {
		w := tk.Text
		if tk.Poss {
			w += "+s"
		}
		got = append(got, w)
	}
	want := []string{"The", "U.S.", "sent", "$17.5", "billion", ",", "A$90", "million", "and", "370,000", "troops", "to", "China+s", "border", ",", "self-proclaimed", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %q\nwant %q", got, want)
	}
}

func TestVerbForms(t *testing.T) {
	for _, c := range []struct{ past, base, third string }{
		{"signed", "sign", "signs"}, {"met", "meet", "meets"}, {"agreed", "agree", "agrees"},
		{"arrived", "arrive", "arrives"}, {"visited", "visit", "visits"}, {"voted", "vote", "votes"},
		{"stopped", "stop", "stops"}, {"ratified", "ratify", "ratifies"}, {"announced", "announce", "announces"},
		{"withdrew", "withdraw", "withdraws"}, {"criticized", "criticize", "criticizes"},
		{"phoned", "phone", "phones"}, {"meddled", "meddle", "meddles"}, {"handled", "handle", "handles"},
		{"closed", "close", "closes"}, {"hoped", "hope", "hopes"}, {"jailed", "jail", "jails"},
		{"opened", "open", "opens"}, {"ended", "end", "ends"}, {"appealed", "appeal", "appeals"},
		{"called", "call", "calls"}, {"hurled", "hurl", "hurls"}, {"fixed", "fix", "fixes"},
		{"played", "play", "plays"}, {"warned", "warn", "warns"}, {"aimed", "aim", "aims"},
		{"invoked", "invoke", "invokes"}, {"retreated", "retreat", "retreats"}, {"defeated", "defeat", "defeats"},
		{"created", "create", "creates"}, {"negotiated", "negotiate", "negotiates"}, {"attacked", "attack", "attacks"},
		{"leaked", "leak", "leaks"}, {"floated", "float", "floats"},
	} {
		b := baseVerb(c.past)
		if b != c.base || thirdPerson(b) != c.third {
			t.Errorf("baseVerb(%q) = %q (%q), want %q (%q)", c.past, b, thirdPerson(b), c.base, c.third)
		}
	}
	for _, w := range []string{"united", "hundred", "red", "Ahmed"} {
		if baseVerb(w) != "" && w != "Ahmed" {
			t.Errorf("baseVerb(%q) = %q, want none", w, baseVerb(w))
		}
	}
	for _, c := range []struct{ in, want string }{{"holding", "hold"}, {"making", "make"}, {"visiting", "visit"}, {"stopping", "stop"},
		{"easing", "ease"}, {"raising", "raise"}, {"focusing", "focus"}, {"pressing", "press"}, {"invoking", "invoke"}} {
		if got := gerundBase(c.in); got != c.want {
			t.Errorf("gerundBase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestClassifyClause checks that a verb with a type of its own wins over
// the words of its object, that signing takes the type of what the signed
// text does only when that is material, and that a verb of saying takes
// the type of what was said.
func TestClassifyClause(t *testing.T) {
	for _, c := range []struct {
		verb, particle, obj, want string
	}{
		{"sign", "", "French-brokered cease-fire plan", "SUPPORT"},
		{"sign", "", "a peace agreement ending the war", "SUPPORT"},
		{"sign", "", "$95 billion foreign aid package", "AID"},
		{"sign", "", "treaty absorbing Crimea", "ASSAULT"},
		{"sign", "", "an executive order imposing sanctions on the bank", "SANCTION"},
		{"initial", "", "agreement", "SUPPORT"},
		{"strike", "", "a deal with the rebels", "AGREE"},
		{"strike", "", "a hospital in the city", "ASSAULT"},
		{"shoot", "", "Rabin dead at a peace rally", "ASSAULT"},
		{"shoot", "down", "suspected Chinese surveillance balloon", "ASSAULT"},
		{"execute", "", "prominent Shiite cleric", "ASSAULT"},
		{"agree", "", "to restore diplomatic relations", "AGREE"},
		{"approve", "", "withdrawal agreement", "SUPPORT"},
		{"meet", "", "Xi Jinping in Beijing", "CONSULT"},
		{"hold", "", "talks with Wang Yi", "CONSULT"},
		{"host", "", "a NATO exercise in the north", "COOPERATE"},
		{"say", "", "it supported any effort to end the war", "SUPPORT"},
		{"say", "", "it would expel the ambassador", "SANCTION"},
		{"hold", "", "its first free elections", ""},
		{"report", "", "on the agreements to Congress", ""},
		{"say", "", "it will drop a related complaint", "CONCEDE"},
		{"announce", "", "a $17.5 billion, four-year support program", "AID"},
		{"leave", "", "European Union", "SANCTION"},
		{"make", "", "peace with Israel", "SUPPORT"},
		{"carry", "out", "its sixth nuclear test", "MOBILIZE"},
		{"order", "", "end to military operations", "RETREAT"},
	} {
		if got := classifyClause(c.verb, c.particle, strings.Fields(c.obj)); got != c.want {
			t.Errorf("classifyClause(%q, %q, %q) = %q, want %q", c.verb, c.particle, c.obj, got, c.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct{ pred, want string }{
		{"meet xi jinping in beijing", "CONSULT"},
		{"shoots down suspected chinese surveillance balloon", "ASSAULT"},
		{"signs $95 billion foreign aid bill", "AID"},
		{"signs two agreements at white house", "SUPPORT"},
		{"imposes sanctions and expels 10 russian diplomats", "SANCTION"},
		{"accuses indian soldiers of crossing the line", "ACCUSE"},
		{"rejects it three times", "REJECT"},
		{"withdraws all troops", "RETREAT"},
		{"holds its first free elections", ""},
		{"fired 12 missiles into the sea", "MOBILIZE"},
		{"several elements", ""},
	} {
		if got := classify(c.pred); got != c.want {
			t.Errorf("classify(%q) = %q, want %q", c.pred, got, c.want)
		}
	}
}

// TestClauseTypes checks that a clause whose verb says little takes its
// type from its subject: "War broke out", "The cease-fire took effect".
func TestClauseTypes(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"War broke out in April 1992.", "ASSAULT"},
		{"A countrywide cease-fire took effect in October 1995.", "RETREAT"},
		{"Talks at the lake collapsed in the summer of 2000.", "SANCTION"},
		{"An interim agreement was reached in Geneva in November 2013.", "AGREE"},
		{"The summit opened on Sept. 5, 1978.", "CONSULT"},
	} {
		evs := extractText(t, "2024-01-01", c.text)
		if len(evs) != 1 || evs[0].Type != c.want {
			var got []string
			for _, e := range evs {
				got = append(got, e.Title+" "+e.Type)
			}
			t.Errorf("%q: got %q, want one event of type %s", c.text, got, c.want)
		}
	}
}
