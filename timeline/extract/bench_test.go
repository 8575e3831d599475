package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/data"
	"github.com/timeline-dev/timeline/timeline"
)

// Pieces of generated news text for the benchmarks.
var (
	genPeople    = []string{"President Joe Biden", "Chinese President Xi Jinping", "Foreign Minister Sergei Lavrov", "Chancellor Olaf Scholz", "Prime Minister Narendra Modi", "President Emmanuel Macron", "Secretary of State Antony Blinken", "Prime Minister Fumio Kishida"}
	genCountries = []string{"Japan", "Brazil", "Kenya", "Poland", "Vietnam", "Canada", "Egypt", "Turkey", "India", "Mexico"}
	genDates     = []string{"on Monday", "on Friday", "last week", "in March", "on Sept. 4, 2019", "in 2014", "last year", "earlier this week", "on 12 December 2015", "in January 2021", "two years ago", "on Tuesday"}
	genClauses   = []string{
		"%s met his counterpart from %s %s to discuss trade and security.",
		"%s signed an agreement with %s %s, officials said.",
		"Officials said %s had visited %s %s as part of a wider tour of the region.",
		"%s warned %s %s that new sanctions could follow if talks failed.",
		"Talks between %s and %s resumed %s after a pause of several months.",
		"%s announced %s that the country would send aid to %s.",
		"The agreement, which %s negotiated with %s, was ratified %s by parliament.",
	}
	genFiller = "Analysts said the relationship remained complicated, with disputes over tariffs, technology and human rights weighing on both sides. Neither government commented on the details of the discussions, which lasted several hours."
)

// genArticle returns a plain-text article of about size bytes, made
// deterministically from seed.
func genArticle(seed uint64, size int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	var b strings.Builder
	fmt.Fprintf(&b, "%s and %s leaders hold talks\n\n", pick(genCountries), pick(genCountries))
	for b.Len() < size {
		for range 3 {
			c := pick(genClauses)
			args := []any{pick(genPeople), pick(genCountries), pick(genDates)}
			if strings.Count(c, "%s") == 4 {
				args = append(args, pick(genCountries))
			}
			fmt.Fprintf(&b, c+" ", args...)
		}
		b.WriteString(genFiller)
		b.WriteString("\n\n")
	}
	return b.String()
}

// genPage wraps a generated article in a news page with boilerplate.
func genPage(seed uint64, size int) string {
	art := genArticle(seed, size)
	title, body, _ := strings.Cut(art, "\n\n")
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><title>%s | Example News</title>
<meta property="article:published_time" content="2021-06-16T10:00:00Z">
<link rel="canonical" href="https://news.example/%d"></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>%s</h1><p class="byline">By Staff</p>`, title, seed, title)
	for p := range strings.SplitSeq(body, "\n\n") {
		if p != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
	}
	b.WriteString(`</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Other story</a></li></ul></aside><footer>© 2021 Example News</footer></body></html>`)
	return b.String()
}

func benchGazetteer(b *testing.B) *Gazetteer {
	g, err := LoadGazetteer(data.FS(), "gazetteer")
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkExtractText reads and extracts 1,000 generated plain-text
// articles of about 5 KB, and merges their events, per iteration.
func BenchmarkExtractText(b *testing.B) {
	benchCorpus(b, "txt", func(i int) string { return genArticle(uint64(i), 5000) })
}

// BenchmarkExtractHTML does the same with 1,000 generated HTML pages.
func BenchmarkExtractHTML(b *testing.B) {
	benchCorpus(b, "html", func(i int) string { return genPage(uint64(i), 5000) })
}

func benchCorpus(b *testing.B, ext string, gen func(int) string) {
	n := benchN
	docs := make([][]byte, n)
	size := 0
	for i := range docs {
		docs[i] = []byte(gen(i))
		size += len(docs[i])
	}
	x := Extractor{Gazetteer: benchGazetteer(b)}
	x.Gazetteer.idx()
	b.SetBytes(int64(size))
	cpu0 := cpuTime()
	for b.Loop() {
		var events []*timeline.Event
		for i, d := range docs {
			a, err := Read(fmt.Sprintf("a%d.%s", i, ext), d)
			if err != nil {
				b.Fatal(err)
			}
			if a.Published == "" {
				a.Published, a.PublishedFrom = "2021-06-16", "flag"
			}
			events = append(events, x.Extract(a)...)
		}
		Merge(events)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time depends on the load; CPU time gives
	// the rate per core.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// benchN is the number of articles per benchmark iteration.
var benchN = 1000
