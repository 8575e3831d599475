package dates

import "testing"

func TestCasualDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"The minister resigned yesterday.", []string{"yesterday=2024-04-25"}},
		{"Talks resume today.", []string{"today=2024-04-26"}},
		{"Talks resume tomorrow.", []string{"tomorrow=2024-04-27"}},
		{"He will speak tonight.", []string{"tonight=2024-04-26TNI/TIME"}},
		{"Rockets were fired last night.", []string{"last night=2024-04-25TNI/TIME"}},
		{"The ceasefire is now in force.", []string{"now=PRESENT_REF"}},
		{"Nobody knows anything.", nil},
		// Not a day: the present age, a name.
		{"It matters to mothers in today's world.", nil},
		{"Many of today's personal computers use it.", nil},
		{"If I were choosing the people of tomorrow, I would choose them.", nil},
		{"This is VOA Today.", nil},
		// A sum at the present value.
		{"The island was bought for £3.4 billion in today's money.", nil},
		{"The dam cost $2 billion in today's dollars, or $4 billion in today's prices.", nil},
		{"That is about €90 million at today's rates.", nil},
		{"Today's prices were posted on the board.", []string{"Today=2024-04-26"}},
		{"The offer was advertised in today's editions.", []string{"today=2024-04-26"}},
	})
}
