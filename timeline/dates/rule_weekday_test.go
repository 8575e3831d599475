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
		// Said on a Friday, "next Saturday" is not tomorrow.
		{"They meet again next Saturday.", []string{"next Saturday=2024-05-04"}},
		{"They meet again this coming Saturday.", []string{"this coming Saturday=2024-04-27"}},
		{"The vote came Monday night.", []string{"Monday night=2024-04-22TNI"}},
		{"The meeting is scheduled for Tuesday.", []string{"Tuesday=2024-04-30"}},
		{"The relatives have until Tuesday to sign.", []string{"Tuesday=2024-04-30"}},
		// A weekday without a clear mark of the future is in the past week.
		{"Until Thursday, they had not called him a suspect.", []string{"Thursday=2024-04-25"}},
		{"Neither he nor his family could be located Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"They would look for ways to get around Wednesday's ruling.", []string{"Wednesday=2024-04-24"}},
		{"They will campaign until Sunday's vote.", []string{"Sunday=2024-04-28"}},
		{"President Biden on Tuesday said the navy may extend the blockade.", []string{"Tuesday=2024-04-23"}},
		{"Biden told a news conference on Tuesday that the blockade might be extended.", []string{"Tuesday=2024-04-23"}},
		{"The offer had been due to expire Wednesday evening.", []string{"Wednesday evening=2024-04-24TEV"}},
		{"The court had ruled he must be returned, and set Thursday as the deadline.", []string{"Thursday=2024-04-25"}},
		{"The offensive began as previously planned Saturday night.", []string{"Saturday night=2024-04-20TNI"}},
		{"On Monday, when Blinken set aside his plans for the trip, aides were surprised.", []string{"Monday=2024-04-22"}},
		{"Shares rose on Thursday, up 2% from the previous Thursday.", []string{"Thursday=2024-04-25", "the previous Thursday=2024-04-18"}},
		// "Earlier" and "later" stay out of the span; "late" is a mod.
		{"Earlier Friday, the council met.", []string{"Friday=2024-04-26"}},
		// Recurring: plural parts of the day.
		{"Two flights leave Bombay on Monday and Tuesday nights.", []string{"Monday=XXXX-WXX-1TNI/SET", "Tuesday nights=XXXX-WXX-2TNI/SET"}},
		// Not weekdays.
		{"The Sun reported that Blinken sat down with Xi.", nil},
		{"The Good Friday Agreement ended the conflict.", nil},
		{"Xinhua said Xi Jinping Monday met Biden, and Kerry Friday. Officials agreed.", []string{"Monday=2024-04-22", "Friday=2024-04-26"}},
		{"Biden Meets Xi Friday In San Francisco", []string{"Friday=2024-04-26"}},
		{"He wed on a sunny day.", nil},
	})
}

// A schedule in the present simple looks ahead; a headline-style past does
// not.
func TestWeekdaySchedule(t *testing.T) {
	runFixtures(t, []fixture{
		{"Xi and Biden meet in San Francisco on Wednesday.", []string{"Wednesday=2024-05-01"}},
		{"Talks resume Monday after a pause.", []string{"Monday=2024-04-29"}},
		{"Voters go to the polls on Sunday.", []string{"Sunday=2024-04-28"}},
		{"The exhibition opens on Tuesday.", []string{"Tuesday=2024-04-30"}},
		{"Kishida made a return visit to Seoul in May.", []string{"May=2023-05"}},
		{"The fund, which already holds a stake, said it sold shares Thursday.", []string{"Thursday=2024-04-25"}},
		{"The agreement takes effect on Jan. 1.", []string{"Jan. 1=2025-01-01"}},
		{"They did not meet on Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"Ukraine says Russia attacked on Saturday.", []string{"Saturday=2024-04-20"}},
	})
}
