package flow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios/engine"
)

// TestInterruptingCutsTheLine: a reply sent while the customer speaks
// cuts their line where it was (it ends in CutMark), leaves the lines
// not begun unsaid, and the engine counts the interruption; a reply
// after they finished cuts nothing.
func TestInterruptingCutsTheLine(t *testing.T) {
	tests := []struct {
		name  string
		wait  func(c *Call) time.Duration
		cut   bool
		event bool
		kept  int // opening lines kept; -1: all
	}{
		{"halfway through the first line", func(c *Call) time.Duration {
			return time.Duration(c.Log[0].SpeakMS/2) * time.Millisecond
		}, true, true, 1},
		{"after the customer finished", func(c *Call) time.Duration {
			return time.Duration(c.Conv.SpeakMS()+100) * time.Millisecond
		}, false, false, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, _ := newApp(t, false)
			c, ok := NewCall(a, a.Scenarios()[0], nil).(*Call)
			require.True(t, ok)
			require.Greater(t, len(c.Log), 1, "the opening has more than one line")
			lines := len(c.Log)
			first := c.Log[0].Text
			p := &player{t: t, a: a, s: c}
			p.wait(tc.wait(c))
			if tc.cut {
				assert.True(t, c.Saying(0), "the first line is being said")
				assert.True(t, c.Speaking())
			}
			p.typ("I understand, I'm sorry.")
			p.key(KeyEnter)
			require.Len(t, c.Conv.Turns(), 1)
			shown := c.Shown(0)
			if tc.cut {
				assert.True(t, c.Log[0].Cut)
				assert.True(t, strings.HasSuffix(shown, CutMark), "the cut line ends in a dash: %q", shown)
				said := strings.TrimSuffix(shown, CutMark)
				assert.True(t, strings.HasPrefix(first, said), "what was said of it")
				assert.Less(t, len(said), len(first))
				assert.Equal(t, tc.kept, len(c.Log)-1-len(c.Conv.Lines()), "the lines not begun are unsaid")
			} else {
				assert.Equal(t, first, shown)
				assert.False(t, c.Log[0].Cut)
				assert.Equal(t, lines, len(c.Log)-1-len(c.Conv.Lines()), "every line was said")
			}
			interrupted := false
			for _, e := range c.Conv.Turns()[0].Events {
				interrupted = interrupted || e.Kind == engine.EventInterrupted
			}
			assert.Equal(t, tc.event, interrupted, "the engine saw the interruption")
		})
	}
}
