package dates_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline/dates"
)

func ExampleFind() {
	published := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC) // a Friday
	text := "Blinken arrived in China on Wednesday, a year after the balloon crisis of February 2023. " +
		"Putin said he would visit in May."
	for _, t := range dates.Find(text, published) {
		fmt.Printf("%q %s %s\n", t.Text, t.Type, t.Value)
	}
	// Output:
	// "Wednesday" DATE 2024-04-24
	// "a year" DURATION P1Y
	// "February 2023" DATE 2023-02
	// "May" DATE 2024-05
}
