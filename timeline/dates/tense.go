package dates

import "strings"

// tenseWords are the words that mark the tense of a clause. Verbs in -ed
// are past as well (see wordTense).
var tenseWords = map[string]Tense{
	"will": TenseFuture, "shall": TenseFuture, "would": TenseFuture, "ll": TenseFuture,
	"wo": TenseFuture, "going": TenseFuture, "plans": TenseFuture, "plan": TenseFuture,
	"planning": TenseFuture, "scheduled": TenseFuture, "expected": TenseFuture,
	"expects": TenseFuture, "due": TenseFuture, "upcoming": TenseFuture, "intends": TenseFuture,
	"may": TenseFuture, "might": TenseFuture, "could": TenseFuture, "should": TenseFuture,
	"must": TenseFuture, "hopes": TenseFuture, "aims": TenseFuture, "set": TenseFuture,
	"is": TensePresent, "are": TensePresent, "am": TensePresent, "says": TensePresent,
	"say": TensePresent, "does": TensePresent,
	"was": TensePast, "were": TensePast, "had": TensePast, "did": TensePast,
	"said": TensePast, "told": TensePast, "met": TensePast, "went": TensePast,
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
	"fled": TensePast, "hung": TensePast, "swore": TensePast, "forgot": TensePast,
	"arose": TensePast, "blew": TensePast, "drew": TensePast, "threw": TensePast,
	"wore": TensePast, "woke": TensePast, "bore": TensePast, "slid": TensePast,
	"sank": TensePast, "shook": TensePast, "stole": TensePast, "tore": TensePast,
	"been": TensePast, "has": TensePast, "have": TensePast, "ago": TensePast,
	"last": TensePast, "earlier": TensePast, "yesterday": TensePast,
	"next": TenseFuture, "tomorrow": TenseFuture, "later": TenseFuture,
}

// notPast are words in -ed that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "feed": true, "seed": true, "proceed": true,
	"exceed": true, "succeed": true, "indeed": true, "bleed": true, "breed": true,
	"greed": true, "weed": true, "heed": true, "bed": true, "red": true, "shed": true,
	"wed": true, "hundred": true, "kindred": true, "sacred": true, "naked": true,
	"wicked": true, "rugged": true, "ragged": true, "beloved": true, "aged": true,
	"united": true, "limited": true, "based": true, "related": true, "detailed": true,
	"advanced": true, "armed": true, "unprecedented": true, "so-called": true,
	"alleged": true, "reported": false, "embed": true, "sled": true,
}

// wordTense returns the tense a word marks, or TenseUnknown.
func wordTense(w string) Tense {
	if t, ok := tenseWords[w]; ok {
		return t
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w] {
		return TensePast
	}
	return TenseUnknown
}

// tenseAt returns the tense of the clause around text[start:end]: that of
// the nearest tense-marking word in the same sentence, looking up to 12
// words either way, preferring the left on a tie.
func tenseAt(text string, start, end int) Tense {
	const maxWords = 12
	left, ld := leftTense(text, start, maxWords)
	right, rd := rightTense(text, end, maxWords)
	switch {
	case left == TenseUnknown:
		return right
	case right == TenseUnknown:
		return left
	case rd < ld:
		return right
	}
	return left
}

// leftTense scans words leftwards from i within the sentence.
func leftTense(text string, i, max int) (Tense, int) {
	var buf [16]byte
	for n := 0; n < max; n++ {
		// skip separators; stop at a sentence end
		for i > 0 && !isLetter(text[i-1]) {
			c := text[i-1]
			if c == '.' || c == '?' || c == '!' || c == ';' || c == '\n' {
				if c != '.' || i < 3 || text[i-2] < 'a' { // "U.S." and "Jan." are not ends
					return TenseUnknown, n
				}
			}
			i--
		}
		j := i
		for i > 0 && isLetter(text[i-1]) {
			i--
		}
		if i == j {
			return TenseUnknown, n
		}
		if j-i > 16 || isUpper(text[i]) && j-i > 1 && !isSentenceStart(text, i) {
			continue // a name, not a verb
		}
		if t := wordTense(string(lower(&buf, text[i:j]))); t != TenseUnknown {
			return t, n
		}
	}
	return TenseUnknown, max
}

// rightTense scans words rightwards from i within the sentence.
func rightTense(text string, i, max int) (Tense, int) {
	var buf [16]byte
	for n := 0; n < max; n++ {
		for i < len(text) && !isLetter(text[i]) {
			c := text[i]
			if c == '?' || c == '!' || c == ';' || c == '\n' || c == '.' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
				return TenseUnknown, n
			}
			i++
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if i == j {
			return TenseUnknown, n
		}
		w := text[i:j]
		i = j
		if len(w) > 16 || isUpper(w[0]) && len(w) > 1 {
			continue
		}
		if t := wordTense(string(lower(&buf, w))); t != TenseUnknown {
			return t, n
		}
	}
	return TenseUnknown, max
}

// isSentenceStart reports whether the word at i starts a sentence.
func isSentenceStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '"' || text[i-1] == '`' || text[i-1] == '\'') {
		i--
	}
	return i == 0 || text[i-1] == '.' || text[i-1] == '\n' || text[i-1] == '?' || text[i-1] == '!'
}
