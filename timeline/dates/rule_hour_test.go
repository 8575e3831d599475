package dates

import "testing"

func TestHour(t *testing.T) {
	runFixtures(t, []fixture{
		{"The talks began at 3 p.m. in Geneva.", []string{"3 p.m.=2024-04-26T15:00/TIME"}},
		{"On March 3, 2022, talks began at 9 a.m. sharp.", []string{"March 3, 2022=2022-03-03", "9 a.m.=2022-03-03T09:00/TIME"}},
		{"Markets open at 9am.", []string{"9am=2024-04-26T09:00/TIME"}},
		// Not times.
		{"He came third in the 3 a category.", nil},
	})
}
