package dates

import (
	"strings"
	"testing"
	"time"
)

// wireRef is the publication date of the wire-copy tests: Wednesday 11
// March 2015 (ISO week 2015-W11).
var wireRef = time.Date(2015, 3, 11, 0, 0, 0, 0, time.UTC)

// TestWire checks sentences written in the style of 2010s wire copy (AP,
// Reuters, AFP, Xinhua), none taken from the development corpora, against
// their TIMEX3 annotation: each expression is written
// "text=VALUE[/TYPE][@MOD]", the type when it is not DATE.
func TestWire(t *testing.T) {
	for _, f := range []fixture{
		{"BEIJING, March 11 (Xinhua) -- China's exports rose 48.3 percent year-on-year in February, customs data showed on Wednesday.",
			[]string{"March 11=2015-03-11", "February=2015-02", "Wednesday=2015-03-11"}},
		{"The ministry said earlier on Wednesday that talks would resume next Thursday.",
			[]string{"Wednesday=2015-03-11", "next Thursday=2015-03-19"}},
		{"Oil prices slid late last month after OPEC declined to cut output.",
			[]string{"late last month=2015-02@END"}},
		{"The two sides will meet again in the first week of April.",
			[]string{"the first week of April=2015-W14"}},
		{"Fighting eased in the last week of February, monitors said.",
			[]string{"the last week of February=2015-W09"}},
		{"Voters will go to the polls on Sunday. Thousands are expected to rally in the capital the day before the vote.",
			[]string{"Sunday=2015-03-15", "the day=2015-03-14"}},
		{"Turkey's committee approved the bid the day after Christmas.",
			[]string{"the day after Christmas=2014-12-26"}},
		{"Analysts expect the central bank to raise rates in the coming weeks.",
			[]string{"the coming weeks=PXW/DURATION"}},
		{"The company said it had no plans to list its shares in the future.",
			[]string{"the future=FUTURE_REF"}},
		{"Leaders will sign the accord at next Thursday's meeting in Brussels.",
			[]string{"next Thursday=2015-03-19"}},
		{"The trial is set to open a week from Monday.",
			[]string{"a week from Monday=2015-03-23"}},
		{"The government aims to balance the budget by mid-2016.",
			[]string{"mid-2016=2016@MID"}},
		{"He scored 20 goals in the 2013-14 season.",
			[]string{"2013-14=2013"}},
		{"Flights to the island will be suspended Jan. 1-3.",
			[]string{"Jan. 1-3=2016-01-01"}},
		{"Unemployment rose steadily between 2001 and 2005.",
			[]string{"2001=2001", "2005=2005"}},
		{"The attack happened in the early hours of Sunday, police said.",
			[]string{"Sunday=2015-03-08"}}, // TimeBank leaves "the early hours of" out
		{"The plane landed in Kabul at 0800 GMT.",
			[]string{"0800 GMT=2015-03-11T08:00/TIME"}},
		{"The blast went off at 10:30 a.m. (0730 GMT) on Tuesday.",
			[]string{"10:30 a.m.=2015-03-10T10:30/TIME", "0730 GMT=2015-03-10T07:30/TIME", "Tuesday=2015-03-10"}},
		{"The country emerged from a decade-long war in 2002.",
			[]string{"decade-long=P10Y/DURATION", "2002=2002"}},
		{"The 1990s-era rules were scrapped.",
			[]string{"1990s=199"}},
		{"Rescue teams searched the rubble this past weekend.",
			[]string{"this past weekend=2015-W10-WE"}},
		{"Talks were held over the weekend in Geneva.",
			[]string{"the weekend=2015-W10-WE"}},
		{"The bank expects growth to slow by the end of the year.",
			[]string{"the end of the year=2015@END"}},
		{"The law is due to take effect by year's end.",
			[]string{"year's end=2015@END"}},
		{"At least 40 people were killed in the past 24 hours.",
			[]string{"the past 24 hours=PT24H/DURATION"}},
		{"So far this year, 1,200 migrants have drowned.",
			[]string{"this year=2015"}},
		{"The president said on Tuesday he would visit Moscow in May.",
			[]string{"Tuesday=2015-03-10", "May=2015-05"}},
		{"The minister resigned in May after a corruption scandal.",
			[]string{"May=2014-05"}},
		{"Sales fell 4 percent in the fourth quarter.",
			[]string{"the fourth quarter=2014-Q4"}},
		{"The index closed at 2,000 points on Friday.",
			[]string{"Friday=2015-03-06"}},
		{"Police said the suspect, 25, was arrested at 3:45 p.m. local time.",
			[]string{"3:45 p.m. local time=2015-03-11T15:45/TIME"}},
		{"The vote is scheduled for Oct. 4, two weeks after the deadline.",
			[]string{"Oct. 4=2015-10-04", "two weeks=P2W/DURATION"}},
		{"Opposition leaders will meet again later this month.",
			[]string{"later this month=2015-03"}},
		{"He served two terms in the 1980s and early 1990s.",
			[]string{"the 1980s=198", "early 1990s=199@START"}},
		{"Inflation has averaged 2 percent over the past decade.",
			[]string{"the past decade=P10Y/DURATION"}},
		{"Washington has imposed new sanctions every year since 2011.",
			[]string{"every year=P1Y/SET", "2011=2011"}},
		{"Elections are expected in the spring of 2016.",
			[]string{"the spring of 2016=2016-SP"}},
		{"The embassy will reopen in the second half of the year.",
			[]string{"the second half of the year=2015-H2"}},
		{"Officials said on Monday night that the ceasefire had largely held.",
			[]string{"Monday night=2015-03-09TNI"}},
		{"Markets in Asia opened lower this morning.",
			[]string{"this morning=2015-03-11TMO/TIME"}},
		{"A spokesman declined to comment on Thursday's ruling.",
			[]string{"Thursday=2015-03-05"}},
		{"Air strikes resumed within hours of the truce's collapse.",
			[]string{"hours=PTXH/DURATION"}},
		{"The summit, due to take place on March 20-21, has been postponed.",
			[]string{"March 20-21=2015-03-20"}},
		{"The minister arrived in Kabul on Saturday for a two-day visit.",
			[]string{"Saturday=2015-03-07", "two-day=P2D/DURATION"}},
		{"It was the deadliest attack in the country in decades.",
			[]string{"decades=PXY/DURATION"}},
		{"It was the first such visit in years.",
			[]string{"years=PXY/DURATION"}},
		{"It was the first visit by a U.S. president in more than 50 years.",
			[]string{"more than 50 years=P50Y/DURATION@MORE_THAN"}},
		{"The vote took place on Sunday, March 8, amid tight security.",
			[]string{"Sunday, March 8=2015-03-08"}},
		{"Police said the shooting occurred at about 9 p.m. on Friday.",
			[]string{"9 p.m. on Friday=2015-03-06T21:00/TIME"}},
		{"The bank will publish its forecast next month and again in the autumn.",
			[]string{"next month=2015-04", "the autumn=2015-FA"}},
		{"A year ago, the currency traded at 60 to the dollar.",
			[]string{"A year ago=2014"}},
		{"The government will hold a referendum within the next two years.",
			[]string{"the next two years=P2Y/DURATION"}},
		{"The new rules come into force on Jan. 1, 2016.",
			[]string{"Jan. 1, 2016=2016-01-01"}},
		{"The court said the ruling, first reported on Monday, was final. The minister of justice said on Tuesday that he would appeal.",
			[]string{"Monday=2015-03-09", "Tuesday=2015-03-10"}},
		{"Obama will host a summit on 22 April, Earth Day. He has named a new envoy.",
			[]string{"22 April=2015-04-22"}},
		{"The peace talks will resume in Sept. Officials did not give a date.",
			[]string{"Sept.=2015-09"}},
		{"Merkel will press the case when she hosts the G7 summit in Bavaria in June.",
			[]string{"June=2015-06"}},
		{"Her party won the most seats in the most recent election, in 2013.",
			[]string{"recent=PAST_REF", "2013=2013"}},
		{"Rebels seized the town a few hours later, residents said.",
			[]string{"a few hours later=PAST_REF"}},
		{"Over the past week, the army has retaken three villages.",
			[]string{"the past week=2015-W10"}},
		{"The currency hit a record low on Tuesday, its weakest since 2009.",
			[]string{"Tuesday=2015-03-10", "2009=2009"}},
		{"Production is expected to resume in early April, a spokesman said.",
			[]string{"early April=2015-04@START"}},
		// A relative clause between commas keeps its own tense.
		{"Kerry, who arrived in Riyadh on Monday, will fly to Cairo on Thursday.",
			[]string{"Monday=2015-03-09", "Thursday=2015-03-12"}},
		{"The talks, which began on Sunday, are expected to last until Friday.",
			[]string{"Sunday=2015-03-08", "Friday=2015-03-13"}},
		{"The referendum is scheduled for Sept. 18, the government said on Tuesday.",
			[]string{"Sept. 18=2015-09-18", "Tuesday=2015-03-10"}},
		{"Putin said on state TV that Russia annexed Crimea last March.",
			[]string{"last March=2014-03"}},
		{"The ceasefire came into force at midnight on Feb. 15.",
			[]string{"midnight on Feb. 15=2015-02-15T24:00/TIME"}},
		{"A new round of talks is due later this month, possibly on March 25-26.",
			[]string{"later this month=2015-03", "March 25-26=2015-03-25"}},
		{"In the early 1990s, the two sides fought a war that ended in a 1994 ceasefire.",
			[]string{"the early 1990s=199@START", "1994=1994"}},
		{"The bank last raised rates in 2011 and has kept them on hold for four years.",
			[]string{"2011=2011", "four years=P4Y/DURATION"}},
		{"Reserves are to be rebuilt by end-2016, and the deficit cut by end-June.",
			[]string{"end-2016=2016@END", "end-June=2015-06@END"}},
		{"The talks ran overnight after an hours-long session, under a 30-day ceasefire.",
			[]string{"hours-long=PTXH/DURATION", "30-day=P30D/DURATION"}},
		{"Output grew 5 percent in the 12 months to June.",
			[]string{"the 12 months=P12M/DURATION", "June=2014-06"}},
		{"The court ruled on Monday that the vote can go ahead on Sunday.",
			[]string{"Monday=2015-03-09", "Sunday=2015-03-15"}},
		{"Police said the suspect was arrested on Tuesday and will appear in court on Friday.",
			[]string{"Tuesday=2015-03-10", "Friday=2015-03-13"}},
		{"LONDON, March 10 (Reuters) - Sterling rose on Tuesday.",
			[]string{"March 10=2015-03-10", "Tuesday=2015-03-10"}},
	} {
		got := Find(f.text, wireRef)
		var gs []string
		for _, x := range got {
			s := x.Text + "=" + x.Value
			if x.Type != Date {
				s += "/" + string(x.Type)
			}
			if x.Mod != "" {
				s += "@" + x.Mod
			}
			gs = append(gs, s)
		}
		if strings.Join(gs, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, gs, f.want)
		}
	}
}
