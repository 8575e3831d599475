package dates

import "testing"

func TestAndDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"Leaders will meet at the NATO summit on April 29 and 30.", []string{"April 29=2024-04-29", "30=2024-04-30"}},
		{"The votes were held on Dec. 3 or 4, 1999, officials said.", []string{"Dec. 3=1999-12-03", "4=1999-12-04", "1999=1999"}},
		{"Storms on April 4 and 25 people were hurt.", []string{"April 4=2024-04-04"}},
	})
}
