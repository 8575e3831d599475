package extract

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the head of a page says about its article.
type pageMeta struct {
	title, ogTitle, canonical, ogURL, site string
	published                              map[int]string // by rank: lower wins
}

// Ranks of the places a page states its publication date, most trusted
// first. dateModified and article:modified_time are never used.
const (
	rankArticleMeta = iota // <meta property="article:published_time">
	rankJSONLD             // JSON-LD "datePublished"
	rankItemprop           // itemprop="datePublished"
	rankOtherMeta          // pubdate, DC.date.issued, sailthru.date …
	rankTime               // <time datetime> in the article
)

// Meta names (lower-case) that hold the publication date.
var dateMetaNames = map[string]bool{
	"pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.created": true, "dcterms.issued": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true, "og:published_time": true,
	"datepublished": true, "published_time": true, "article_date_original": true, "original-publish-date": true,
	"cxenseparse:recs:publishtime": true, "release_date": true, "citation_publication_date": true,
}

// Elements and class or id words that hold boilerplate, removed before the
// article body is found.
var (
	dropTags   = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Figure: true, atom.Figcaption: true, atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Select: true}
	dropClass  = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletters?|promos?|promo-box|related|share|sharing|social|comments?|also-?like|most-?(?:read|popular|viewed)|breadcrumbs?|ads?|advert\w*|subscribe|subscription|caption|credits?|byline|kicker|skip-link|more-on-this|more-stories|recommended|tags|masthead|outbrain|taboola|paywall|modal|popup|sidebar)(?:$|[\s_-])`)
	dropRoles  = map[string]bool{"navigation": true, "dialog": true, "banner": true, "contentinfo": true, "complementary": true, "search": true, "alertdialog": true}
	blockAtoms = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Br: true, atom.Hr: true}
)

// readHTML reads a saved web page: metadata from its head (title, canonical
// URL, site name, publication date), the article body through readability.
func readHTML(a *Article, data []byte) []string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return readText(a, string(data))
	}
	m := &pageMeta{published: make(map[int]string)}
	m.collect(doc, false)
	a.Title = firstNonEmpty(m.ogTitle, m.title)
	a.URL = firstNonEmpty(m.canonical, m.ogURL)
	a.Outlet = m.site
	for r := rankArticleMeta; r <= rankTime; r++ {
		if d := parseLooseDate(m.published[r]); d != "" {
			a.Published, a.PublishedFrom = d, "metadata"
			break
		}
	}
	if a.Title != "" && m.site != "" {
		a.Title = trimSiteName(a.Title, m.site)
	}
	prune(doc)
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, base)
	root := art.Node
	if err != nil || root == nil {
		root = doc
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if s := normSpace(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if dropTags[n.DataAtom] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockAtoms[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return paras
}

// trimSiteName removes " | Site" or " - Site" from the end of a page title.
func trimSiteName(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok {
			return strings.TrimSpace(t)
		}
	}
	return title
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = normSpace(x); x != "" {
			return x
		}
	}
	return ""
}

func attr(n *html.Node, key string) (string, bool) {
	for _, at := range n.Attr {
		if at.Key == key {
			return at.Val, true
		}
	}
	return "", false
}

// collect walks the page and records its metadata. inArticle tells whether
// n is inside the <article> or <main> element.
func (m *pageMeta) collect(n *html.Node, inArticle bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" && n.FirstChild != nil {
				m.title = n.FirstChild.Data
			}
		case atom.Meta:
			key, _ := attr(n, "property")
			if key == "" {
				key, _ = attr(n, "name")
			}
			if key == "" {
				key, _ = attr(n, "itemprop")
			}
			content, _ := attr(n, "content")
			switch k := strings.ToLower(key); {
			case k == "og:title":
				m.ogTitle = content
			case k == "og:url":
				m.ogURL = content
			case k == "og:site_name" || k == "application-name" && m.site == "":
				m.site = normSpace(content)
			case k == "article:published_time":
				m.setDate(rankArticleMeta, content)
			case k == "datepublished":
				m.setDate(rankItemprop, content)
			case dateMetaNames[k]:
				m.setDate(rankOtherMeta, content)
			}
		case atom.Link:
			if rel, _ := attr(n, "rel"); strings.EqualFold(rel, "canonical") && m.canonical == "" {
				m.canonical, _ = attr(n, "href")
			}
		case atom.Script:
			if t, _ := attr(n, "type"); strings.EqualFold(t, "application/ld+json") && n.FirstChild != nil {
				m.jsonLD(n.FirstChild.Data)
			}
		case atom.Time:
			if v, ok := attr(n, "datetime"); ok {
				if ip, _ := attr(n, "itemprop"); strings.EqualFold(ip, "datePublished") {
					m.setDate(rankItemprop, v)
				} else if _, pub := attr(n, "pubdate"); pub || inArticle {
					m.setDate(rankTime, v)
				}
			}
		case atom.Article, atom.Main:
			inArticle = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.collect(c, inArticle)
	}
}

func (m *pageMeta) setDate(rank int, v string) {
	if _, ok := m.published[rank]; !ok && parseLooseDate(v) != "" {
		m.published[rank] = v
	}
}

// jsonLD reads datePublished, the headline and the publisher from a JSON-LD
// block (an object, a list, or an @graph).
func (m *pageMeta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				m.setDate(rankJSONLD, s)
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.site == "" {
				if s, ok := p["name"].(string); ok {
					m.site = normSpace(s)
				}
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// prune removes boilerplate elements from the page: scripts, navigation,
// asides, figures and their captions, cookie banners, share and related
// links.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || c.Type == html.ElementNode && isBoilerplate(c) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

func isBoilerplate(n *html.Node) bool {
	if dropTags[n.DataAtom] {
		return n.DataAtom != atom.Script || !isJSONLD(n)
	}
	if role, _ := attr(n, "role"); dropRoles[strings.ToLower(role)] {
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return false
	}
	cls, _ := attr(n, "class")
	id, _ := attr(n, "id")
	if _, hidden := attr(n, "hidden"); hidden {
		return true
	}
	return (cls != "" || id != "") && dropClass.MatchString(cls+" "+id)
}

func isJSONLD(n *html.Node) bool {
	t, _ := attr(n, "type")
	return strings.EqualFold(t, "application/ld+json")
}
