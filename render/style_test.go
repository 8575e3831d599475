package render

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// palettes returns the colour custom properties of the stylesheet: those
// of the first ".tl {" rule (light), of the one in the dark media query,
// and of the one in the print media query.
func palettes(t *testing.T) map[string]map[string]string {
	t.Helper()
	prop := regexp.MustCompile(`--tl-([a-z-]+):\s*(#[0-9a-fA-F]{6})`)
	block := func(after string) map[string]string {
		i := strings.Index(timelineCSS, after)
		if i < 0 {
			t.Fatalf("timeline.css has no %q", after)
		}
		rest := timelineCSS[i:]
		rest = rest[:strings.Index(rest, "}")]
		m := map[string]string{}
		for _, p := range prop.FindAllStringSubmatch(rest, -1) {
			m[p[1]] = p[2]
		}
		return m
	}
	return map[string]map[string]string{
		"light": block(".tl {"),
		"dark":  block("@media (prefers-color-scheme: dark)"),
		"print": block("@media print"),
	}
}

// TestContrast checks the colours of the stylesheet against WCAG 2.2 AA:
// 4.5:1 for text (1.4.3) and 3:1 for the borders of controls, the focus
// ring and the event markers (1.4.11), in light, dark and print.
func TestContrast(t *testing.T) {
	pairs := []struct {
		fg, bg string
		min    float64
	}{
		{"fg", "bg", 4.5},
		{"muted", "bg", 4.5},
		{"link", "bg", 4.5},
		{"fg", "chip-bg", 4.5},
		{"muted", "chip-bg", 4.5},
		{"planned", "planned-bg", 4.5},
		{"fg", "target-bg", 4.5},
		{"muted", "target-bg", 4.5},
		{"link", "target-bg", 4.5},
		{"line", "bg", 3},
		{"focus", "bg", 3},
		{"planned", "bg", 3},
	}
	for scheme, p := range palettes(t) {
		for _, c := range pairs {
			fg, bg := p[c.fg], p[c.bg]
			if fg == "" || bg == "" {
				t.Errorf("%s: --tl-%s or --tl-%s is missing", scheme, c.fg, c.bg)
				continue
			}
			if r := contrast(fg, bg); r < c.min {
				t.Errorf("%s: --tl-%s %s on --tl-%s %s has contrast %.2f, below %.1f", scheme, c.fg, fg, c.bg, bg, r, c.min)
			}
		}
	}
	// The page's own rules: the skip link.
	if r := contrast("#0b57c2", "#ffffff"); r < 4.5 || !strings.Contains(pageCSS, "#0b57c2") {
		t.Errorf("skip link contrast %.2f", r)
	}
}

// contrast returns the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	ch := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&0xff) + 0.7152*ch(v>>8&0xff) + 0.0722*ch(v&0xff)
}

func TestContrastFormula(t *testing.T) {
	if r := contrast("#000000", "#ffffff"); math.Abs(r-21) > 0.01 {
		t.Errorf("black on white = %.2f, want 21", r)
	}
	if r := contrast("#767676", "#ffffff"); math.Abs(r-4.54) > 0.01 {
		t.Errorf("#767676 on white = %.2f, want 4.54", r)
	}
}
