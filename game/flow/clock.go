package flow

import "time"

// Ticker is a screen that shows a clock: the game draws the clock again
// when Tick changes, and only the clock when nothing else changed.
type Ticker interface {
	Tick() int
}

// Line states a call shows in its phone frame: catalogue keys.
const (
	StateOnHold    = "state.hold"
	StateConnected = "state.connected"
	StateSpeaking  = "state.speaking"
	StateEnded     = "state.ended"
)

// Talked returns how long the call has run: each reply's time since
// the customer began the lines it answered, and the time since the last
// lines began. Once the call has ended it stops when the customer has
// said their last words.
func (c *Call) Talked() time.Duration {
	ms := 0
	for _, t := range c.Conv.Turns() {
		ms += t.ElapsedMS
	}
	now := c.ClockMS
	if c.Conv.Ended() {
		now = min(now, c.Conv.SpeakMS())
	}
	return time.Duration(ms+max(now, 0)) * time.Millisecond
}

// TimerStep is how often a still call's timer is drawn again. Each drawn
// frame costs Ebiten's showing of it (about 50-75 ms of CPU with
// software rendering), so a still call ticks in steps to stay under 5%
// CPU; whenever the frame is drawn for another reason (the customer
// speaking, typing, the mouse) the timer shows the exact second.
const TimerStep = 5 * time.Second

// Tick is the call timer's step: it changes every TimerStep while the
// call runs and stops when it has ended.
func (c *Call) Tick() int { return int(c.Talked() / TimerStep) }

// State returns the phone frame's state of the line (a catalogue key):
// the customer speaking, connected, or the call ended.
func (c *Call) State() string {
	switch {
	case c.Conv.Ended():
		return StateEnded
	case c.Speaking():
		return StateSpeaking
	}
	return StateConnected
}

// State returns the hold's state of the line: on hold.
func (h *Hold) State() string { return StateOnHold }
