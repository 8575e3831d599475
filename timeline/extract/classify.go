package extract

import (
	"regexp"
	"strings"
)

// typeRules map a predicate (verb and object, lower-case) to a PLOVER event
// type. The first rule that matches wins, so the specific come first.
var typeRules = []struct {
	typ string
	re  *regexp.Regexp
}{
	{"ASSAULT", regexp.MustCompile(`\b(?:shoots? down|shot down|shooting down|kill(?:s|ed|ing)?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing|er)?|air ?strikes?|drone strikes?|invade[sd]?|invasion|ambush(?:ed)?|clash(?:es|ed)?|fought|fights?|fighting|wars?|execut(?:e|es|ed|ing|ion|ions)|shell(?:s|ed|ing)|annex(?:es|ed|ation)?|seize[sd]?|struck|assassinat\w*|abduct\w*|massacre\w*)\b`)},
	{"MOBILIZE", regexp.MustCompile(`\b(?:deploy\w*|mobili[sz]\w*|moves? (?:\w+ )?troops|moved (?:\w+ )?(?:of )?troops|troops into|fires? .*missiles?|fired .*missiles?|launch(?:es|ed)? .*missiles?|tests?(?:ed)? .*missiles?|missile tests?|nuclear tests?|on alert|military drills?|pour\w* (?:\w+ )?(?:troops|soldiers|tanks|forces)|send\w* (?:\w+ )?(?:troops|soldiers|tanks|forces)|sent (?:\w+ )?(?:troops|soldiers|tanks|forces)|rush\w* (?:\w+ )?(?:troops|soldiers|tanks|forces)|mass\w* (?:\w+ )?(?:troops|soldiers|tanks|forces))\b`)},
	{"SANCTION", regexp.MustCompile(`\b(?:sanctions?|sanctioned|expel\w*|recall\w* (?:its |their )?(?:ambassador|envoy)s?|sever(?:s|ed|ing)?|breaks? off|broke off|cuts? ties|embargo|suspend\w*|boycott\w*|cancel\w*|export controls|leaves? (?:the )?(?:european union|eu|pact|agreement|accord)|left (?:the )?(?:european union|eu|pact|agreement|accord)|talks (?:\w+ ){0,4}(?:collapse\w*|stall\w*|break down|broke down|fail\w*)|negotiations (?:\w+ ){0,4}(?:collapse\w*|stall\w*|break down|broke down|fail\w*)|meetings (?:\w+ ){0,4}(?:collapse\w*|stall\w*)|withdraws? from|withdrew from|exits?)\b`)},
	{"COERCE", regexp.MustCompile(`\b(?:arrest\w*|detain\w*|deport\w*|bans?|banned|censor\w*|curfew|jail\w*|imprison\w*|sentenc\w*|martial law)\b`)},
	{"THREATEN", regexp.MustCompile(`\b(?:threat\w*|ultimatum|warns? of|warned of)\b`)},
	{"ACCUSE", regexp.MustCompile(`\b(?:accus\w*|critici[sz]\w*|condemn\w*|denounc\w*|blame\w*|alleg\w*|complain\w*|investigat\w*)\b`)},
	{"REJECT", regexp.MustCompile(`\b(?:reject\w*|refus\w*|veto\w*|rules? out|ruled out|vote against|voted against|den(?:y|ies|ied)|declin\w*)\b`)},
	{"REQUEST", regexp.MustCompile(`\b(?:demand\w*|urge[sd]?|calls? on|called on|calls? for|called for|appeal\w*|ask(?:s|ed)?)\b`)},
	{"PROTEST", regexp.MustCompile(`\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:es|ed)? (?:through|in|on))\b`)},
	{"RETREAT", regexp.MustCompile(`\b(?:end(?:s|ed|ing)? (?:to )?(?:\w+ )?(?:military operations|hostilities|offensive)|withdr\w*|pull\w* (?:out|back)|leaves? afghanistan|release[sd]?|freed|frees|lift\w*|resign\w*|steps? down|stepped down|step down|cease-?fires?|truce|disengage\w*|hands? over|handed over|return\w* (?:control|territory|the border))\b`)},
	{"AID", regexp.MustCompile(`\b(?:aid|assistance|loans?|grants?|donat\w*|support program|allocat\w*|evacuat\w*|suppl(?:y|ies|ied)|compensat\w*|humanitarian)\b`)},
	{"COOPERATE", regexp.MustCompile(`\b(?:cooperat\w*|joint (?:military )?(?:exercises?|drills?)|nato (?:military )?(?:exercises?|drills?)|military (?:exercises?|drills?)|naval (?:exercises?|drills?)|allied (?:military )?(?:exercises?|drills?)|shares? (?:\w+ )?(?:data|intelligence)|extradit\w*|hotline)\b`)},
	{"SUPPORT", regexp.MustCompile(`\b(?:make peace|makes peace|made peace|making peace|votes? (?:in favou?r|for)|voted (?:in favou?r|for)|signs?|signed|signing|ratif\w*|endors\w*|recogni[sz]\w*|prais\w*|adopt\w*|approv\w*|joins?|joined|rejoin\w*|reopen\w*|restor\w* (?:\w+ )?relations|normali[sz]\w*|rapprochement|joint statement|issues? (?:a |the )?(?:joint )?statement|issued (?:a |the )?(?:joint )?statement|royal assent|extend\w*|accede\w*|accession|reunif\w*|unif\w*)\b`)},
	{"AGREE", regexp.MustCompile(`\b(?:agree|agrees|agreed|agreeing|pledge\w*|promis\w*|offer\w*|propos\w*|commit|commits|committed|committing|vow\w*)\b`)},
	{"CONSULT", regexp.MustCompile(`\b(?:meets?|met|meeting|summit|talks|visit\w*|host\w*|negotiat\w*|consult\w*|confer\w*|discuss\w*|telephone|phone|travel\w* to|trip|arriv\w*|lands?|landed|tours?|toured|conference|dialogue)\b`)},
}

// rulePrefixes holds, for each rule of typeRules, the letters every match
// of one of its alternatives starts with; a rule none of whose prefixes is
// in a predicate cannot match it, which saves running the expression. nil
// means the rule must always run.
var rulePrefixes = func() [][]string {
	out := make([][]string, len(typeRules))
	lead := regexp.MustCompile(`^[a-z$ -]*`)
	for i, r := range typeRules {
		src := r.re.String()
		src = strings.TrimPrefix(src, `\b(?:`)
		src = strings.TrimSuffix(src, `)\b`)
		depth, start := 0, 0
		var alts []string
		for j, c := range src {
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			case '|':
				if depth == 0 {
					alts = append(alts, src[start:j])
					start = j + 1
				}
			}
		}
		alts = append(alts, src[start:])
		var pre []string
		for _, a := range alts {
			p := strings.TrimRight(lead.FindString(a), " ")
			// A letter made optional by what follows ("s?") is not part
			// of every match.
			if n := len(p); n < len(a) && n > 0 && a[n] == '?' {
				p = p[:n-1]
			}
			if len(p) < 2 {
				pre = nil
				break
			}
			pre = append(pre, p)
		}
		out[i] = pre
	}
	return out
}()

// verbTypes map verbs (base form, with a particle where it matters) whose
// meaning is one PLOVER type whatever their object: "meet" is CONSULT,
// "shoot down" ASSAULT. Verbs whose type depends on the object ("hold
// talks", "impose sanctions", "launch missiles") are not here: typeRules
// read the whole predicate for them.
var verbTypes = func() map[string]string {
	m := make(map[string]string)
	for typ, verbs := range map[string]string{
		"CONSULT":   `meet visit negotiate consult confer discuss telephone phone travel tour arrive`,
		"SUPPORT":   `ratify endorse praise recognize recognise adopt approve join rejoin reopen normalize normalise welcome accede support back`,
		"AGREE":     `agree pledge promise offer propose commit vow accept`,
		"ASSAULT":   `kill attack bomb shell invade ambush fight shoot annex seize capture assassinate abduct massacre execute behead torture`,
		"MOBILIZE":  `deploy mobilize mobilise`,
		"SANCTION":  `sanction expel sever boycott cancel embargo`,
		"COERCE":    `arrest detain deport ban censor jail imprison`,
		"THREATEN":  `threaten`,
		"ACCUSE":    `accuse criticize criticise condemn denounce blame allege investigate`,
		"REJECT":    `reject refuse veto deny`,
		"REQUEST":   `demand urge appeal`,
		"PROTEST":   `protest demonstrate rally march`,
		"RETREAT":   `release free resign disengage`,
		"AID":       `donate allocate evacuate compensate`,
		"COOPERATE": `cooperate extradite`,
	} {
		for _, v := range strings.Fields(verbs) {
			m[v] = typ
		}
	}
	for phrase, typ := range map[string]string{
		"shoot down": "ASSAULT", "gun down": "ASSAULT", "break off": "SANCTION", "cut off": "SANCTION", "call off": "SANCTION",
		"step down": "RETREAT", "pull out": "RETREAT", "pull back": "RETREAT", "hand over": "RETREAT",
		"rule out": "REJECT", "call on": "REQUEST", "call for": "REQUEST", "sit down": "CONSULT",
	} {
		m[phrase] = typ
	}
	return m
}()

// Verbs of signing, whose type is SUPPORT (PLOVER: "ratify, sign or
// finalize an agreement") unless what is signed does something material:
// an aid bill is AID, a sanctions law SANCTION, a treaty absorbing a
// territory ASSAULT (CAMEO 192, occupy territory).
var signVerbs = toSet(`sign initial countersign conclude`)

var (
	concedeRE  = regexp.MustCompile(`\b(?:complaints?|objections?|opposition|demands?|charges|claims?|case|veto)\b`)
	annexRE    = regexp.MustCompile(`\b(?:annex\w*|absorb\w*|incorporat\w*)\b`)
	signAidRE  = regexp.MustCompile(`\b(?:aid|assistance|loans?|grants?)\b`)
	signSancRE = regexp.MustCompile(`\b(?:sanctions?|embargo|tariffs?)\b`)
)

// classifyClause returns the PLOVER type of a clause from its base verb,
// particle and object words: the verb's own type when it has one, the
// type of what was said for a verb of saying, else that of the first rule
// of typeRules that matches the predicate.
func classifyClause(verb, particle string, obj []string) string {
	if particle == "" && len(obj) >= 2 && particles[strings.ToLower(obj[1])] {
		particle = strings.ToLower(obj[1]) // "called the summit off"
	}
	pred := predicate(verb, particle, obj)
	if t := verbType(verb, particle, objText(verb, obj)); t != "" {
		return t
	}
	if speechVerbs[verb] {
		// "says it supported any effort to end the war": the verb said.
		for i, w := range obj {
			w = strings.ToLower(w)
			b := baseVerb(w)
			switch {
			case b != "":
			case presentVerbs[w]:
				b = strings.TrimSuffix(w, "s")
			case i > 0 && (strings.EqualFold(obj[i-1], "will") || strings.EqualFold(obj[i-1], "to") || adverbs[strings.ToLower(obj[i-1])] || strings.HasSuffix(strings.ToLower(obj[i-1]), "ly")):
				b = w // "will expel", "to restore", "will fully accept"
			default:
				continue
			}
			p := ""
			if i+1 < len(obj) && particles[strings.ToLower(obj[i+1])] {
				p = strings.ToLower(obj[i+1])
			}
			if t := verbType(b, p, objText(b, obj[i+1:])); t != "" {
				return t
			}
		}
	}
	return classify(pred)
}

// Verbs whose type depends on what verbType reads of their object.
var objectVerbs = toSet(`strike reach hammer drop withdraw march sign initial countersign conclude`)

// objText returns the object words, lower-case, as verbType reads them;
// only verbs that look at their object need it.
func objText(verb string, obj []string) string {
	if !objectVerbs[verb] {
		return ""
	}
	return strings.ToLower(strings.Join(obj, " "))
}

// verbType returns the type a verb gives its clause whatever the object
// (obj, lower-case), or "".
func verbType(verb, particle, obj string) string {
	if particle != "" {
		if t, ok := verbTypes[verb+" "+particle]; ok {
			return t
		}
	}
	if verb == "strike" || verb == "reach" || verb == "hammer" {
		// "struck a deal", "reached an agreement": agreed.
		for _, w := range strings.Fields(obj) {
			if agreementNouns[w] {
				return "AGREE"
			}
		}
		if verb == "strike" && obj != "" && !strings.HasPrefix(obj, "over ") && !strings.HasPrefix(obj, "for ") {
			return "ASSAULT" // "struck a hospital"; but workers "strike over pay"
		}
	}
	if (verb == "drop" || verb == "withdraw") && concedeRE.MatchString(obj) {
		return "CONCEDE" // "will drop a related complaint"
	}
	if verb == "march" && strings.HasPrefix(obj, "into ") {
		return "" // troops "marched into" a country
	}
	if signVerbs[verb] {
		switch {
		case annexRE.MatchString(obj):
			return "ASSAULT"
		case signAidRE.MatchString(obj):
			return "AID"
		case signSancRE.MatchString(obj):
			return "SANCTION"
		}
		return "SUPPORT"
	}
	return verbTypes[verb]
}

// classify returns the PLOVER type of a predicate, or "": that of the
// first rule of typeRules that matches.
func classify(pred string) string {
	for i, r := range typeRules {
		if pre := rulePrefixes[i]; pre != nil {
			found := false
			for _, p := range pre {
				if strings.Contains(pred, p) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		if r.re.MatchString(pred) {
			return r.typ
		}
	}
	return ""
}
