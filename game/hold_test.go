package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
)

// holdGame is a game on the hold screen of the first call.
func holdGame(t *testing.T) *Game {
	return testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		return flow.NewHold(a, s)
	})
}

// TestHoldPickUpButton: a click anywhere on the Pick up button picks
// up; a click beside it does not; Esc goes back to the calls.
func TestHoldPickUpButton(t *testing.T) {
	needDisplay(t)
	for _, sz := range [][2]int{{640, 480}, {800, 600}, {1280, 800}} {
		g := holdGame(t)
		r := g.record(ebiten.NewImage(sz[0], sz[1]))
		var label textBox
		for _, b := range r.texts {
			if b.s == g.App().T("btn.pickup") {
				label = b
			}
		}
		require.NotEmpty(t, label.s, "the Pick up button shows at %v", sz)
		i := g.ms.at(g.hits, (label.x0+label.x1)/2, (label.y0+label.y1)/2)
		require.GreaterOrEqual(t, i, 0, "the button is clickable")
		btn := g.hits[i]
		assert.Greater(t, btn.x1-btn.x0, 2*(label.x1-label.x0), "a large target at %v", sz)
		for _, at := range [][2]float64{{btn.x0 + 1, btn.y0 + 1}, {btn.x1 - 1, btn.y1 - 1}} {
			assert.Equal(t, i, g.ms.at(g.hits, at[0], at[1]), "its corners click too")
		}
		assert.Negative(t, g.ms.at(g.hits, btn.x0-5, (btn.y0+btn.y1)/2), "beside it nothing")
		var in flow.Input
		g.ms.apply(pointer{x: btn.x0 + 2, y: btn.y1 - 2, clicked: true, down: true}, g.hits, 10, &in)
		g.Step(in)
		assert.IsType(t, &flow.Call{}, g.Screen(), "a click picks up at %v", sz)
	}

	g := holdGame(t)
	g.Step(flow.Input{DT: 100 * time.Millisecond})
	g.Step(keys(flow.KeyEscape))
	assert.IsType(t, &flow.Picker{}, g.Screen(), "Esc goes back to the calls")
	g = holdGame(t)
	g.Step(keys(flow.KeyEnter))
	assert.IsType(t, &flow.Call{}, g.Screen(), "Enter picks up")
}

// TestHoldWaveformMoves: the music's bars move with the time on hold
// and stay within their box.
func TestHoldWaveformMoves(t *testing.T) {
	moved := false
	for i := 0; i < 8; i++ {
		a, b := waveAt(time.Second, i), waveAt(1300*time.Millisecond, i)
		assert.GreaterOrEqual(t, a, 0.2)
		assert.LessOrEqual(t, a, 1.0)
		moved = moved || a != b
	}
	assert.True(t, moved)
}
