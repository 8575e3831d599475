package dates

import (
	"regexp/syntax"
	"testing"
)

// TestPatternsStaySmall checks that every rule's pattern compiles to at
// most 500 instructions: above that, Go's regexp leaves its backtracker
// for the much slower NFA, and the finder slows down several times over.
func TestPatternsStaySmall(t *testing.T) {
	for _, r := range allRules {
		re := r.RegExp
		if r.anch != nil {
			re = r.anch
		}
		sx, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(sx.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if n := len(prog.Inst); n > 500 {
			t.Errorf("rule %s: %d instructions, more than 500", r.name, n)
		}
	}
}
