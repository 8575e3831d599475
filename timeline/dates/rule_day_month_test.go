package dates

import "testing"

func TestDayMonth(t *testing.T) {
	runFixtures(t, []fixture{
		{"The accord was signed on 2 August 2022.", []string{"2 August 2022=2022-08-02"}},
		{"The delegation arrived on the 2nd of August.", []string{"the 2nd of August=2023-08-02"}},
		{"Talks were held 27-28 February 2019 in Hanoi.", []string{"27-28 February 2019=2019-02-27"}},
		{"The vote is on 3 May.", []string{"3 May=2024-05-03"}},
		// A range of days joined by "to" or "through", as by a dash.
		{"The committee met from 1 to 3 March 2024.", []string{"1 to 3 March 2024=2024-03-01"}},
		{"The fair runs from 12 through 15 June.", []string{"12 through 15 June=2024-06-12"}},
		// A day and month with a year counted from the reference.
		{"A deal in principle was announced on 3 October last year.", []string{"3 October last year=2023-10-03"}},
		{"The plant closes on 30 June next year.", []string{"30 June next year=2025-06-30"}},
		{"The law took effect on 1 January this year.", []string{"1 January this year=2024-01-01"}},
		{"He returned on the 4th of November of last year.", []string{"the 4th of November of last year=2023-11-04"}},
		// Not days: money and counts before a month name.
		{"It cost $3 May said.", nil},
	})
}
