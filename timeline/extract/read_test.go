package extract

import (
	"strings"
	"testing"
)

func TestParseLooseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2020-02-01", "2020-02-01"},
		{"2023-08-19", "2023-08-19"}, // not read as octal
		{"2016-03-21T18:42:00-04:00", "2016-03-21"},
		{"Sept. 18, 1978", "1978-09-18"},
		{"Nov. 15, 2023", "2023-11-15"},
		{"15 November 2023", "2023-11-15"},
		{"February 30, 2023", ""},
		{"2023-13-01", ""},
		{"yesterday", ""},
		{"", ""},
	} {
		if got := parseLooseDate(c.in); got != c.want {
			t.Errorf("parseLooseDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStripDateline(t *testing.T) {
	for _, c := range []struct {
		in, rest, date, outlet string
		ok                     bool
	}{
		{"WASHINGTON, Sept. 18, 1978 (Wire) — President Sadat signed.", "President Sadat signed.", "1978-09-18", "Wire", true},
		{"BEIJING, Nov. 15, 2023 (Reuters) - Talks began.", "Talks began.", "2023-11-15", "Reuters", true},
		{"NEW DELHI (Wire) — Twenty soldiers died.", "Twenty soldiers died.", "", "Wire", true},
		{"CAMP DAVID, Md. (Wire) — Leaders met.", "Leaders met.", "", "Wire", true},
		{"LONDON, 15 November 2023 (AFP) – A vote.", "A vote.", "2023-11-15", "AFP", true},
		{"The president — who had waited — spoke.", "The president — who had waited — spoke.", "", "", false},
		{"US officials said so.", "US officials said so.", "", "", false},
	} {
		rest, date, outlet, ok := stripDateline(c.in)
		if rest != c.rest || date != c.date || outlet != c.outlet || ok != c.ok {
			t.Errorf("stripDateline(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", c.in, rest, date, outlet, ok, c.rest, c.date, c.outlet, c.ok)
		}
	}
}

func TestNoise(t *testing.T) {
	for _, p := range []string{
		"You may also like: How Finland prepared",
		"You might also like",
		"0 comments",
		"12 Comments",
		"PHOTO: Flags outside the headquarters. (Example Photo)",
		"Donald Trump and Kim Jong Un shake hands. (Example Photo)",
		"Leaders at the summit. Photo: Jane Doe/Getty Images",
		"We use cookies to personalise content and ads. Accept all",
		"© 2021 Global Wire News Ltd.",
		"Copyright 2020 Example. All rights reserved.",
		"By Wire Report staff",
		"Related coverage",
		"Advertisement",
	} {
		if !isNoise(p) {
			t.Errorf("isNoise(%q) = false, want true", p)
		}
	}
	for _, p := range []string{
		"The president said he would visit China in May.",
		"Related talks are expected next month, officials said.",
		"Photographs of the meeting were released on Monday.",
		"Cookie makers protested against the tariffs in 2019.",
	} {
		if isNoise(p) {
			t.Errorf("isNoise(%q) = true, want false", p)
		}
	}
}

func TestReadText(t *testing.T) {
	src := "Home World Leaders meet in Geneva\nLeaders meet in Geneva\n\n0 comments\nLeaders at the villa. (Wire Photo)\n\n" +
		"GENEVA, June 16, 2021 (Wire) — The leaders met on Wednesday.\n\n" +
		"They said \"progress\" was made.\n\n" +
		"They said “progress”  was made.\n\n" +
		"You may also like: Other news"
	a, err := Read("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Leaders meet in Geneva" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Published != "2021-06-16" || a.PublishedFrom != "dateline" || a.Outlet != "Wire" {
		t.Errorf("Published, From, Outlet = %q, %q, %q", a.Published, a.PublishedFrom, a.Outlet)
	}
	want := "The leaders met on Wednesday.\n\nThey said \"progress\" was made."
	if a.Text != want {
		t.Errorf("Text =\n%s\nwant\n%s", a.Text, want)
	}
}

func TestDateLine(t *testing.T) {
	for _, c := range []struct {
		src, published, from string
	}{
		// A live blog: the update line under the headline dates it.
		{"Live: Sweden joins NATO\nUpdated 7 March 2024, 18:40 GMT\n\nSweden joined on Thursday.", "2024-03-07", "dateline"},
		{"Leaders meet\n\nPublished: March 7, 2024 at 6:40 pm\n\nThey met on Thursday.", "2024-03-07", "dateline"},
		// A weekday may be abbreviated, with or without a period.
		{"Live: UN votes\nAssembly meets in New York\n\nWed 2 Mar 2022 19.40 GMT\n\nThey voted on Wednesday.", "2022-03-02", "dateline"},
		{"Leaders meet\n\nThu. March 3, 2022\n\nThey met on Thursday.", "2022-03-03", "dateline"},
		{"Leaders meet\n\nBy Jane Doe\n\nPosted on Thursday, 7 March 2024\n\nThey met on Thursday.", "2024-03-07", "dateline"},
		// "Published" wins over "Updated"; a wire dateline wins over both.
		{"Leaders meet\nUpdated 8 March 2024\nPublished 7 March 2024\n\nThey met on Thursday.", "2024-03-07", "dateline"},
		{"Leaders meet\nUpdated 8 March 2024\n\nGENEVA, March 7, 2024 (Wire) — They met on Thursday.", "2024-03-07", "dateline"},
		// A sentence that mentions a date is prose, not a date line.
		{"Leaders meet\n\nThe talks were published on March 7, 2024, by the ministry.", "", ""},
		// A statement is dated where it is signed, under the signature.
		{"PRESS STATEMENT\n\n1. The Ministry welcomes the signing today of the accord.\n\nMINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA\n27 March 2014", "2014-03-27", "dateline"},
		{"Statement\n\nThe Ministry welcomes the accord.\n\nOslo, 7 March 2024", "2024-03-07", "dateline"},
		// A date line at the top wins over one at the end.
		{"Leaders meet\n\nPublished 7 March 2024\n\nThey met on Thursday.\n\nThe Ministry\n9 March 2024", "2024-03-07", "dateline"},
	} {
		a, err := Read("a.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.published || a.PublishedFrom != c.from {
			t.Errorf("%q: Published, From = %q, %q; want %q, %q", c.src, a.Published, a.PublishedFrom, c.published, c.from)
		}
		if strings.Contains(a.Text, "Updated") || strings.Contains(a.Text, "Posted") {
			t.Errorf("%q: the date line stayed in the text: %q", c.src, a.Text)
		}
	}
}

func TestReadMarkdown(t *testing.T) {
	src := "---\ntitle: \"Britain leaves\"\ndate: 2020-02-01\nurl: https://example.org/b\nauthor: Staff\ntags: [a, b]\n---\n\n# Britain leaves\n\n" +
		"![Crowd](/img/a.jpg)\n*Crowds in London. (Wire Photo)*\n\n" +
		"LONDON (Wire) — Britain **left** the [European Union](https://eu.example) on Friday.\n"
	a, err := Read("b.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Britain leaves" || a.Published != "2020-02-01" || a.PublishedFrom != "front-matter" || a.URL != "https://example.org/b" {
		t.Errorf("got %+v", a)
	}
	if a.Text != "Britain left the European Union on Friday." {
		t.Errorf("Text = %q", a.Text)
	}
}

func TestReadHTMLDates(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><article><h1>T</h1>" + body +
			"<p>" + strings.Repeat("The ministers met and talked about trade and security for several hours in the capital. ", 8) + "</p></article></body></html>")
	}
	for _, c := range []struct {
		name, head, body, want string
	}{
		{"article meta", `<meta property="article:published_time" content="2016-03-21T18:42:00-04:00">`, "", "2016-03-21"},
		{"json-ld not dateModified", `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2021-02-20T08:05:00Z","datePublished":"2021-02-19T15:20:00Z"}</script>`, "", "2021-02-19"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-01-05"}]}</script>`, "", "2020-01-05"},
		{"itemprop", `<meta itemprop="datePublished" content="2019-07-01">`, "", "2019-07-01"},
		{"time element", "", `<time datetime="2018-06-12T09:30:00+08:00">June 12</time>`, "2018-06-12"},
		{"meta name", `<meta name="pubdate" content="2017-05-04">`, "", "2017-05-04"},
		{"none", `<meta property="article:modified_time" content="2017-05-04">`, "", ""},
	} {
		a, err := Read("p.html", page(c.head, c.body))
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.want {
			t.Errorf("%s: Published = %q, want %q", c.name, a.Published, c.want)
		}
	}
}

func TestReadHTMLBoilerplate(t *testing.T) {
	src := `<html><head><title>Talks resume | Example News</title><meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/talks"></head><body>
<div class="cookie-banner"><p>We use cookies. Accept all cookies to continue.</p></div>
<nav><a href="/">Home</a><a href="/election-2016">Election 2016</a></nav>
<article><h1>Talks resume</h1>
<figure><img src="a.jpg"><figcaption>Delegates arrive. (Example Photo)</figcaption></figure>
<p>Negotiators resumed talks in Vienna on Monday after a pause of five months, officials said.</p>
<p class="also-like">You may also like: Other story</p>
<aside class="related"><ul><li><a href="/x">Related: a story from 2015</a></li></ul></aside>
</article><footer><p>© 2016 Example News</p></footer></body></html>`
	a, err := Read("talks.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks resume" || a.URL != "https://news.example/talks" || a.Outlet != "Example News" {
		t.Errorf("Title, URL, Outlet = %q, %q, %q", a.Title, a.URL, a.Outlet)
	}
	if a.Text != "Negotiators resumed talks in Vienna on Monday after a pause of five months, officials said." {
		t.Errorf("Text = %q", a.Text)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read("x.txt", []byte("a\x00b")); err == nil {
		t.Error("binary input: no error")
	}
	if _, err := Read("x.txt", make([]byte, MaxArticleSize+1)); err == nil {
		t.Error("huge input: no error")
	}
}

func TestChronologyLines(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		// A chronology in plain text: one sentence per dated line.
		{"a.txt", "Leaders meet\n\nThe treaty lapsed on Friday.\n\nTimeline\n\n8 December 1987 - Reagan and Gorbachev sign the treaty\nMay 1991 - The last missiles are destroyed\n2014: Crimea is annexed",
			"The treaty lapsed on Friday.\n\n8 December 1987 - Reagan and Gorbachev sign the treaty.\n\nMay 1991 - The last missiles are destroyed.\n\n2014: Crimea is annexed."},
		// A Markdown list: each item is a paragraph; dated items are sentences, others headings.
		{"a.md", "# Leaders meet\n\nThe pact was signed on Monday.\n\n- **15 Sep 2021** — AUKUS announced\n- **17 Sep 2021** — France recalls its envoys\n- [Our earlier brief](https://x.example/a)\n",
			"The pact was signed on Monday.\n\n15 Sep 2021 — AUKUS announced.\n\n17 Sep 2021 — France recalls its envoys."},
		{"b.md", "# Leaders meet\n\n1. **Talks.** They met on Monday.\n2. **Deal.** They will sign it\n   on Tuesday.\n",
			"Talks. They met on Monday.\n\nDeal. They will sign it on Tuesday."},
		// A Markdown table: one sentence per row, the date cell first; the header row goes.
		{"e.md", "# Key dates\n\nThe treaty was signed on Thursday.\n\n| Date | Event |\n|------|-------|\n| 8 Nov 1965 | Territory **created** |\n| 2019 | Court opinion |\n\n| Event | When |\n| :-- | --: |\n| Treaty signed | 22 May 2025 |\n| Talks | often |\n",
			"The treaty was signed on Thursday.\n\n8 Nov 1965 — Territory created.\n\n2019 — Court opinion.\n\n22 May 2025 — Treaty signed."},
		// A bold day and month with no year, then a colon, starts an entry.
		{"f.md", "# War in the capital\n\nTalks resumed on Monday.\n\n- **March 3:** Shelling hits the airport\n- **9 March** – The envoy flies home\n",
			"Talks resumed on Monday.\n\nMarch 3: Shelling hits the airport.\n\n9 March – The envoy flies home."},
		// Lines that do not all start with a date stay one paragraph.
		{"c.txt", "Leaders meet\n\nThe talks began on Monday\n2014 - was a year of war.",
			"The talks began on Monday 2014 - was a year of war."},
		// A month-like word that is no month is no date.
		{"d.txt", "Leaders meet\n\nBrexit 2019 - a story\nTrade 2020 - a story", ""},
	} {
		a, err := Read(c.name, []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != c.want {
			t.Errorf("%s: Text =\n%q\nwant\n%q", c.name, a.Text, c.want)
		}
	}
}
