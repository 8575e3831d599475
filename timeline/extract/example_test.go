package extract_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/data"
	"github.com/timeline-dev/timeline/timeline/extract"
)

func ExampleRead() {
	a, _ := extract.Read("geneva.txt", []byte("Leaders meet in Geneva\n\n"+
		"GENEVA, June 16, 2021 (Wire) — The two presidents met on Wednesday.\n\n"+
		"You may also like: Ten facts about Geneva"))
	fmt.Println(a.Title)
	fmt.Println(a.Published, a.PublishedFrom, a.Outlet)
	fmt.Println(a.Text)
	// Output:
	// Leaders meet in Geneva
	// 2021-06-16 dateline Wire
	// The two presidents met on Wednesday.
}

func ExampleExtractor_Extract() {
	g, _ := extract.LoadGazetteer(data.FS(), "gazetteer")
	x := extract.Extractor{Gazetteer: g}
	a := &extract.Article{
		Name:      "blinken.txt",
		Published: "2024-04-26",
		Text:      "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Friday.",
	}
	for _, e := range x.Extract(a) {
		fmt.Println(e.Date, e.Title, e.Type, e.Actors)
	}
	// Output:
	// 2024-04-26 Blinken meets Xi Jinping in Beijing CONSULT [Antony Blinken Xi Jinping United States China]
}

func ExampleEDTF() {
	for _, v := range []string{"1998-SU", "199", "2024-Q1", "2024-04-26TMO"} {
		d, _ := extract.EDTF(v, "")
		fmt.Println(v, "→", d)
	}
	// Output:
	// 1998-SU → 1998-22
	// 199 → 199X
	// 2024-Q1 → 2024-01/2024-03
	// 2024-04-26TMO → 2024-04-26
}

var _ = time.Now
