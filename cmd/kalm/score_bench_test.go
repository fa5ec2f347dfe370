package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"kalm/scoring"

	"github.com/stretchr/testify/require"
)

// BenchmarkScoreJSONL measures `kalm score --jsonl` per line on the
// real and written corpus replies (target: ≤ 20 µs per line, that is
// ≥ 50,000 lines per second on one core).
func BenchmarkScoreJSONL(b *testing.B) {
	var lines []byte
	n := 0
	for _, name := range []string{"../../corpus/real.jsonl", "../../corpus/written.jsonl"} {
		f, err := os.Open(name)
		require.NoError(b, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var item struct {
				ID   string `json:"id"`
				Lang string `json:"lang"`
				Text string `json:"text"`
			}
			require.NoError(b, json.Unmarshal(sc.Bytes(), &item))
			line, err := json.Marshal(item)
			require.NoError(b, err)
			lines = append(append(lines, line...), '\n')
			n++
		}
		require.NoError(b, f.Close())
	}
	s := scoring.New(scoring.Vocabulary{})
	b.ReportAllocs()
	b.SetBytes(int64(len(lines)))
	for b.Loop() {
		if code := scoreJSONL(s, scoring.Auto, bytes.NewReader(lines), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1000, "µs/line")
}
