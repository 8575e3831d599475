package timeline

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// benchFile returns a timeline file of about size bytes, as Encode writes
// it, and its timeline.
func benchFile(b *testing.B, size int) ([]byte, *Timeline) {
	r := rand.New(rand.NewPCG(8, 9))
	tl := &Timeline{Title: "Benchmark"}
	var data []byte
	// Grow the timeline by half until it is large enough, then drop the
	// events beyond size.
	for len(data) < size {
		for range max(100, len(tl.Events)/2) {
			tl.Events = append(tl.Events, genEvent(r, true))
		}
		tl.AssignIDs()
		var buf bytes.Buffer
		if err := Encode(&buf, tl); err != nil {
			b.Fatal(err)
		}
		data = buf.Bytes()
	}
	keep := len(tl.Events) * size / len(data)
	tl.Events = tl.Events[:keep]
	var buf bytes.Buffer
	if err := Encode(&buf, tl); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes(), tl
}

func benchSizes(b *testing.B, f func(b *testing.B, data []byte, tl *Timeline)) {
	for _, s := range []struct {
		name string
		size int
	}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"8MB", MaxFileSize - 64<<10}} {
		b.Run(s.name, func(b *testing.B) {
			data, tl := benchFile(b, s.size)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			f(b, data, tl)
			b.ReportMetric(float64(len(tl.Events)), "events")
		})
	}
}

// BenchmarkParse measures loading and validating a file.
func BenchmarkParse(b *testing.B) {
	benchSizes(b, func(b *testing.B, data []byte, _ *Timeline) {
		for b.Loop() {
			if _, err := Parse("b.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFormat measures timeline fmt on a file.
func BenchmarkFormat(b *testing.B) {
	benchSizes(b, func(b *testing.B, data []byte, _ *Timeline) {
		for b.Loop() {
			if _, err := Format("b.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMerge measures extract --into's merge of 50 extracted events
// (half of them already in the file) into a file.
func BenchmarkMerge(b *testing.B) {
	benchSizes(b, func(b *testing.B, data []byte, tl *Timeline) {
		r := rand.New(rand.NewPCG(1, 1))
		x := &Timeline{}
		for i := range 50 {
			if i%2 == 0 {
				x.Events = append(x.Events, pick(r, tl.Events))
			} else {
				x.Events = append(x.Events, genEvent(r, false))
			}
		}
		for b.Loop() {
			doc, err := OpenDocument("b.yaml", data)
			if err != nil {
				b.Fatal(err)
			}
			Merge(doc, x)
			if _, err := doc.Bytes(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
