package dates

import "testing"

func TestYear(t *testing.T) {
	runFixtures(t, []fixture{
		{"Pelosi's visit to Taiwan in 2022 angered Beijing.", []string{"2022=2022"}},
		{"the 2022 visit", []string{"2022=2022"}},
		{"Relations have been frozen since 1979.", []string{"1979=1979"}},
		{"Profit rose in fiscal 1998.", []string{"fiscal 1998=1998"}},
		{"Growth slowed in early 2001.", []string{"early 2001=2001"}},
		{"Debt is to be cut by end-2015.", []string{"end-2015=2015"}},
		{"They hope to end 2015 with a deal.", []string{"2015=2015"}},
		{"the summer of 1998", []string{"the summer of 1998=1998-SU"}},
		{"The war lasted from 1910 to 1945.", []string{"1910=1910", "1945=1945"}},
		{"in the 1990-95 period", []string{"1990-95=1990"}},
		{"the post-1959 politics", []string{"1959=1959"}},
		{"The city was founded in 1500.", []string{"1500=1500"}},
		// Not years.
		{"He paid $2022 for it.", nil},
		{"2000 troops and 1.5 million people", nil},
		{"Resolution 2231 endorsed the deal.", nil},
		{"The Council adopted resolution 2699 (2023) by a vote of 13.", nil},
		{"The census (2021) showed growth.", []string{"2021=2021"}},
		{"F-16 fighters and an F-2022 drone", nil},
		{"Flight 2022 landed safely.", nil},
		{"It shares office space with Orion 1980.", nil},
		// Before 1900, a year needs a preposition, or "the" and the name
		// of the event it dates.
		{"The 1648 Peace of Westphalia ended the war.", []string{"1648=1648"}},
		{"The 1815 Congress of Vienna redrew the map.", []string{"1815=1815"}},
		{"The 1500 Marines landed on the beach.", nil},
		{"The 1500 soldiers landed.", nil},
		{"The index closed at 1998.5 points.", nil},
		{"About 1500 soldiers died.", nil},
		{"Rates rose 2005%.", nil},
		// A count after "and": "1,500 troops and 2000 police".
		{"Some 1,500 troops and 2000 police were deployed.", nil},
		{"In 2000 police raided the camp.", []string{"2000=2000"}},
		// "the 2024-25 fiscal": the fiscal year, spanned with "the" and its noun.
		{"The scheme covers the 2024-25 fiscal.", []string{"the 2024-25 fiscal=2024"}},
		{"The 2024-25 fiscal deficit is 5.1 percent.", []string{"2024-25=2024"}},
	})
}
