package dates

import "testing"

func TestClockWord(t *testing.T) {
	runFixtures(t, []fixture{
		{"The polls open at seven this morning.", []string{"seven this morning=2024-04-26T07:00/TIME"}},
		{"He was arrested shortly before three o'clock this morning.", []string{"three o'clock this morning=2024-04-26T03:00/TIME"}},
		{"The vote is at eleven o'clock tomorrow morning.", []string{"eleven o'clock tomorrow morning=2024-04-27T11:00/TIME"}},
		{"Voting ends at eight p.m. Eastern time on Tuesday.", []string{"eight p.m. Eastern time on Tuesday=2024-04-30T20:00/TIME"}},
		{"The minister will speak at half past nine tomorrow.", []string{"half past nine tomorrow=2024-04-27T09:30/TIME"}},
		{"The ferry leaves at a quarter to six this evening.", []string{"a quarter to six this evening=2024-04-26T17:45/TIME"}},
		{"The curfew starts at ten o'clock tonight.", []string{"ten o'clock tonight=2024-04-26T22:00/TIME"}},
		{"Shots rang out at 4 o'clock on Friday.", []string{"4 o'clock on Friday=2024-04-26T04:00/TIME"}},
		{"He landed at 10 a.m. this morning.", []string{"10 a.m. this morning=2024-04-26T10:00/TIME"}},
		{"They met at two in the afternoon.", []string{"two in the afternoon=2024-04-26T14:00/TIME"}},
		// Counts, not times.
		{"Seven this morning were arrested.", []string{"this morning=2024-04-26TMO/TIME"}},
		{"The shop kept working around the clock.", nil},
		{"He gave half to his brother and kept the rest.", nil},
	})
}
