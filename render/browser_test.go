package render

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/timeline-dev/timeline/timeline"
)

// browserNames are the executables the browser test looks for, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"}

// findBrowser returns the path of a Chromium, or "" when there is none.
// $TIMELINE_CHROME names one explicitly.
func findBrowser() string {
	if p := os.Getenv("TIMELINE_CHROME"); p != "" {
		return p
	}
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where the browser test saves its screenshots: outside
// the repository, in $TIMELINE_ARTIFACTS or else the system's temporary
// directory.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("TIMELINE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "timeline-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser is a headless Chromium for one test, with what it logged.
type browser struct {
	t   *testing.T
	ctx context.Context

	mu      sync.Mutex
	console []string // errors and exceptions from the console
	dialogs []string // messages of dialogs that a page opened
}

// newBrowser starts a headless Chromium with a fresh profile and no
// network. The test skips when there is no browser and $CI is unset, and
// fails when $CI is set.
func newBrowser(t *testing.T) *browser {
	path := findBrowser()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("no Chromium found (looked for %s and $TIMELINE_CHROME); CI must install it: apt-get install chromium", strings.Join(browserNames, ", "))
		}
		t.Skipf("skipping the browser test: no Chromium found (looked for %s and $TIMELINE_CHROME); install it with apt-get install chromium", strings.Join(browserNames, ", "))
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1100, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(ctx)
	t.Cleanup(cancelCtx)

	b := &browser{t: t, ctx: ctx}
	messages := chromedp.Console(ctx)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				b.mu.Lock()
				b.console = append(b.console, m.String())
				b.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, ev.Message)
			b.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return b
}

// stepTimeout bounds each step, so that a page that never gets to the
// state a step waits for fails the test soon.
const stepTimeout = 15 * time.Second

// do runs actions and fails the test on an error.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression and decodes its value into T.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// open loads the file at path, with query and fragment, and waits for it.
func (b *browser) open(path, query string) {
	b.t.Helper()
	u := (&url.URL{Scheme: "file", Path: path, RawQuery: query}).String()
	b.do(chromedp.Navigate(u))
}

// quiet checks that nothing was logged as an error and no dialog opened.
func (b *browser) quiet() {
	b.t.Helper()
	time.Sleep(100 * time.Millisecond) // let the last events arrive
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		b.t.Errorf("console: %s", m)
	}
	for _, m := range b.dialogs {
		b.t.Errorf("a dialog opened: %q", m)
	}
	b.console, b.dialogs = nil, nil
}

// shown lists the IDs of the events the page shows.
const shownJS = `Array.from(document.querySelectorAll(".tl-event")).filter(e => e.checkVisibility()).map(e => e.id)`

// waitShown waits until the page shows n events and returns their IDs.
func (b *browser) waitShown(n int) []string {
	b.t.Helper()
	js := fmt.Sprintf(`(%s).length === %d`, shownJS, n)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(stepTimeout))); err != nil {
		b.t.Errorf("the page does not come to show %d events (it shows %v): %v", n, eval[[]string](b, shownJS), err)
	}
	return eval[[]string](b, shownJS)
}

// screenshot saves a PNG of the whole page in the artifact directory.
// waitTrue waits until the JavaScript expression js is true.
func (b *browser) waitTrue(js string) {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(stepTimeout))); err != nil {
		b.t.Errorf("%s does not come true: %v", js, err)
	}
}

func (b *browser) screenshot(name string) {
	b.t.Helper()
	b.save(name, chromedp.FullScreenshot(100))
}

// save runs a screenshot action and saves its PNG in the artifact
// directory.
func (b *browser) save(name string, shot chromedp.Action[[]byte]) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, shot)
	if err != nil {
		b.t.Fatal(err)
	}
	path := filepath.Join(artifactDir(b.t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// writePage renders tl with opt into a file in a new directory and
// returns its path. A fragment is wrapped in a bare page with no
// Content-Security-Policy, so that only escaping keeps script out.
func writePage(t *testing.T, tl *timeline.Timeline, opt Options, name string) string {
	t.Helper()
	var buf bytes.Buffer
	if opt.Fragment {
		buf.WriteString("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Host</title></head><body>\n")
	}
	if err := Render(&buf, tl, opt); err != nil {
		t.Fatal(err)
	}
	if opt.Fragment {
		buf.WriteString("</body></html>\n")
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// ids returns the IDs of the events for which keep is true.
func ids(events []*timeline.Event, keep func(*timeline.Event) bool) []string {
	var out []string
	for _, e := range events {
		if keep(e) {
			out = append(out, e.ID)
		}
	}
	return out
}

// TestBrowser opens the rendered sample page in headless Chromium and
// checks that it shows every event, that the filters and the search narrow
// the list and restore it and keep their state in the URL, that the page
// works without JavaScript, and that nothing is logged as an error.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	tl := load(t, "sample")
	events := visible(tl)
	all := ids(events, func(*timeline.Event) bool { return true })
	path := writePage(t, tl, Options{}, "sample.html")

	b.open(path, "")
	b.do(chromedp.WaitVisible(chromedp.CSS(".tl-filters")))
	if got := b.waitShown(len(all)); !slices.Equal(got, all) {
		t.Errorf("shown events:\n got %v\nwant %v", got, all)
	}
	titles := eval[[]string](b, `Array.from(document.querySelectorAll(".tl-event-title")).map(h => h.textContent)`)
	for i, e := range events {
		if i >= len(titles) || titles[i] != e.Title {
			t.Errorf("title %d = %q, want %q", i, titles[i], e.Title)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("h1").length`); n != 1 {
		t.Errorf("%d h1 elements, want 1", n)
	}
	if n := eval[int](b, `document.querySelectorAll("time[datetime]").length`); n < len(all) {
		t.Errorf("%d <time datetime> elements for %d events", n, len(all))
	}
	b.screenshot("sample.png")

	restore := func(step string) {
		t.Helper()
		b.do(chromedp.Click(chromedp.CSS(".tl-reset")))
		if got := b.waitShown(len(all)); !slices.Equal(got, all) {
			t.Errorf("%s: after Show all: %v", step, got)
		}
		if q := eval[string](b, `location.search`); q != "" {
			t.Errorf("%s: after Show all the URL keeps %q", step, q)
		}
	}

	// A type filter narrows the list and the URL keeps it.
	want := ids(events, func(e *timeline.Event) bool { return e.Type == "AGREE" })
	b.do(chromedp.SetValue(chromedp.CSS(`select[name="type"]`), "AGREE"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name="type"]').dispatchEvent(new Event("change", {bubbles: true}))`))
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("type AGREE: shown %v, want %v", got, want)
	}
	if q := eval[string](b, `location.search`); q != "?type=AGREE" {
		t.Errorf("type AGREE: location.search = %q", q)
	}
	if n := eval[int](b, `Array.from(document.querySelectorAll(".tl-group")).filter(g => !g.hidden).length`); n != 2 {
		t.Errorf("type AGREE: %d year groups shown, want 2", n)
	}
	if n := eval[int](b, `Array.from(document.querySelectorAll(".tl-nav li")).filter(li => li.checkVisibility()).length`); n != 2 {
		t.Errorf("type AGREE: %d year links shown, want 2", n)
	}
	restore("type")

	// An actor filter.
	want = ids(events, func(e *timeline.Event) bool { return slices.Contains(e.Actors, "Taiwan") })
	b.do(chromedp.SetValue(chromedp.CSS(`select[name="actor"]`), "Taiwan"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name="actor"]').dispatchEvent(new Event("change", {bubbles: true}))`))
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("actor Taiwan: shown %v, want %v", got, want)
	}
	restore("actor")

	// The search, typed on the keyboard.
	want = ids(events, func(e *timeline.Event) bool { return strings.Contains(strings.ToLower(eventText(e)), "blinken") })
	if len(want) < 2 || len(want) == len(all) {
		t.Fatalf("the sample should have a few events about Blinken, has %v", want)
	}
	b.do(chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "Blinken"))
	// The search runs a moment after the last key, and may have run on
	// part of the word before: wait until the URL has all of it.
	b.waitTrue(`location.search === "?q=Blinken"`)
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("search Blinken: shown %v, want %v", got, want)
	}
	b.screenshot("sample-search.png")
	restore("search")

	// A year range.
	want = ids(events, func(e *timeline.Event) bool {
		first, last := yearSpan(e.Date)
		return (first == "" || first <= "2023") && (last == "" || last >= "2022")
	})
	b.do(chromedp.SendKeys(chromedp.CSS(`input[name="from"]`), "2022"), chromedp.SendKeys(chromedp.CSS(`input[name="to"]`), "2023"))
	b.waitTrue(`location.search === "?from=2022&to=2023"`)
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("years 2022–2023: shown %v, want %v", got, want)
	}
	restore("years")

	// The filters come back from the URL, and a permalink to an event they
	// hide clears them.
	b.open(path, "from=2022")
	want = ids(events, func(e *timeline.Event) bool { _, last := yearSpan(e.Date); return last == "" || last >= "2022" })
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("?from=2022: shown %v, want %v", got, want)
	}
	b.do(chromedp.EmulateViewport(1000, 1400))
	b.save("sample-top.png", chromedp.CaptureScreenshot())
	b.do(chromedp.EmulateViewport(1100, 900))
	b.open(path, "type=SANCTION&q=tariffs")
	want = []string{"2018-07-tariffs"}
	if got := b.waitShown(1); !slices.Equal(got, want) {
		t.Errorf("?type=SANCTION&q=tariffs: shown %v, want %v", got, want)
	}
	if v := eval[string](b, `document.querySelector('select[name="type"]').value + "|" + document.querySelector('input[name="q"]').value`); v != "SANCTION|tariffs" {
		t.Errorf("the form shows %q, want the filters of the URL", v)
	}
	b.do(chromedp.Evaluate[chromedp.Void](`location.hash = "#2023-02-balloon"`))
	if got := b.waitShown(len(all)); !slices.Contains(got, "2023-02-balloon") {
		t.Errorf("a permalink to a hidden event does not show it: %v", got)
	}

	// The keyboard reaches the skip link first, and it leads to the events.
	b.open(path, "")
	b.do(chromedp.KeyEvent("\t"))
	if c := eval[string](b, `document.activeElement.className`); c != "tl-skip" {
		t.Errorf("the first Tab focuses %q, want the skip link", c)
	}
	b.quiet()

	// In print: no controls, and link targets after the links.
	b.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	printChecks := map[string]string{
		"no filter form":   `getComputedStyle(document.querySelector(".tl-filters")).display === "none"`,
		"no year links":    `getComputedStyle(document.querySelector(".tl-nav")).display === "none"`,
		"events unbroken":  `getComputedStyle(document.querySelector(".tl-event")).breakInside === "avoid"`,
		"link targets":     `getComputedStyle(document.querySelector(".tl-sources a"), "::after").content.includes("https://")`,
		"no sticky titles": `getComputedStyle(document.querySelector(".tl-group-title")).position === "static"`,
	}
	for name, js := range printChecks {
		if !eval[bool](b, js) {
			t.Errorf("print: %s: %s is false", name, js)
		}
	}
	b.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
		return err
	}))

	// Dark, 360 px wide.
	b.do(chromedp.EmulateViewport(360, 800),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
			})
			return err
		}))
	b.open(path, "")
	if w := eval[int](b, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the page is %d px wide", w)
	}
	if bg := eval[string](b, `getComputedStyle(document.querySelector(".tl")).backgroundColor`); bg != "rgb(22, 23, 27)" {
		t.Errorf("dark background = %s", bg)
	}
	b.screenshot("sample-360-dark.png")
	b.save("sample-360-dark-top.png", chromedp.CaptureScreenshot())

	// Without JavaScript the page shows every event and no filter form.
	b.do(chromedp.EmulateViewport(1100, 900),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}))
	b.open(path, "type=AGREE")
	if got := eval[[]string](b, shownJS); !slices.Equal(got, all) {
		t.Errorf("without JavaScript: shown %v", got)
	}
	if eval[bool](b, `document.querySelector(".tl-filters").checkVisibility()`) {
		t.Error("without JavaScript the filter form shows")
	}
	b.quiet()
}

// eventText is the text of e that the page shows, near enough for the
// search test.
func eventText(e *timeline.Event) string {
	parts := []string{FormatDate(e.Date), e.Title, e.Description, strings.Join(e.Actors, " "), e.Type, e.Location}
	for _, s := range e.Sources {
		parts = append(parts, sourceLabel(s), s.Outlet, published(s), s.Quote)
	}
	return strings.Join(parts, " ")
}

// TestBrowserXSS opens the XSS fixture as a page and as a fragment in a
// page with no Content-Security-Policy, uses its filters with the
// payloads as values, and checks that no payload runs.
func TestBrowserXSS(t *testing.T) {
	b := newBrowser(t)
	tl := load(t, "xss")
	checks := map[string]string{
		"script elements":   `document.querySelectorAll("script").length === 1`,
		"event handlers":    `!Array.from(document.querySelectorAll("*")).some(el => Array.from(el.attributes).some(a => a.name.startsWith("on")))`,
		"embedded content":  `document.querySelectorAll("iframe, frame, object, embed, img, svg, video, audio").length === 0`,
		"unsafe links":      `!Array.from(document.querySelectorAll("a[href]")).some(a => !["http:", "https:", "mailto:", "file:"].includes(a.protocol))`,
		"the title escaped": `document.querySelector(".tl-title").textContent.includes("<script>")`,
		"style elements":    `document.querySelectorAll("style").length === 1`,
		"events shown":      fmt.Sprintf(`(%s).length === %d`, shownJS, len(visible(tl))),
	}
	inert := func(step string) {
		t.Helper()
		if v := eval[string](b, `String(window.__xss)`); v != "undefined" {
			t.Errorf("%s: a payload ran: window.__xss = %s", step, v)
		}
		for name, js := range checks {
			if !eval[bool](b, js) {
				t.Errorf("%s: %s: %s is false", step, name, js)
			}
		}
		b.quiet()
	}
	for _, opt := range []Options{{Fragment: true}, {}} {
		kind := "page"
		if opt.Fragment {
			kind = "fragment without CSP"
		}
		path := writePage(t, tl, opt, "xss.html")
		b.open(path, "")
		inert(kind)
		if t.Failed() {
			continue
		}
		// Filter by each actor and type, payloads included, and search for
		// one: the values go through the URL and back.
		b.do(chromedp.Evaluate[chromedp.Void](`(() => {
			const f = document.querySelector(".tl-filters");
			for (const name of ["actor", "type"]) {
				for (const o of f.elements[name].options) {
					f.elements[name].value = o.value;
					f.elements[name].dispatchEvent(new Event("change", {bubbles: true}));
				}
			}
			f.elements.q.value = "<script>window.__xss=100</script>";
			f.elements.q.dispatchEvent(new Event("change", {bubbles: true}));
		})()`))
		b.do(chromedp.Reload())
		b.waitShown(0)
		b.do(chromedp.Evaluate[chromedp.Void](`document.querySelector(".tl-reset").click()`))
		b.waitShown(len(visible(tl)))
		inert(kind + " after filtering")
	}
	b.screenshot("xss.png")
}

// TestBrowserManyEvents opens a page of 5,000 events and uses its search
// and a filter. It logs how long the page took to load and to filter;
// it asserts only that the results are right.
func TestBrowserManyEvents(t *testing.T) {
	b := newBrowser(t)
	tl := bigTimeline(5000)
	events := visible(tl)
	path := writePage(t, tl, Options{}, "many.html")

	start := time.Now()
	b.open(path, "")
	b.do(chromedp.WaitVisible(chromedp.CSS(".tl-filters")))
	loaded := time.Since(start)
	b.waitShown(len(events))

	// timed sets a form field, lets the form handle the change as a user's
	// change would, and lays the page out; it returns how long that took
	// in the page, in milliseconds.
	timed := func(name, value string) float64 {
		return eval[float64](b, fmt.Sprintf(`(() => {
			const t0 = performance.now();
			const el = document.querySelector(".tl-filters").elements[%q];
			el.value = %q;
			el.dispatchEvent(new Event("change", {bubbles: true}));
			document.body.offsetHeight;
			return performance.now() - t0;
		})()`, name, value))
	}
	want := ids(events, func(e *timeline.Event) bool { return e.Type == "AID" })
	filtered := timed("type", "AID")
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("type AID: %d events shown, want %d", len(got), len(want))
	}
	want = ids(events, func(e *timeline.Event) bool { return e.Type == "AID" && strings.Contains(eventText(e), "4325") })
	if len(want) != 1 {
		t.Fatalf("want one event of type AID about 4325, have %v", want)
	}
	searched := timed("q", "number 4325")
	if got := b.waitShown(len(want)); !slices.Equal(got, want) {
		t.Errorf("type AID and search: shown %v, want %v", got, want)
	}
	restored := timed("type", "") + timed("q", "")
	b.waitShown(len(events))
	b.quiet()
	t.Logf("5,000 events: loaded in %v; in the page, a type filter took %.0f ms, a search %.0f ms, clearing both %.0f ms", loaded.Round(time.Millisecond), filtered, searched, restored)
}
