package timeline

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in         string
		prec       Precision
		start, end string // first and last day covered, "" when open
	}{
		{"2022", PrecisionYear, "2022-01-01", "2022-12-31"},
		{"2022-08", PrecisionMonth, "2022-08-01", "2022-08-31"},
		{"2024-02-29", PrecisionDay, "2024-02-29", "2024-02-29"},
		{"2022-21", PrecisionSeason, "2022-03-01", "2022-05-31"},
		{"2022-24", PrecisionSeason, "2022-12-01", "2023-02-28"},
		{"197X", PrecisionDecade, "1970-01-01", "1979-12-31"},
		{"197x", PrecisionDecade, "1970-01-01", "1979-12-31"},
		{"19XX", PrecisionCentury, "1900-01-01", "1999-12-31"},
		{"2024-W17", PrecisionWeek, "2024-04-22", "2024-04-28"},
		{"2020-W53", PrecisionWeek, "2020-12-28", "2021-01-03"},
		{"2004-XX", PrecisionYear, "2004-01-01", "2004-12-31"},
		{"2022-08-04/2022-08-10", PrecisionDay, "2022-08-04", "2022-08-10"},
		{"2019/..", PrecisionYear, "2019-01-01", ""},
		{"../2019", PrecisionYear, "", "2019-12-31"},
		{"2019/", PrecisionYear, "2019-01-01", ""},
		{"1984?", PrecisionYear, "1984-01-01", "1984-12-31"},
		{"2004-06~", PrecisionMonth, "2004-06-01", "2004-06-30"},
		{"2004-06-11%", PrecisionDay, "2004-06-11", "2004-06-11"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if d.Precision() != tt.prec {
			t.Errorf("ParseDate(%q).Precision() = %v, want %v", tt.in, d.Precision(), tt.prec)
		}
		if got := day(d.Start()); got != tt.start {
			t.Errorf("ParseDate(%q).Start() = %s, want %s", tt.in, got, tt.start)
		}
		if got := day(d.End()); got != tt.end {
			t.Errorf("ParseDate(%q).End() = %s, want %s", tt.in, got, tt.end)
		}
		if d.String() != strings.ToUpper(tt.in) {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, d.String())
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "empty date"},
		{"2023-02-30", "February 2023 has 28 days, not 30"},
		{"2023-13", "month 13 does not exist"},
		{"22", "four digits"},
		{"2022-8", "two digits"},
		{"2022-W54", "2022 has no week 54"},
		{"2022-W53", "2022 has no week 53"},
		{"1X7X", "only at the end"},
		{"1XXX", "too vague"},
		{"197X-01", "no month or day"},
		{"2022-22-01", "season"},
		{"2022/2021", "ends before it starts"},
		{"../..", "no known end"},
		{"2022/2023/2024", "more than one"},
		{" 2022", "spaces"},
		{"2022-01-01-01", "too many parts"},
		{"abcd", "not a number"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseDate(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	// In timeline order.
	order := []string{"../2019", "19XX", "197X", "2022/..", "2022/2023", "2022", "2022-21", "2022-03", "2022-03-01", "2022-03-02", "2024-W17", "2024-04-22"}
	for i := range order {
		for j := range order {
			a, b := MustParseDate(order[i]), MustParseDate(order[j])
			got, want := Compare(a, b), cmpInt(i, j)
			if got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2022", "2022-08-02", true},
		{"2022-08-02", "2022", false},
		{"2024-W17", "2024-04-24", true},
		{"2024-04", "2024-W17", true},
		{"2024-04", "2024-W18", false},
		{"197X", "1978", true},
		{"2019/..", "2030-01", true},
		{"2019/..", "2018", false},
		{"2022", "2022", true},
	}
	for _, tt := range tests {
		if got := MustParseDate(tt.a).Contains(MustParseDate(tt.b)); got != tt.want {
			t.Errorf("%s.Contains(%s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022", "2022-08-02", "2022-22", "197X", "2024-W17", "2019/..", "2004-06~", "../2019?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		d2, err := ParseDate(d.String())
		if err != nil || d2 != d {
			t.Fatalf("ParseDate(%q) = %q, which does not round-trip: %v", s, d, err)
		}
		if !d.Start().IsZero() && !d.End().IsZero() && d.End().Before(d.Start()) {
			t.Fatalf("%q ends before it starts", s)
		}
		_ = Compare(d, d2)
	})
}

func day(t interface{ Format(string) string }) string {
	s := t.Format("2006-01-02")
	if s == "0001-01-01" {
		return ""
	}
	return s
}
