package game

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/scenarios"
)

// TestRedrawOnlyWhenTheFrameWouldDiffer: a still screen is drawn once;
// input, a changed frame key and a new window size draw it again, an
// animation at most every animEvery, and a still frame is only shown
// again (not drawn) every presentEvery.
func TestRedrawOnlyWhenTheFrameWouldDiffer(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	size := image.Pt(1280, 800)
	still := frameKey{lang: "en"}
	tests := []struct {
		name  string
		key   frameKey
		input bool
		after time.Duration
		size  image.Point
		want  bool
	}{
		{"a still frame", still, false, 16 * time.Millisecond, size, false},
		{"still, long after", still, false, time.Hour, size, false},
		{"a key press", still, true, 16 * time.Millisecond, size, true},
		{"an error notice", frameKey{lang: "en", err: "disk full"}, false, 16 * time.Millisecond, size, true},
		{"another language", frameKey{lang: "nl"}, false, 16 * time.Millisecond, size, true},
		{"a new window size", still, false, 16 * time.Millisecond, image.Pt(800, 600), true},
		{"an animation, too soon", frameKey{lang: "en", animating: true}, false, 16 * time.Millisecond, size, true}, // it just started: the key changed
		{"the focus back", frameKey{lang: "en", focused: true}, false, 16 * time.Millisecond, size, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRedraw()
			r.update(still, false, t0)
			require.True(t, r.draw(size), "the first frame is drawn")
			r.didDraw(size, t0)
			r.update(tc.key, tc.input, t0.Add(tc.after))
			assert.Equal(t, tc.want, r.draw(tc.size))
		})
	}
}

func TestRedrawPacesAnimationsAndShowsStillFramesAgain(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	size := image.Pt(800, 600)
	anim := frameKey{animating: true}
	r := newRedraw()
	r.update(anim, false, t0)
	r.didDraw(size, t0)
	drawn := 0
	for now := t0; now.Before(t0.Add(time.Second)); now = now.Add(time.Second / 60) {
		r.update(anim, false, now)
		if r.draw(size) {
			drawn++
			r.didDraw(size, now)
		}
	}
	assert.InDelta(t, int(time.Second/animEvery), drawn, 2, "an animation is drawn every %v", animEvery)

	r = newRedraw()
	r.update(frameKey{}, false, t0)
	r.didDraw(size, t0)
	assert.False(t, r.present(t0.Add(presentEvery/2)))
	assert.True(t, r.present(t0.Add(presentEvery)), "a still frame is shown again")
	assert.False(t, r.present(t0.Add(presentEvery+time.Second)), "once")
	assert.False(t, r.draw(size), "but not drawn")
}

func TestFrameKeyKnowsWhatAnimates(t *testing.T) {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	a, title := flow.New(flow.Config{Pack: p, Lang: "en"})
	assert.False(t, frameKeyOf(a, title, "", true).animating, "the title is still")
	hold := flow.NewHold(a, p.Scenario("fur-elise"))
	assert.True(t, frameKeyOf(a, hold, "", true).animating, "the hold timer runs")
	assert.NotEqual(t, frameKeyOf(a, title, "", true), frameKeyOf(a, title, "ü", true), "an input method's composition shows")
	a.Err = "disk full"
	assert.Equal(t, "disk full", frameKeyOf(a, title, "", true).err)
}

// TestACallTimerRedrawsInSteps: a still call's timer is drawn again
// only when its step changes, and then alone (not the whole frame).
func TestACallTimerRedrawsInSteps(t *testing.T) {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	a, _ := flow.New(flow.Config{Pack: p, Lang: "en"})
	scr, err := flowdemo.Screen(a, p.Scenario("fur-elise"), "call")
	require.NoError(t, err)
	c := scr.(*flow.Call)
	require.False(t, c.Speaking())
	step := int(flow.TimerStep / time.Millisecond)
	c.ClockMS += step - int(c.Talked()/time.Millisecond)%step // on a step
	k := frameKeyOf(a, c, "", true)
	c.ClockMS += step - 100
	assert.Equal(t, k, frameKeyOf(a, c, "", true), "within the step: nothing to draw")
	c.ClockMS += 100
	next := frameKeyOf(a, c, "", true)
	assert.NotEqual(t, k, next, "the next step is drawn")

	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	size := image.Pt(800, 600)
	r := newRedraw()
	r.update(k, false, t0)
	r.didDraw(size, t0)
	r.update(next, false, t0.Add(flow.TimerStep))
	assert.False(t, r.draw(size), "not the whole frame")
	assert.True(t, r.tickOnly(size), "only the timer")
	r.didDraw(size, t0.Add(flow.TimerStep))
	assert.False(t, r.tickOnly(size), "once")
	next.err = "disk full"
	r.update(next, false, t0.Add(2*flow.TimerStep))
	assert.True(t, r.draw(size), "another change draws the whole frame")
}

// TestATickDrawsOnlyTheTimer: the timer's step redraws the timer's area
// of the frame, with the call's time, and leaves the rest as it was.
func TestATickDrawsOnlyTheTimer(t *testing.T) {
	needDisplay(t)
	var c *flow.Call
	g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		scr, err := flowdemo.Screen(a, s, "call")
		require.NoError(t, err)
		c = scr.(*flow.Call)
		return c
	})
	dst := ebiten.NewImage(800, 600)
	g.DrawTo(dst)
	require.True(t, g.tick.ok, "the call's frame notes its timer")
	before := make([]byte, 4*800*600)
	dst.ReadPixels(before)
	c.ClockMS += 61000
	require.True(t, g.drawTick(dst))
	after := make([]byte, 4*800*600)
	dst.ReadPixels(after)
	changed := image.Rectangle{}
	for y := 0; y < 600; y++ {
		for x := 0; x < 800; x++ {
			i := 4 * (y*800 + x)
			if string(before[i:i+4]) != string(after[i:i+4]) {
				changed = changed.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	require.False(t, changed.Empty(), "the timer changed")
	area := image.Rect(int(g.tick.x0), int(g.tick.y), int(g.tick.right)+1, int(g.tick.y+g.tick.h)+1)
	assert.True(t, changed.In(area), "only the timer's area changed: %v in %v", changed, area)
	g.screen = &flow.Title{}
	assert.False(t, g.drawTick(dst), "no timer: the whole frame is drawn")
}

// TestRedrawRestsWhenStill: a frame still for restAfter rests (each
// frame waits restEvery), also while a call's clock steps; input, an
// animation, a new frame key or window size end the rest.
func TestRedrawRestsWhenStill(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	size := image.Pt(1280, 800)
	still := frameKey{lang: "en"}
	tests := []struct {
		name  string
		key   frameKey
		input bool
		size  image.Point
		want  time.Duration
	}{
		{"still", still, false, size, restEvery},
		{"the call clock's step", frameKey{lang: "en", tick: 1}, false, size, restEvery},
		{"a key press", still, true, size, 0},
		{"an error notice", frameKey{lang: "en", err: "disk full"}, false, size, 0},
		{"an animation", frameKey{lang: "en", animating: true}, false, size, 0},
		{"a new window size", still, false, image.Pt(800, 600), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRedraw()
			r.update(still, false, t0)
			r.didDraw(size, t0)
			assert.Zero(t, r.rest(t0.Add(restAfter/2)), "just drawn")
			assert.Equal(t, restEvery, r.rest(t0.Add(restAfter)), "still for restAfter")
			now := t0.Add(2 * restAfter)
			r.update(tc.key, tc.input, now)
			if r.draw(tc.size) || r.tickOnly(tc.size) {
				r.didDraw(tc.size, now)
			}
			now = now.Add(time.Second / 60)
			r.update(tc.key, false, now)
			assert.Equal(t, tc.want, r.rest(now))
		})
	}
}

// TestAStillGameRests: once the title has been still for restAfter, each
// frame of the game waits restEvery; a key press ends the rest at once.
func TestAStillGameRests(t *testing.T) {
	needDisplay(t)
	g := testGameState(t, "en", func(*flow.App, *scenarios.Scenario) flow.Screen { return &flow.Title{} })
	kb := newTickKeys()
	g.keys.kb = kb
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	now := t0
	g.opt.Now = func() time.Time { return now }
	g.last = now
	var slept time.Duration
	g.sleep = func(d time.Duration) { slept += d }
	dst := ebiten.NewImage(800, 600)
	// frame runs one frame 1/60 s after the last one and returns how long
	// it waited.
	frame := func() time.Duration {
		slept = 0
		now = now.Add(time.Second / 60)
		kb.next()
		require.NoError(t, g.Update())
		g.Draw(dst)
		return slept
	}
	for now.Before(t0.Add(restAfter - 100*time.Millisecond)) {
		require.Zero(t, frame(), "not still for long enough, at %v", now.Sub(t0))
	}
	for now.Before(t0.Add(restAfter + 100*time.Millisecond)) {
		frame()
	}
	assert.Equal(t, restEvery, frame(), "still: the frame waits")
	kb.press(ebiten.KeyDown)
	kb.release(ebiten.KeyDown)
	assert.Zero(t, frame(), "a key press ends the rest")
	assert.Zero(t, frame(), "the next frame does not wait either")
}
