package dates

import "testing"

func TestSet(t *testing.T) {
	runFixtures(t, []fixture{
		{"The council meets every year.", []string{"every year=P1Y/SET"}},
		{"Inspectors visit every two weeks.", []string{"every two weeks=P2W/SET"}},
		{"The group meets weekly.", []string{"weekly=P1W/SET"}},
		{"Profits grew 20% annually.", []string{"annually=P1Y/SET"}},
		{"Leaders meet twice a year.", []string{"twice a year=P1Y/SET"}},
		// The adjective is a recurrence too, as TimeML marks it.
		{"He writes for a weekly magazine.", []string{"weekly=P1W/SET"}},
		{"Average hourly earnings rose 4 cents.", []string{"hourly=PT1H/SET"}},
	})
}
