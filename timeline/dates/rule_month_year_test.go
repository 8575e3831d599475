package dates

import "testing"

func TestMonthYear(t *testing.T) {
	runFixtures(t, []fixture{
		{"the shooting down of a balloon in February 2023", []string{"February 2023=2023-02"}},
		{"It happened in Feb. 2023.", []string{"Feb. 2023=2023-02"}},
		{"It was agreed in May of 2023.", []string{"May of 2023=2023-05"}},
		{"Unrest grew in late November 1999.", []string{"late November 1999=1999-11"}},
		{"He resigned in June last year.", []string{"June last year=2023-06"}},
		{"Elections are due in January next year.", []string{"January next year=2025-01"}},
	})
}
