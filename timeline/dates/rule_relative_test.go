package dates

import "testing"

func TestRelative(t *testing.T) {
	runFixtures(t, []fixture{
		{"Profit rose from $1.18 in the prior-year quarter.", []string{"the prior-year quarter=2023-Q1"}},
		{"Charges were lower than in the prior-year period.", []string{"the prior-year period=2023-Q1"}},
		{"Trade fell last year.", []string{"last year=2023"}},
		{"The aid bill Biden signed earlier this week.", []string{"earlier this week=2024-W17"}},
		{"They met last week.", []string{"last week=2024-W16"}},
		{"They meet again this week.", []string{"this week=2024-W17"}},
		{"Talks resume next month.", []string{"next month=2024-05"}},
		{"Exports fell last month.", []string{"last month=2024-03"}},
		{"Protests are planned this weekend.", []string{"this weekend=2024-W17-WE"}},
		{"Voters went to the polls over the weekend.", []string{"the weekend=2024-W16-WE"}},
		// "This past week" said from Thursday on is this one.
		{"Outflows slowed this past week and this past weekend.", []string{"this past week=2024-W17", "this past weekend=2024-W16-WE"}},
		{"Fighting flared last summer.", []string{"last summer=2023-SU"}},
		{"Elections are expected early next year.", []string{"early next year=2025"}},
		{"Sales rose earlier this year.", []string{"earlier this year=2024"}},
		{"On March 3, 2022, talks failed. The following day, troops moved.", []string{"March 3, 2022=2022-03-03", "The following day=2022-03-04"}},
		{"On March 3, 2022, talks failed; the previous day had been calm.", []string{"March 3, 2022=2022-03-03", "the previous day=2022-03-02"}},
		{"He was arrested on March 3, 2022, and appeared in court the next morning.", []string{"March 3, 2022=2022-03-03", "the next morning=2022-03-04TMO/TIME"}},
		{"On March 3, 2022, talks failed. The next day, troops moved.", []string{"March 3, 2022=2022-03-03", "The next day=2022-03-04"}},
		// "The next year" that opens a clause is the year after the one
		// named last; after a verb or "over" it is a length of time.
		{"Britain split off the islands in 1965. The next year it leased one to the US.", []string{"1965=1965", "The next year=1966"}},
		{"The treaty was signed in 1965, and the next year it was ratified.", []string{"1965=1965", "the next year=1966"}},
		{"Talks opened in March 2021; the next month they stalled.", []string{"March 2021=2021-03", "the next month=2021-04"}},
		{"The firm was founded in 1965 and will spend the next year hiring.", []string{"1965=1965", "the next year=P1Y/DURATION"}},
		{"Prices will rise over the next year.", []string{"the next year=P1Y/DURATION"}},
		{"The pact was signed in 2019. Later that year it collapsed.", []string{"2019=2019", "Later that year=2019"}},
		{"Profit for the year ended June 30 rose.", []string{"the year=P1Y/DURATION", "June 30=2023-06-30"}},
		// TimeBank marks "the past year" as the last calendar year.
		{"Sales over the past year doubled.", []string{"the past year=2023"}},
		{"Inflation ate their earnings in the last decade.", []string{"the last decade=201"}},
		{"He has been in Washington for the last week.", []string{"the last week=2024-W17"}},
		{"Sales doubled over the past two years.", []string{"the past two years=P2Y/DURATION"}},
		{"The goal is to finish by the end of the month.", []string{"the end of the month=2024-04"}},
		// "fiscal" as a noun for the fiscal year (South Asian usage), but not as an adjective.
		{"Exports rose 4 percent last fiscal.", []string{"last fiscal=2023"}},
		{"Growth in the current fiscal is seen at 7 percent.", []string{"the current fiscal=2024"}},
		{"The deficit this fiscal will be lower.", []string{"this fiscal=2024"}},
		{"The bank tightened this fiscal policy.", nil},
		{"Next fiscal Budget talks begin soon.", nil},
	})
}

func TestLaterInTheDay(t *testing.T) {
	runFixtures(t, []fixture{
		{"He arrived on March 3, 2022, and spoke later in the day.", []string{"March 3, 2022=2022-03-03", "later in the day=2022-03-03"}},
		// "that morning", "that day": the last day named in the same
		// paragraph, or in the sentence just before across a paragraph
		// break, with nothing counted from the publication date since;
		// else the publication date's. "The same day" points back
		// further.
		{"The talks ended on Tuesday.\n\nHe had set the tone that morning.", []string{"Tuesday=2024-04-23", "that morning=2024-04-23TMO/TIME"}},
		{"The talks ended on Tuesday. The same day, he flew home.", []string{"Tuesday=2024-04-23", "The same day=2024-04-23"}},
		{"The charges came on Tuesday.\n\nHe arrived late. He had set the tone that morning.", []string{"Tuesday=2024-04-23", "that morning=2024-04-26TMO/TIME"}},
		{"The charges came on Tuesday. He arrived late. That day, he flew home.", []string{"Tuesday=2024-04-23", "That day=2024-04-23"}},
		{"The two leaders met on Monday in Helsinki. At a joint news conference afterwards, the president sided with his host. Later that day, he flew home.",
			[]string{"Monday=2024-04-22", "Later that day=2024-04-22"}},
		{"The charges came on Tuesday. The case has dragged on since last year. That morning, he stayed home.", []string{"Tuesday=2024-04-23", "last year=2023", "That morning=2024-04-26TMO/TIME"}},
		{"The charges came on Tuesday. He is now at home. Later that day, he spoke to reporters.", []string{"Tuesday=2024-04-23", "now=PRESENT_REF", "Later that day=2024-04-26"}},
		{"The charges came on Tuesday. He arrived late. The same day, he flew home.", []string{"Tuesday=2024-04-23", "The same day=2024-04-23"}},
		// "the following day" has no day to fall back on.
		{"The talks ended on Tuesday. He arrived late. The following day, he flew home.", []string{"Tuesday=2024-04-23", "The following day=2024-04-24"}},
	})
}
