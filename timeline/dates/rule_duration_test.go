package dates

import "testing"

func TestDuration(t *testing.T) {
	runFixtures(t, []fixture{
		{"The war lasted three years.", []string{"three years=P3Y/DURATION"}},
		{"after a five-and-a-half-hour meeting", []string{"five-and-a-half-hour=PT5H30M/DURATION"}},
		{"They talked for 5 1/2 hours.", []string{"5 1/2 hours=PT5H30M/DURATION"}},
		{"Trade doubled over the past two decades.", []string{"the past two decades=P20Y/DURATION"}},
		{"Sales in the first nine months rose.", []string{"the first nine months=P9M/DURATION"}},
		{"a two-year plan", []string{"two-year=P2Y/DURATION"}},
		{"The camps existed for 2 1/2 years.", []string{"2 1/2 years=P2Y6M/DURATION"}},
		{"A minute and a half later, a pilot called in.", []string{"A minute and a half=PT1M30S/DURATION"}},
		{"The talks lasted a day and a half.", []string{"a day and a half=P1DT12H/DURATION"}},
		{"The alliance has kept the peace for half a century.", []string{"half a century=P50Y/DURATION"}},
		{"They spoke for half an hour, then for half a day.", []string{"half an hour=PT30M/DURATION", "half a day=PT12H/DURATION"}},
		{"Prices rose by half a percent a year.", nil},
		{"He was jailed for one and a half months.", []string{"one and a half months=P1M15D/DURATION"}},
		{"It took several weeks.", []string{"several weeks=PXW/DURATION"}},
		{"He served about 40 years.", []string{"40 years=P40Y/DURATION"}},
		{"It took a couple of years.", []string{"a couple of years=P2Y/DURATION"}},
		{"The plants will be closed over the next year or so.", []string{"the next year or so=P1Y/DURATION"}},
		{"You may, in a year or two, save more lives.", []string{"a year or two=FUTURE_REF"}},
		{"Islam will one day be the second largest religion.", []string{"one day=FUTURE_REF"}},
		{"He hopes he one day follows them into space.", []string{"one day=FUTURE_REF"}},
		{"The action followed by one day an announcement.", []string{"one day=P1D/DURATION"}},
		// Not durations.
		{"a 6-year-old boy", nil},
		{"Iraq imports three-quarters of its food.", nil},
		{"a dividend of $1.76 a year", nil},
		{"The vote was held on April 19, a day before the deadline.", []string{"April 19=2024-04-19", "a day=P1D/DURATION"}},
		{"He won a second term.", nil},
		{"in the second round", nil},
		// Names, not lengths of time.
		{"Israel captured the West Bank in the Six-Day War.", nil},
		{"The Thirty Years War ended in 1648.", []string{"1648=1648"}},
	})
}

func TestInDuration(t *testing.T) {
	runFixtures(t, []fixture{
		{"The envoys will meet again in three weeks.", []string{"three weeks=2024-W20"}},
		{"A decision is expected in two days.", []string{"two days=2024-04-28"}},
		{"The deal was reached in two days of talks.", []string{"two days=P2D/DURATION"}},
	})
}

// TimeBank keeps "nearly" or "more than" in the span, but leaves out
// "about" and, before an adjective, "the".
func TestDurationSpan(t *testing.T) {
	runFixtures(t, []fixture{
		{"Talks have been frozen for nearly two years.", []string{"nearly two years=P2Y/DURATION"}},
		{"She testified for more than four hours.", []string{"more than four hours=PT4H/DURATION"}},
		{"They met for about five hours.", []string{"five hours=PT5H/DURATION"}},
		{"after the eight-year war", []string{"eight-year=P8Y/DURATION"}},
	})
}

func TestDurationMore(t *testing.T) {
	runFixtures(t, []fixture{
		{"He will stay for at least two more weeks.", []string{"at least two more weeks=P2W/DURATION"}},
		{"The loan may be extended for an additional year.", []string{"an additional year=P1Y/DURATION"}},
		{"It may take another decade before the reforms bear fruit.", []string{"another decade=P10Y/DURATION"}},
		{"The talks went on for another two weeks.", []string{"another two weeks=P2W/DURATION"}},
		// A smaller unit added on is part of the length.
		{"The film runs for two hours and 40 minutes.", []string{"two hours and 40 minutes=PT2H40M/DURATION"}},
		{"He served a year and six months in prison.", []string{"a year and six months=P1Y6M/DURATION"}},
		{"The siege lasted three days and four hours.", []string{"three days and four hours=P3DT4H/DURATION"}},
		{"They talked for two hours and then for three days.", []string{"two hours=PT2H/DURATION", "three days=P3D/DURATION"}},
		{"It took two hours and three days later it broke.", []string{"two hours=PT2H/DURATION", "three days later=2024-04-29"}},
	})
}
