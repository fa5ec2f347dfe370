package server

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scoring"
)

// BenchmarkRejudge measures how fast a server starting with a new scorer
// re-judges stored calls: per op, 1,000 six-reply fur-elise calls an
// older scorer judged are re-played through the engine and stored again
// in SQLite (what serve does before it listens).
func BenchmarkRejudge(b *testing.B) {
	ctx := context.Background()
	pack, err := scenarios.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	st, err := store.OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"), false)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	packs, err := NewPackSet(pack, st)
	if err != nil {
		b.Fatal(err)
	}
	team, err := st.AddTeam(ctx, "A", "CODE-A", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	pl, err := st.Join(ctx, team.ID, "Ann", "h-ann", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	req := api.ResultRequest{Scenario: "fur-elise", Lang: "en"}
	for _, t := range []string{"I'm so sorry, twenty minutes on hold is awful.", "So the internet has been down all morning and you work from home, right?",
		"Could you tell me what the lights on the router are doing?", "I'll send an engineer and call you back at three this afternoon.",
		"Does that work for you?", "Thanks for your patience, I'll be in touch at three."} {
		req.Replies = append(req.Replies, api.Reply{Text: t})
	}
	transcript, err := json.Marshal(req)
	if err != nil {
		b.Fatal(err)
	}
	const calls = 1000
	judge := store.Judge{Scorer: scoring.Version, Before: scoring.VersionBefore}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		batch := make([]*store.Result, calls)
		for i := range batch {
			batch[i] = &store.Result{PlayerID: pl.ID, TeamID: team.ID, Scenario: "fur-elise", Lang: "en", Score: 90, Outcome: "resolved",
				Turns: 6, At: time.Now(), Transcript: transcript, Scorer: "2026.01.01-1"}
		}
		if err := st.AddResults(ctx, batch); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		done, err := st.(store.Rescorer).Rescore(ctx, Replayer(packs), judge)
		if err != nil || done.Rescored != calls {
			b.Fatalf("re-judged %+v, %v", done, err)
		}
	}
	b.ReportMetric(float64(b.N*calls)/b.Elapsed().Seconds(), "calls/s")
}
