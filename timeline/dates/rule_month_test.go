package dates

import "testing"

func TestMonth(t *testing.T) {
	runFixtures(t, []fixture{
		{"Putin announced he would visit China in May.", []string{"May=2024-05"}},
		{"Putin visited China in May.", []string{"May=2023-05"}},
		{"The plan was agreed in early December.", []string{"early December=2023-12"}},
		{"Reserves fell at end-March.", []string{"end-March=2024-03"}},
		{"The offer expires at the end of November.", []string{"the end of November=2024-11"}},
		{"He left at the beginning of October.", []string{"the beginning of October=2023-10"}},
		{"Prices have risen since January.", []string{"January=2024-01"}},
		{"Talks broke down last February.", []string{"last February=2024-02"}},
		{"Talks will resume next March.", []string{"next March=2025-03"}},
		// The month just before is "last month": "last March" said in April
		// is the year before's, and "next May" the year after's.
		{"Talks broke down last March.", []string{"last March=2023-03"}},
		{"Talks will resume next May.", []string{"next May=2025-05"}},
		// Without a tense, the nearest such month.
		{"The report is due in October.", []string{"October=2024-10"}},
		{"worth a hundred million dollars in November, and half that now", []string{"November=2023-11", "now=PRESENT_REF"}},
		{"The bank is for sale under a June agreement with its holders.", []string{"June=2024-06"}},
		{"They missed an April deadline.", []string{"April=2024-04"}},
		// In the year named last.
		{"The envoys left in March 2014 and returned in November of that year.", []string{"March 2014=2014-03", "November of that year=2014-11"}},
		{"They met in July 2017 and again in November that year.", []string{"July 2017=2017-07", "November that year=2017-11"}},
		{"The talks began in 1998 and broke down in late May of the same year.", []string{"1998=1998", "late May of the same year=1998-05"}},
		{"Talks broke down last November that year.", []string{"last November=2023-11", "that year=2023"}},
		// Not months.
		{"He is a May supporter.", nil},
		{"The minutes of the Fed's March meeting showed concern.", []string{"March=2024-03"}},
		{"Theresa May's Brexit plan failed.", nil},
		{"The party's March manifesto was dropped, and Lula's June visit was cancelled.", []string{"March=2024-03", "June=2023-06"}},
		{"You may also like these stories.", nil},
		{"May I ask a question?", nil},
		{"Thousands march on the capital.", nil},
		{"They joined the March of the Mothers.", nil},
		{"It was an august gathering.", nil},
		{"Foreign ministers Jan Kavan and others signed.", nil},
	})
}

func TestMonthDeadline(t *testing.T) {
	runFixtures(t, []fixture{
		{"The talks that are supposed to conclude by May invited him back.", []string{"May=2024-05"}},
		{"The troops had left by March, officials said.", []string{"March=2024-03"}},
		{"He said the flights would double by August, citing demand.", []string{"August=2024-08"}},
		{"The sale, which had been expected, is part of a program to pay down the loan by March.", []string{"March=2025-03"}},
		// An adjective in -ed is not a past tense.
		{"The split would be paid on a still unspecified date in March.", []string{"March=2025-03"}},
		// An infinitive far from the month is not a plan for it.
		{"Problems made it hard for the firm to meet demand for its newest computers well into March.", []string{"March=2024-03"}},
		// A month that opens the sentence takes the tense of the verb after it.
		{"In March, it announced plans to buy the unit.", []string{"March=2024-03"}},
		{"It agreed to buy Milton Roy's instrument line for $22 million in March.", []string{"March=2025-03"}},
		// A month in a list after another month.
		{"The board met in February, June and October.", []string{"February=2024-02", "June=2023-06", "October=2023-10"}},
		{"The fair was held in May, June and July.", []string{"May=2023-05", "June=2023-06", "July=2023-07"}},
		{"He visited Paris, June Carter said.", nil},
		{"Data for January-February showed growth.", []string{"January=2024-01", "February=2024-02"}},
		// A present tense that tells a schedule looks ahead.
		{"The law enters into force in January.", []string{"January=2025-01"}},
		{"The ban takes effect in March.", []string{"March=2025-03"}},
	})
}
