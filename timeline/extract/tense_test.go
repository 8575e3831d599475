package extract

import (
	"testing"

	"github.com/timeline-dev/timeline/data"
	"github.com/timeline-dev/timeline/timeline"
)

// extractText returns the events of one article with the built-in
// gazetteer.
func extractText(t *testing.T, published, text string) []*timeline.Event {
	t.Helper()
	g, err := LoadGazetteer(data.FS(), "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	x := Extractor{Gazetteer: g}
	return x.Extract(&Article{Name: "a.txt", Published: published, Text: text})
}

func TestTenseAgreement(t *testing.T) {
	for _, c := range []struct{ published, text, want string }{
		// A past-tense clause is not after the publication date, whatever
		// the other verbs of the sentence.
		{"2016-11-24", "The negotiators announced the new text in Havana on Nov. 12, with changes to the courts that will try war crimes.", "2016-11-12"},
		{"2018-07-09", "In June, the ruling coalition said it would fully accept the Algiers agreement.", "2018-06"},
		// A present tense in a clause of time looks ahead.
		{"2005-02-16", "Officials said Blair would press the case when he hosts the summit at Gleneagles in July.", "2005-07"},
		{"2005-02-16", "Negotiators will meet in Montreal in November.", "2005-11"},
		{"2024-04-26", "Blinken arrived in China on Wednesday.", "2024-04-24"},
		// An explicit year is never moved.
		{"2016-11-24", "The negotiators announced the text on Nov. 12, 2017, officials said.", "2017-11-12"},
	} {
		evs := extractText(t, c.published, c.text)
		if len(evs) != 1 || evs[0].Date.String() != c.want {
			var got []string
			for _, e := range evs {
				got = append(got, e.Date.String()+" "+e.Title)
			}
			t.Errorf("%s\n%q: got %q, want one event on %s", c.published, c.text, got, c.want)
		}
	}
}
