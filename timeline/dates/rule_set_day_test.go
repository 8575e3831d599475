package dates

import "testing"

func TestSetDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"They hold a vigil every Monday night.", []string{"every Monday night=XXXX-WXX-1TNI/SET"}},
		{"Crowds would march through Leipzig every Monday evening.", []string{"every Monday evening=XXXX-WXX-1TEV/SET"}},
		{"Orangemen march each July through the town.", []string{"each July=XXXX-07/SET"}},
		{"Every Sunday the market opens.", []string{"Every Sunday=XXXX-WXX-7/SET"}},
	})
}
