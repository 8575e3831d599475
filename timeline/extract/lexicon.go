package extract

import "strings"

// Irregular past tenses and participles of verbs common in the news, to
// their base form.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "left": "leave", "took": "take", "taken": "take", "gave": "give",
	"given": "give", "made": "make", "said": "say", "told": "tell", "spoke": "speak", "spoken": "speak",
	"broke": "break", "broken": "break", "began": "begin", "begun": "begin", "became": "become",
	"came": "come", "went": "go", "gone": "go", "won": "win", "lost": "lose", "fought": "fight",
	"shot": "shoot", "struck": "strike", "stricken": "strike", "fled": "flee", "flew": "fly", "flown": "fly",
	"sent": "send", "sat": "sit", "stood": "stand", "brought": "bring", "kept": "keep", "led": "lead",
	"paid": "pay", "put": "put", "set": "set", "cut": "cut", "hit": "hit", "let": "let", "quit": "quit",
	"ran": "run", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "built": "build",
	"bought": "buy", "sold": "sell", "sought": "seek", "thought": "think", "found": "find", "knew": "know",
	"known": "know", "saw": "see", "seen": "see", "wrote": "write", "written": "write", "drew": "draw",
	"drawn": "draw", "froze": "freeze", "frozen": "freeze", "withdrew": "withdraw", "withdrawn": "withdraw",
	"overthrew": "overthrow", "overthrown": "overthrow", "swore": "swear", "sworn": "swear", "undertook": "undertake",
	"forbade": "forbid", "shook": "shake", "bore": "bear", "borne": "bear", "beat": "beat", "beaten": "beat",
	"dealt": "deal", "meant": "mean", "felt": "feel", "heard": "hear", "understood": "understand",
	"chose": "choose", "chosen": "choose", "rode": "ride", "hid": "hide", "spent": "spend", "lent": "lend",
	"was": "be", "were": "be", "been": "be", "had": "have", "did": "do", "done": "do", "got": "get",
	"sped": "speed", "slid": "slide", "spread": "spread", "upheld": "uphold", "oversaw": "oversee",
	"overtook": "overtake", "struck down": "strike down", "shut": "shut", "read": "read", "bid": "bid",
	"expelled": "expel", "compelled": "compel", "propelled": "propel", "repelled": "repel", "dispelled": "dispel",
	"cancelled": "cancel", "travelled": "travel", "labelled": "label", "controlled": "control", "patrolled": "patrol",
	"fuelled": "fuel", "signalled": "signal", "channelled": "channel", "levelled": "level", "modelled": "model",
	"died": "die", "tied": "tie", "tore": "tear", "torn": "tear",
}

// Base forms of verbs ending in "e", so that "voted" gives "vote" and
// "visited" gives "visit".
var eVerbs = toSet(`abdicate accede accommodate accuse achieve activate address advise agree allocate announce appease approve argue arrive
assume authorize authorise balance blame brokerage capture celebrate charge choose close collapse commemorate compensate complete
compromise concede condemn continue contribute convene cooperate coordinate criticize criticise damage debate decide declare decline
denounce describe dispute dissolve divide double dramatize emerge encourage endorse engage enforce escalate evacuate exchange
exercise expire fire force free guarantee hope host ignore impose improve include increase indicate initiate injure introduce invade
investigate invite involve issue judge liberate locate manage mobilize mobilise move name negotiate normalize normalise note oblige
oppose organize organise outline overcome persuade place pledge praise prepare preserve produce promise propose provide provoke
pursue raise rate ratify realize receive recognize recognise reduce refuse release relocate remove renegotiate replace resolve
restore retire revoke rule sanction schedule secure seize serve settle share shape signature stage state strike struggle survive
telephone terminate trade tune unite urge use value violate vote wage welcome acquire advocate allege arrange
cause cease circulate combine compete compile compose conclude confine confiscate congratulate conspire constitute
consume contemplate convince create curtail date decrease dedicate define delegate deliberate demobilize demobilise
demonstrate designate deteriorate determine devote dictate discharge disengage dislodge dispose dominate donate downgrade
elaborate elevate eliminate embrace enable encircle endure ensure escape evade evaluate evolve examine exclude excuse execute
explore expose facilitate finalize finalise forge formulate generate graduate illustrate imagine incite inspire instigate
integrate intervene intimidate isolate legislate liquidate live lure mandate manipulate mediate merge migrate mitigate
moderate motivate narrate navigate nominate notice operate orchestrate outrage owe participate pause perpetrate precipitate
preclude preside presume probe promote prosecute prove quote realise rebuke reconcile regulate reinforce reiterate relate
require rescue reserve reside resume retaliate retrieve reverse revise sabotage salute separate solve substitute surge file pave
tolerate translate undermine update vacate validate waive wipe`)

func toSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Words ending in -ed that are adjectives, not verbs, in the news.
var edAdjectives = toSet(`united armed based limited detailed related concerned interested alleged disputed divided so-called advanced
skilled supposed unprecedented continued renewed expanded designated isolated red bed shed hundred seed speed need feed breed
creed deed greed steed embed wed led fled bled sled shred ahead indeed instead federated deceased aged naked wicked sacred
beloved crooked ragged rugged wretched jagged learned blessed cursed dogged unlimited unexpected unidentified undisclosed
unnamed unarmed unresolved unfounded unrelated unsupported unauthorized uncontrolled unprepared unopposed embattled besieged
self-proclaimed detained`)

// baseVerb returns the base form of a past tense or participle ("signed" →
// "sign", "agreed" → "agree", "met" → "meet"), or "" if w is not one.
func baseVerb(w string) string {
	lw := strings.ToLower(w)
	if b, ok := irregular[lw]; ok {
		return b
	}
	if !strings.HasSuffix(lw, "ed") || len(lw) < 5 || edAdjectives[lw] || strings.Contains(lw, "-") {
		return ""
	}
	stem := lw[:len(lw)-2]
	switch {
	case strings.HasSuffix(lw, "ied"):
		return lw[:len(lw)-3] + "y"
	case eVerbs[stem+"e"] || strings.HasSuffix(lw, "eed") && len(lw) > 5 && lw != "needed":
		if strings.HasSuffix(lw, "eed") {
			return lw[:len(lw)-1]
		}
		return stem + "e"
	case len(stem) > 3 && stem[len(stem)-1] == stem[len(stem)-2] && !strings.ContainsRune("aeioulsz", rune(stem[len(stem)-1])):
		return stem[:len(stem)-1] // stopped, planned
	case strings.HasSuffix(stem, "v") || strings.HasSuffix(stem, "c") || strings.HasSuffix(stem, "iz") || strings.HasSuffix(stem, "is") && !strings.HasSuffix(stem, "iss") || strings.HasSuffix(stem, "ag") || strings.HasSuffix(stem, "rg") || strings.HasSuffix(stem, "dg") || silentEAfterAt(stem) || strings.HasSuffix(stem, "ur") && !strings.HasSuffix(stem, "our") || vowelK(stem):
		return stem + "e" // arrived, announced, criticized, engaged, urged, negotiated, secured, invoked
	case len(stem) > 2 && stem[len(stem)-1] == 'l' && strings.ContainsRune("bcdfgkpstz", rune(stem[len(stem)-2])):
		return stem + "e" // meddled, handled, tackled
	case oneShortSyllable(stem):
		return stem + "e" // phoned, hoped, closed: a short vowel would double the consonant (stopped)
	}
	return stem
}

// silentEAfterAt reports whether a stem in -at takes an "e": "negotiat",
// "creat", but not "retreat", "defeat", "float".
func silentEAfterAt(stem string) bool {
	if !strings.HasSuffix(stem, "at") || len(stem) <= 4 {
		return false
	}
	return !strings.HasSuffix(stem, "eat") && !strings.HasSuffix(stem, "oat") || strings.HasSuffix(stem, "creat")
}

// vowelK reports whether a stem ends in a consonant, one vowel and "k",
// the spelling of a verb in -oke or -ike: "invok", "provok", "strik".
func vowelK(stem string) bool {
	n := len(stem)
	return n >= 4 && stem[n-1] == 'k' && strings.IndexByte("aeiou", stem[n-2]) >= 0 && strings.IndexByte("aeiouc", stem[n-3]) < 0
}

// oneShortSyllable reports whether stem is one syllable with a single
// vowel letter and a single final consonant ("phon", "hop"): the spelling
// of a verb that ends in a silent "e", since a verb with a short vowel
// doubles that consonant before -ed.
func oneShortSyllable(stem string) bool {
	last := stem[len(stem)-1]
	if strings.IndexByte("aeiouwxy", last) >= 0 {
		return false
	}
	vowels := 0
	for i := 0; i < len(stem); i++ {
		if strings.IndexByte("aeiou", stem[i]) >= 0 {
			vowels++
			if i != len(stem)-2 {
				return false
			}
		}
	}
	return vowels == 1
}

// thirdPerson returns the present tense, third person singular, of a base
// verb: "meet" → "meets", "try" → "tries", "go" → "goes".
func thirdPerson(b string) string {
	switch {
	case b == "be":
		return "is"
	case b == "have":
		return "has"
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || b == "go" || b == "do" || b == "veto":
		return b + "es"
	}
	return b + "s"
}

// Auxiliaries and modals.
var auxiliaries = toSet(`will would shall should can could must might is are was were has have had be been being do does did
to`)

// Present-tense and base verbs common in news predicates, which the -ed
// rule cannot see.
var presentVerbs = toSet(`meets signs says visits holds agrees leaves joins arrives announces warns calls urges rejects accuses
becomes begins ends opens closes hosts plans seeks wants takes makes gives sends expects attends launches fires kills
strikes attacks invades withdraws releases resigns wins loses votes elects marks celebrates returns remains stays travels
flies lands adopts approves ratifies imposes lifts extends suspends expels recalls condemns criticizes threatens demands
requires allows covers provides commits obliges binds includes follows comes means keeps puts brings shows faces
governs creates establishes guarantees grants lets`)

// Event nouns: nouns that name a happening, so that "the 1985 summit" or
// "Pelosi's visit to Taiwan in 2022" is an event. Each maps to the verb
// a title uses for it ("" keeps the noun: "Geneva summit").
var eventNouns = map[string]string{
	"visit": "visits", "trip": "visits", "tour": "tours", "summit": "", "talks": "", "meeting": "", "conference": "",
	"war": "", "attacks": "", "attack": "", "invasion": "invades", "annexation": "annexes", "election": "", "elections": "",
	"referendum": "", "treaty": "", "accords": "", "accord": "", "agreement": "", "protocol": "", "deal": "", "pact": "",
	"coup": "", "revolution": "", "uprising": "", "crisis": "", "massacre": "", "bombing": "", "shooting": "",
	"ceasefire": "", "cease-fire": "", "truce": "", "withdrawal": "", "resignation": "", "inauguration": "",
	"assassination": "", "uprisings": "", "olympics": "", "games": "", "speech": "", "address": "", "vote": "",
	"clash": "", "clashes": "", "strike": "", "strikes": "", "raid": "", "offensive": "", "siege": "", "blockade": "",
	"crackdown": "", "protests": "", "protest": "", "riots": "", "earthquake": "", "tsunami": "", "disaster": "",
	"negotiations": "", "exercise": "", "exercises": "", "launch": "", "test": "", "ruling": "", "decision": "",
	"declaration": "", "statement": "", "resolution": "", "sanctions": "", "embargo": "", "exit": "", "departure": "",
	"arrival": "", "collapse": "", "fall": "", "reunification": "", "unification": "", "independence": "",
	"partition": "", "occupation": "", "liberation": "", "genocide": "", "famine": "", "abduction": "",
	"kidnapping": "", "hijacking": "", "downing": "", "shootdown": "", "crash": "", "explosion": "", "blast": "",
	"standoff": "", "stand-off": "", "dispute": "", "normalization": "", "rapprochement": "", "handover": "",
	"ambush": "", "killing": "", "killings": "", "execution": "", "arrest": "", "detention": "", "release": "",
	"meetings": "", "visits": "", "convention": "", "congress": "", "forum": "", "session": "", "ceremony": "",
}
