package dates

import (
	"testing"
	"time"
)

// worldRef is the publication date of the world-wire and official-text
// tests: Tuesday 5 March 2024 (ISO week 2024-W10, Monday 4 to Sunday 10
// March; 2024 is a leap year), the day China's National People's Congress
// opened its annual session.
var worldRef = time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)

// worldStrings writes each expression as timexStrings does, followed by
// "..THROUGH" when it starts a range.
func worldStrings(xs []Timex) []string {
	gs := timexStrings(xs)
	for i, x := range xs {
		if x.Through != "" {
			gs[i] += ".." + x.Through
		}
	}
	return gs
}

// TestWorld checks sentences written for the project in the style of
// English-language wires from outside the US and UK (Xinhua, Kyodo, NHK,
// PTI, ANI, Anadolu, TASS, Al Jazeera, AFP translations from French) and of
// official texts (UN resolutions and reports, EU acts), none taken from the
// development corpora, against the TIMEX3 annotation the TimeML guidelines
// give them. A range is one expression whose value is its first day, month
// or year and whose Through is its last; where TimeBank has a settled
// convention the fixture follows it and says so.
func TestWorld(t *testing.T) {
	runFixturesWith(t, worldRef, worldStrings, []fixture{
		// Xinhua.
		{"BEIJING, March 5 (Xinhua) -- Premier Li Qiang delivered the government work report at the opening of the second session of the 14th National People's Congress on Tuesday.",
			[]string{"March 5=2024-03-05", "Tuesday=2024-03-05"}},
		{"The 20th CPC National Congress was held in Beijing in October 2022.",
			[]string{"October 2022=2022-10"}},
		{"The 14th Five-Year Plan (2021-2025) sets targets for innovation and green development.",
			[]string{"2021=2021..2025", "2025=2025"}}, // the two ends of a range are two TIMEX3s, as in "from 1910 to 1945"
		{"China will strive to peak carbon emissions before 2030 and achieve carbon neutrality before 2060, Xi announced in September 2020.",
			[]string{"2030=2030", "2060=2060", "September 2020=2020-09"}},
		{"The Shenzhou-18 crew is scheduled to lift off at 8:59 p.m. Beijing time on Thursday.",
			[]string{"8:59 p.m. Beijing time on Thursday=2024-03-07T20:59/TIME"}},
		{"The Third Plenary Session of the 20th CPC Central Committee will be held in July.",
			[]string{"July=2024-07"}},
		{"The 19th Asian Games were held in Hangzhou from Sept. 23 to Oct. 8, 2023.",
			[]string{"Sept. 23=2023-09-23..2023-10-08", "Oct. 8, 2023=2023-10-08"}},
		{"By the end of 2023, China had built more than 3.37 million 5G base stations.",
			[]string{"the end of 2023=2023@END"}},
		{"China's economy grew 5.2 percent in 2023, data from the National Bureau of Statistics showed on Wednesday.",
			[]string{"2023=2023", "Wednesday=2024-02-28"}},
		{"The two countries agreed to designate 2024 as the China-France Year of Culture and Tourism.",
			[]string{"2024=2024"}},
		{"Retail sales rose 5.5 percent in the first two months, the bureau said.",
			[]string{"the first two months=P2M/DURATION"}},

		// Kyodo and NHK.
		{"TOKYO, March 5 (Kyodo) -- The Nikkei stock average closed above 40,000 for the first time on Monday.",
			[]string{"March 5=2024-03-05", "Monday=2024-03-04"}},
		{"The magnitude-7.6 quake struck the Noto Peninsula at 4:10 p.m. on New Year's Day.",
			[]string{"4:10 p.m.=2024-01-01T16:10/TIME", "New Year's Day=2024-01-01"}}, // the time takes the holiday's day; the join covers dates and weekdays only
		{"The government's budget for fiscal 2024, which starts in April, totals 112 trillion yen.",
			[]string{"fiscal 2024=2024", "April=2024-04"}},
		{"Emperor Naruhito ascended the throne on May 1, 2019, ushering in the Reiwa era.",
			[]string{"May 1, 2019=2019-05-01"}},
		{"The Bank of Japan is widely expected to end eight years of negative interest rates at its March 18-19 meeting.",
			[]string{"eight years=P8Y/DURATION", "March 18-19=2024-03-18..2024-03-19"}},
		{"Prime Minister Fumio Kishida will visit the United States from April 8 to 14 as a state guest.",
			[]string{"April 8 to 14=2024-04-08..2024-04-14"}}, // one expression, as "Feb. 27-28, 2019"
		{"Tokyo stocks hit a record high on Monday morning, surpassing the peak reached in December 1989.",
			[]string{"Monday morning=2024-03-04TMO", "December 1989=1989-12"}}, // TimeBank: a weekday's part is mostly DATE (19 of 25)
		{"Japan will mark the 13th anniversary of the March 11, 2011, disaster next week.",
			[]string{"March 11, 2011=2011-03-11", "next week=2024-W11"}},
		{"NHK reported that the ordinary Diet session is set to close on June 23.",
			[]string{"June 23=2024-06-23"}},

		// PTI and ANI.
		{"NEW DELHI, Mar 5 (PTI) The Union Cabinet on Tuesday approved a scheme for the 2024-25 fiscal.",
			[]string{"Mar 5=2024-03-05", "Tuesday=2024-03-05", "the 2024-25 fiscal=2024..2025"}},
		{"The government has set a fiscal deficit target of 5.1 per cent of GDP for FY2024-25.",
			[]string{"FY2024-25=2024..2025"}},
		{"Prime Minister Narendra Modi will arrive in Washington on Wednesday local time for a three-day visit.",
			[]string{"Wednesday=2024-03-06", "three-day=P3D/DURATION"}}, // a time zone belongs to a clock time, not to a day
		{"The Election Commission said on Saturday that polling will be held in seven phases from April 19 to June 1.",
			[]string{"Saturday=2024-03-02", "April 19=2024-04-19..2024-06-01", "June 1=2024-06-01"}},
		{"Votes will be counted on 4 June, the poll panel said.",
			[]string{"4 June=2024-06-04"}},
		{"The Sensex rose 350 points to close at 73,677 on Monday.",
			[]string{"Monday=2024-03-04"}},
		{"India's GDP grew 8.4 per cent in the October-December quarter, official data showed.",
			[]string{"the October-December quarter=2023-Q4"}},
		{"The Centre has extended the free ration scheme for five years with effect from January 1, 2024.",
			[]string{"five years=P5Y/DURATION", "January 1, 2024=2024-01-01"}},
		{"The Supreme Court will hear the matter next Monday.",
			[]string{"next Monday=2024-03-11"}},
		{"The Lok Sabha polls are likely to be announced later this week, officials said.",
			[]string{"later this week=2024-W10"}},
		{"The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent for the sixth consecutive time.",
			nil},

		// Anadolu.
		{"ANKARA (AA) - President Recep Tayyip Erdogan will host his Ukrainian counterpart in Istanbul on Friday.",
			[]string{"Friday=2024-03-08"}},
		{"Annual inflation in Türkiye rose to 67.07% in February, according to the Turkish Statistical Institute.",
			[]string{"February=2024-02"}},
		{"The country's local elections are scheduled for March 31, 2024.",
			[]string{"March 31, 2024=2024-03-31"}},
		{"Türkiye has hosted the Antalya Diplomacy Forum annually since 2021.",
			[]string{"annually=P1Y/SET", "2021=2021"}},
		{"More than 50,000 people were killed in the earthquakes of Feb. 6, 2023, in southern Türkiye.",
			[]string{"Feb. 6, 2023=2023-02-06"}},
		{"The two foreign ministers last met in Ankara in mid-January.",
			[]string{"mid-January=2024-01@MID"}},

		// TASS.
		{"MOSCOW, March 5. /TASS/. Foreign Minister Sergey Lavrov will hold talks with his Turkish counterpart on March 12.",
			[]string{"March 5=2024-03-05", "March 12=2024-03-12"}},
		{"The presidential election will take place over three days, from March 15 to 17.",
			[]string{"three days=P3D/DURATION", "March 15 to 17=2024-03-15..2024-03-17"}},
		{"Vladimir Putin is expected to be sworn in for a fifth term on May 7.",
			[]string{"May 7=2024-05-07"}},
		{"The special military operation began on February 24, 2022.",
			[]string{"February 24, 2022=2022-02-24"}},
		{"A TASS correspondent reported from the scene at around 11:00 Moscow time.",
			[]string{"around 11:00 Moscow time=2024-03-05T11:00/TIME@APPROX"}},
		{"Russia's GDP grew by 3.6% in 2023 compared to 2022, Rosstat said.",
			[]string{"2023=2023", "2022=2022"}},
		{"The Federation Council will consider the law at its plenary session on March 20.",
			[]string{"March 20=2024-03-20"}},

		// Al Jazeera.
		{"Israel's war on Gaza has now killed more than 30,000 Palestinians, according to the health ministry.",
			[]string{"now=PRESENT_REF"}},
		{"Hamas fighters attacked southern Israel on October 7, killing about 1,139 people.",
			[]string{"October 7=2023-10-07"}},
		{"The UN Security Council is expected to vote on the draft on Friday, diplomats told Al Jazeera.",
			[]string{"Friday=2024-03-08"}},
		{"The truce that began on November 24 lasted seven days.",
			[]string{"November 24=2023-11-24", "seven days=P7D/DURATION"}},
		{"Negotiators are expected to meet again in Cairo on March 10 or 11.",
			[]string{"March 10=2024-03-10", "11=2024-03-11"}},
		{"Polling stations close at 8pm (17:00 GMT).",
			[]string{"8pm=2024-03-05T20:00/TIME", "17:00 GMT=2024-03-05T17:00/TIME"}},
		{"Residents said the shelling continued overnight.",
			nil}, // TimeBank marks "overnight" once in two

		// AFP, translated from French.
		{"PARIS (AFP) - President Emmanuel Macron said on 26 February that sending Western troops to Ukraine could not be ruled out.",
			[]string{"26 February=2024-02-26"}},
		{"The attack took place in the night of Monday to Tuesday, the prosecutor said.",
			[]string{"Monday=2024-03-04", "Tuesday=2024-03-05"}}, // TimeBank: "on the night of Oct. 23" marks the day alone
		{"Around 2,000 people demonstrated in Paris on Saturday, according to the police.",
			[]string{"Saturday=2024-03-02"}},
		{"Parliament met in Congress at Versailles on Monday 4 March to enshrine abortion rights in the Constitution.",
			[]string{"Monday 4 March=2024-03-04"}},
		{"The strike, which began on 1 February, is to continue until 8 March inclusive.",
			[]string{"1 February=2024-02-01", "8 March=2024-03-08"}},
		{"The fire broke out at 3 a.m. (0200 GMT) on Sunday.",
			[]string{"3 a.m.=2024-03-03T03:00/TIME", "0200 GMT=2024-03-03T02:00/TIME", "Sunday=2024-03-03"}},
		{"Farmers will block the ring road from Monday evening, the union announced.",
			[]string{"Monday evening=2024-03-11TEV"}},

		// UN documents.
		{"On 12 December 2023, the General Assembly adopted resolution 78/123 by a recorded vote of 153 in favour to 10 against.",
			[]string{"12 December 2023=2023-12-12"}},
		// The year in brackets after a resolution's number is part of its
		// name, as the number is: no date (it would date the recalling).
		{"Recalling its resolution 2231 (2015), the Security Council decided to remain seized of the matter.",
			nil},
		{"The seventy-eighth session of the General Assembly opened on 5 September 2023.",
			[]string{"5 September 2023=2023-09-05"}},
		{"The seventy-ninth session will open on Tuesday, 10 September 2024.",
			[]string{"Tuesday, 10 September 2024=2024-09-10"}},
		{"The Committee met in Geneva from 1 to 3 March 2024.",
			[]string{"1 to 3 March 2024=2024-03-01..2024-03-03"}},
		{"Decides to extend the mandate of the Mission until 31 December 2025 inclusive.",
			[]string{"31 December 2025=2025-12-31"}},
		{"States parties shall submit their initial reports no later than 30 days after the entry into force of the Convention.",
			[]string{"30 days=P30D/DURATION"}},
		{"The proposed programme budget for the biennium 2024-2025 amounts to $3.4 billion.",
			[]string{"2024=2024..2025", "2025=2025"}},
		{"Item 5 of the provisional agenda: Election of five non-permanent members of the Security Council",
			nil},
		{"The report covers the period from 1 January to 31 December 2023.",
			[]string{"1 January=2023-01-01..2023-12-31", "31 December 2023=2023-12-31"}},
		{"Requests the Secretary-General to report to the Council every 90 days on the implementation of resolution 2720 (2023).",
			[]string{"every 90 days=P90D/SET"}},
		{"The Human Rights Council, at its fifty-fifth session (26 February–5 April 2024), will consider the report.",
			[]string{"26 February=2024-02-26..2024-04-05", "5 April 2024=2024-04-05"}},
		{"Decides to extend the mandate of the Panel of Experts for a period of twelve months.",
			[]string{"twelve months=P12M/DURATION"}},
		{"The report of the Secretary-General (A/78/456) was issued on 3 October 2023.",
			[]string{"3 October 2023=2023-10-03"}},
		{"The draft resolution contained in document S/2024/239 was put to the vote.",
			nil},
		{"The Conference of the Parties, at its twenty-eighth session, held in Dubai from 30 November to 13 December 2023, adopted decision 1/CMA.5.",
			[]string{"30 November=2023-11-30..2023-12-13", "13 December 2023=2023-12-13"}},
		{"Reports are due within 120 days of the adoption of the present resolution.",
			[]string{"120 days=P120D/DURATION"}},
		{"The Board meets three times a year, in February, June and October.",
			[]string{"three times a year=P1Y/SET", "February=2025-02", "June=2024-06", "October=2024-10"}}, // a habitual present looks ahead, as a future

		// EU and other official acts.
		{"This Regulation shall apply from 2 August 2026.",
			[]string{"2 August 2026=2026-08-02"}},
		{"This Decision shall enter into force on the date of its publication in the Official Journal.",
			nil},
		{"Member States shall bring into force the laws necessary to comply with this Directive by 31 December 2025 at the latest.",
			[]string{"31 December 2025=2025-12-31"}},
		{"The Council adopted its conclusions on 18 December 2023 (document 16789/23).",
			[]string{"18 December 2023=2023-12-18"}},
		{"The new customs tariffs will be effective 1 January.",
			[]string{"1 January=2025-01-01"}},
		{"This Annex shall be reviewed every two years.",
			[]string{"every two years=P2Y/SET"}},
		{"The multiannual financial framework for the period 2021-2027 totals 1.2 trillion euros.",
			[]string{"2021=2021..2027", "2027=2027"}},
		{"Done at Brussels, 13 March 2024.",
			[]string{"13 March 2024=2024-03-13"}},
	})
}
