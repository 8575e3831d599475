package dates

import (
	"strings"
	"testing"
	"time"
)

// ref is the publication date of the tests: Friday 26 April 2024, the day
// of the Blinken–Xi meeting.
var ref = time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)

// A fixture is a sentence and the expressions expected in it, each written
// "text=VALUE" (or "text=VALUE/TYPE" for a type other than DATE).
type fixture struct {
	text string
	want []string
}

// runFixtures checks each fixture against Find with the reference date ref.
func runFixtures(t *testing.T, fixtures []fixture) {
	t.Helper()
	for _, f := range fixtures {
		got := Find(f.text, ref)
		var gs []string
		for _, x := range got {
			s := x.Text + "=" + x.Value
			if x.Type != Date {
				s += "/" + string(x.Type)
			}
			gs = append(gs, s)
		}
		if strings.Join(gs, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, gs, f.want)
		}
	}
}

// timexStrings writes each expression "text=VALUE[/TYPE][@MOD]", the type
// when it is not DATE.
func timexStrings(xs []Timex) []string {
	var gs []string
	for _, x := range xs {
		s := x.Text + "=" + x.Value
		if x.Type != Date {
			s += "/" + string(x.Type)
		}
		if x.Mod != "" {
			s += "@" + x.Mod
		}
		gs = append(gs, s)
	}
	return gs
}

// runFixturesWith checks each fixture against Find with the reference
// date ref, writing what Find returns with str.
func runFixturesWith(t *testing.T, ref time.Time, str func([]Timex) []string, fixtures []fixture) {
	t.Helper()
	for _, f := range fixtures {
		got := str(Find(f.text, ref))
		if strings.Join(got, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, got, f.want)
		}
	}
}

func TestSeed(t *testing.T) {
	runFixtures(t, []fixture{
		{"Pelosi's visit to Taiwan in 2022 angered Beijing.", []string{"2022=2022"}},
		{"the shooting down of a balloon in February 2023", []string{"February 2023=2023-02"}},
		{"Blinken arrived in China on Wednesday.", []string{"Wednesday=2024-04-24"}},
		{"The aid bill Biden signed earlier this week.", []string{"earlier this week=2024-W17"}},
		{"Putin announced he would visit China in May.", []string{"May=2024-05"}},
		{"Blinken sat down with Xi.", nil},
		{"You may also like", nil},
	})
}

// TestNotInURL checks that web addresses and paths hold no dates.
func TestNotInURL(t *testing.T) {
	runFixtures(t, []fixture{
		{"url: https://features.example/2023/09/oslo-thirty-years", nil},
		{"![Flags](/images/2020/01/flags-in-may.jpg) on Friday.", []string{"Friday=2024-04-26"}},
		{"More at www.news.example/two-years-on and in March 2015/April 2015.", []string{"March 2015=2015-03", "April 2015=2015-04"}},
	})
}

// TestAround checks that "around" goes into the span of a date or time,
// as TimeBank marks it, but not the particle of a phrasal verb.
func TestAround(t *testing.T) {
	for _, c := range []struct{ text, span, mod string }{
		{"The sale is to be completed around Nov. 1.", "around Nov. 1", "APPROX"},
		{"He was shot around 7:15 p.m. in Brooklyn.", "around 7:15 p.m.", "APPROX"},
		{"They would look for ways to get around Wednesday's ruling.", "Wednesday", ""},
		{"Troops were massed around Kabul on Friday.", "Friday", ""},
	} {
		got := Find(c.text, ref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Mod != c.mod {
			t.Errorf("Find(%q) = %+v; want %q with mod %q", c.text, got, c.span, c.mod)
		}
	}
}

func TestRanges(t *testing.T) {
	for _, c := range []struct{ text, first, through string }{
		{"The war lasted from 1910 to 1945.", "1910", "1945"},
		{"Talks were held Feb. 27-28, 2019, in Hanoi.", "2019-02-27", "2019-02-28"},
		{"Talks ran between March and May.", "2024-03", "2024-05"},
		{"Output grew in 2015-2018.", "2015", "2018"},
		// A start without a year takes the year of the end.
		{"The report covers the period from 1 January to 31 December 2023.", "2023-01-01", "2023-12-31"},
		{"Talks ran from November to March 2021.", "2020-11", "2021-03"},
		{"The committee met from 1 to 3 March 2023.", "2023-03-01", "2023-03-03"},
	} {
		got := Find(c.text, ref)
		if len(got) == 0 || got[0].Value != c.first || got[0].Through != c.through {
			t.Errorf("Find(%q) = %+v; want first %s through %s", c.text, got, c.first, c.through)
		}
	}
}

// TestNoReference checks that without a publication date relative
// expressions are found, marked Relative and left without a value, and
// absolute ones are resolved as usual.
func TestNoReference(t *testing.T) {
	got := Find("On Aug. 2, 2022, and again on Wednesday and last year, in May.", time.Time{})
	want := []struct {
		text, value string
		rel         bool
	}{{"Aug. 2, 2022", "2022-08-02", false}, {"Wednesday", "", true}, {"last year", "", true}, {"May", "", true}}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v; want %d expressions", got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Value != w.value || got[i].Relative != w.rel {
			t.Errorf("expression %d = %+v; want %+v", i, got[i], w)
		}
	}
}

// TestSpans checks that spans are byte offsets on rune boundaries, in
// order and without overlaps, also around non-ASCII text.
func TestSpans(t *testing.T) {
	text := "« Le 2 août » — Blinken arrived in Beijing on Wednesday, 24 April 2024 — 会谈 in May."
	prev := 0
	for _, x := range Find(text, ref) {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) || text[x.Start:x.End] != x.Text {
			t.Errorf("bad span %+v", x)
		}
		prev = x.End
	}
}

func TestTense(t *testing.T) {
	for _, c := range []struct {
		text string
		want Tense
	}{
		{"Blinken arrived in China on Wednesday.", TensePast},
		{"Blinken will arrive in China on Wednesday.", TenseFuture},
		{"He must be returned by Wednesday.", TenseFuture},
		{"The talks are scheduled for Wednesday.", TenseFuture},
		{"Xi said Wednesday that he would come.", TensePast},
		{"Wednesday.", TenseUnknown},
		// "Back in" opening a sentence or clause looks back; after a
		// verb it is a return.
		{"Back in Wednesday's debate, few expected him to win.", TensePast},
		{"Few had heard of him, but back in Wednesday's debate nobody expected to lose.", TensePast},
		{"He will be back in Wednesday's session.", TenseFuture},
		// A schedule in the present simple is ahead; the noun is not.
		{"The first phase of the truce ends on Wednesday.", TenseFuture},
		{"The session closes on Wednesday.", TenseFuture},
		{"The fan zones are open and the first match kicks off on Wednesday at the new stadium.", TenseFuture},
		{"The talks came to an end on Wednesday.", TensePast},
		// A phrase that opens the sentence takes the tense of the verb
		// after it, however far.
		{"On Wednesday, after the first anniversary of the signing of the accord in the old capital of the country, the ministers met.", TensePast},
		{"On Wednesday, after the ruling in Roe vs. Wade was read out, protesters marched.", TensePast},
		// So does a longer phrase that a preposition opens, when it has
		// no verb of its own.
		{"In his State of the Union address on Wednesday night, the president announced that the airspace would be closed.", TensePast},
		{"At a news conference in the capital on Wednesday, the minister said the troops would stay.", TensePast},
		{"During the first round of talks in Geneva on Wednesday, the envoys will press for a truce.", TenseFuture},
		{"After the minister arrived in the capital on Wednesday, talks will begin.", TensePast},
		// A present in a clause of time or condition looks ahead.
		{"After she resigns on Wednesday, the party will choose a leader.", TenseFuture},
		{"When the minister arrives on Tuesday, talks will begin.", TenseFuture},
		{"After the talks on Wednesday, the ministers said nothing.", TensePast},
		// Short past tenses in -ed.
		{"The minister died on Wednesday.", TensePast},
		{"The club sued the league on Wednesday.", TensePast},
		{"Israel and the Emirates announced their plan to normalize relations on Wednesday.", TensePast},
		// A date before a verb of intent in the past dates the verb; one
		// after its infinitive, what is intended.
		{"In June the government agreed to pay the firm.", TensePast},
		{"On Wednesday, Iran pledged to return to the talks.", TensePast},
		{"The government agreed to pay the firm in June.", TenseFuture},
		{"Iran will agree to return to the talks on Wednesday.", TenseFuture},
		// A clause without a verb takes the future of the sentence.
		{"The envoy is scheduled to spend only a short while on the ground in the capital of the country, her first stop Tuesday, before flying on.", TenseFuture},
	} {
		got := Find(c.text, ref)
		if len(got) != 1 || got[0].Tense != c.want {
			t.Errorf("Find(%q) = %+v; want tense %d", c.text, got, c.want)
		}
	}
}

// TestAnchors checks expressions resolved against the dates of the text
// before them, and tenses, in sentences like those of diplomatic news.
func TestAnchors(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct {
		ref  string
		text string
		want []string
	}{
		{"2021-02-19", "The two countries joined in September 2016, and the agreement entered into force on 4 November that year.",
			[]string{"September 2016=2016-09", "4 November that year=2016-11-04"}},
		{"2021-02-19", "The notice was filed on 4 November 2019, and the exit took effect a year later, on 4 November 2020.",
			[]string{"4 November 2019=2019-11-04", "a year later=2020", "4 November 2020=2020-11-04"}},
		{"2023-08-19", "On March 6, the government announced a plan. Ten days later, on March 16, he traveled to Tokyo.",
			[]string{"March 6=2023-03-06", "Ten days later=2023-03-16", "March 16=2023-03-16"}},
		{"2020-02-01", "In a referendum on June 23, 2016, Britain voted to leave. Cameron resigned the following morning.",
			[]string{"June 23, 2016=2016-06-23", "the following morning=2016-06-24TMO/TIME"}},
		{"2020-02-01", "On Wednesday the crowds gathered. Crowds counted down to 11 p.m. in Parliament Square.",
			[]string{"Wednesday=2020-01-29", "11 p.m.=2020-02-01T23:00/TIME"}},
		// A month in a clause about an event of a year named in the
		// possessive is in that year; "a year earlier" after a month is
		// that month a year before.
		{"2014-11-11", "Next year's meeting will be held in Manila in November.",
			[]string{"Next year=2015", "November=2015-11"}},
		{"2021-02-19", "Biden has promised a new target for 2030 before he hosts a summit on 22 April.",
			[]string{"2030=2030", "22 April=2021-04-22"}},
		{"2014-11-11", "Exports rose 11.6 percent in October from a year earlier.",
			[]string{"October=2014-10", "a year earlier=2013-10"}},
		// A clock time that finds no day in its sentence is the same
		// time named earlier with its day.
		{"2020-02-01", "Britain left the EU at 11 p.m. London time on Friday.\n\nMEPs sat for the last time on Wednesday.\n\nA clock counted down to 11 p.m. in Parliament Square.",
			[]string{"11 p.m. London time on Friday=2020-01-31T23:00/TIME", "Wednesday=2020-01-29", "11 p.m.=2020-01-31T23:00/TIME"}},
		{"2021-08-31", "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks.",
			[]string{"October 2001=2001-10", "Sept. 11=2001-09-11"}},
		{"2023-03-10", "Riyadh cut ties with Tehran in January 2016. Protesters stormed the embassy on Jan. 2 of that year, and the kingdom broke off relations the following day.",
			[]string{"January 2016=2016-01", "Jan. 2 of that year=2016-01-02", "the following day=2016-01-03"}},
		{"2023-09-13", "Talks collapsed in the summer of 2000, and the uprising erupted that September.",
			[]string{"the summer of 2000=2000-SU", "that September=2000-09"}},
		{"2023-09-13", "Thirty years ago today, the two men shook hands.",
			[]string{"Thirty years ago today=1993-09-13"}},
		{"1995-11-21", "The air strikes followed the fall of Srebrenica in July, and in the fall of 1994 the talks failed.",
			[]string{"July=1995-07", "the fall of 1994=1994-FA"}},
		{"2024-03-07", "The flag will be raised on Monday; the ceremony will be held at the start of the week.",
			[]string{"Monday=2024-03-11", "the start of the week=2024-W11"}},
		// A story told in an earlier year keeps its year, until the text
		// comes back to the present.
		{"2023-09-13", "In January 1993, two academics met in Norway. By the spring, officials had joined.\n\nIn the early hours of Aug. 20, the two sides initialed the document. On Sept. 9, Arafat signed a letter; Rabin signed his the next day.",
			[]string{"January 1993=1993-01", "the spring=1993-SP", "Aug. 20=1993-08-20", "Sept. 9=1993-09-09", "the next day=1993-09-10"}},
		{"2023-09-13", "In January 1993, two academics met in Norway. Last week the archive opened. On Sept. 9, it closed again.",
			[]string{"January 1993=1993-01", "Last week=2023-W36", "Sept. 9=2023-09-09"}},
		{"1995-11-21", "The war broke out in April 1992.\n\nIt spread.\n\nA cease-fire took effect on Oct. 12, officials said.",
			[]string{"April 1992=1992-04", "Oct. 12=1995-10-12"}},
		{"1995-11-21", "Iran had condemned the August 1988 cease-fire. It condemned the invasion on Aug. 2.",
			[]string{"August 1988=1988-08", "Aug. 2=1995-08-02"}},
		// An event named by its day after an earlier year's date is that
		// year's only in the same paragraph and not in the present tense.
		{"2016-03-21", "The thaw began on Dec. 17, 2014.\n\nThe March 20-22 trip is the most visible step so far.",
			[]string{"Dec. 17, 2014=2014-12-17", "March 20-22=2016-03-20"}},
		// A story does not run on for most of a year without naming the
		// new one.
		{"2016-11-24", "Talks opened in Oslo in October 2012 and moved to Havana the following month. Negotiators reached a final deal on Aug. 24.",
			[]string{"October 2012=2012-10", "the following month=2012-11", "Aug. 24=2016-08-24"}},
		{"2016-11-24", "Talks opened in Oslo in November 2012. Negotiators met again on Feb. 3.",
			[]string{"November 2012=2012-11", "Feb. 3=2013-02-03"}},
		// A month alone takes the story's year in the story's paragraph,
		// also after a count from its day ("two days later") past an
		// earlier year named in between.
		{"2023-03-15", "The pact was made public on 15 September 2021, and the French deal signed in 2016 died.\n\nParis heard of it hours before. Two days later France recalled its envoys. Biden called Macron on 22 September, and when they met in Rome in October he conceded the point.",
			[]string{"15 September 2021=2021-09-15", "2016=2016", "Two days later=2021-09-17", "22 September=2021-09-22", "October=2021-10"}},
		{"2000-01-28", "He fled to Florida in June 1998 and went back later that year.\n\nThe boy left on the trip in November, officials said.",
			[]string{"June 1998=1998-06", "later that year=1998", "November=1999-11"}},
		// A story moved on to a later year without its month ends.
		{"1998-04-18", "On May 22, 1995, he was made a general, and the following year he was posted to Washington. Cited by the police in December, he was sent home.",
			[]string{"May 22, 1995=1995-05-22", "the following year=1996", "December=1997-12"}},
		// A weekday without a tense (a headline) is the same weekday the
		// text names with one.
		{"2024-03-07", "Flag-raising in Brussels on Monday\n\nThe flag will be raised at NATO headquarters on Monday.",
			[]string{"Monday=2024-03-11", "Monday=2024-03-11"}},
		{"2024-03-07", "Talks in Brussels on Monday\n\nThe talks began on Monday. They will resume on Monday.",
			[]string{"Monday=2024-03-04", "Monday=2024-03-04", "Monday=2024-03-11"}},
		{"2021-08-31", "Biden announced in April that all of them would be out by Sept. 11.",
			[]string{"April=2021-04", "Sept. 11=2021-09-11"}},
		{"2021-02-19", "Biden promised a target before he hosts a summit of world leaders on 22 April, Earth Day.",
			[]string{"22 April=2021-04-22"}},
		// A past-tense month before a verb of intent is not ahead.
		{"2023-03-15", "Labor won the federal election in May 2022, and in June the new government agreed to pay the builder.",
			[]string{"May 2022=2022-05", "June=2022-06"}},
		{"2023-03-15", "Labor won the federal election in May 2022.\n\nIn June the new government agreed to pay the builder.",
			[]string{"May 2022=2022-05", "June=2022-06"}},
		{"2020-06-17", "He will meet leaders of the country’s political parties on Friday to discuss the crisis.",
			[]string{"Friday=2020-06-19"}},
	} {
		var gs []string
		for _, x := range Find(c.text, day(c.ref)) {
			s := x.Text + "=" + x.Value
			if x.Type != Date {
				s += "/" + string(x.Type)
			}
			gs = append(gs, s)
		}
		if strings.Join(gs, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("Find(%q, %s)\n got  %q\n want %q", c.text, c.ref, gs, c.want)
		}
	}
}

func TestNoDurations(t *testing.T) {
	f := Finder{NoDurations: true}
	got := f.Find("The war lasted three years, and the council meets every year since 1990.", ref)
	if len(got) != 1 || got[0].Value != "1990" {
		t.Errorf("Find = %+v; want only 1990", got)
	}
}

// TestConcurrent runs one Finder from several goroutines; run it with -race.
func TestConcurrent(t *testing.T) {
	text := newsCorpus(32 << 10)
	var f Finder
	want := len(f.Find(text, ref))
	done := make(chan int)
	for range 4 {
		go func() { done <- len(f.Find(text, ref)) }()
	}
	for range 4 {
		if n := <-done; n != want {
			t.Errorf("found %d expressions, want %d", n, want)
		}
	}
}

// TestOtherClause checks that a clause after ", and" with its own subject
// does not lend its tense to a date before it.
func TestOtherClause(t *testing.T) {
	runFixtures(t, []fixture{
		{"Mexico votes on June 2, and Sheinbaum, who has led the polls for months, is the favourite.", []string{"June 2=2024-06-02", "months=PXM/DURATION"}},
		{"The talks will resume on June 2, and the envoys went home.", []string{"June 2=2024-06-02"}},
	})
}
