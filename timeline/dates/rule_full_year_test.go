package dates

import "testing"

func TestFullYear(t *testing.T) {
	runFixtures(t, []fixture{
		{"The brewer expects full-year earnings of $5.10 a share.", []string{"full-year=2024"}},
		{"Full-year 2023 sales rose 4 percent.", []string{"2023=2023"}},
		{"Sales for the full year were $6.6 billion.", []string{"the full year=2024"}},
		{"She works full-time.", nil},
	})
}
