package timeline_test

import (
	"fmt"
	"os"

	"github.com/timeline-dev/timeline/timeline"
)

// Merging an extraction into a hand-edited file: the user's text stays as
// it is; a new source joins the event it belongs to; the rejected event
// stays out; the new event is added in date order.
func ExampleMerge() {
	file := []byte(`# My timeline.
events:
  - id: 2022-pelosi-visits-taiwan
    date: 2022            # only the year is known
    title: 'Pelosi visits Taiwan'
    actors: [Nancy Pelosi]

  - id: 2024-04-26-blinken-sat-down
    date: "2024-04-26"
    title: Blinken sat down   # not an event
    rejected: true
`)
	extracted := &timeline.Timeline{Events: []*timeline.Event{
		{Date: timeline.MustParseDate("2022-08-02"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi"},
			Sources: []timeline.Source{{File: "pelosi.txt", Quote: "Pelosi landed in Taipei on 2 August 2022."}}},
		{Date: timeline.MustParseDate("2024-04-26"), Title: "Blinken sat down",
			Sources: []timeline.Source{{File: "blinken.txt", Quote: "Blinken sat down with Xi."}}},
		{Date: timeline.MustParseDate("2023-02"), Title: "US shoots down a balloon", Actors: []string{"United States"},
			Sources: []timeline.Source{{File: "balloon.txt", Quote: "the balloon shot down in February 2023"}}},
	}}
	doc, err := timeline.OpenDocument("events.yaml", file)
	if err != nil {
		fmt.Println(err)
		return
	}
	res := timeline.Merge(doc, extracted)
	out, err := doc.Bytes()
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(out)
	fmt.Printf("added %v, %d sources, %d rejected\n", res.Added, res.Sources, res.Rejected)
	// Output:
	// # My timeline.
	// events:
	//   - id: 2022-pelosi-visits-taiwan
	//     date: 2022            # only the year is known
	//     title: 'Pelosi visits Taiwan'
	//     actors: [Nancy Pelosi]
	//     sources:
	//       - file: pelosi.txt
	//         quote: Pelosi landed in Taipei on 2 August 2022.
	//
	//   - id: 2023-02-us-shoots-down-a-balloon
	//     date: "2023-02"
	//     title: US shoots down a balloon
	//     actors: [United States]
	//     sources:
	//       - file: balloon.txt
	//         quote: the balloon shot down in February 2023
	//
	//   - id: 2024-04-26-blinken-sat-down
	//     date: "2024-04-26"
	//     title: Blinken sat down   # not an event
	//     rejected: true
	// added [2023-02-us-shoots-down-a-balloon], 1 sources, 1 rejected
}

func ExampleFormat() {
	out, err := timeline.Format("events.yaml", []byte(`events:
- title: "Blinken meets Xi"   # in Beijing
  date: 2024-04-26
- date: 2022
  # the year only
  title: Pelosi visits Taiwan
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(out)
	// Output:
	// events:
	//   - id: 2022-pelosi-visits-taiwan
	//     date: "2022"
	//     # the year only
	//     title: Pelosi visits Taiwan
	//   - id: 2024-04-26-blinken-meets-xi
	//     date: "2024-04-26"
	//     title: Blinken meets Xi # in Beijing
}

func ExampleSameHappening() {
	mine := &timeline.Event{Date: timeline.MustParseDate("2022"), Title: "Speaker Pelosi's trip to Taiwan", Actors: []string{"Nancy Pelosi"}}
	extracted := &timeline.Event{Date: timeline.MustParseDate("2022-08-02"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi", "Taiwan"}}
	other := &timeline.Event{Date: timeline.MustParseDate("2022-08-04"), Title: "China holds military drills", Actors: []string{"China"}}
	fmt.Println(timeline.SameHappening(mine, extracted))
	fmt.Println(timeline.SameHappening(mine, other))
	// Output:
	// true
	// false
}
