package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

var (
	timexDecade  = regexp.MustCompile(`^(\d{3})$`)
	timexCentury = regexp.MustCompile(`^(\d{2})$`)
	timexSeason  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|AU|WI)$`)
	timexQuarter = regexp.MustCompile(`^(\d{4})-(Q[1-4]|H[12])$`)
	timexWeekend = regexp.MustCompile(`^(\d{4})-W(\d{2})-WE$`)
	timexTime    = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})T.*$`)
	timexWeekDay = regexp.MustCompile(`^(\d{4})-W(\d{2})-([1-7])$`)
)

var seasons = map[string]string{"SP": "21", "SU": "22", "FA": "23", "AU": "23", "WI": "24"}

var quarterMonths = map[string][2]string{
	"Q1": {"01", "03"}, "Q2": {"04", "06"}, "Q3": {"07", "09"}, "Q4": {"10", "12"},
	"H1": {"01", "06"}, "H2": {"07", "12"},
}

// EDTF converts a TIMEX3 value to a model date at the same precision:
// "2024-04-24", "2024-04", "2024" and "2024-W17" stay as they are; "199"
// (the 1990s) becomes "199X" and "19" (the 1900s) "19XX"; seasons
// "1998-SU" become EDTF seasons "1998-22"; quarters and halves "2024-Q1"
// become intervals "2024-01/2024-03"; a time of day "2024-04-26TMO" or
// "2024-04-26T15:00" becomes its day; a weekend "2024-W17-WE" the interval
// of its Saturday and Sunday; an interval "A/B" is converted end by end.
// mod "APPROX" adds the "~" qualifier. It fails for values that are no
// calendar date: "PRESENT_REF", durations "P3Y", unknown parts "XXXX-05".
func EDTF(value, mod string) (timeline.Date, error) {
	if a, b, ok := strings.Cut(value, "/"); ok {
		da, err := EDTF(a, "")
		if err != nil {
			return timeline.Date{}, err
		}
		db, err := EDTF(b, "")
		if err != nil {
			return timeline.Date{}, err
		}
		if da.IsInterval() || db.IsInterval() {
			return timeline.Date{}, fmt.Errorf("nested interval %q", value)
		}
		return timeline.ParseDate(da.String() + "/" + db.String())
	}
	s := value
	switch {
	case timexDecade.MatchString(s):
		s += "X"
	case timexCentury.MatchString(s):
		s += "XX"
	case timexSeason.MatchString(s):
		m := timexSeason.FindStringSubmatch(s)
		s = m[1] + "-" + seasons[m[2]]
	case timexQuarter.MatchString(s):
		m := timexQuarter.FindStringSubmatch(s)
		q := quarterMonths[m[2]]
		s = m[1] + "-" + q[0] + "/" + m[1] + "-" + q[1]
	case timexWeekend.MatchString(s):
		m := timexWeekend.FindStringSubmatch(s)
		w, err := timeline.ParseDate(m[1] + "-W" + m[2])
		if err != nil {
			return timeline.Date{}, err
		}
		sat := w.Start().AddDate(0, 0, 5)
		s = sat.Format("2006-01-02") + "/" + sat.AddDate(0, 0, 1).Format("2006-01-02")
	case timexWeekDay.MatchString(s):
		m := timexWeekDay.FindStringSubmatch(s)
		w, err := timeline.ParseDate(m[1] + "-W" + m[2])
		if err != nil {
			return timeline.Date{}, err
		}
		s = w.Start().AddDate(0, 0, int(m[3][0]-'1')).Format("2006-01-02")
	case timexTime.MatchString(s):
		s = timexTime.FindStringSubmatch(s)[1]
	}
	if strings.ContainsAny(s, "PTRE_") && !strings.Contains(s, "-W") || strings.Contains(s, "XX-") || strings.HasPrefix(s, "XXXX") {
		return timeline.Date{}, fmt.Errorf("TIMEX3 value %q is not a calendar date", value)
	}
	if mod == "APPROX" && !strings.Contains(s, "/") {
		s += "~"
	}
	d, err := timeline.ParseDate(s)
	if err != nil {
		return timeline.Date{}, fmt.Errorf("TIMEX3 value %q: %v", value, err)
	}
	return d, nil
}
