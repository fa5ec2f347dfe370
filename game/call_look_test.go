package game

import (
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
)

// TestCallShowsSpeakingAndTheCut: while the customer speaks the phone
// frame says so and their line types out (ending in "…"); a reply sent
// then cuts the line, which ends in a dash in the transcript; the frame
// shows the name and the timer throughout.
func TestCallShowsSpeakingAndTheCut(t *testing.T) {
	needDisplay(t)
	var c *flow.Call
	g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		c = flow.NewCall(a, s, nil).(*flow.Call)
		return c
	})
	a := g.App()
	texts := func() []string {
		var out []string
		for _, b := range g.record(ebiten.NewImage(800, 600)).texts {
			out = append(out, b.s)
		}
		return out
	}
	ends := func(ts []string, suffix string) bool {
		for _, s := range ts {
			if strings.HasSuffix(s, suffix) {
				return true
			}
		}
		return false
	}
	g.Step(flow.Input{DT: time.Duration(c.Log[0].SpeakMS/2) * time.Millisecond})
	ts := texts()
	assert.Contains(t, ts, c.Scn.Customer.Name)
	assert.Contains(t, ts, a.T(flow.StateSpeaking))
	assert.True(t, ends(ts, "…"), "the line types out: %q", ts)
	assert.Contains(t, ts, mmss(c.Talked()))

	g.Step(flow.Input{Runes: []rune("I understand.")})
	g.Step(keys(flow.KeyEnter))
	require.Len(t, c.Conv.Turns(), 1)
	require.True(t, c.Log[0].Cut)
	g.Step(flow.Input{DT: 100 * time.Millisecond})
	ts = texts()
	assert.True(t, ends(ts, flow.CutMark), "the cut line ends in a dash: %q", ts)
}
