package flow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// editedPack returns the built-in pack with fur-elise's "heard" node
// saying other words, as a trainer's edit would.
func editedPack(t *testing.T, say string) *scenarios.Pack {
	t.Helper()
	p := builtinPack(t)
	s := p.Scenario("fur-elise")
	n := s.Node("heard")
	require.NotNil(t, n)
	n.Say = scenarios.Lines{EN: scenarios.Strings{say}, NL: scenarios.Strings{say}}
	return p
}

// TestWatchReloadsTheRunningCall: an edited pack that loads is used by
// the next turn of the running call, at its node; one that does not load
// shows its problems and changes nothing.
func TestWatchReloadsTheRunningCall(t *testing.T) {
	reloads := make(chan Reload, 1)
	a, _, _ := newApp(t, false)
	a.Cfg.Reloads = reloads
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenario("fur-elise"), nil)}
	p.waitCustomer()

	reloads <- Reload{Problems: []string{"fur-elise.yaml:12:3: a ':' inside a text needs quotes around the text"}}
	p.step(Input{})
	assert.Equal(t, []string{"fur-elise.yaml:12:3: a ':' inside a text needs quotes around the text"}, a.Overlay)

	reloads <- Reload{Pack: editedPack(t, "Right. Now we're talking, edited.")}
	p.step(Input{})
	assert.Empty(t, a.Overlay, "a good version clears the problems")
	c := p.s.(*Call)
	assert.Equal(t, "opening", c.Conv.Node(), "the call goes on where it was")
	p.typ("#empathy I understand")
	p.key(KeyEnter)
	require.NotNil(t, c.Last)
	var said []string
	for _, l := range c.Last.Lines {
		said = append(said, l.Text)
	}
	assert.Contains(t, strings.Join(said, " "), "edited", "the next turn uses the new text")
}
