package dates

import "testing"

func TestVague(t *testing.T) {
	runFixtures(t, []fixture{
		{"The border is currently closed.", []string{"currently=PRESENT_REF"}},
		{"He recently returned from Kyiv.", []string{"recently=PAST_REF"}},
		{"Ties may improve in the future.", []string{"the future=FUTURE_REF"}},
		{"The current talks are stalled.", []string{"current=PRESENT_REF"}},
		{"The annex to the present resolution lists the sanctioned entities.", nil},
		{"The dispute has simmered from 1990 to the present.", []string{"1990=1990", "the present=PRESENT_REF"}},
		{"The border has stayed closed to the present day.", []string{"the present day=PRESENT_REF"}},
		{"The present is more dangerous than the past.", []string{"The present=PRESENT_REF", "the past=PAST_REF"}},
		{"Holders may buy shares at half the then current market price.", []string{"then current=PAST_REF"}},
		{"The then-current envoy was recalled.", []string{"then-current=PAST_REF"}},
		{"The charge will cut tax payments in future quarters.", []string{"future quarters=FUTURE_REF"}},
		{"It is confident about future earnings.", nil},
		{"Such checks will be made in future, the ministry said.", []string{"future=FUTURE_REF"}},
		{"Talks in future rounds will be harder.", nil},
		{"We don't minimize the challenges of the near term.", []string{"the near term=FUTURE_REF"}},
		{"It may placate some holders in the short term.", []string{"the short term=FUTURE_REF"}},
		// Not time expressions.
		{"The former president spoke.", nil},
		{"The current account deficit grew.", nil},
		{"Four wars were fought, the most recent in October 1973.", []string{"October 1973=1973-10"}},
	})
}

func TestVaguePast(t *testing.T) {
	runFixtures(t, []fixture{
		{"In the past, Russia has often claimed otherwise.", []string{"the past=PAST_REF"}},
		{"They have in the past.", []string{"the past=PAST_REF"}},
		{"over the past two years", []string{"the past two years=P2Y/DURATION"}},
	})
}
