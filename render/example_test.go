package render_test

import (
	"fmt"
	"log"
	"os"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

const exampleYAML = `title: Talks
events:
  - id: 2022-08-02-pelosi-visits-taiwan
    date: "2022-08-02/2022-08-03"
    title: Pelosi visits Taiwan
    actors: [Nancy Pelosi, Taiwan]
    type: CONSULT
    sources:
      - url: https://news.example.com/pelosi
        outlet: Example News
        published: 2022-08-03
        quote: Pelosi left Taipei on Wednesday.
  - id: 2024-05-putin-visits-china
    date: "2024-05"
    title: Putin visits China
    description: Announced in *April*.
    planned: true
  - id: 2024-04-27-sat-down
    date: "2024-04-27"
    title: Blinken sat down
    rejected: true
`

func ExampleRender() {
	tl, err := timeline.Parse("talks.yaml", []byte(exampleYAML))
	if err != nil {
		log.Fatal(err)
	}
	if err := render.Render(os.Stdout, tl, render.Options{Format: "md"}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// # Talks
	//
	// ## 2022
	//
	// - **2–3 August 2022: Pelosi visits Taiwan**[^1]
	//
	//   Actors: Nancy Pelosi, Taiwan · Type: CONSULT
	//
	// ## 2024
	//
	// - **May 2024: Putin visits China** (planned)
	//
	//   Announced in *April*.
	//
	// [^1]: [Example News](https://news.example.com/pelosi), 3 August 2022: “Pelosi left Taipei on Wednesday.”
}

func ExampleRender_mermaid() {
	tl, err := timeline.Parse("talks.yaml", []byte(exampleYAML))
	if err != nil {
		log.Fatal(err)
	}
	if err := render.Render(os.Stdout, tl, render.Options{Format: "mermaid"}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// ```mermaid
	// timeline
	//     title Talks
	//     section 2022
	//         2–3 August 2022 : Pelosi visits Taiwan
	//     section 2024
	//         May 2024 : Putin visits China (planned)
	// ```
}

func ExampleFormatDate() {
	for _, s := range []string{"2022", "2023-02", "2022-22", "197X", "2024-04-26", "2024-W17", "2022-08-02/2022-08-03", "2019/..", "2022~", "2022?"} {
		fmt.Printf("%-22s %s\n", s, render.FormatDate(timeline.MustParseDate(s)))
	}
	// Output:
	// 2022                   2022
	// 2023-02                February 2023
	// 2022-22                summer 2022
	// 197X                   the 1970s
	// 2024-04-26             26 April 2024
	// 2024-W17               week 17 of 2024
	// 2022-08-02/2022-08-03  2–3 August 2022
	// 2019/..                2019 onwards
	// 2022~                  about 2022
	// 2022?                  2022?
}

func ExampleParseTemplate() {
	tl, err := timeline.Parse("talks.yaml", []byte(exampleYAML))
	if err != nil {
		log.Fatal(err)
	}
	t, err := render.ParseTemplate("list.tmpl", `<h1>{{.Title}}</h1>
{{range .Groups}}{{range .Events}}<p id="{{.ID}}">{{.DateText}}: {{.Title}}{{if .Planned}} (planned){{end}}</p>
{{end}}{{end}}`)
	if err != nil {
		log.Fatal(err)
	}
	if err := render.Render(os.Stdout, tl, render.Options{Template: t}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <h1>Talks</h1>
	// <p id="2022-08-02-pelosi-visits-taiwan">2–3 August 2022: Pelosi visits Taiwan</p>
	// <p id="2024-05-putin-visits-china">May 2024: Putin visits China (planned)</p>
}
