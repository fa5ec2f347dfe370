package game

import (
	"image"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"kalm/game/flow"
)

// Redraw pacing: a screen that changes with time alone (the hold timer,
// the customer's lines streaming in) is drawn at most every animEvery;
// a still frame is shown again every presentEvery without being drawn,
// so a window uncovered without a compositor is repaired (it is drawn
// again at once when it gets the focus back). Each showing costs Ebiten
// a few frames' copy to the window: about 0.1 s of CPU with software
// rendering.
const (
	animEvery    = 50 * time.Millisecond
	presentEvery = 10 * time.Second
)

// Resting: once nothing but a call's clock has changed for restAfter (no
// input, no animation, no new frame key or window size), each frame
// waits restEvery, so Ebiten's loop runs about 20 times a second instead
// of 60. Each of its frames polls the window system and the graphics
// driver even when nothing is drawn: about 2% of a core at 60 frames a
// second with software rendering. Input is then seen at most restEvery
// late, and ends the rest.
const (
	restAfter = time.Second
	restEvery = 50 * time.Millisecond
)

// frameKey is what a frame shows besides the screen's own state, which
// only changes on input or with time: when the key changes, the frame is
// drawn again.
type frameKey struct {
	screen      flow.Screen
	lang        string
	big, exam   bool
	muted       bool
	volume      int
	name, err   string
	composition string
	joined      bool
	focused     bool
	waiting     int
	rejected    int
	sent        int
	problem     string
	overlay     string
	animating   bool
	// tick is a screen's clock step (flow.Ticker): a running call
	// timer is drawn again every flow.TimerStep, and only the timer.
	tick int
}

// frameKeyOf returns the frame key of the app and its screen, in a
// window that has the focus or not.
func frameKeyOf(a *flow.App, s flow.Screen, composition string, focused bool) frameKey {
	st := a.TeamStatus()
	k := frameKey{
		screen: s, lang: a.Lang, big: a.BigFont, exam: a.Exam, muted: a.Muted, volume: a.Volume, name: a.Name, err: a.Err,
		composition: composition, focused: focused, waiting: st.Waiting, rejected: st.Rejected, sent: st.Sent,
	}
	if st.Problem != nil {
		k.problem = st.Problem.Error()
	}
	_, k.joined = a.Membership()
	k.overlay = strings.Join(a.Overlay, "\n")
	k.animating = animating(s)
	if t, ok := s.(flow.Ticker); ok {
		k.tick = t.Tick()
	}
	return k
}

// animating reports whether a screen changes with time alone.
func animating(s flow.Screen) bool {
	an, ok := s.(flow.Animator)
	return ok && an.Animating()
}

// redraw decides which frames are drawn: the game draws a frame only
// when it would differ from the one on the screen.
type redraw struct {
	// dirty is set when the next frame must be drawn; ticked when only
	// its clock's step changed (see tickOnly).
	dirty, ticked bool
	key           frameKey
	// size is the size of the frame last drawn.
	size image.Point
	// drawn and presented are when a frame was last drawn and shown.
	drawn, presented time.Time
	// busy is when the frame last changed for more than its clock: input,
	// an animation, a new frame key or window size (see rest).
	busy time.Time
}

// newRedraw returns a redraw whose first frame is drawn.
func newRedraw() *redraw { return &redraw{dirty: true} }

// update notes one tick: input, a new frame key or a due animation
// frame make the next frame drawn.
func (r *redraw) update(k frameKey, input bool, now time.Time) {
	// A little early counts: ticks come every 16.7 ms, not on the dot.
	const early = 5 * time.Millisecond
	changed := k != r.key
	ticked := changed && onlyTicked(k, r.key)
	switch {
	case input || (k.animating && now.Sub(r.drawn) >= animEvery-early):
		r.dirty = true
	case ticked:
		r.ticked = true
	case changed:
		r.dirty = true
	}
	if input || k.animating || (changed && !ticked) {
		r.busy = now
	}
	r.key = k
}

// draw reports whether a frame of size must be drawn now.
func (r *redraw) draw(size image.Point) bool { return r.dirty || size != r.size }

// tickOnly reports whether only the clock of the frame on the screen
// must be drawn again: nothing else changed.
func (r *redraw) tickOnly(size image.Point) bool { return r.ticked && size == r.size }

// onlyTicked reports whether k differs from was in its clock alone.
func onlyTicked(k, was frameKey) bool {
	k.tick = was.tick
	return k == was
}

// didDraw notes a frame of size drawn (and so shown) at now.
func (r *redraw) didDraw(size image.Point, now time.Time) {
	if size != r.size {
		r.busy = now
	}
	r.dirty, r.ticked, r.size, r.drawn, r.presented = false, false, size, now, now
}

// rest returns how long to wait before the next frame: restEvery once
// the frame has been still (but for its clock) for restAfter and nothing
// is due to be drawn, else 0.
func (r *redraw) rest(now time.Time) time.Duration {
	if r.dirty || r.ticked || now.Sub(r.busy) < restAfter {
		return 0
	}
	return restEvery
}

// present reports whether a still frame should be shown again now; the
// caller touches the frame so that Ebiten shows it.
func (r *redraw) present(now time.Time) bool {
	if now.Sub(r.presented) < presentEvery {
		return false
	}
	r.presented = now
	return true
}

// touch marks dst as drawn without changing a pixel (the destination
// blend keeps what is there), so Ebiten shows the frame again.
func (s *sprites) touch(dst *ebiten.Image) {
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendDestination}
	dst.DrawImage(s.white, op)
}
