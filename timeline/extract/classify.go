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
	{"ASSAULT", regexp.MustCompile(`\b(?:shoots? down|shot down|shooting down|kill(?:s|ed|ing)?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing|er)?|air ?strikes?|drone strikes?|invade[sd]?|invasion|ambush(?:ed)?|clash(?:es|ed)?|fought|fights?|wars?|shell(?:s|ed|ing)|annex(?:es|ed|ation)?|seize[sd]?|struck|assassinat\w*|abduct\w*|massacre\w*)\b`)},
	{"MOBILIZE", regexp.MustCompile(`\b(?:deploy\w*|mobili[sz]\w*|moves? (?:\w+ )?troops|moved (?:\w+ )?(?:of )?troops|troops into|fires? .*missiles?|fired .*missiles?|launch(?:es|ed)? .*missiles?|tests?(?:ed)? .*missiles?|missile tests?|on alert|military drills?)\b`)},
	{"SANCTION", regexp.MustCompile(`\b(?:sanctions?|sanctioned|expel\w*|recall\w* (?:its |their )?(?:ambassador|envoy)s?|sever(?:s|ed|ing)?|breaks? off|broke off|cuts? ties|embargo|suspend\w*|boycott\w*|cancel\w*|export controls|leaves? the (?:european union|eu|pact|agreement|accord)|left the (?:european union|eu|pact|agreement|accord)|withdraws? from|withdrew from|exits?)\b`)},
	{"COERCE", regexp.MustCompile(`\b(?:arrest\w*|detain\w*|deport\w*|bans?|banned|censor\w*|curfew|jail\w*|imprison\w*|sentenc\w*|martial law)\b`)},
	{"THREATEN", regexp.MustCompile(`\b(?:threat\w*|ultimatum|warns? of|warned of)\b`)},
	{"ACCUSE", regexp.MustCompile(`\b(?:accus\w*|critici[sz]\w*|condemn\w*|denounc\w*|blame\w*|alleg\w*|complain\w*|investigat\w*)\b`)},
	{"REJECT", regexp.MustCompile(`\b(?:reject\w*|refus\w*|veto\w*|rules? out|ruled out|vote against|voted against|den(?:y|ies|ied)|declin\w*)\b`)},
	{"REQUEST", regexp.MustCompile(`\b(?:demand\w*|urge[sd]?|calls? on|called on|calls? for|called for|appeal\w*|ask(?:s|ed)?)\b`)},
	{"PROTEST", regexp.MustCompile(`\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:es|ed)? (?:through|in|on))\b`)},
	{"RETREAT", regexp.MustCompile(`\b(?:withdr\w*|pull\w* (?:out|back)|leaves? afghanistan|release[sd]?|freed|frees|lift\w*|resign\w*|steps? down|stepped down|step down|cease-?fires?|truce|disengage\w*|hands? over|handed over|return\w* (?:control|territory|the border))\b`)},
	{"AID", regexp.MustCompile(`\b(?:aid|assistance|loans?|grants?|donat\w*|support program|allocat\w*|evacuat\w*|suppl(?:y|ies|ied)|compensat\w*|humanitarian)\b`)},
	{"COOPERATE", regexp.MustCompile(`\b(?:cooperat\w*|(?:joint|nato|military|naval|allied) (?:military )?(?:exercises?|drills?)|shares? (?:\w+ )?(?:data|intelligence)|extradit\w*|hotline)\b`)},
	{"SUPPORT", regexp.MustCompile(`\b(?:signs?|signed|signing|ratif\w*|endors\w*|recogni[sz]\w*|prais\w*|adopt\w*|approv\w*|joins?|joined|rejoin\w*|reopen\w*|restor\w* (?:\w+ )?relations|normali[sz]\w*|rapprochement|joint statement|issues? (?:a |the )?(?:joint )?statement|issued (?:a |the )?(?:joint )?statement|royal assent|extend\w*|accede\w*|accession|reunif\w*|unif\w*)\b`)},
	{"AGREE", regexp.MustCompile(`\b(?:agree\w*|pledge\w*|promis\w*|offer\w*|propos\w*|commit\w*|vow\w*)\b`)},
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
