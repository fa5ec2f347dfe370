package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/scenarios"
)

func needDisplay(tb testing.TB) {
	tb.Helper()
	if !haveDisplay {
		tb.Skip("needs a display: run under xvfb-run -a (drawing needs a running Ebiten game)")
	}
}

func testGameState(tb testing.TB, lang string, start func(a *flow.App, s *scenarios.Scenario) flow.Screen) *Game {
	tb.Helper()
	p, err := scenarios.Builtin()
	require.NoError(tb, err)
	return testGameWith(tb, p, lang, start)
}

func testGameWith(tb testing.TB, p *scenarios.Pack, lang string, start func(a *flow.App, s *scenarios.Scenario) flow.Screen) *Game {
	tb.Helper()
	g, err := New(Options{
		Flow:  flow.Config{Pack: p, Lang: lang},
		Start: func(a *flow.App) flow.Screen { return start(a, p.Scenario("fur-elise")) },
	})
	require.NoError(tb, err)
	return g
}

// BenchmarkFrame measures one frame of the call screen (Update with a
// keystroke, then Draw on an offscreen image) with a 30-turn transcript.
func BenchmarkFrame(b *testing.B) {
	needDisplay(b)
	g := testGameState(b, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		c, err := flowdemo.LongCall(a, s, 30)
		require.NoError(b, err)
		return c
	})
	dst := ebiten.NewImage(1280, 800)
	keys := []rune("I understand, I'm sorry. ")
	b.ReportAllocs()
	i := 0
	var flush time.Duration
	for b.Loop() {
		g.Step(flow.Input{Runes: keys[i%len(keys) : i%len(keys)+1], DT: 16 * time.Millisecond})
		g.DrawTo(dst)
		// The frame's end hands the drawing to the GPU (software
		// OpenGL under Xvfb): timed apart, it is not our CPU work.
		b.StopTimer()
		t := time.Now()
		_ = dst.At(0, 0)
		flush += time.Since(t)
		b.StartTimer()
		i++
	}
	b.ReportMetric(float64(flush.Milliseconds())/float64(max(i, 1)), "flush-ms/op")
}
