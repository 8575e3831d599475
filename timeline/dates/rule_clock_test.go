package dates

import "testing"

func TestClock(t *testing.T) {
	runFixtures(t, []fixture{
		{"The talks began at 3 p.m. in Geneva.", []string{"3 p.m.=2024-04-26T15:00/TIME"}},
		{"The blast occurred at 10:35 a.m. local time.", []string{"10:35 a.m.=2024-04-26T10:35/TIME"}},
		{"On March 3, 2022, talks began at 9 a.m. sharp.", []string{"March 3, 2022=2022-03-03", "9 a.m.=2022-03-03T09:00/TIME"}},
		// Not times.
		{"He left in the a.m. and the score was 3-2.", nil},
		{"Shares rose $6.25 a share.", nil},
		{"The score was 10:30 in the end.", nil},
	})
}

func TestDayTime(t *testing.T) {
	runFixtures(t, []fixture{
		{"They have until 9 a.m. Tuesday to sign.", []string{"9 a.m. Tuesday=2024-04-30T09:00/TIME"}},
		{"Talks broke off at noon Thursday.", []string{"noon Thursday=2024-04-25T12:00/TIME"}},
		{"He will leave at 4 in the morning.", []string{"4 in the morning=2024-04-26T04:00/TIME"}},
	})
}

func TestTimeWithDate(t *testing.T) {
	runFixtures(t, []fixture{
		{"The offer was extended until 5 p.m. EST Nov. 9.", []string{"5 p.m. EST Nov. 9=2024-11-09T17:00/TIME"}},
		{"The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", []string{"10:35 a.m.=2024-04-26T10:35/TIME", "Friday=2024-04-26"}},
	})
}
