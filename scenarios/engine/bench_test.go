package engine

import (
	"testing"

	"kalm/scoring"
)

// BenchmarkTurn measures one engine turn with the real scorer: scoring
// the reply, the mood, the facts and the transition.
func BenchmarkTurn(b *testing.B) {
	s := furElise(b)
	opt := Options{Scorer: scoring.New(s.Vocabulary.Scoring())}
	replies := seedScript["nl"]
	c, err := Start(s, "nl", opt)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if c.Ended() {
			b.StopTimer()
			c, _ = Start(s, "nl", opt)
			b.StartTimer()
		}
		if _, err := c.Reply(replies[i%len(replies)], 30000); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkReplay measures a whole four-reply run, as a leaderboard
// server re-plays a submitted transcript.
func BenchmarkReplay(b *testing.B) {
	s := furElise(b)
	opt := Options{Scorer: scoring.New(s.Vocabulary.Scoring())}
	rs := script(seedScript["en"])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Replay(s, "en", rs, opt); err != nil {
			b.Fatal(err)
		}
	}
}
