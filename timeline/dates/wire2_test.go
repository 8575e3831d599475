package dates

import (
	"strings"
	"testing"
	"time"
)

// wire2Ref is the publication date of the 2020s wire-copy tests: Thursday
// 6 March 2025 (ISO week 2025-W10, Monday 3 to Sunday 9 March).
var wire2Ref = time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)

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

// TestWire2 checks sentences written in the style of 2020s wire copy (AP,
// Reuters, AFP, BBC, Al Jazeera, Xinhua), none taken from the development
// corpora, against the TIMEX3 annotation the TimeML guidelines give them.
func TestWire2(t *testing.T) {
	for _, f := range []fixture{
		// Explicit dates in their common forms.
		{"GENEVA, March 6 (Reuters) - Iran and three European powers will hold a new round of nuclear talks on March 18, diplomats said on Thursday.",
			[]string{"March 6=2025-03-06", "March 18=2025-03-18", "Thursday=2025-03-06"}},
		{"The two leaders first met in Hanoi on Feb. 27-28, 2019, a summit that ended without a deal.",
			[]string{"Feb. 27-28, 2019=2019-02-27"}},
		{"The memorandum, dated 8/2/2022, was leaked to reporters.",
			[]string{"8/2/2022=2022-08-02"}},
		{"According to a court filing dated 2024-11-05, the company missed two payments.",
			[]string{"2024-11-05=2024-11-05"}},
		{"Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
			[]string{"24 February 2022=2022-02-24"}},
		{"The ceasefire in Gaza took effect on Sunday, Jan. 19, a day before the inauguration.",
			[]string{"Sunday, Jan. 19=2025-01-19", "a day=P1D/DURATION"}},
		{"The accords were signed on the 15th of September 2020 at the White House.",
			[]string{"the 15th of September 2020=2020-09-15"}},
		{"Parliament will vote on the bill on April 2.",
			[]string{"April 2=2025-04-02"}},
		{"On 4 March, the European Commission unveiled an 800-billion-euro plan to rearm Europe.",
			[]string{"4 March=2025-03-04"}},
		{"BEIJING, March 5 (Xinhua) -- China set its growth target at around 5 percent for 2025.",
			[]string{"March 5=2025-03-05", "2025=2025"}},
		{"The war on Gaza has killed more than 48,000 Palestinians since October 7, 2023.",
			[]string{"October 7, 2023=2023-10-07"}},
		{"WASHINGTON, March 5 (Reuters) - U.S. President Donald Trump on Wednesday granted a one-month exemption to automakers.",
			[]string{"March 5=2025-03-05", "Wednesday=2025-03-05", "one-month=P1M/DURATION"}},
		// Month and year.
		{"Inflation peaked at 11.1 percent in October 2022, the highest in four decades.",
			[]string{"October 2022=2022-10", "four decades=P40Y/DURATION"}},
		{"Sweden formally joined NATO in March 2024, nearly two years after it applied.",
			[]string{"March 2024=2024-03", "nearly two years=P2Y/DURATION@LESS_THAN"}},
		// Bare years, and numbers that are not years.
		{"The 2015 nuclear deal, endorsed by Resolution 2231, expires in October.",
			[]string{"2015=2015", "October=2025-10"}},
		{"Kyiv has received its first F-16 jets and wants 2,000 more pilots trained by 2026.",
			[]string{"2026=2026"}},
		{"Passengers on Flight 2022 from Doha were evacuated on Tuesday.",
			[]string{"Tuesday=2025-03-04"}},
		{"The index fell 1.5 percent to 2,045 points, its lowest close since 2020.",
			[]string{"2020=2020"}},
		{"Since 1979, Washington and Tehran have had no formal diplomatic relations.",
			[]string{"1979=1979"}},
		{"The 2024 election was the most expensive in U.S. history, costing some $15.9 billion.",
			[]string{"2024=2024"}},
		{"The government aims to reach net zero by 2050, and the bonds sold for $2022 each.",
			[]string{"2050=2050"}},
		{"The COVID-19 pandemic and the G20 summit in Rio dominated the agenda of COP29.",
			nil},
		// Decades and centuries.
		{"The border dispute dates back to the 1960s, when the two sides fought a brief war.",
			[]string{"the 1960s=196"}},
		{"It was the worst flooding to hit the region since the early 19th century.",
			[]string{"the early 19th century=18@START"}},
		{"Relations have been strained since the late '90s.",
			[]string{"the late '90s=199@END"}},
		{"Demand for coal is expected to peak in the 2030s.",
			[]string{"the 2030s=203"}},
		// Seasons, quarters, halves and fiscal years.
		{"The economy grew 2.3 percent in the fourth quarter, the Commerce Department said.",
			[]string{"the fourth quarter=2024-Q4"}},
		{"The company expects a return to profit in the second half of 2025.",
			[]string{"the second half of 2025=2025-H2"}},
		{"Officials hope to finalise the deal by the summer.",
			[]string{"the summer=2025-SU"}},
		{"The offensive stalled last autumn amid heavy rains.",
			[]string{"last autumn=2024-FA"}},
		{"Defence spending will rise to 2.5 percent of GDP in fiscal 2026.",
			[]string{"fiscal 2026=2026"}},
		{"Sales fell in the third quarter of last year.",
			[]string{"the third quarter of last year=2024-Q3"}},
		{"Airbus expects H1 2025 deliveries to rise.",
			[]string{"H1 2025=2025-H1"}},
		// Weeks.
		{"Ministers met earlier this week in Brussels to discuss the package.",
			[]string{"earlier this week=2025-W10"}},
		{"The foreign minister travelled to Beijing last week.",
			[]string{"last week=2025-W09"}},
		{"NATO defence ministers will gather in Brussels next week.",
			[]string{"next week=2025-W11"}},
		{"Markets were volatile this week as the tariffs took effect.",
			[]string{"this week=2025-W10"}},
		{"Air strikes intensified over the weekend, the monitor said.",
			[]string{"the weekend=2025-W09-WE"}},
		{"A decision is expected early next week.",
			[]string{"early next week=2025-W11@START"}},
		// Weekdays, in both directions.
		{"Zelensky met Trump at the White House on Friday.",
			[]string{"Friday=2025-02-28"}},
		{"European leaders will hold an emergency summit on Monday.",
			[]string{"Monday=2025-03-10"}},
		{"The ministry said on Sunday that it had intercepted 40 drones.",
			[]string{"Sunday=2025-03-02"}},
		{"The prime minister is expected to announce the measures on Tuesday.",
			[]string{"Tuesday=2025-03-11"}},
		{"Voters in Germany went to the polls on Sunday, Feb. 23.",
			[]string{"Sunday, Feb. 23=2025-02-23"}},
		{"Talks are due to resume on Saturday in Riyadh.",
			[]string{"Saturday=2025-03-08"}},
		{"The European Council met on Thursday in Brussels.",
			[]string{"Thursday=2025-03-06"}},
		{"The two sides will meet again next Friday.",
			[]string{"next Friday=2025-03-14"}},
		{"He said on Monday he would resign on Friday.",
			[]string{"Monday=2025-03-03", "Friday=2025-03-07"}},
		{"Negotiators are racing to meet Friday's deadline.",
			[]string{"Friday=2025-03-07"}},
		{"Thousands protested after Friday prayers in Amman.",
			[]string{"Friday=2025-02-28"}},
		// Months by tense.
		{"Trump said he would travel to Saudi Arabia in May.",
			[]string{"May=2025-05"}},
		{"Assad fled to Moscow in December as rebels closed in on Damascus.",
			[]string{"December=2024-12"}},
		{"Lawmakers will debate the budget in January.",
			[]string{"January=2026-01"}},
		{"The envoy is due in Moscow in mid-March.",
			[]string{"mid-March=2025-03@MID"}},
		// last/this/next, ago, in, earlier, following.
		{"Turnout in last year's election was the lowest since 1945.",
			[]string{"last year=2024", "1945=1945"}},
		{"The alliance will hold its summit in The Hague later this year.",
			[]string{"later this year=2025"}},
		{"Exports fell 3 percent last month from a year earlier.",
			[]string{"last month=2025-02", "a year earlier=2024-02"}},
		{"Elections are due next year.",
			[]string{"next year=2026"}},
		{"The currency has lost 10 percent of its value this month.",
			[]string{"this month=2025-03"}},
		{"The war began three years ago.",
			[]string{"three years ago=2022"}},
		{"Two weeks ago, the rebels seized the airport.",
			[]string{"Two weeks ago=2025-W08"}},
		{"A ruling is expected in three weeks.",
			[]string{"three weeks=2025-W13"}},
		{"The talks collapsed on Oct. 7. The following day, troops crossed the border.",
			[]string{"Oct. 7=2024-10-07", "The following day=2024-10-08"}},
		{"Police said the suspect was arrested on March 1. He had arrived in the city the previous day.",
			[]string{"March 1=2025-03-01", "the previous day=2025-02-28"}},
		{"The hostages were freed before Christmas.",
			[]string{"Christmas=2024-12-25"}},
		// Ranges.
		{"He led the mission from 2015 to 2018.",
			[]string{"2015=2015", "2018=2018"}},
		{"The exercises will run between March and May.",
			[]string{"March=2025-03", "May=2025-05"}},
		{"The summit will be held June 24-25 in The Hague.",
			[]string{"June 24-25=2025-06-24"}},
		// Times of day.
		{"The truce will take effect at 0400 GMT on Saturday.",
			[]string{"0400 GMT on Saturday=2025-03-08T04:00/TIME"}},
		{"Polls close at 8 p.m. local time (1900 GMT).",
			[]string{"8 p.m. local time=2025-03-06T20:00/TIME", "1900 GMT=2025-03-06T19:00/TIME"}},
		{"Sirens sounded across Kyiv shortly after 2 a.m. on Wednesday.",
			[]string{"2 a.m. on Wednesday=2025-03-05T02:00/TIME"}},
		{"Brent crude rose 50 cents to $71.54 a barrel by 0945 GMT.",
			[]string{"0945 GMT=2025-03-06T09:45/TIME"}},
		{"Late Tuesday, the Senate confirmed the nominee.",
			[]string{"Late Tuesday=2025-03-04@END"}},
		{"Explosions were heard in the capital on Friday morning.",
			[]string{"Friday morning=2025-02-28TMO"}},
		// Durations.
		{"The two leaders held a two-and-a-half-hour meeting.",
			[]string{"two-and-a-half-hour=PT2H30M/DURATION"}},
		{"The siege of the city lasted 18 months.",
			[]string{"18 months=P18M/DURATION"}},
		{"Iran has been under U.S. sanctions for more than four decades.",
			[]string{"more than four decades=P40Y/DURATION@MORE_THAN"}},
		{"Trade between the two countries has tripled over the past decade.",
			[]string{"the past decade=P10Y/DURATION"}},
		{"Hamas rejected the proposal for a 30-day truce.",
			[]string{"30-day=P30D/DURATION"}},
		{"Trump spoke with Putin for 90 minutes on Tuesday.",
			[]string{"90 minutes=PT90M/DURATION", "Tuesday=2025-03-04"}},
		// Sets.
		{"The council meets twice a month.",
			[]string{"twice a month=P1M/SET"}},
		{"Protesters have gathered in the square every Saturday since November.",
			[]string{"every Saturday=XXXX-WXX-6/SET", "November=2024-11"}},
		{"Inflation figures are released monthly.",
			[]string{"monthly=P1M/SET"}},
		// Vague references.
		{"The country is now the world's largest exporter of liquefied gas.",
			[]string{"now=PRESENT_REF"}},
		{"Some 2,000 troops are currently deployed in the region.",
			[]string{"currently=PRESENT_REF"}},
		{"The former president recently met the envoy.",
			[]string{"recently=PAST_REF"}},
		{"Relations may improve in the future, the minister said.",
			[]string{"the future=FUTURE_REF"}},
		{"Officials said the border could reopen in the coming days.",
			[]string{"the coming days=PXD/DURATION"}},
		// Words that are not dates.
		{"The talks may collapse if Moscow refuses, a diplomat said.", nil},
		{"Macron sat beside Starmer at the summit.", nil},
		{"Thousands march in Belgrade against corruption.", nil},
		{"The Sun, a British tabloid, first reported the story.", nil},
		{"Chinese envoy Sun Weidong met the ambassador.", nil},
		{"It was the second time the court had intervened.", nil},
		{"The secretary-general addressed the august assembly.", nil},
		{"Shares of the firm fell 4 percent to $6.25 a share.", nil},
		{"Theresa May told parliament the plan was dead.", nil},
		{"Results are usually posted in the a.m. hours.", nil},
	} {
		got := timexStrings(Find(f.text, wire2Ref))
		if strings.Join(got, " | ") != strings.Join(f.want, " | ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", f.text, got, f.want)
		}
	}
}
