package dates

import "testing"

func TestDayTime(t *testing.T) {
	runFixtures(t, []fixture{
		{"They have until 9 a.m. Tuesday to sign.", []string{"9 a.m. Tuesday=2024-04-30T09:00/TIME"}},
		{"Talks broke off at noon Thursday.", []string{"noon Thursday=2024-04-25T12:00/TIME"}},
		{"He will leave at 4 in the morning.", []string{"4 in the morning=2024-04-26T04:00/TIME"}},
		// A 24-hour time is a time with its zone, "at" or not.
		{"Updated 26 April 2024, 18:40 GMT", []string{"26 April 2024=2024-04-26", "18:40 GMT=2024-04-26T18:40/TIME"}},
		{"The talks resumed at 1300 GMT.", []string{"1300 GMT=2024-04-26T13:00/TIME"}},
		{"The polls closed at 8 p.m. EDT.", []string{"8 p.m. EDT=2024-04-26T20:00/TIME"}},
		{"He was born in 1940 and died in 2010.", []string{"1940=1940", "2010=2010"}},
		{"Sales reached 1850 units.", nil},
		{"For the people of Poland, high noon comes today.", []string{"today=2024-04-26"}},
	})
}

func TestTimeWithDate(t *testing.T) {
	runFixtures(t, []fixture{
		{"The offer was extended until 5 p.m. EST Nov. 9.", []string{"5 p.m. EST Nov. 9=2024-11-09T17:00/TIME"}},
		{"The guns fell silent at 11 a.m. on Nov. 11, 1918.", []string{"11 a.m. on Nov. 11, 1918=1918-11-11T11:00/TIME"}},
		{"The vote closed at 6 p.m. on March 3 2020.", []string{"6 p.m. on March 3 2020=2020-03-03T18:00/TIME"}},
		{"The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", []string{"10:35 a.m.=2024-04-26T10:35/TIME", "0735 GMT=2024-04-26T07:35/TIME", "Friday=2024-04-26"}},
	})
}
