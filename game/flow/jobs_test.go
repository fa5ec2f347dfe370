package flow

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSavingRunsOffTheGameGoroutine: with a Background, finishing a call
// shows the debrief at once and does no disk work itself; the save runs
// as a job, and what it did shows at the next step.
func TestSavingRunsOffTheGameGoroutine(t *testing.T) {
	a, _, st := newApp(t, false)
	var queued []func()
	a.Cfg.Background = func(job func()) { queued = append(queued, job) }
	st.err = errors.New("disk full")
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	p.resolveToDebrief()
	assert.Empty(t, st.runs, "nothing saved on the game's goroutine")
	assert.Empty(t, a.Err)
	require.Len(t, queued, 1)

	queued[0]() // the worker runs the save
	assert.Len(t, st.runs, 0, "the store refused it")
	assert.Empty(t, a.Err, "its outcome waits for the game's goroutine")
	p.step(Input{})
	assert.Contains(t, a.Err, "disk full")
}
