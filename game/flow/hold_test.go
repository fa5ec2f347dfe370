package flow

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHoldKeys: on hold, Enter and Space pick up, the end of the wait
// picks up by itself, and Esc goes back to the calls with this one
// selected: never to a debrief, nothing was said.
func TestHoldKeys(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"Enter picks up", Input{Presses: []Press{{Key: KeyEnter}}}, "call"},
		{"Space picks up", Input{Runes: []rune{' '}}, "call"},
		{"the wait ends", Input{DT: time.Hour}, "call"},
		{"Esc goes back to the calls", Input{Presses: []Press{{Key: KeyEscape}}}, "picker"},
		{"Esc as the wait ends still goes back", Input{Presses: []Press{{Key: KeyEscape}}, DT: time.Hour}, "picker"},
		{"time passes", Input{DT: time.Second}, "hold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, st := newApp(t, false)
			sc := a.Scenarios()[2]
			h, ok := NewHold(a, sc).(*Hold)
			require.True(t, ok)
			next := Step(a, h, tc.in)
			switch tc.want {
			case "call":
				c, ok := next.(*Call)
				require.True(t, ok, "the call: %T", next)
				assert.Same(t, sc, c.Scn)
			case "picker":
				p, ok := next.(*Picker)
				require.True(t, ok, "the picker: %T", next)
				assert.Equal(t, 2, p.Sel, "the call waited on is selected")
				assert.Empty(t, st.runs, "nothing recorded")
			default:
				assert.Same(t, h, next)
			}
		})
	}
}

// TestHoldAngerRises: the longer the wait, the angrier the customer.
func TestHoldAngerRises(t *testing.T) {
	a, _, _ := newApp(t, false)
	h := NewHold(a, a.Scenarios()[0]).(*Hold)
	before := h.Anger(a)
	Step(a, h, Input{DT: 5 * time.Second})
	assert.Greater(t, h.Anger(a), before)
	assert.True(t, h.Animating(), "the timer runs")
	assert.Equal(t, StateOnHold, h.State())
}
