package dates

import "github.com/olebedev/when/rules"

// dottedTime finds a clock time written with a dot, in British style:
// "10.30am", "7.15 p.m.", "10.30 GMT", "22.05 BST". A dotted number is a
// time only with a.m./p.m. or a time zone after it, so that "rose 10.30
// points" and "$10.30 a share" are not times. The time is on the day the
// sentence names, else the reference day.
var dottedTime = newRule("dotted-time", cClock,
	`\b(?P<x>(\d{1,2})\.([0-5]\d)(?:\s*((?i:a\.m\.?|p\.m\.?|am\b|pm\b))(`+reZone+`)?|(`+reZone+`)))`,
	func(m *rules.Match, x *expr) bool {
		if x.off+m.Left > 0 {
			if b := x.text[x.off+m.Left-1]; b == '$' || b == '.' || b == ',' || isDigit(b) {
				return false // "$10.30 a share", "1.10.30"
			}
		}
		c := m.Captures
		h, mi := atoi(c[1]), atoi(c[2])
		if c[3] != "" {
			if h < 1 || h > 12 {
				return false
			}
			pm := c[3][0] == 'p' || c[3][0] == 'P'
			if pm && h != 12 {
				h += 12
			}
			if !pm && h == 12 {
				h = 0
			}
		} else if h > 23 {
			return false
		}
		x.typ, x.gran, x.rel, x.textAnchor = Time, gMinute, true, true
		x.h, x.mi = h, mi
		return true
	}).startsWith(cDigit)
