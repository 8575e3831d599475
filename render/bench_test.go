package render

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// bigTimeline makes a timeline of n events with a spread of dates and
// precisions, like a large hand-kept timeline: each event has a
// description (a quarter of them with Markdown emphasis and a link, the
// rest plain sentences), two actors, a type, a place and one source, and
// every third event a second source.
func bigTimeline(n int) *timeline.Timeline {
	actors := []string{"United States", "China", "Taiwan", "Japan", "Russia", "European Union", "India", "Brazil"}
	tl := &timeline.Timeline{Title: "A large timeline"}
	for i := range n {
		y := 1950 + i%75
		var date string
		switch i % 8 {
		case 0:
			date = fmt.Sprintf("%d", y)
		case 1:
			date = fmt.Sprintf("%d-%02d", y, 1+i%12)
		case 2:
			date = fmt.Sprintf("%d-W%02d", y, 1+i%52)
		case 3:
			date = fmt.Sprintf("%d-%02d-%02d/%d-%02d-%02d", y, 1+i%12, 1+i%20, y, 1+i%12, 3+i%20)
		case 4:
			date = fmt.Sprintf("%d-%d", y, 21+i%4)
		default:
			date = fmt.Sprintf("%d-%02d-%02d", y, 1+i%12, 1+i%28)
		}
		e := &timeline.Event{
			ID:          fmt.Sprintf("event-%05d", i),
			Date:        timeline.MustParseDate(date),
			Title:       fmt.Sprintf("%s and %s hold talks on trade, number %d", actors[i%8], actors[(i+3)%8], i),
			Description: fmt.Sprintf("The talks were the %dth round. Officials said they were constructive and agreed to meet again.", i),
			Actors:      []string{actors[i%8], actors[(i+3)%8]},
			Type:        timeline.EventTypes[i%len(timeline.EventTypes)],
			Location:    "Geneva",
			Planned:     i%50 == 0,
			Sources: []timeline.Source{{
				URL: fmt.Sprintf("https://news.example.com/%d/%d", y, i), Title: "Talks resume", Outlet: "Example News",
				Published: fmt.Sprintf("%d-06-01", y+1), Quote: "The two sides held talks, officials said on Monday.",
			}},
		}
		if i%4 == 0 {
			e.Description = fmt.Sprintf("The talks were *the %dth* round. Officials said they were [constructive](https://news.example.com/%d) "+
				"and agreed to meet again.", i, i)
		}
		if i%3 == 0 {
			e.Sources = append(e.Sources, timeline.Source{File: "notes.txt", Published: "2024-04-26", Quote: "They met again."})
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// BenchmarkRender renders 10,000 events in each format. The HTML case is
// the figure in the README:
//
//	go test -run '^$' -bench 'Render/html$' -benchmem ./render
func BenchmarkRender(b *testing.B) {
	tl := bigTimeline(10000)
	for _, c := range []struct {
		name string
		opt  Options
	}{
		{"html", Options{}},
		{"md", Options{Format: "md"}},
		{"md-table", Options{Format: "md", Style: "table"}},
		{"mermaid", Options{Format: "mermaid"}},
		{"timelinejs", Options{Format: "timelinejs"}},
		{"csv", Options{Format: "csv"}},
		{"json", Options{Format: "json"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var size int
			b.ReportAllocs()
			for b.Loop() {
				var cw countWriter
				if err := Render(&cw, tl, c.opt); err != nil {
					b.Fatal(err)
				}
				size = cw.n
			}
			b.ReportMetric(float64(size)/1e6, "MB-out")
		})
	}
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

// TestBigTimeline checks that the benchmark's timeline renders in full.
func TestBigTimeline(t *testing.T) {
	tl := bigTimeline(200)
	var buf bytes.Buffer
	if err := Render(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte(`<li class="tl-event`)); n != 200 {
		t.Errorf("%d events in the page, want 200", n)
	}
	if err := Render(io.Discard, tl, Options{Format: "md"}); err != nil {
		t.Fatal(err)
	}
}
