package flow

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCallTimerRunsUntilTheCallEnds: the call's timer counts the time
// since picking up, ticks every TimerStep, and the line's state follows
// the customer speaking and the call ending.
func TestCallTimerRunsUntilTheCallEnds(t *testing.T) {
	a, _, _ := newApp(t, false)
	c, ok := NewCall(a, a.Scenarios()[0], nil).(*Call)
	require.True(t, ok)
	p := &player{t: t, a: a, s: c}
	assert.Equal(t, time.Duration(0), c.Talked())
	assert.Equal(t, StateSpeaking, c.State(), "the customer opens")
	p.wait(1500 * time.Millisecond)
	assert.Equal(t, 1500*time.Millisecond, c.Talked())
	assert.Equal(t, 0, c.Tick(), "the timer is drawn again in steps")
	p.wait(TimerStep - 1500*time.Millisecond)
	assert.Equal(t, 1, c.Tick())
	p.waitCustomer()
	assert.Equal(t, StateConnected, c.State(), "the customer has finished")
	before := c.Talked()
	p.typ("I understand, I'm sorry.")
	p.key(KeyEnter)
	require.Len(t, c.Conv.Turns(), 1)
	assert.Equal(t, before, c.Talked(), "sending keeps the time so far")
	p.wait(2 * time.Second)
	assert.Equal(t, before+2*time.Second, c.Talked())

	// Once ended, the timer stops when the last words are said.
	for i := 0; i < 30 && !c.Conv.Ended(); i++ {
		p.waitCustomer()
		p.typ("That is your contract, I can't help you.")
		p.key(KeyEnter)
	}
	require.True(t, c.Conv.Ended())
	p.waitCustomer()
	end := c.Tick()
	p.wait(5 * time.Second)
	assert.Equal(t, end, c.Tick(), "the timer stopped")
	assert.Equal(t, StateEnded, c.State())
	assert.Equal(t, StateOnHold, (&Hold{}).State())
}
