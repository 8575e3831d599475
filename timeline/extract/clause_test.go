package extract

import (
	"strings"
	"testing"
)

// TestClauses checks the events made from sentences of each construction
// the clause analysis knows: each want is "DATE | TITLE" and must come out;
// each not is a date or title that must not.
func TestGappedActors(t *testing.T) {
	evs := extractText(t, "2000-01-01", "Egypt made peace with Israel in 1979 and Jordan in 1994.")
	got := map[string]string{}
	for _, e := range evs {
		got[e.Date.String()] = e.Title + " | " + strings.Join(e.Actors, ", ")
	}
	for d, want := range map[string]string{
		"1979": "Egypt makes peace with Israel | Egypt, Israel",
		"1994": "Jordan makes peace with Israel | Jordan, Israel",
	} {
		if got[d] != want {
			t.Errorf("%s: got %q, want %q", d, got[d], want)
		}
	}
}

// TestAttributiveName checks that a name modifying a noun ("the Biden
// administration") gives the person's country as an actor, not the person.
func TestAttributiveName(t *testing.T) {
	evs := extractText(t, "2021-12-06", "The Biden administration imposed sanctions on Monday.")
	if len(evs) != 1 || strings.Join(evs[0].Actors, ", ") != "United States" {
		for _, e := range evs {
			t.Errorf("got %s | %s | %v", e.Date, e.Title, e.Actors)
		}
		t.Fatalf("want one event with actors [United States]")
	}
}

func TestClauses(t *testing.T) {
	for _, c := range []struct {
		published, text string
		want, not       []string
	}{
		// "appeared to take": the infinitive tells what happened.
		{"2022-11-19", "Gulf states cut ties with Qatar on 5 June 2017. The next day, Trump appeared to take credit on Twitter.",
			[]string{"2017-06-06 | Trump takes credit on Twitter"}, nil},
		{"2025-01-19", "The minister seemed to have won the vote on Friday.",
			[]string{"2025-01-17 | Minister wins vote"}, nil},
		// A stretch of time that someone spent dates nothing.
		{"2025-01-19", "Biden set out a plan last May, and mediators spent most of the past year trying to close the gaps.",
			[]string{"2024-05 | Biden sets out plan"}, []string{"2024 |", "Mediators spend"}},
		// A past happening dated after the publication date has a wrong
		// date: no event, rather than a planned one.
		{"2023-03-15", "Two days later France recalled its ambassadors.",
			nil, []string{"2023-03-17", "France recalls"}},
		{"2023-03-15", "The minister resigned on Monday, and the cabinet will meet again next month.",
			[]string{"2023-03-13 | Minister resigns", "2023-04 | Cabinet to meet"}, nil},
		{"2023-03-15", "Labor won the election in May 2022, and in June it agreed to pay the shipbuilder.",
			[]string{"2022-05 | Labor wins election"}, []string{"2023-06"}},
		// Comma lists stay whole; a relative clause is about its antecedent.
		{"2024-05-10", "The foreign ministers of France, Germany and Poland met in Weimar on Monday.",
			[]string{"2024-05-06 | France, Germany and Poland meet in Weimar"}, nil},
		{"2008-08-16", "Moscow pointed to Kosovo, which declared independence from Serbia in February.",
			[]string{"2008-02 | Kosovo declares independence from Serbia"}, []string{"Moscow declares"}},
		{"2023-03-10", "The statement was read out after talks that began on Monday.",
			[]string{"2023-03-06 | Talks begin"}, nil},
		// An infinitive is not a finite verb; an appositive does not hide
		// the subject.
		{"2005-02-16", "The Montreal accord, the first pact to set firm limits, entered into force on Wednesday.",
			[]string{"2005-02-16 | Montreal accord enters into force"}, nil},
		// Plural nouns are not verbs.
		{"1995-11-21", "The air strikes followed the capture of the town in July.",
			[]string{"1995-07 | Air strikes follow capture of the town"}, nil},
		// "since" opens a clause.
		{"1972-02-21", "The two countries have had no ties since the Communists won the civil war in 1949.",
			[]string{"1949 | Communists win civil war"}, nil},
		// A copula with an adjective tells nothing; the when-clause does.
		{"2016-11-24", "The crowd was far smaller in Cartagena on Sept. 26, when the two men signed the first accord.",
			[]string{"2016-09-26 | Two men sign first accord"}, nil},
		// Coordinated infinitives and future passives.
		{"1972-02-21", "The president is scheduled to visit Hangchow later in the week and to fly home from Shanghai on Feb. 28.",
			[]string{"1972-02-28 | President to fly home from Shanghai"}, nil},
		{"2024-03-07", "The flag will be raised at the alliance's headquarters on Monday.",
			[]string{"2024-03-11 | Flag to be raised at the alliance’s headquarters"}, nil},
		// A reported clause without "that".
		{"2023-03-10", "The ministry said on Friday it would expel the ambassador.",
			[]string{"2023-03-10 | Ministry says it will expel the ambassador"}, nil},
		// A dated clause of time before the main clause dates it too.
		{"2020-11-10", "Hours before the agreement was signed on Monday, rebels shelled the capital.",
			[]string{"2020-11-09 | Rebels shell capital"}, nil},
		// Periods, and words that look like dates but are not.
		{"1972-02-21", "American and Chinese soldiers fought each other in Korea from 1950 to 1953.",
			[]string{"1950/1953 | American and Chinese soldiers fight each other in Korea"}, []string{"1953 |"}},
		// A range of days inside one expression is the period.
		{"2023-07-18", "Putin will host African leaders in St Petersburg on July 27-28.",
			[]string{"2023-07-27/2023-07-28 | Putin to host African leaders in St Petersburg"}, nil},
		{"2024-04-26", "The committee met in Geneva from 1 to 3 March 2024.",
			[]string{"2024-03-01/2024-03-03 | Committee meets in Geneva"}, nil},
		{"2005-02-16", "Talks on what should follow 2012 are expected to begin in Montreal.", nil, []string{"2012"}},
		{"2005-02-16", "Together they accounted for 55 percent of emissions in 1990.", nil, []string{"1990"}},
		{"1995-11-21", "Air strikes followed the fall of Srebrenica.", nil, []string{"1995-23"}},
		// A noun dated by a year after "since" is the happening.
		{"2020-11-10", "The region has been calm since a 1994 cease-fire that ended the war.",
			[]string{"1994 | 1994 cease-fire"}, nil},
		// A date that modifies a noun, anchored on its sentence.
		{"2021-08-31", "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks.",
			[]string{"2001-09-11 | Sept. 11 attacks", "2001-10 | United States invades Afghanistan"}, nil},
		// Lengths of time placed against a date.
		{"1978-09-18", "Sadat and Begin signed two agreements on Sunday, ending 13 days of negotiations at Camp David.",
			[]string{"1978-09-05/1978-09-17 | Sadat and Begin hold negotiations at Camp David", "1978-09-17 | Sadat and Begin sign two agreements"}, nil},
		{"2015-02-13", "Putin signed the treaty on March 18 last year, two days after a referendum there.",
			[]string{"2014-03-16 | Referendum held", "2014-03-18 | Putin signs treaty"}, nil},
		{"2023-09-13", "The accord was signed in Washington in September 1993.\n\nTwo years after the Washington ceremony, the two sides signed a second agreement.",
			[]string{"1993-09 | Accord signed in Washington", "1995 | Two sides sign second agreement"}, nil},
		{"2023-09-13", "Thirty years ago today, the two men shook hands.",
			[]string{"1993-09-13 | Two men shake hands"}, []string{"2023-09-13"}},
		// Titles say which agreement, and who.
		{"2011-02-07", "The treaty, signed by Obama and Medvedev in Prague in 2010, entered into force on Friday.",
			[]string{"2011-02-04 | Treaty signed by Obama and Medvedev enters into force"}, nil},
		{"2011-02-07", "Russia and the United States signed the New START treaty in April.\n\nThe treaty entered into force on Saturday.",
			[]string{"2011-02-05 | New START treaty enters into force"}, nil},
		{"1910-01-01", "Britain and France signed the Entente Cordiale in 1904, and Russia joined them in 1907.",
			[]string{"1907 | Russia joins Britain and France"}, nil},
		{"1980-01-01", "Egypt and Israel have fought four wars since Israel was founded in 1948, the most recent in October 1973.",
			[]string{"1948 | Israel founded", "1973-10 | Egypt and Israel fight war"}, nil},
		// Two dates of one clause: the calendar date wins.
		{"2023-08-19", "Ten days later, on March 16, Yoon traveled to Tokyo.",
			[]string{"2023-03-16 | Yoon travels to Tokyo"}, []string{"2023-08"}},
		// Objects: reported clauses after a dated speech verb, plural
		// possessives, quotations, amounts, and a cut at a phrase.
		{"2020-06-17", "The army said on Tuesday that two soldiers had been killed.",
			[]string{"2020-06-16 | Army says two soldiers killed"}, nil},
		{"2020-06-17", "The leaders agreed on Friday to honour the soldiers' sacrifice.",
			[]string{"2020-06-12 | Leaders agree to honour the soldiers’ sacrifice"}, nil},
		{"1963-06-30", "Kennedy urged the crowd on Wednesday to \"stand firm.\"",
			[]string{"1963-06-26 | Kennedy urges crowd to stand firm"}, nil},
		{"2019-03-05", "The bank announced a $2 billion, three-year loan on Monday.",
			[]string{"2019-03-04 | Bank announces $2 billion, three-year loan"}, nil},
		{"2019-03-05", "The foreign ministers of Chile, Peru, Bolivia and Ecuador agreed on Friday to a new plan to share river water.",
			[]string{"2019-03-01 | Chile, Peru, Bolivia and Ecuador agree to a new plan"}, []string{"plan to"}},
		{"2019-03-05", "Seoul paid the workers as its court had ordered the companies to do in 2018.",
			[]string{"2018 | Court orders companies"}, []string{"to do"}},
		// Pronouns name what they stand for: a thing for "it", several
		// for "them", a person for "she"; the noun a relative clause is
		// about is its verb's object.
		{"2001-06-01", "The United States signed the protocol in 1998. President George W. Bush rejected it in March.",
			[]string{"2001-03 | Bush rejects protocol"}, nil},
		{"2024-03-07", "The committee approved the Finnish bid in December, and the full parliament voted for it in January.",
			[]string{"2024-01 | Full parliament votes for Finnish bid"}, nil},
		{"2021-08-31", "Biden, who inherited a force of 2,500 troops, announced in April that all of them would leave.",
			[]string{"2021-04 | Biden announces all troops will leave"}, nil},
		{"2015-02-13", "Merkel flew to Kyiv on Thursday. She and Hollande had started the push last week.",
			[]string{"2015-W06 | Merkel and Hollande start push"}, nil},
		{"2020-11-10", "A truce collapsed within hours, and two more, one of them brokered by the United States on Oct. 26, fared no better.",
			[]string{"2020-10-26 | Truce brokered by the United States"}, nil},
		{"1980-01-01", "Israel would return the Sinai Peninsula, which it captured in 1967.",
			[]string{"1967 | Israel captures Sinai Peninsula"}, nil},
		{"2023-03-17", "Japan said it would lift export controls it had imposed in 2019 on three chemicals.",
			[]string{"2019 | Japan imposes export controls on three chemicals"}, nil},
		{"2021-02-19", "Rich nations made a pledge, repeated in 2009 in Copenhagen, to give $100 billion.",
			[]string{"2009 | Pledge repeated in Copenhagen"}, nil},
		// Subjects without what follows their noun; the verb agrees with
		// the head; modals are plans; "sworn in".
		{"2021-05-01", "The first of three rounds of talks hosted by Oman took place in Muscat in April.",
			[]string{"2021-04 | First of three rounds of talks takes place in Muscat"}, nil},
		{"2021-06-16", "Biden's first trip abroad as president began in Cornwall last week.",
			[]string{"2021-W23 | Biden's first trip abroad begins in Cornwall"}, nil},
		{"1999-09-01", "Nearly 80 percent of voters chose independence in August.",
			[]string{"1999-08 | Nearly 80 percent of voters choose independence"}, nil},
		{"1995-11-21", "Diplomats said the council could vote as early as Wednesday to lift the embargo.",
			[]string{"1995-11-22 | Council to vote to lift the embargo"}, nil},
		{"2021-01-21", "Biden was sworn in on Wednesday.",
			[]string{"2021-01-20 | Biden sworn in"}, nil},
		// The main clause after a phrase; "one" after an ordinal; a
		// comma between an ordinal and its noun; the head of a subject
		// before its preposition; "continued" after a subject.
		{"1993-09-13", "On Aug. 20, with Peres in Oslo on what was billed as a visit, the two sides initialed the text.",
			[]string{"1993-08-20 | Two sides initial text"}, []string{"billed"}},
		{"2020-06-17", "The leaders met at a summit in Wuhan in 2018 and held a second one near Chennai last year.",
			[]string{"2019 | Leaders hold second summit near Chennai"}, nil},
		{"2000-12-01", "In 1995 the two sides signed a second, much longer agreement.",
			[]string{"1995 | Two sides sign second, much longer agreement"}, nil},
		{"2001-01-01", "Talks at Camp David collapsed in the summer of 2000.",
			[]string{"2000-22 | Talks at Camp David collapse"}, nil},
		{"2015-02-13", "Fighting continued on Friday around the town.",
			[]string{"2015-02-13 | Fighting continues around the town"}, nil},
		// A quotation is what was said; "follow" follows whom the
		// sentence before is about.
		{"2018-07-09", "\u201cWe will open the border,\u201d Abiy said at a dinner on Sunday.",
			[]string{"2018-07-08 | Abiy says we will open the border"}, nil},
		{"2020-09-16", "Israel and the Emirates announced their plan on Aug. 13. Bahrain said on Sept. 11 that it would follow.",
			[]string{"2020-09-11 | Bahrain says it will follow Israel and the Emirates"}, nil},
		// A title "X says …" carries the reported clause's subject, verb and
		// object: a pronoun keeps its "is"; an -ing after "is" or "keep"
		// is the verb; "since" after "had" is an adverb; a relative clause
		// inside the reported subject is left out; "told reporters" says.
		{"2024-02-09", "The council said on Thursday it was leaving the customs union with its neighbours.",
			[]string{"2024-02-08 | Council says it is leaving the customs union with its neighbours"}, nil},
		{"2024-02-09", "Lima announced in January that it was ready to send observers.",
			[]string{"2024-01 | Lima announces it is ready to send observers"}, nil},
		{"2024-02-09", "The port authority said on Monday that Chile was ready to keep loading grain.",
			[]string{"2024-02-05 | Port authority says Chile ready to keep loading grain"}, nil},
		{"2024-02-09", "The envoy said on Tuesday that the two capitals had since reopened consulates.",
			[]string{"2024-02-06 | Envoy says two capitals reopened consulates"}, nil},
		{"2024-02-09", "The grid operator said on Wednesday that Ghana, which sells it most of its power, had cut the supply.",
			[]string{"2024-02-07 | Grid operator says Ghana cut the supply"}, nil},
		{"2024-02-09", "The two juntas said in a joint statement on Monday that any strike on their neighbour would be treated as an attack on them.",
			[]string{"2024-02-05 | Two juntas say any strike on their neighbour will be treated"}, []string{"say in a joint", "treated as"}},
		{"2024-02-09", "The rebels said on Monday that the raid would be seen as a provocation.",
			[]string{"2024-02-05 | Rebels say raid will be seen as a provocation"}, nil},
		{"2024-02-09", "The spokesman told reporters on Wednesday that the truce was no longer in force.",
			[]string{"2024-02-07 | Spokesman says truce no longer in force"}, []string{"tells truce"}},
		// To whom it was told; a number with a slash; a progressive; a
		// time inside the subject.
		{"1990-10-03", "In July, Gorbachev told Kohl during talks that Moscow would accept the deal.",
			[]string{"1990-07 | Gorbachev tells Kohl Moscow will accept the deal"}, nil},
		{"2015-02-13", "On March 27 last year the General Assembly adopted Resolution 68/262.",
			[]string{"2014-03-27 | General Assembly adopts Resolution 68/262"}, nil},
		{"2008-08-16", "The soldiers were still manning checkpoints on the highway on Saturday.",
			[]string{"2008-08-16 | Soldiers man checkpoints on the highway"}, nil},
		{"2021-06-16", "A ransomware attack last month shut down a pipeline.",
			[]string{"2021-05 | Ransomware attack shuts down pipeline"}, nil},
		// "of" and a year date the noun before them; what was promised,
		// and to whom; a verb of state leaves the date to its noun.
		{"2023-09-13", "It built on the resolutions and on the Madrid conference of 1991.",
			[]string{"1991 | Madrid conference"}, []string{"1991 | It"}},
		{"2008-08-16", "NATO promised Georgia in April that it would one day become a member.",
			[]string{"2008-04 | NATO promises Georgia it will become a member"}, nil},
		{"1990-10-03", "The treaty ended a division that dated to the founding of the two German states in 1949.",
			[]string{"1949 | Founding of the two German states"}, nil},
		// The subject's event noun, when the clause is negated.
		{"1972-02-21", "The meeting with Mao, at his residence that afternoon, had not been announced.",
			[]string{"1972-02-21 | Meeting with Mao"}, nil},
		// Capitalised words before "treaty" name it; they are no person.
		{"2018-07-16", "The New START treaty is due to expire in February 2021.",
			[]string{"2021-02 | New START treaty to expire"}, nil},
		// British "Mr" without a period is a title.
		{"2018-10-21", "President Donald Trump spoke in Nevada on Saturday. Mr Trump said on Sunday that the US would leave the treaty.",
			[]string{"2018-10-21 | Trump says US will leave the treaty"}, []string{"Mr Trump"}},
		// The verb agrees with the head of its subject: a plural in -men,
		// the noun before "between"; an adverb before the verb is no part
		// of the subject, and "first" stays with the verb.
		{"2024-03-07", "Rebel gunmen attacked the convoy on Monday.",
			[]string{"2024-03-04 | Rebel gunmen attack convoy"}, nil},
		{"2020-10-12", "A truce between Armenia and Azerbaijan took effect on Saturday.",
			[]string{"2020-10-10 | Truce between Armenia and Azerbaijan takes effect"}, nil},
		{"2021-12-01", "The two leaders first met in Geneva in June.",
			[]string{"2021-06 | Two leaders first meet in Geneva"}, nil},
		{"2023-05-10", "Macron flew to Berlin on Monday. He then met the chancellor at the chancellery on Tuesday.",
			[]string{"2023-05-09 | Macron meets chancellor"}, []string{"He then"}},
		// A pronoun after an opening phrase of place and time is the
		// subject; a reflexive does not hide the verb.
		{"2023-07-18", "Biden flew home on Friday. At a summit in Vilnius last week he urged the allies to spend more.",
			[]string{"2023-W28 | Biden urges allies"}, []string{"Summit in Vilnius urges"}},
		{"2023-07-18", "Obama had himself announced the plan on Monday.",
			[]string{"2023-07-17 | Obama announces plan"}, []string{"Himself"}},
		// Verbs the -ed rule cannot see.
		{"2015-12-01", "The king died on Friday.",
			[]string{"2015-11-27 | King dies"}, nil},
		{"2021-09-20", "Australia tore up the contract on Friday.",
			[]string{"2021-09-17 | Australia tears up contract"}, nil},
		// A participle with nothing after it ends no title; a currency
		// is one word.
		{"2019-08-02", "Putin flew to Minsk in April. In May he signed a decree making that official.",
			[]string{"2019-05 | Putin signs decree"}, []string{"decree making"}},
		{"2021-09-20", "Australia signed a A$3 billion contract on Friday.",
			[]string{"2021-09-17 | Australia signs A$3 billion contract"}, nil},
		// "the evening of" is a time, not a happening.
		{"2021-02-01", "On the evening of 4 January 2021, Egypt announced that it would reopen the crossing.",
			[]string{"2021-01-04 | Egypt announces it will reopen the crossing"}, []string{"Evening"}},
		// "who" is the person named just before it.
		{"2021-12-06", "Aides of both the outgoing Merkel government and of Olaf Scholz, who will be sworn in as chancellor on Wednesday, met on Monday.",
			[]string{"2021-12-08 | Scholz to be sworn in", "2021-12-06 | Aides of Merkel and Scholz meet"}, []string{"Merkel and Scholz to", "Scholz meets"}},
		// The head of a subject is the noun before "of <names>".
		{"2022-03-08", "Envoys of Putin and Zelensky met on Monday in Belarus.",
			[]string{"2022-03-07 | Envoys of Putin and Zelensky meet in Belarus"}, nil},
		// "the two" is a subject: the two people named before.
		{"2021-11-15", "Biden phoned Macron on 22 September, and when the two met in Rome in October he admitted mistakes.",
			[]string{"2021-10 | Biden and Macron meet in Rome"}, []string{"admits"}},
		{"2021-11-15", "The two met in Rome in October.",
			[]string{"2021-10 | Two meet in Rome"}, nil},
		{"2021-11-15", "The two signed agreements were published in October.",
			[]string{"2021-10 | Two signed agreements published"}, []string{"Two sign agreements"}},
		// A phrase set off after a relative clause that says when a
		// happening ended dates the clause it hangs on.
		{"2025-01-19", "The parliament approved the budget in a session that ended after midnight, early on Saturday.",
			[]string{"2025-01-18 | Parliament approves budget"}, []string{"Session ends"}},
		// "him" is a person or stays "him"; "the Russian leader" is the
		// Russian leader named before.
		{"2013-07-01", "Tamim was 33 when his father, Sheikh Hamad, handed him power in June. Diplomats called the move a surprise.",
			[]string{"2013-06 | Sheikh Hamad hands him power"}, nil},
		{"2018-07-16", "Vladimir Putin arrived late. The Russian leader flew in from Moscow, where on Sunday he watched the final.",
			[]string{"2018-07-15 | Putin watches final"}, nil},
		// A present tense dated ahead is a plan, also after "and"; not
		// the verb before an infinitive that the date belongs to.
		{"2022-11-18", "The stadiums are ready and the opening game kicks off on Sunday in Doha.",
			[]string{"2022-11-20 | Opening game to kick off in Doha"}, nil},
		{"2022-11-12", "Xi and Biden meet on Monday in Bali.",
			[]string{"2022-11-14 | Xi and Biden to meet in Bali"}, nil},
		{"2022-11-18", "Talks resume Monday in Geneva.",
			[]string{"2022-11-21 | Talks to resume in Geneva"}, nil},
		{"2022-11-18", "The summit opens in Paris on Monday, officials said.",
			[]string{"2022-11-21 | Summit to open in Paris"}, nil},
		{"2022-11-18", "The plan calls for a truce to take effect on Sunday.",
			[]string{"2022-11-20 | Plan calls for a truce"}, []string{"to call"}},
		{"2022-11-18", "The opening game kicked off on Sunday in Doha.",
			[]string{"2022-11-13 | Opening game kicks off in Doha"}, []string{"2022-11-20"}},
		// "it" is no person, nor a stretch of time; words that say how
		// near a date is are no object.
		{"2005-01-01", "The king spent the rest of his reign fighting the rebels. He died in May 2001 without seeing peace.\n\nIt ended a little over three months later.",
			[]string{"2001-05 | King dies"}, []string{"King ends", "Rest ends", "little"}},
		{"2005-01-01", "The siege began in March 2003. It ended a little over three months later.",
			[]string{"2003-06 | Siege ends"}, []string{"little"}},
		{"2005-01-01", "The president spent the rest of his term on the treaty. He signed it in May 2003.",
			nil, []string{"signs rest"}},
		// "afterwards" takes the day of the happening told just before,
		// not a year, nor a date that made no event, nor after "long".
		{"2018-07-17", "Trump and Putin met in Helsinki on Monday, spending two hours alone.\n\nAt a news conference afterwards, Trump refused to back his own agencies.",
			[]string{"2018-07-16 | Trump refuses to back his own agencies"}, nil},
		{"2018-07-17", "The treaty was signed in 1987. Afterwards, the two sides quarrelled.",
			[]string{"1987 | Treaty signed"}, []string{"Two sides quarrel"}},
		{"2018-07-17", "The treaty was signed on 8 December 1987. Long afterwards, the two sides quarrelled.",
			[]string{"1987-12-08 | Treaty signed"}, []string{"Two sides quarrel"}},
		{"2018-07-17", "The deadline was on Monday. Afterwards, the talks collapsed.",
			nil, []string{"Talks collapse"}},
		// A title cut to fit does not end inside a name ("Group of 20");
		// "being" after a preposition stays.
		{"2018-07-16", "The two presidents first met on the sidelines of the Group of 20 summit in Hamburg in July 2017.",
			[]string{"2017-07 | Two presidents first meet on the sidelines of the Group of 20"}, nil},
		{"2018-07-16", "Trump flew to Brussels on Tuesday. On Wednesday he accused Germany of being captive to Russia.",
			[]string{"2018-07-11 | Trump accuses Germany of being captive to Russia"}, nil},
		// A "that" clause after a noun of content is no relative clause.
		{"2018-07-16", "Trump rejected the conclusion of his own agencies that Moscow had meddled in the election in 2016.",
			[]string{"2016 | Moscow meddles in the election"}, []string{"meddles agencies"}},
		// A date inside the subject belongs to its noun, and its
		// preposition goes with it.
		{"2024-04-26", "The peace talks in Geneva on Monday are expected to be tense.",
			[]string{"2024-04-29 | Peace talks in Geneva"}, []string{"Geneva on", "to tense"}},
		// A possessive pronoun in the subject stands for someone named
		// before; when no one is, there is no event.
		{"2024-04-26", "Blinken arrived in Beijing. His visits on Monday and Tuesday were short.",
			[]string{"2024-04-22 | Blinken’s visits"}, []string{"Visits on"}},
		{"2024-04-26", "His visits on Monday and Tuesday were short.",
			nil, []string{"2024-04-22", "Visits on"}},
		// A "they" that stands for nothing makes no title.
		{"2024-04-26", "They announced the text on Monday.",
			nil, []string{"2024-04-22", "Announce the text"}},
		{"2024-04-26", "The ministers met in Paris. They announced the text on Monday.",
			[]string{"2024-04-22 | Ministers announce text"}, nil},
		// So does a "he" or "she" that stands for no one named before; they
		// stand for a person, not for a thing.
		{"2024-03-10", "He died on Monday.",
			nil, []string{"2024-03-04"}},
		{"2024-03-10", "The talks ended. He died on Monday.",
			nil, []string{"2024-03-04", "Talks die"}},
		{"2024-03-10", "Navalny was a critic of the Kremlin. The Kremlin denied it. He died on Friday in prison.",
			[]string{"2024-03-08 | Navalny dies in prison"}, nil},
		{"2022-12-09", "Griner, a two-time Olympic gold medalist, was arrested in February. She pleaded guilty in July.",
			[]string{"2022-07 | Griner pleads guilty"}, nil},
		{"2022-12-09", "The swap freed the arms dealer Viktor Bout on Thursday. Griner was arrested on Feb. 17. Bout, long known as the Merchant of Death, was arrested in Thailand in March 2008. He was extradited to the United States in 2010.",
			[]string{"2010 | Bout extradited to the United States"}, []string{"2010 | Griner"}},
		{"1998-04-10", "Ulster Unionist leader David Trimble, whose delegation had threatened to walk out, said he would put the agreement to his party's executive on Saturday.",
			[]string{"1998-04-11 | Trimble to put agreement"}, nil},
		// "N months after" a clause dates that clause against the dated
		// clause before it, at the coarser precision of the two; an
		// approximate length dates nothing.
		{"1998-04-10", "Sinn Fein took its seat only in September 1997, two months after the IRA restored its ceasefire.",
			[]string{"1997-07 | IRA restores its ceasefire", "1997-09 | Sinn Fein takes its seat"}, []string{"seat only"}},
		{"2016-11-24", "They signed a revised accord on Thursday, less than two months after voters narrowly rejected the first version.",
			nil, []string{"2016-09", "2016-10", "Voters"}},
		{"2005-02-16", "The protocol entered into force on Wednesday, more than seven years after it was adopted.",
			[]string{"2005-02-16 | "}, []string{"1998", "1997"}},
		// "in today's money" is a measure, not a day.
		{"2025-05-23", "The government puts the total cost at £3.4 billion in today's money.",
			nil, []string{"2025-05-23"}},
		{"2025-05-23", "Today's talks ended in failure.",
			[]string{"2025-05-23 | Talks end in failure"}, nil},
		// A name found only in the text that "its" refers back to is an
		// organisation, named in full.
		{"1998-04-10", "Multi-party talks opened in June 1996, but Sinn Fein took its seat only in September 1997.",
			[]string{"1997-09 | Sinn Fein takes its seat"}, nil},
		{"1998-04-10", "Officials met in June 1996. Later, Gerry Adams took his seat in September 1997.",
			[]string{"1997-09 | Adams takes his seat"}, nil},
		// A participle after a name that is the object of a preposition is
		// passive; "and the" after a date starts another dated noun.
		{"2019-02-12", "Greece lifted the embargo only with the Interim Accord signed in New York in September 1995.",
			[]string{"1995-09 | Interim Accord signed in New York"}, []string{"signs"}},
		{"1998-04-10", "The road began with the Anglo-Irish Agreement signed by Margaret Thatcher and Garret FitzGerald in 1985 and the Downing Street Declaration of John Major and Albert Reynolds in December 1993.",
			[]string{"1985 | Anglo-Irish Agreement signed by Margaret Thatcher and Garret FitzGerald", "1993-12 | Downing Street Declaration of John Major and Albert Reynolds"}, []string{"Reynolds signs", "downing"}},
		{"1999-12-30", "Noriega later rose to rule the country, until the United States invaded in December 1989 to remove him.",
			[]string{"1989-12 | United States invades"}, nil},
		// A plural abbreviation takes a plural verb.
		{"2019-02-12", "On 11 January, Macedonian MPs passed the constitutional amendments.",
			[]string{"2019-01-11 | Macedonian MPs pass constitutional amendments"}, nil},
		// What "which" gave is what was sought of it: its antecedent is
		// the noun after "of".
		{"2025-05-23", "Starmer also sought the approval of Donald Trump's new administration, which gave it in February.",
			[]string{"2025-02 | Donald Trump's new administration gives approval"}, []string{"Approval of"}},
		// An opening phrase of time ends at its date; the subject follows.
		{"2025-05-23", "In the early hours of Thursday a High Court judge granted an interim injunction to two women.",
			[]string{"2025-05-22 | High Court judge grants interim injunction"}, []string{"Early hours"}},
		// "fly" is a verb, not an adverb in -ly; "no" belongs to its noun.
		{"1999-12-30", "Tomorrow, for the first time in its history, no foreign flag will fly over any part of its territory.",
			[]string{"1999-12-31 | No foreign flag to fly over"}, nil},
		{"1999-12-30", "Planes will fly over the city tomorrow.",
			[]string{"1999-12-31 | Planes to fly over city"}, nil},
		// "had nothing to do with": "nothing" is no verb; "earlier the
		// same day" dates the noun before it.
		{"2023-07-18", "Peskov spoke on Monday. He said the decision had nothing to do with the attack on the Crimean Bridge earlier the same day.",
			[]string{"2023-07-17 | Attack on the Crimean Bridge"}, []string{"nothings", "noths"}},
		// A capitalised plural after a possessive is a common noun.
		{"2015-11-07", "The two sides have been governed separately since 1949, when Chiang Kai-shek's Nationalists retreated to the island.",
			[]string{"1949 | Chiang Kai-shek's Nationalists retreat"}, []string{"retreates"}},
		// A bare gerund after "before" tells nothing of its own.
		{"2023-07-18", "Wheat futures rose almost 3% on Monday before easing.",
			[]string{"2023-07-17 | Wheat futures rise"}, []string{"ease", "eas"}},
		// A hyphenated two-syllable given name follows the family name.
		{"2015-11-07", "Taiwan's President Ma Ying-jeou flew to Singapore on Saturday.",
			[]string{"2015-11-07 | Ma flies to Singapore"}, []string{"Ying-jeou flies"}},
		// A date in a noun phrase set off after a dated clause belongs to
		// a noun of the phrase.
		{"2015-11-07", "Xi Jinping and Ma Ying-jeou shook hands in Singapore on Saturday, the first meeting of the two since the end of China's civil war in 1949.",
			[]string{"2015-11-07 | Xi and Ma shake hands in Singapore", "1949 | End of China’s civil war"}, []string{"1949 | Xi"}},
		// A date between a noun and its complement dates the noun.
		{"2014-03-27", "The Ministry welcomes the signing today of the Comprehensive Agreement on the Bangsamoro in Manila.",
			[]string{"2014-03-27 | Signing of the Comprehensive Agreement on the Bangsamoro"}, nil},
		// "now known as" names; it tells no happening.
		{"2015-11-07", "In 1992, the two sides reached the understanding now known as the 1992 Consensus.",
			[]string{"1992 | Two sides reach understanding"}, []string{"knows"}},
		// A chronology entry speaks like a headline: a participle with
		// nothing after it, or with its agent, is passive.
		{"2025-05-23", "8 Nov 1965 — British Indian Ocean Territory created.\n\n1991 - Treaty signed by both sides.\n\nMay 2022 — Labor wins the election.",
			[]string{"1965-11-08 | British Indian Ocean Territory created", "1991 | Treaty signed by both sides", "2022-05 | Labor wins election"}, []string{"creates", "signs"}},
		// An entry with no verb is an event; it gives its day to the event
		// of the article it repeats.
		{"2025-05-23", "22 May 2019 — UN General Assembly resolution.",
			[]string{"2019-05-22 | UN General Assembly resolution"}, nil},
		{"2025-05-23", "In February 2019 the International Court of Justice advised that the separation was unlawful.\n\n25 Feb 2019 — ICJ advisory opinion.",
			[]string{"2019-02-25 | International Court of Justice advises"}, []string{"2019-02 |", "ICJ advisory"}},
		{"2023-03-15", "In San Diego on Monday, the three leaders set out the optimal pathway for the pact.\n\n13 Mar 2023 — San Diego announcement of the optimal pathway.",
			[]string{"2023-03-13 | Three leaders set out"}, []string{"San Diego announcement"}},
		{"2025-05-23", "Britain detached the islands in November 1965 and made them the British Indian Ocean Territory.\n\n8 Nov 1965 — British Indian Ocean Territory created.",
			[]string{"1965-11-08 | Britain detaches islands"}, []string{"1965-11 |", "Territory created"}},
		// A date set off by commas between a subject and its verb dates
		// that verb, also inside a subordinate clause; a length of time
		// after the main verb does not date the clause it points to.
		{"2024-06-01", "The ceremony comes forty years after Deng Xiaoping, in 1984, signed the joint declaration with Thatcher.",
			[]string{"1984 | Deng signs joint declaration"}, []string{"2024 |", "Ceremony signs"}},
		{"2024-06-01", "The treaty, in 1998, was ratified by the parliament.",
			[]string{"1998 | Treaty ratified by the parliament"}, nil},
		// A bare year after "in" between a subject and its past verb
		// dates the verb; before a noun it still only modifies it.
		{"2024-06-01", "Relations soured after the tribunal in 2016 ruled against Beijing's claims.",
			[]string{"2016 | Tribunal rules against Beijing"}, nil},
		{"2024-06-01", "Output returned to 2019 levels in March.",
			nil, []string{"2019 |"}},
		// A chronology entry may give a day and month with no year.
		{"2023-05-30", "Talks resumed on Monday.\n\nMarch 3: Shelling hits the airport.",
			[]string{"2023-03-03 | Shelling hits the airport"}, nil},
		// The clock time at which a named sitting opened or closed is no
		// event of its own; a day still dates it.
		{"2023-10-02", "The council approved the resolution on Monday. The session opened at 10:15 a.m. and closed at 11:40 a.m.",
			[]string{"2023-10-02 | Council approves resolution"}, []string{"Session opens", "Session closes", "Closes"}},
		{"2023-10-04", "The talks began at 9 a.m. on Monday in Geneva.",
			[]string{"2023-10-02 | Talks begin"}, nil},
		// A present perfect of change over the current year is a trend,
		// not an event; a present perfect deed this year still is one.
		{"2023-11-06", "Tourism to the islands has recovered this year.",
			nil, []string{"2023 |", "Tourism"}},
		{"2023-11-06", "Canberra has signed a port deal with Jakarta this year.",
			[]string{"2023 | Canberra signs port deal"}, nil},
		// "after N days of talks" tells how the outcome came about: no
		// period of its own.
		{"2023-05-30", "Mediators announced a ceasefire on Monday after three days of talks with both sides.",
			[]string{"2023-05-29 | Mediators announce ceasefire"}, []string{"2023-05-27/", "hold talks"}},
		// A chronology line on the same day as an event of the body, with
		// one word in common by stem, repeats it.
		{"2023-05-30", "On March 9, the two sides agreed to prolong the truce by a week.\n\nMarch 9: The truce is prolonged.",
			[]string{"2023-03-09 | Two sides agree to prolong"}, []string{"Truce prolonged"}},
		// Going home after a dated visit is no event of its own; a trip
		// onwards still is.
		{"2024-06-03", "The premier is due to tour a shipyard on Tuesday before flying home.",
			[]string{"2024-06-04 | Premier to tour shipyard"}, []string{"flies home", "Flies home"}},
		{"2024-06-05", "The premier toured a shipyard on Tuesday before flying to Jakarta.",
			[]string{"2024-06-04 | Premier tours shipyard", "2024-06-04 | Premier flies to Jakarta"}, nil},
		// A year in brackets after a number names a document; it dates
		// nothing.
		{"2024-03-01", "Citing resolution 2231 (2015), the board urged Tehran to allow inspections.",
			nil, []string{"2015 |"}},
		{"2024-03-01", "The board met in Vienna in 2015 (and again in 2016).",
			[]string{"2015 | Board meets in Vienna"}, nil},
		// "Hours before the meeting," with no date of its own: the day of
		// the article's main event.
		{"2023-03-16", "Kishida and Yoon agreed on Thursday to restart regular visits.\n\nHours before the meeting, North Korea fired a missile that fell into the sea, the ministry said.",
			[]string{"2023-03-16 | North Korea fires missile"}, nil},
		{"2023-03-16", "The ministers met in Tokyo.\n\nHours before the meeting, North Korea fired a missile.",
			nil, []string{"North Korea fires"}},
	} {
		evs := extractText(t, c.published, c.text)
		var got []string
		for _, e := range evs {
			got = append(got, e.Date.String()+" | "+e.Title)
		}
		all := strings.Join(got, "\n")
		for _, w := range c.want {
			found := false
			for _, g := range got {
				if strings.HasPrefix(g, w) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q (%s):\nwant %q\ngot:\n%s", c.text, c.published, w, all)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if strings.HasPrefix(g, n) || strings.Contains(g, n) && !strings.Contains(n, "|") && len(n) > 6 {
					t.Errorf("%q: got %q, which should not come out", c.text, g)
				}
			}
		}
	}
}
