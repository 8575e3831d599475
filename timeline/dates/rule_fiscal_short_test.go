package dates

import "testing"

func TestFiscalShort(t *testing.T) {
	runFixtures(t, []fixture{
		{"FY24 operating margin was 18 percent.", []string{"FY24=2024"}},
		{"The company raised its FY25 outlook.", []string{"FY25=2025"}},
		{"Results for FY'99 were restated.", []string{"FY'99=1999"}},
		{"The FY2026 budget is due.", []string{"FY2026=2026"}},
		// Not fiscal years.
		{"The FYI column ran on page 3.", nil},
		{"Guidance for FY24-25 was cut.", nil},
	})
}
