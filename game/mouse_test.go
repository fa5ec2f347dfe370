package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/scenarios"
)

// click draws the game's frame and clicks the clickable thing showing
// label (the first, where others show it too), as the mouse would.
func click(t *testing.T, g *Game, label string) {
	t.Helper()
	r := g.record(ebiten.NewImage(1280, 800))
	for _, b := range r.texts {
		if b.s != label {
			continue
		}
		if i := g.ms.at(g.hits, (b.x0+b.x1)/2, (b.y0+b.y1)/2); i >= 0 {
			g.Step(g.hits[i].act())
			return
		}
	}
	require.Failf(t, "no clickable text", "%q: %v", label, joined(r))
}

// TestAWholeCallWithTheMouse clicks from the title through a call (the
// reply is typed) to the debrief and back to the calls.
func TestAWholeCallWithTheMouse(t *testing.T) {
	g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen { return &flow.Title{} })
	a := g.App()
	click(t, g, "‹ English ›")
	assert.Equal(t, "nl", a.Lang, "a click on the language changes it")
	click(t, g, "‹ Nederlands ›")
	click(t, g, a.T("start")+" →")
	pk, ok := g.Screen().(*flow.Picker)
	require.True(t, ok, "Start opens the calls")
	second := a.Scenarios()[1].Title.Get("en")
	click(t, g, second)
	assert.Equal(t, 1, pk.Sel, "a click selects a call")
	click(t, g, a.Scenarios()[0].Title.Get("en"))
	require.Equal(t, 0, pk.Sel)
	click(t, g, a.T("btn.call"))
	require.IsType(t, &flow.Hold{}, g.Screen())
	click(t, g, a.T("btn.pickup"))
	c, ok := g.Screen().(*flow.Call)
	require.True(t, ok, "Pick up starts the call")
	g.Step(flow.Input{DT: 200 * time.Millisecond})
	for c.Speaking() {
		g.Step(flow.Input{DT: 250 * time.Millisecond})
	}
	g.Step(flow.Input{Runes: []rune("I understand how annoying this is, I'm sorry.")})
	click(t, g, a.T("btn.send"))
	require.Len(t, c.Conv.Turns(), 1, "Send sends the reply")
	click(t, g, a.T("notes.empty"))
	assert.True(t, c.NotesFocus, "a click on the notes types there")
	click(t, g, a.T("btn.hangup"))
	require.True(t, c.Confirm, "Hang up asks first")
	click(t, g, a.T("btn.resume"))
	require.False(t, c.Confirm)
	require.Same(t, c, g.Screen())
	click(t, g, a.T("btn.hangup"))
	click(t, g, a.T("btn.hangup"))
	d, ok := g.Screen().(*flow.Debrief)
	require.True(t, ok, "the second Hang up hangs up")
	click(t, g, a.T("btn.other"))
	assert.IsType(t, &flow.Picker{}, g.Screen())
	_ = d
}

func TestDebriefTabsAndButtonsClick(t *testing.T) {
	var d *flow.Debrief
	g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		scr, err := flowdemo.Screen(a, s, "debrief")
		require.NoError(t, err)
		d = scr.(*flow.Debrief)
		return d
	})
	require.Greater(t, len(d.Res.Turns), 2)
	click(t, g, "3")
	assert.Equal(t, 2, d.Sel, "a click on a turn's tab selects it")
	click(t, g, "Turn 1")
	assert.Equal(t, 0, d.Sel)
	click(t, g, g.App().T("btn.retry"))
	assert.IsType(t, &flow.Call{}, g.Screen(), "Retry starts the call again")
}

func TestMovesAndHits(t *testing.T) {
	tests := []struct {
		at, to int
		want   []flow.Key
	}{
		{0, 2, []flow.Key{flow.KeyDown, flow.KeyDown}},
		{3, 1, []flow.Key{flow.KeyUp, flow.KeyUp}},
		{1, 1, nil},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, moves(tc.at, tc.to, flow.KeyUp, flow.KeyDown))
	}
	hits := []hit{
		{x0: 0, y0: 0, x1: 100, y1: 100, scroll: true},
		{x0: 10, y0: 10, x1: 20, y1: 20, act: func() flow.Input { return keys(flow.KeyEnter) }},
	}
	var ms mouse
	assert.Equal(t, 1, ms.at(hits, 15, 15))
	assert.Equal(t, -1, ms.at(hits, 50, 50), "a scroll area is not clicked")
	assert.Equal(t, 0, ms.scrollAt(hits, 50, 50))
	assert.Equal(t, -1, ms.scrollAt(hits, 150, 50))
}

// TestWheelAndDragScrollTheAreaUnderTheMouse: the wheel scrolls the
// area under the mouse (the screen's main one elsewhere), dragging its
// content scrolls it a step per step pixels, a click acts, and moving
// onto another button asks for the hover to be drawn.
func TestWheelAndDragScrollTheAreaUnderTheMouse(t *testing.T) {
	up, down := flow.Press{Key: flow.KeyPageUp, Shift: true}, flow.Press{Key: flow.KeyPageDown, Shift: true}
	hits := []hit{
		{x0: 0, y0: 0, x1: 100, y1: 100, scroll: true, up: up, down: down},
		{x0: 200, y0: 0, x1: 260, y1: 30, act: func() flow.Input { return keys(flow.KeyEnter) }},
	}
	tests := []struct {
		name  string
		ticks []pointer
		want  []flow.Press
		hover bool
	}{
		{"the wheel over the area", []pointer{{x: 50, y: 50, wheel: -1}}, []flow.Press{down}, false},
		{"the wheel elsewhere", []pointer{{x: 150, y: 50, wheel: 1}}, []flow.Press{{Key: flow.KeyPageUp}}, false},
		{"dragging the content up", []pointer{{x: 50, y: 90, clicked: true, down: true}, {x: 50, y: 60, down: true}, {x: 50, y: 35, down: true}}, []flow.Press{down, down}, false},
		{"dragging it down", []pointer{{x: 50, y: 10, clicked: true, down: true}, {x: 50, y: 35, down: true}}, []flow.Press{up}, false},
		{"a drag ends with the button", []pointer{{x: 50, y: 90, clicked: true, down: true}, {x: 50, y: 80}, {x: 50, y: 10}}, nil, false},
		{"a click on a button", []pointer{{x: 210, y: 10, clicked: true, down: true}}, []flow.Press{{Key: flow.KeyEnter}}, true},
		{"onto a button", []pointer{{x: 210, y: 10}}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := mouse{x: -1, y: -1, over: -1, drag: -1}
			var in flow.Input
			hover := false
			for _, pt := range tc.ticks {
				hover = ms.apply(pt, hits, 20, &in) || hover
			}
			assert.Equal(t, tc.want, in.Presses)
			assert.Equal(t, tc.hover, hover)
		})
	}
}
