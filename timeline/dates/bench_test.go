package dates

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// newsCorpus generates about size bytes of news-like English, the same
// every time: paragraphs of sentences about diplomacy and business built
// from templates, with dates in all common forms, weekdays, relative
// dates, durations, numbers, money and model numbers, at about the density
// of time expressions in newswire (one every 250–300 bytes).
func newsCorpus(size int) string {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	actors := []string{"The foreign minister", "Secretary of State Antony Blinken", "President Xi Jinping",
		"The European Commission", "A spokesman for the ministry", "Officials in Brussels",
		"The prime minister", "Negotiators from both sides", "The Security Council", "Diplomats",
		"The central bank", "Analysts at the institute", "The delegation", "Lawmakers"}
	verbs := []string{"met with", "spoke to", "criticised", "signed an agreement with", "held talks with",
		"warned", "welcomed", "rejected a proposal from", "called on", "visited"}
	others := []string{"their counterparts in Beijing", "the Japanese government", "NATO allies",
		"the United Nations", "Iranian negotiators", "the African Union", "Gulf states",
		"the International Monetary Fund", "Ukrainian officials", "a delegation from Seoul"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	year := func() string { return strconv.Itoa(1990 + r.IntN(35)) }
	num := func() string { return strconv.Itoa(1 + r.IntN(30)) }
	dates := []func() string{
		func() string { return "on " + pick(days) },
		func() string { return "on " + pick(months) + " " + num() + ", " + year() },
		func() string { return "in " + pick(months) + " " + year() },
		func() string { return "in " + year() },
		func() string { return "last " + pick([]string{"week", "month", "year"}) },
		func() string { return "earlier this " + pick([]string{"week", "month", "year"}) },
		func() string { return num() + " " + pick([]string{"days", "weeks", "years"}) + " ago" },
		func() string { return "yesterday" },
		func() string { return "on " + num() + " " + pick(months[:12]) },
		func() string { return "in the " + pick([]string{"1990s", "first quarter", "third quarter", "summer"}) },
		func() string {
			return "for " + pick([]string{"three", "two", "five", "several"}) + " " + pick([]string{"hours", "days", "months", "years"})
		},
		func() string { return pick(days) + " " + pick([]string{"morning", "night", "evening"}) },
		func() string { return "by " + pick(months[:12]) },
		func() string { return "at 3 p.m." },
		func() string { return "on 2022-08-0" + strconv.Itoa(1+r.IntN(9)) },
	}
	fillers := []string{
		"The talks focused on trade, security and the future of the region.",
		"Both sides described the meeting as candid and constructive.",
		"The ministry said 2,000 troops and 150 armoured vehicles would remain in the area.",
		"Shares of the company rose $6.25 to $48.50 a share in heavy trading.",
		"Resolution 2231 of the Security Council endorsed the nuclear deal.",
		"The air force operates F-16 and F-35 fighters from the base.",
		"About 1.5 million people live in the city, most of them in the old quarter.",
		"Officials declined to comment on the report, citing the sensitivity of the negotiations.",
		"The agreement covers energy, agriculture and the exchange of students.",
		"Protesters gathered outside the embassy, chanting slogans and waving flags.",
		"The statement did not say whether the sanctions would be lifted.",
		"Flight 2022 from Doha landed safely, the airline said.",
		"Exports fell 4.3 percent, while imports rose by 12 percent.",
		"He said the two countries may also expand cooperation on climate change.",
		"The envoy sat down with opposition leaders in the capital.",
	}
	var b strings.Builder
	b.Grow(size + 1024)
	for b.Len() < size {
		for s := 0; s < 3+r.IntN(4); s++ {
			switch r.IntN(5) {
			case 0, 1, 2:
				b.WriteString(pick(fillers))
			default:
				b.WriteString(pick(actors) + " " + pick(verbs) + " " + pick(others) + " " + dates[r.IntN(len(dates))]() + ", " +
					pick([]string{"according to a statement.", "the agency reported.", "officials said.", "in a rare show of unity."}))
			}
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkFind measures Find on 4 MB of generated news text; b.SetBytes
// makes "go test -bench" report MB/s.
func BenchmarkFind(b *testing.B) {
	text := newsCorpus(4 << 20)
	var f Finder
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		n = len(f.Find(text, ref))
	}
	// MB per CPU second: the throughput of one core, however busy the
	// machine is with other work while the benchmark runs.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)*float64(len(text))/1e6/cpu.Seconds(), "MB/cpu-s")
	}
	b.ReportMetric(float64(n)/float64(len(text))*1e6, "timexes/MB")
}

// BenchmarkFindTE3 measures Find on the texts of a TempEval JSONL corpus,
// real newswire, when DATES_TE3 names one (it is not part of the
// repository): DATES_TE3=../shared/corpora/te3/tbaq.jsonl go test -bench FindTE3.
func BenchmarkFindTE3(b *testing.B) {
	path := os.Getenv("DATES_TE3")
	if path == "" {
		b.Skip("set DATES_TE3 to a TempEval JSONL file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	size := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			docs = append(docs, d.Text)
			size += len(d.Text)
		}
	}
	var f Finder
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			f.Find(d, ref)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)*float64(size)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
