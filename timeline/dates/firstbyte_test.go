package dates

import "testing"

func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    string // the bytes a match can start with, in order; "*" for all
	}{
		{`^(?:[Ff]ull-year)\b`, "Ff"},
		{`^(?:(?:[Aa]\s+)?([Hh]alf|\d))`, "0123456789AHah"},
		{`^(?:x?)`, "*"},
		{`^(?:.ay)`, "*"},
		{`(?i)k`, "Kk\xe2"}, // and the Kelvin sign
		{`^(?:’s|é)`, "\xc3\xe2"},
	} {
		set := firstBytes(c.pattern)
		var got []byte
		all := true
		for b, ok := range set {
			if ok {
				got = append(got, byte(b))
			} else {
				all = false
			}
		}
		s := string(got)
		if all {
			s = "*"
		}
		if s != c.want {
			t.Errorf("firstBytes(%q) = %q, want %q", c.pattern, s, c.want)
		}
	}
}
