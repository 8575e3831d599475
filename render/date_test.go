package render

import (
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		edtf string
		want string
		// parts is the datetime values of the parts, "-" for a part
		// without one, joined by spaces.
		parts string
		group string
	}{
		{"2022", "2022", "2022", "2022"},
		{"2023-02", "February 2023", "2023-02", "2023"},
		{"2024-04-26", "26 April 2024", "2024-04-26", "2024"},
		{"2022-22", "summer 2022", "2022", "2022"},
		{"2022-21", "spring 2022", "2022", "2022"},
		{"2022-23", "autumn 2022", "2022", "2022"},
		{"2022-24", "winter 2022", "2022", "2022"},
		{"197X", "the 1970s", "-", "1970s"},
		{"19XX", "the 1900s", "-", "1900s"},
		{"2024-W17", "week 17 of 2024", "2024-W17", "2024"},
		{"2024-W01", "week 1 of 2024", "2024-W01", "2024"},
		{"0800", "800", "0800", "800"},
		{"2022~", "about 2022", "- 2022", "2022"},
		{"2022?", "2022?", "2022 -", "2022"},
		{"2022-08%", "about August 2022?", "- 2022-08 -", "2022"},
		{"2022-08-02/2022-08-03", "2–3 August 2022", "2022-08-02 - 2022-08-03", "2022"},
		{"2022-07-30/2022-08-03", "30 July – 3 August 2022", "2022-07-30 - 2022-08-03", "2022"},
		{"2021-12-30/2022-01-02", "30 December 2021 – 2 January 2022", "2021-12-30 - 2022-01-02", "2021"},
		{"2023-02/2023-04", "February–April 2023", "2023-02 - 2023-04", "2023"},
		{"2022-11/2023-02", "November 2022 – February 2023", "2022-11 - 2023-02", "2022"},
		{"2019/2022", "2019–2022", "2019 - 2022", "2019"},
		{"2024-W17/2024-W19", "weeks 17–19 of 2024", "2024-W17 - 2024-W19", "2024"},
		{"2021-22/2021-23", "summer–autumn 2021", "2021 - 2021", "2021"},
		{"197X/198X", "the 1970s–1980s", "- - -", "1970s"},
		{"2004/2005-02", "2004 – February 2005", "2004 - 2005-02", "2004"},
		{"2022-08-02/2022-08-02", "2 August 2022", "2022-08-02", "2022"},
		{"2022~/2023~", "about 2022–2023", "- 2022 - 2023", "2022"},
		{"2022~/2023", "about 2022 – 2023", "- 2022 - 2023", "2022"},
		{"2019/..", "2019 onwards", "2019 -", "2019"},
		{"../2019", "until 2019", "- 2019", "Until 2019"},
		{"2019/", "from 2019, end unknown", "- 2019 -", "2019"},
		{"/2019-05", "until May 2019, start unknown", "- 2019-05 -", "Until 2019"},
	}
	for _, tt := range tests {
		d := timeline.MustParseDate(tt.edtf)
		if got := FormatDate(d); got != tt.want {
			t.Errorf("FormatDate(%s) = %q, want %q", tt.edtf, got, tt.want)
		}
		var dts []string
		for _, p := range DateParts(d) {
			if p.Datetime == "" {
				p.Datetime = "-"
			}
			dts = append(dts, p.Datetime)
		}
		if got := strings.Join(dts, " "); got != tt.parts {
			t.Errorf("DateParts(%s) datetimes = %q, want %q", tt.edtf, got, tt.parts)
		}
		if got := groupOf(d); got != tt.group {
			t.Errorf("groupOf(%s) = %q, want %q", tt.edtf, got, tt.group)
		}
	}
	if got := FormatDate(timeline.Date{}); got != "undated" {
		t.Errorf("FormatDate(zero) = %q, want undated", got)
	}
}

func TestYearSpan(t *testing.T) {
	tests := []struct{ edtf, first, last string }{
		{"2022", "2022", "2022"},
		{"197X", "1970", "1979"},
		{"2020-W01", "2019", "2020"}, // ISO week 1 of 2020 starts on 30 December 2019
		{"2019/..", "2019", ""},
		{"../2019", "", "2019"},
		{"2021-24", "2021", "2022"}, // winter runs into the next year
	}
	for _, tt := range tests {
		first, last := yearSpan(timeline.MustParseDate(tt.edtf))
		if first != tt.first || last != tt.last {
			t.Errorf("yearSpan(%s) = %q, %q; want %q, %q", tt.edtf, first, last, tt.first, tt.last)
		}
	}
}
