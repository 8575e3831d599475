package dates

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// firstBytes returns the bytes a match of the pattern can start with, in
// the text as UTF-8; all of them when the pattern can match the empty
// string or start with any character.
func firstBytes(pattern string) (set [256]bool) {
	all := func() {
		set = [256]bool{}
		for i := range set {
			set[i] = true
		}
	}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		all()
		return
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		all()
		return
	}
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32) bool // false: any byte may start a match
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(in.Out)
		case syntax.InstRune1:
			addRune(&set, in.Rune[0], syntax.Flags(in.Arg)&syntax.FoldCase != 0)
			return true
		case syntax.InstRune:
			fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
			if len(in.Rune) == 1 {
				addRune(&set, in.Rune[0], fold)
				return true
			}
			for i := 0; i+1 < len(in.Rune); i += 2 {
				lo, hi := in.Rune[i], in.Rune[i+1]
				if hi >= utf8.RuneSelf || hi-lo > 256 {
					return false
				}
				for r := lo; r <= hi; r++ {
					addRune(&set, r, fold)
				}
			}
			return true
		}
		return false // InstMatch, InstFail, any character
	}
	if !walk(uint32(prog.Start)) {
		all()
	}
	return
}

// addRune adds the first byte of r in UTF-8 to set, and with fold those
// of the runes r folds to.
func addRune(set *[256]bool, r rune, fold bool) {
	f := r
	for {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], f)
		set[b[0]] = true
		if !fold {
			return
		}
		if f = unicode.SimpleFold(f); f == r {
			return
		}
	}
}
