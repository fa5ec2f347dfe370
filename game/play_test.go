package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// These tests play whole calls as a player would: with the mouse only
// (clicks on what the frame shows, through the game's mouse handling)
// and with the keyboard only (key taps through the game's Update).

// fakeClock is a clock the tests move on.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time                          { return c.t }
func (c *fakeClock) add(d time.Duration)                     { c.t = c.t.Add(d) }
func newClock() *fakeClock                                   { return &fakeClock{t: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)} }
func titleScreen(*flow.App, *scenarios.Scenario) flow.Screen { return &flow.Title{} }

// playGame returns a game on the title with the built-in pack, a clock
// and a scripted keyboard.
func playGame(t *testing.T, lang string) (*Game, *fakeClock, *tickKeys) {
	t.Helper()
	needDisplay(t)
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	clock := newClock()
	g, err := New(Options{
		Flow:  flow.Config{Pack: p, Lang: lang},
		Start: func(a *flow.App) flow.Screen { return titleScreen(a, nil) },
		Now:   clock.now,
	})
	require.NoError(t, err)
	kb := newTickKeys()
	g.keys.kb = kb
	return g, clock, kb
}

// clickOn draws the frame and clicks, through the mouse handling, the
// middle of the clickable text label: the mouse goes down and up again.
func clickOn(t *testing.T, g *Game, label string) {
	t.Helper()
	r := g.record(ebiten.NewImage(1280, 800))
	for _, b := range r.texts {
		if b.s != label {
			continue
		}
		x, y := (b.x0+b.x1)/2, (b.y0+b.y1)/2
		if g.ms.at(g.hits, x, y) < 0 {
			continue
		}
		var in flow.Input
		g.ms.apply(pointer{x: x, y: y, clicked: true, down: true}, g.hits, 20, &in)
		g.Step(in)
		var up flow.Input
		g.ms.apply(pointer{x: x, y: y}, g.hits, 20, &up)
		g.Step(up)
		return
	}
	require.Failf(t, "nothing to click", "%q on %T: %v", label, g.Screen(), joined(r))
}

// waitCustomer lets time pass until the customer has finished speaking.
func waitCustomer(t *testing.T, c *flow.Call, tick func()) {
	t.Helper()
	for i := 0; c.Speaking(); i++ {
		require.Less(t, i, 2000, "the customer never stops")
		tick()
	}
}

// TestAWholeCallToTheDebriefWithTheMouseOnly: title → picker → hold →
// pick up → (typed) replies sent by clicking Send until the call ends →
// the debrief, every step a click on what the frame shows; the sound
// button on the hold and call screens turns the sound off and on.
func TestAWholeCallToTheDebriefWithTheMouseOnly(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		t.Run(lang, func(t *testing.T) {
			g, _, _ := playGame(t, lang)
			a := g.App()
			clickOn(t, g, a.T("start")+" →")
			require.IsType(t, &flow.Picker{}, g.Screen(), "Start opens the calls")
			first := a.Scenarios()[0]
			clickOn(t, g, a.Scenarios()[1].Title.Get(lang))
			clickOn(t, g, first.Title.Get(lang))
			clickOn(t, g, a.T("btn.call"))
			require.IsType(t, &flow.Hold{}, g.Screen(), "Call puts the customer on hold")

			clickOn(t, g, a.SoundButton())
			assert.True(t, a.Muted, "the sound button on the hold mutes")
			clickOn(t, g, a.SoundButton())
			assert.False(t, a.Muted, "and turns the sound on again")
			clickOn(t, g, a.T("btn.pickup"))
			c, ok := g.Screen().(*flow.Call)
			require.True(t, ok, "Pick up starts the call")
			assert.Same(t, first, c.Scn)

			clickOn(t, g, a.SoundButton())
			assert.True(t, a.Muted, "the sound button on the call mutes")
			assert.Empty(t, c.Reply.Text, "and types nothing")
			sent := 0
			for !c.Conv.Ended() {
				require.Less(t, sent, 20, "the call never ends")
				waitCustomer(t, c, func() { g.Step(flow.Input{DT: 250 * time.Millisecond}) })
				g.Step(flow.Input{Runes: []rune(c.Conv.Model())}) // typing is fine
				clickOn(t, g, a.T("btn.send"))
				sent++
				require.Len(t, c.Conv.Turns(), sent, "Send sends the reply")
				require.Same(t, c, g.Screen())
			}
			clickOn(t, g, a.T("btn.debrief"))
			d, ok := g.Screen().(*flow.Debrief)
			require.True(t, ok, "the call ends in the debrief")
			assert.Len(t, d.Res.Turns, sent)
			assert.Equal(t, engine.Resolved, d.Res.Outcome, "the model answers resolve the call")
			assert.True(t, a.Muted, "the sound stays off")
		})
	}
}

// TestAWholeCallToTheDebriefWithTheKeyboardOnly: the same call played
// with key taps (each pressed and released within one frame) through the
// game's Update, the replies typed as the input method hands them over.
func TestAWholeCallToTheDebriefWithTheKeyboardOnly(t *testing.T) {
	g, clock, kb := playGame(t, "en")
	a := g.App()
	frame := func() {
		clock.add(100 * time.Millisecond)
		kb.next()
		require.NoError(t, g.Update())
	}
	tap := func(k ebiten.Key) {
		kb.press(k)
		kb.release(k)
		frame()
	}
	tap(ebiten.KeyEnter)
	require.IsType(t, &flow.Picker{}, g.Screen(), "Enter on the title opens the calls")
	tap(ebiten.KeyArrowDown)
	tap(ebiten.KeyArrowUp)
	tap(ebiten.KeyEnter)
	require.IsType(t, &flow.Hold{}, g.Screen())
	tap(ebiten.KeyEnter)
	c, ok := g.Screen().(*flow.Call)
	require.True(t, ok, "Enter picks up")
	assert.Same(t, a.Scenarios()[0], c.Scn)

	sent := 0
	for !c.Conv.Ended() {
		require.Less(t, sent, 20, "the call never ends")
		waitCustomer(t, c, frame)
		g.pending = []rune(c.Conv.Model()) // committed by the input method
		tap(ebiten.KeyEnter)
		sent++
		require.Len(t, c.Conv.Turns(), sent, "Enter sends the reply typed in the same frame")
	}
	waitCustomer(t, c, frame)
	tap(ebiten.KeyEnter)
	d, ok := g.Screen().(*flow.Debrief)
	require.True(t, ok, "Enter after the end opens the debrief")
	assert.Len(t, d.Res.Turns, sent)
	assert.Equal(t, engine.Resolved, d.Res.Outcome)
	tap(ebiten.KeyEnter)
	assert.IsType(t, &flow.Picker{}, g.Screen(), "Enter on the debrief: the next call")
}

// TestTheSoundButtonSaysWhenThereIsNoDevice: without a sound device the
// hold, call and team screens show the button saying so; a click changes
// nothing but the notice that explains it.
func TestTheSoundButtonSaysWhenThereIsNoDevice(t *testing.T) {
	screens := map[string]func(a *flow.App, s *scenarios.Scenario) flow.Screen{
		"hold": func(a *flow.App, s *scenarios.Scenario) flow.Screen { return flow.NewHold(a, s) },
		"call": func(a *flow.App, s *scenarios.Scenario) flow.Screen { return flow.NewCall(a, s, nil) },
		"team": func(a *flow.App, s *scenarios.Scenario) flow.Screen { return flow.NewSettings(a, &flow.Title{}) },
	}
	for name, start := range screens {
		for _, lang := range []string{"nl", "en"} {
			t.Run(name+"/"+lang, func(t *testing.T) {
				needDisplay(t)
				g := testGameState(t, lang, start)
				a := g.App()
				a.Cfg.NoSound = true
				label := a.T("btn.sound.none")
				clickOn(t, g, label)
				assert.False(t, a.SoundOn())
				assert.Equal(t, a.T("muted.nodevice"), a.Err, "the notice says why")
				r := g.record(ebiten.NewImage(1280, 800))
				assert.Contains(t, joined(r), label, "the button still says so")
			})
		}
	}
}
