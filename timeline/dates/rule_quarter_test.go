package dates

import "testing"

func TestQuarter(t *testing.T) {
	runFixtures(t, []fixture{
		{"Profit rose in the third quarter.", []string{"the third quarter=2023-Q3"}},
		{"Results for Q1 2024 were strong.", []string{"Q1 2024=2024-Q1"}},
		// A named year is not moved back by the past tense.
		{"Sales fell in the fourth quarter of last year.", []string{"the fourth quarter of last year=2023-Q4"}},
		{"Last year's third quarter was weak.", []string{"Last year's third quarter=2023-Q3"}},
		{"Analysts said orders for the third quarter of this year were at risk.", []string{"the third quarter of this year=2024-Q3"}},
		{"Output fell in the first half of 1998.", []string{"the first half of 1998=1998-H1"}},
		{"It expects strong third-quarter results.", []string{"third-quarter=2024-Q3"}},
		{"A factor in the third-quarter loss was a charge.", []string{"third-quarter=2023-Q3"}},
		{"The quarter was terrible, the company said.", []string{"The quarter=2024-Q1"}},
		{"Earnings soared in the fiscal first quarter.", []string{"the fiscal first quarter=2024-Q1"}},
		{"Apple reported its fiscal second quarter.", []string{"fiscal second quarter=2024-Q2"}},
		{"Sales were flat in the last half of the '80s.", []string{"the '80s=198"}},
		{"The embassy will reopen in the second half of the year.", []string{"the second half of the year=2024-H2"}},
		// A half of a match, of a season or of a decade is no half of a
		// year; a report of a game says so by its players and officials.
		{"He scored in the second half of the match.", nil},
		{"Growth slowed in the second half of the decade.", nil},
		{"The referee sent him off. In the second half, the visitors pressed.", nil},
		{"A first-half goal gave the hosts the lead.", nil},
		{"Orders for the second half are running ahead of plan.", []string{"the second half=2024-H2"}},
		{"The group posted record first-half profit.", []string{"first-half=2024-H1"}},
	})
}
