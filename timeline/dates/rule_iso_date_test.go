package dates

import "testing"

func TestISODate(t *testing.T) {
	runFixtures(t, []fixture{
		{"The order is dated 2022-08-02.", []string{"2022-08-02=2022-08-02"}},
		{"Filed on 20220802 by the clerk.", []string{"20220802=2022-08-02"}},
		{"Part number 2022-13-45 is out of stock.", nil},
	})
}
