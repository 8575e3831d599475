package timeline

import "testing"

func TestSameHappening(t *testing.T) {
	d := MustParseDate
	src := func(quote string) []Source { return []Source{{File: "a.txt", Quote: quote}} }
	pelosi := &Event{Date: d("2022"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi", "Taiwan"}, Type: "CONSULT", Sources: src("Pelosi's visit to Taiwan in 2022")}
	tests := []struct {
		name string
		a, b *Event
		want bool
	}{
		{"itself", pelosi, pelosi, true},
		{"finer date, similar title, shared actor", pelosi,
			&Event{Date: d("2022-08-02"), Title: "Speaker Pelosi's visit to Taiwan", Actors: []string{"Nancy Pelosi"}}, true},
		{"retitled by hand, same quote and actors", pelosi,
			&Event{Date: d("2022"), Title: "A trip that angered Beijing", Actors: []string{"Taiwan", "nancy  pelosi"}, Sources: []Source{{File: "b.txt", Quote: "PELOSI’S visit to  Taiwan in 2022"}}}, true},
		{"same quote, other title and actors", pelosi,
			&Event{Date: d("2022"), Title: "China holds military drills", Actors: []string{"China", "Taiwan"}, Sources: src("Pelosi's visit to Taiwan in 2022")}, false},
		{"incompatible dates", pelosi,
			&Event{Date: d("2023"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi"}, Sources: src("Pelosi's visit to Taiwan in 2022")}, false},
		{"overlapping but not nested dates", &Event{Date: d("2022-08"), Title: "Talks"},
			&Event{Date: d("2022-08-20/2022-09-10"), Title: "Talks"}, false},
		{"other types", pelosi,
			&Event{Date: d("2022"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi"}, Type: "THREATEN"}, false},
		{"one type missing", pelosi,
			&Event{Date: d("2022"), Title: "Pelosi visits Taiwan", Actors: []string{"Nancy Pelosi"}}, true},
		{"same day, same actor, other meeting",
			&Event{Date: d("2024-04-26"), Title: "Blinken meets Xi Jinping", Actors: []string{"Antony Blinken", "Xi Jinping"}, Type: "CONSULT"},
			&Event{Date: d("2024-04-26"), Title: "Blinken holds talks with Wang Yi", Actors: []string{"Antony Blinken", "Wang Yi"}, Type: "CONSULT"}, false},
		{"no shared actor",
			&Event{Date: d("2024-04-26"), Title: "Blinken meets Xi", Actors: []string{"Antony Blinken"}},
			&Event{Date: d("2024-04-26"), Title: "Blinken meets Xi", Actors: []string{"Xi Jinping"}}, false},
		{"no actors on one side, same title",
			&Event{Date: d("2024-05"), Title: "Putin visits China", Planned: true},
			&Event{Date: d("2024-05"), Title: "Putin to visit China", Actors: []string{"Vladimir Putin"}}, true},
		{"no actors on one side, similar title",
			&Event{Date: d("2024-05"), Title: "Putin visits China"},
			&Event{Date: d("2024-05"), Title: "Putin visits China and meets Xi", Actors: []string{"Vladimir Putin"}}, false},
		{"titles without content words",
			&Event{Date: d("2024"), Title: "C#"}, &Event{Date: d("2024"), Title: "c#"}, true},
		{"zero date", &Event{Title: "X"}, &Event{Title: "X"}, false},
	}
	for _, tt := range tests {
		if got := SameHappening(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: SameHappening = %v, want %v", tt.name, got, tt.want)
		}
		if got := SameHappening(tt.b, tt.a); got != tt.want {
			t.Errorf("%s (swapped): SameHappening = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTitleSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"Pelosi visits Taiwan", "Pelosi visits Taiwan", 1},
		{"Pelosi visits Taiwan", "Speaker Pelosi's visit to Taiwan", 6.0 / 7},
		{"Blinken meets Xi Jinping", "Blinken holds talks with Wang Yi", 2.0 / 9},
		{"Biden signs aid bill", "Biden signed the $95 billion aid bill", 8.0 / 10},
		{"Réunion talks", "Reunion talk", 1},
		{"", "Talks", 0},
	}
	for _, tt := range tests {
		if got := titleSimilarity(tt.a, tt.b); got != tt.want {
			t.Errorf("titleSimilarity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
