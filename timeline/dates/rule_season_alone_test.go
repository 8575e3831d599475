package dates

import "testing"

func TestSeasonAlone(t *testing.T) {
	runFixtures(t, []fixture{
		{"Talks will resume in the autumn.", []string{"the autumn=2024-FA"}},
		{"Talks collapsed in the winter.", []string{"the winter=2023-WI"}},
		{"The wall fell during the winter.", []string{"the winter=2023-WI"}},
		{"Inventories rose from the low levels of the early summer.", []string{"the early summer=2023-SU"}},
		{"Prices fall when demand drops.", nil},
	})
}
