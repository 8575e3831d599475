package dates

import "testing"

func TestWeekday(t *testing.T) {
	runFixtures(t, []fixture{
		{"Blinken arrived in China on Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"Blinken will travel to Paris on Wednesday.", []string{"Wednesday=2024-05-01"}},
		// The same day counts in the past tense.
		{"The talks ended Friday.", []string{"Friday=2024-04-26"}},
		{"Xi said Friday that he would visit.", []string{"Friday=2024-04-26"}},
		{"They met last Tuesday.", []string{"last Tuesday=2024-04-23"}},
		{"They meet again next Monday.", []string{"next Monday=2024-04-29"}},
		{"The vote came Monday night.", []string{"Monday night=2024-04-22TNI"}},
		{"The meeting is scheduled for Tuesday.", []string{"Tuesday=2024-04-30"}},
		{"The relatives have until Tuesday to sign.", []string{"Tuesday=2024-04-30"}},
		// Not weekdays.
		{"The Sun reported that Blinken sat down with Xi.", nil},
		{"He wed on a sunny day.", nil},
	})
}

// A schedule in the present simple looks ahead; a headline-style past does
// not.
func TestWeekdaySchedule(t *testing.T) {
	runFixtures(t, []fixture{
		{"Xi and Biden meet in San Francisco on Wednesday.", []string{"Wednesday=2024-05-01"}},
		{"Talks resume Monday after a pause.", []string{"Monday=2024-04-29"}},
		{"The agreement takes effect on Jan. 1.", []string{"Jan. 1=2025-01-01"}},
		{"They did not meet on Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"Ukraine says Russia attacked on Saturday.", []string{"Saturday=2024-04-20"}},
	})
}
