package dates

import "strings"

// Tense of a clause, from the words around an expression: "will", "would",
// "is scheduled to" mark the future; "was", "said", verbs in -ed the past.

// tenseWords are the words that mark the tense of a clause by themselves.
var tenseWords = map[string]Tense{
	"will": TenseFuture, "shall": TenseFuture, "would": TenseFuture, "ll": TenseFuture,
	"wo": TenseFuture, "should": TenseFuture, "must": TenseFuture, "may": TenseFuture, "can": TenseFuture,
	"be": TenseFuture, "upcoming": TenseFuture, "soon": TenseFuture, "until": TenseFuture,
	"till": TenseFuture, "scheduled": TenseFuture, "planned": TenseFuture,
	"plans": TenseFuture, "planning": TenseFuture, "slated": TenseFuture,
	"expected": TenseFuture, "due": TenseFuture, "tomorrow": TenseFuture,
	"is": TensePresent, "are": TensePresent, "am": TensePresent, "says": TensePresent,
	"say": TensePresent, "does": TensePresent,
	"was": TensePast, "were": TensePast, "had": TensePast, "did": TensePast,
	"met": TensePast, "went": TensePast,
	"came": TensePast, "took": TensePast, "made": TensePast, "gave": TensePast,
	"saw": TensePast, "sat": TensePast, "left": TensePast, "held": TensePast,
	"began": TensePast, "became": TensePast, "brought": TensePast, "bought": TensePast,
	"thought": TensePast, "found": TensePast, "knew": TensePast, "led": TensePast,
	"won": TensePast, "lost": TensePast, "fell": TensePast, "rose": TensePast,
	"spoke": TensePast, "wrote": TensePast, "ran": TensePast, "sent": TensePast,
	"spent": TensePast, "built": TensePast, "kept": TensePast, "paid": TensePast,
	"struck": TensePast, "stood": TensePast, "felt": TensePast, "broke": TensePast,
	"chose": TensePast, "drove": TensePast, "flew": TensePast, "grew": TensePast,
	"fought": TensePast, "caught": TensePast, "sought": TensePast, "sold": TensePast,
	"shot": TensePast, "withdrew": TensePast, "got": TensePast, "meant": TensePast,
	"fled": TensePast, "died": TensePast, "tied": TensePast, "lied": TensePast, "sued": TensePast,
	"owed": TensePast, "axed": TensePast, "eyed": TensePast, "hung": TensePast, "swore": TensePast, "forgot": TensePast,
	"arose": TensePast, "blew": TensePast, "drew": TensePast, "threw": TensePast,
	"wore": TensePast, "woke": TensePast, "bore": TensePast, "slid": TensePast,
	"sank": TensePast, "shook": TensePast, "stole": TensePast, "tore": TensePast,
	"been": TensePast, "has": TensePast, "have": TensePast, "ago": TensePast,
	"heard": TensePast, "read": TensePast, "hit": TensePast, "quit": TensePast,
	"killed": TensePast, "began.": TensePast,
}

// reportWords are verbs of saying. They date the report, not the event
// reported, so they count only when no other word tells the tense.
var reportWords = map[string]Tense{
	"said": TensePast, "told": TensePast, "says": TensePresent, "say": TensePresent,
	"added": TensePast, "reported": TensePast, "announced": TensePast,
	"stated": TensePast, "noted": TensePast, "explained": TensePast,
}

// intentWords mark the future when "to" or "for" follows: "plans to visit",
// "is scheduled for May", "is expected to".
var intentWords = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "scheduled": true,
	"expected": true, "expects": true, "due": true, "set": true, "going": true,
	"hopes": true, "hope": true, "hoped": true, "aims": true, "intends": true,
	"intended": true, "wants": true, "wanted": true, "prepared": true, "preparing": true,
	"ready": true, "agreed": true, "promised": true, "pledged": true, "vowed": true,
	"decided": true, "likely": true, "able": true, "invited": true, "asked": true,
	"needs": true, "need": true, "slated": true, "poised": true, "about": true,
}

// pastIntent are the verbs of intent in the simple past that date their
// own act: "in June he agreed to pay", "on Friday they vowed to return".
var pastIntent = map[string]bool{
	"agreed": true, "promised": true, "pledged": true, "vowed": true, "decided": true,
	"wanted": true, "hoped": true, "intended": true, "invited": true, "asked": true,
}

// scheduleVerbs are verbs that, in the present simple, tell a schedule.
var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "arrive": true, "arrives": true, "resume": true,
	"resumes": true, "convene": true, "convenes": true, "depart": true, "departs": true,
	"travel": true, "travels": true, "gather": true, "gathers": true, "begin": true,
	"begins": true, "reconvene": true, "reconvenes": true, "go": true, "goes": true,
	"opens": true, "starts": true, "expire": true, "expires": true, "end": true,
	"ends": true, "closes": true, "conclude": true, "concludes": true, "finishes": true,
	"kicks": true, "leaves": true, "enters": true, "takes": true,
}

// futureClause are the conjunctions after which a verb in the present
// simple speaks of the future: "after she resigns on Wednesday", "if the
// talks succeed", "once the parliament approves the deal in May".
var futureClause = map[string]bool{
	"after": true, "when": true, "once": true, "if": true, "unless": true,
	"until": true, "before": true,
}

// auxiliaries are the words before a bare verb that take its tense away:
// "did not meet", "to meet", "could meet".
var auxiliaries = map[string]bool{
	"did": true, "didn": true, "not": true, "to": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "should": true,
	"shall": true, "does": true, "doesn": true, "do": true, "don": true, "never": true,
	"t": true, "the": true, "a": true, "an": true, "their": true, "its": true, "his": true,
	"her": true, "our": true, "first": true, "next": true, "last": true,
}

// determiners are the words before an adjective in -ed: "the armed men".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "these": true, "those": true, "this": true, "some": true,
	"any": true, "no": true, "each": true, "every": true, "many": true, "several": true,
	"all": true, "other": true, "newly": true, "well": true, "heavily": true,
}

// planVerbs are verbs that, after "to", say what is to happen: "to take
// effect on Sunday".
var planVerbs = map[string]bool{
	"meet": true, "visit": true, "take": true, "hold": true, "begin": true, "start": true,
	"sign": true, "travel": true, "attend": true, "discuss": true, "vote": true,
	"return": true, "resume": true, "launch": true, "open": true, "host": true,
	"arrive": true, "leave": true, "announce": true, "decide": true, "be": true,
	"go": true, "come": true, "continue": true, "end": true, "finish": true,
	"review": true, "consider": true, "deliver": true, "release": true, "present": true,
	"publish": true, "unveil": true, "testify": true, "appear": true, "speak": true,
	"address": true, "expire": true, "close": true, "complete": true, "submit": true,
	"hear": true, "rule": true, "issue": true, "report": true, "fly": true, "head": true,
}

// degreeWords are adverbs that come between a determiner and an
// adjective: "a still unspecified date".
var degreeWords = map[string]bool{
	"still": true, "yet": true, "very": true, "most": true, "more": true, "less": true,
	"so": true, "not": true, "much": true, "long": true, "once": true,
}

// notPast are words in -ed that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "feed": true, "seed": true, "proceed": true,
	"exceed": true, "succeed": true, "indeed": true, "bleed": true, "breed": true,
	"greed": true, "weed": true, "heed": true, "bed": true, "red": true, "shed": true,
	"wed": true, "hundred": true, "kindred": true, "sacred": true, "naked": true,
	"wicked": true, "rugged": true, "ragged": true, "beloved": true, "aged": true,
	"united": true, "limited": true, "based": true, "related": true, "detailed": true,
	"advanced": true, "armed": true, "unprecedented": true, "embed": true, "sled": true,
	"alleged": true, "proposed": true, "planned": true, "expected": true, "scheduled": true,
	"continued": true, "renewed": true, "increased": true, "reduced": true, "improved": true,
}

// wordTense returns the tense a lower-case word marks, or TenseUnknown.
func wordTense(w string) Tense {
	if t, ok := tenseWords[w]; ok {
		return t
	}
	if len(w) >= 5 && w[len(w)-2:] == "ed" && !notPast[w] {
		return TensePast
	}
	return TenseUnknown
}

// A tword is a word near an expression.
type tword struct {
	w     string // lower case
	name  bool   // capitalised inside a sentence: a name, not a verb
	comma bool   // a comma, parenthesis or dash comes between it and the expression
}

// tenseAt returns the tense of the clause around text[start:end]: that of
// the nearest tense-marking word in the same sentence, looking up to 12
// words either way and preferring the left on a tie. A participle takes
// the tense of its auxiliary ("must be returned", "was found"), and a verb
// of intent before "to" or "for" marks the future ("plans to visit").
func tenseAt(text string, start, end int) Tense {
	const max = 12
	if backIn(text, start) {
		return TensePast
	}
	var lb, rb [max]tword
	left := wordsLeft(text, start, lb[:0])
	right := wordsRight(text, end, rb[:0])
	if end > 1 && text[end-1] == '.' && end+1 < len(text) && text[end] == ' ' && isUpper(text[end+1]) {
		// "will resume in Sept. Officials did not…": the dot of the
		// abbreviation ends the sentence too.
		right = right[:0]
	}
	// all: the words in text order; the expression sits between
	// left[0] and right[0].
	n := len(left)
	word := func(i int) (tword, bool) { // i < n: left of the expression
		switch {
		case i < 0 || i >= n+len(right):
			return tword{}, false
		case i < n:
			return left[n-1-i], true
		}
		return right[i-n], true
	}
	markAt := func(i int) Tense {
		w, _ := word(i)
		if w.name || w.w == "" {
			return TenseUnknown
		}
		if w.w == "early" || w.w == "soon" {
			if p, ok := word(i - 1); ok && p.w == "as" {
				return TenseFuture // "as early as Tuesday"
			}
		}
		if intentWords[w.w] {
			if p, ok := word(i - 1); ok && determiners[p.w] && i != n {
				// "announced their plan to normalize relations on Aug.
				// 13": a noun; the verb before it says when.
				return TenseUnknown
			}
			if nx, ok := word(i + 1); ok && (nx.w == "to" || nx.w == "for") && i+1 != n {
				if p, ok := word(i - 1); ok && (p.w == "been" || p.w == "had") && i-1 != n-1 {
					return TensePast // "had been due to expire Friday"
				}
				if i >= n && pastIntent[w.w] {
					// "in June Albanese agreed to pay": a date before the
					// verb of intent dates the agreeing, which is past;
					// "agreed to meet on Friday" is ahead.
					return TensePast
				}
				return TenseFuture
			}
		}
		if (w.w == "until" || w.w == "till") && pastPerfect(text, start, end) {
			return TensePast // "until Thursday, they had not called him"
		}
		if w.w == "be" && !futureBe(word, i, n) {
			return TenseUnknown // "could be located Wednesday"
		}
		t := wordTense(w.w)
		if t == TenseFuture && (w.w == "planned" || w.w == "scheduled" || w.w == "expected") {
			if p, ok := word(i - 1); ok && (p.w == "previously" || p.w == "originally" || p.w == "earlier") {
				return TensePast // "as previously planned Saturday night"
			}
		}
		if t == TenseUnknown && bareVerbs[w.w] {
			// "and set Friday as the deadline", "let the offensive begin":
			// a past form like the present; past but after an auxiliary
			// or a determiner ("to set", "a set of").
			if p, ok := word(i - 1); ok && !auxiliaries[p.w] && !determiners[p.w] && !(i == n && i > 0) {
				return TensePast
			}
		}
		if t == TenseUnknown && scheduleVerbs[w.w] {
			// "Xi and Biden meet on Wednesday", "talks resume Monday": a
			// schedule in the present simple is ahead.
			if p, ok := word(i - 1); !ok || !auxiliaries[p.w] {
				return TenseFuture
			}
		}
		if t == TenseUnknown && (w.w == "take" || w.w == "takes") {
			if nx, ok := word(i + 1); ok && nx.w == "effect" && i+1 != n {
				return TenseFuture // "the pact takes effect on Jan. 1"
			}
		}
		if t == TensePast && w.w[len(w.w)-2:] == "ed" && !finitePast[w.w] {
			// "the preferred shares", "an armed man", "a still unspecified
			// date": an adjective.
			if p, ok := word(i - 1); ok && !(i == n && i > 0) {
				if determiners[p.w] {
					t = TenseUnknown
				} else if q, ok := word(i - 2); ok && determiners[q.w] && !(i-1 == n && i > 0) && (degreeWords[p.w] || len(p.w) > 4 && p.w[len(p.w)-2:] == "ly") {
					t = TenseUnknown
				}
			}
		}
		if t == TenseUnknown && len(w.w) > 3 && w.w[len(w.w)-1] == 's' && w.w[len(w.w)-2] != 's' {
			// "before he hosts": a verb in the present after a pronoun.
			if p, ok := word(i - 1); ok && (p.w == "he" || p.w == "she" || p.w == "it") && !(i == n && i > 0) {
				if c, ok := word(i - 2); ok && futureClause[c.w] && !(i-1 == n && i > 0) {
					return TenseFuture // "after she resigns on Wednesday, the party will…"
				}
				return TensePresent
			}
			// "when the minister arrives on Wednesday": a present in a
			// clause of time or condition speaks of the future.
			if d, ok := word(i - 2); ok && determiners[d.w] && !(i-1 == n && i > 0) && !(i-2 == n && i > 0) {
				if c, ok := word(i - 3); ok && futureClause[c.w] && !(i-3 == n-1 && i > n-1) {
					if p, _ := word(i - 1); !p.name && p.w[len(p.w)-1] != 's' {
						return TenseFuture
					}
				}
			}
		}
		if t == TenseFuture {
			// "had been due to expire": a plan in the past.
			for k := i - 1; k >= i-2; k-- {
				if p, ok := word(k); ok && (p.w == "had" || p.w == "been") && !(k == n-1 && i >= n) {
					return TensePast
				}
			}
		}
		if t == TensePast && !finitePast[w.w] {
			// A participle after an auxiliary takes the auxiliary's tense.
			for k := i - 1; k >= i-2; k-- {
				p, ok := word(k)
				if !ok || k == n-1 && i >= n {
					break
				}
				switch p.w {
				case "be", "being":
					if !futureBe(word, k, n) {
						return TenseUnknown
					}
					return TenseFuture
				case "is", "are", "am":
					return TensePresent
				case "been", "was", "were", "has", "have", "had":
					return TensePast
				}
			}
		}
		return t
	}
	// "to take effect on Sunday": an infinitive of plan or purpose makes
	// a present or untensed clause future.
	plan := false
	for i := n - 5; i+1 < n+len(right) && i < n+4; i++ { // near the expression
		if i < 0 {
			continue
		}
		if w, _ := word(i); w.w == "to" && i != n-1 {
			if nx, _ := word(i + 1); planVerbs[nx.w] {
				plan = true
			}
		}
	}
	if fronted(text, left, end) {
		// "On Tuesday, the two sides conferred", "Until Thursday, they
		// had not…": a phrase that opens its sentence belongs to the
		// verb after it, however long the phrases between ("In January,
		// a week after the anniversary of the decision, a bomb exploded").
		var far [3 * max]tword
		right = wordsRight(text, end, far[:0])
		for i := n; i < n+len(right); i++ {
			if t, ok := reportWords[right[i-n].w]; ok && !right[i-n].name {
				return t
			}
			if t := markAt(i); t != TenseUnknown {
				if t == TensePresent && plan {
					return TenseFuture
				}
				return t
			}
		}
	}
	// search looks for the nearest word that marks the tense among the
	// words i with lo <= i < hi; a verb of saying counts only next to the
	// expression, else it is returned as report.
	reach := max
	search := func(lo, hi int) (t, report Tense) {
		for d := 0; d < reach; d++ {
			for _, i := range [2]int{n - 1 - d, n + d} {
				if i < lo || i >= hi {
					continue
				}
				w, ok := word(i)
				if !ok {
					continue
				}
				if t, ok := reportWords[w.w]; ok && !w.name {
					if i < n && d <= 2 || i == n {
						return t, report // "said Friday", "on Tuesday said": the day of the saying
					}
					if i < n && d <= 5 && !boundaryBetween(left[:d]) {
						return t, report // "told a news conference on Tuesday"
					}
					if report == TenseUnknown {
						report = t
					}
					continue
				}
				if t := markAt(i); t != TenseUnknown {
					if t == TensePresent && plan {
						return TenseFuture, report
					}
					return t, report
				}
			}
		}
		return TenseUnknown, report
	}
	// First the clause the expression sits in, when commas bound it:
	// "Kerry, who arrived in Riyadh on Monday, will fly to Cairo".
	if cl, cr := clauseLen(left), clauseLen(right); cl < len(left) || cr < len(right) {
		if t, _ := search(n-cl, n+cr); t != TenseUnknown {
			return t
		}
	}
	// ", and Tsai, who has never…": a new clause with its own subject
	// after a comma and a conjunction is not the expression's.
	hi := n + len(right)
	for k, w := range right {
		if w.comma && (w.w == "and" || w.w == "but" || w.w == "while" || w.w == "whereas") {
			if k+1 < len(right) && (right[k+1].name || subjects[right[k+1].w]) {
				hi = n + k
				break
			}
		}
	}
	t, report := search(0, hi)
	if t != TenseUnknown {
		return t
	}
	if report == TenseUnknown && (len(left) == max || len(right) == max) {
		// "Flights would leave on Monday from March 30, with the third
		// departing each Thursday from August 6": a clause without a
		// verb of its own takes the future of the sentence, further off.
		// (A past that far off is no evidence: "told oil companies of a
		// cutback in its supply in September" is ahead.)
		var farL, farR [3 * max]tword
		left, right = wordsLeft(text, start, farL[:0]), wordsRight(text, end, farR[:0])
		n, reach = len(left), 3*max
		if t, _ := search(0, n+len(right)); t == TenseFuture {
			return t
		}
	}
	if plan && report != TensePast {
		return TenseFuture
	}
	return report
}

// backIn reports whether the expression at text[start:] follows "back in"
// that opens a sentence or a clause: "Back in May, few expected it", "but
// back in 2019 he said": a look into the past. After a verb ("will be
// back in May") it says nothing.
func backIn(text string, start int) bool {
	i := start
	for _, w := range [2]string{"in", "back"} {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		if i < len(w) || !strings.EqualFold(text[i-len(w):i], w) {
			return false
		}
		i -= len(w)
		if i > 0 && isWordByte(text[i-1]) {
			return false
		}
	}
	if isSentenceStart(text, i) {
		return true
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	for _, c := range [...]string{"but", "and", "yet"} {
		if i >= len(c) && strings.EqualFold(text[i-len(c):i], c) && (i == len(c) || !isWordByte(text[i-len(c)-1])) {
			return true
		}
	}
	return i > 0 && (text[i-1] == ',' || text[i-1] == '(' || text[i-1] == ';')
}

// clauseLen returns how many of ws, nearest first, come before a comma.
func clauseLen(ws []tword) int {
	for k, w := range ws {
		if w.comma {
			return k
		}
	}
	return len(ws)
}

// bareVerbs are verbs whose past form is their base form.
var bareVerbs = map[string]bool{"set": true, "let": true, "put": true}

// finitePast are past forms that are never participles.
var finitePast = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "has": true, "have": true,
	"been": true, "ago": true, "went": true, "came": true, "took": true, "gave": true,
	"saw": true, "began": true, "became": true, "knew": true, "rose": true, "fell": true,
	"spoke": true, "wrote": true, "ran": true, "flew": true, "grew": true, "drew": true,
	"threw": true, "withdrew": true, "chose": true, "drove": true, "broke": true,
}

// sentenceEnd reports whether text[i] ends a sentence.
func sentenceEnd(text string, i int) bool {
	switch text[i] {
	case '?', '!', ';', '\n':
		return true
	case '.':
		// "U.S." and "Jan." are not ends: a capital or a short word before.
		// Closing quotes may follow: "in the spring.'' The figures".
		k := i + 1
		for k < len(text) && (text[k] == '\'' || text[k] == '"') {
			k++
		}
		if k+2 < len(text) && text[k] == 0xe2 && text[k+1] == 0x80 && (text[k+2] == 0x99 || text[k+2] == 0x9d) {
			k += 3 // ’ ”
		}
		if k < len(text) && text[k] != ' ' && text[k] != '\n' {
			return false
		}
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k < len(text) && (isDigit(text[k]) || text[k] >= 'a' && text[k] <= 'z') {
			return false // "Sept. 9", "the U.S. and"
		}
		j := i
		for j > 0 && isLetter(text[j-1]) {
			j--
		}
		if i == j {
			return i > 0 && (isDigit(text[i-1]) || text[i-1] == ')' || text[i-1] == '"' || text[i-1] == '\'') // "since 1980."
		}
		if !isUpper(text[j]) {
			return !(i-j == 2 && text[j] == 'v' && text[j+1] == 's') // "Roe vs. Wade"
		}
		// A capitalised word: "Day." ends a sentence, "Jan.", "Gen." and
		// the initials of "U.S." do not.
		if i-j == 1 || i-j > 5 {
			return i-j > 5
		}
		var buf [16]byte
		return !abbreviations[string(lower(&buf, text[j:i]))]
	}
	return false
}

// abbreviations are the capitalised abbreviations that a dot follows
// inside a sentence: titles, months, company words, US states.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "gens": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"cmdr": true, "adm": true, "maj": true, "rep": true, "reps": true, "sen": true,
	"sens": true, "gov": true, "govs": true, "prof": true, "rev": true, "hon": true,
	"pres": true, "supt": true, "atty": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "bros": true, "no": true, "nos": true, "ft": true, "mt": true,
	"ave": true, "blvd": true, "calif": true, "conn": true, "ariz": true, "fla": true,
	"ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true,
	"la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true,
	"pa": true, "penn": true, "tenn": true, "tex": true, "va": true, "vt": true,
	"wash": true, "wis": true, "wyo": true, "ala": true, "ark": true, "colo": true,
	"del": true, "vs": true, "messrs": true,
}

// wordsLeft appends the words left of i in the sentence, nearest first.
func wordsLeft(text string, i int, out []tword) []tword {
	var buf [16]byte
	comma := false
	for len(out) < cap(out) {
		for i > 0 && !isLetter(text[i-1]) {
			if sentenceEnd(text, i-1) {
				return out
			}
			if c := text[i-1]; c == ',' || c == '(' || c == ')' || c == 0x94 && i >= 3 && text[i-3] == 0xe2 {
				comma = true // "," "(" ")" "—"
			}
			i--
		}
		j := i
		for i > 0 && isLetter(text[i-1]) {
			i--
		}
		if i == j {
			return out
		}
		w := tword{comma: comma}
		if j-i <= 16 {
			w.w = string(lower(&buf, text[i:j]))
			w.name = isUpper(text[i]) && !isSentenceStart(text, i)
		}
		out = append(out, w)
	}
	return out
}

// wordsRight appends the words right of i in the sentence, nearest first.
func wordsRight(text string, i int, out []tword) []tword {
	var buf [16]byte
	comma := false
	for len(out) < cap(out) {
		for i < len(text) && !isLetter(text[i]) {
			if sentenceEnd(text, i) {
				return out
			}
			if c := text[i]; c == ',' || c == '(' || c == ')' || c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x94 {
				comma = true
			}
			i++
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if i == j {
			return out
		}
		w := tword{comma: comma}
		if j-i <= 16 {
			w.w = string(lower(&buf, text[i:j]))
			w.name = isUpper(text[i])
		}
		out = append(out, w)
		i = j
	}
	return out
}

// isSentenceStart reports whether the word at i starts a sentence.
func isSentenceStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '"' || text[i-1] == '`' || text[i-1] == '\'') {
		i--
	}
	return i == 0 || text[i-1] == '.' || text[i-1] == '\n' || text[i-1] == '?' || text[i-1] == '!' || text[i-1] == ':'
}

// futureBe reports whether the "be" at i marks the future: not after
// "could" or "can", which speak of what was or is possible ("could not be
// located Wednesday").
func futureBe(word func(int) (tword, bool), i, n int) bool {
	for k := i - 1; k >= i-2; k-- {
		p, ok := word(k)
		if !ok || k == n-1 && i >= n {
			return true
		}
		switch p.w {
		case "could", "couldn", "can", "cannot":
			return false
		case "not", "t", "also", "still", "never":
			continue
		}
		return true
	}
	return true
}

// clauseWords are words that open a new clause between a verb of saying
// and a date: "said that on Friday…", "said when…".
var clauseWords = map[string]bool{
	"that": true, "to": true, "when": true, "while": true, "after": true, "before": true,
	"if": true, "because": true, "as": true, "and": true, "but": true, "which": true,
	"who": true, "would": true, "will": true,
}

// boundaryBetween reports whether one of the words opens a clause.
func boundaryBetween(ws []tword) bool {
	for _, w := range ws {
		if clauseWords[w.w] {
			return true
		}
	}
	return false
}

// frontWords are the words that may come before a date that opens its
// sentence: "On Tuesday, …", "Until Thursday, …".
var frontWords = map[string]bool{
	"on": true, "in": true, "until": true, "till": true, "by": true, "since": true,
	"from": true, "during": true, "at": true, "after": true, "before": true, "also": true,
	"and": true, "but": true, "then": true, "early": true, "late": true, "later": true,
	"earlier": true, "as": true, "of": true,
}

// openers are the prepositions that may open a longer phrase holding a
// date before the subject: "In his address on Tuesday night, …".
var openers = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"since": true, "until": true, "by": true, "from": true,
}

// fronted reports whether the expression that ends at end opens its
// sentence, after at most one preposition or inside a phrase that a
// preposition opens ("In his State of the Union address on Tuesday
// night, …": no verb, clause word or comma before the expression), and a
// comma follows it.
func fronted(text string, left []tword, end int) bool {
	if len(left) > 1 && !frontedPhrase(left) || len(left) == 1 && !frontWords[left[0].w] {
		return false
	}
	for end < len(text) && text[end] == ' ' {
		end++
	}
	return end < len(text) && text[end] == ','
}

// frontedPhrase reports whether left, the words before an expression
// nearest first, are a whole phrase from the sentence start that a
// preposition opens, with no verb, clause word or comma in it.
func frontedPhrase(left []tword) bool {
	n := len(left)
	if n == cap(left) || n == 0 || !openers[left[n-1].w] || left[n-1].comma {
		return false // the sentence may start further left
	}
	for _, w := range left[:n-1] {
		if w.name {
			continue
		}
		if clauseWords[w.w] || subjects[w.w] || wordTense(w.w) != TenseUnknown {
			return false
		}
	}
	return true
}
