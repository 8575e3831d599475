package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestExtraScript checks that a page's Content-Security-Policy allows its
// ExtraScript, and only it, and that fragments leave it out.
func TestExtraScript(t *testing.T) {
	tl := &timeline.Timeline{Title: "T"}
	const js = "console.log(1);\n"
	var page bytes.Buffer
	if err := Render(&page, tl, Options{ExtraScript: js}); err != nil {
		t.Fatal(err)
	}
	p := page.String()
	if !strings.Contains(p, "<script>"+js+"</script>") {
		t.Errorf("page lacks the extra script")
	}
	csp := NewPage(tl, Options{ExtraScript: js}).CSP
	if !strings.Contains(csp, hash(js)) || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("CSP %q does not allow the extra script and its requests", csp)
	}
	if plain := NewPage(tl, Options{}).CSP; strings.Contains(plain, "connect-src") {
		t.Errorf("CSP without an extra script allows requests: %q", plain)
	}
	var frag bytes.Buffer
	if err := Render(&frag, tl, Options{Fragment: true, ExtraScript: js}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(frag.String(), js) {
		t.Errorf("fragment includes the extra script")
	}
}
