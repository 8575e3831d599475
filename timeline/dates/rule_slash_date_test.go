package dates

import "testing"

func TestSlashDate(t *testing.T) {
	runFixtures(t, []fixture{
		{"The memo of 8/2/2022 was leaked.", []string{"8/2/2022=2022-08-02"}},
		{"The memo of 27/2/2022 was leaked.", []string{"27/2/2022=2022-02-27"}},
		{"Le décret du 02.08.2022 est paru.", []string{"02.08.2022=2022-08-02"}},
		{"The memo of 8/2/98 was leaked.", []string{"8/2/98=1998-08-02"}},
		{"A ratio of 1.5/10/2022 is odd.", nil},
	})
}
