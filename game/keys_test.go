package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
)

// tickKeys is a scripted keyboard that follows Ebiten's rules: a key
// event is stamped with the tick it is read in (the next one), a key is
// just pressed in the tick its last press was stamped with, and its
// press duration is 0 once a release came after that press.
type tickKeys struct {
	tick              int
	pressed, released map[ebiten.Key]int
}

func newTickKeys() *tickKeys {
	return &tickKeys{tick: 1, pressed: map[ebiten.Key]int{}, released: map[ebiten.Key]int{}}
}

// press and release happen between this tick and the next.
func (k *tickKeys) press(key ebiten.Key)   { k.pressed[key] = k.tick + 1 }
func (k *tickKeys) release(key ebiten.Key) { k.released[key] = k.tick + 1 }
func (k *tickKeys) next()                  { k.tick++ }

func (k *tickKeys) justPressed(key ebiten.Key) bool { return k.pressed[key] == k.tick }

func (k *tickKeys) held(key ebiten.Key) int {
	p, ok := k.pressed[key]
	if !ok || p > k.tick || k.released[key] >= p && k.released[key] <= k.tick {
		return 0
	}
	return k.tick - p + 1
}

func (k *tickKeys) down(key ebiten.Key) bool {
	switch key {
	case ebiten.KeyShift:
		return k.down(ebiten.KeyShiftLeft)
	case ebiten.KeyControl:
		return k.down(ebiten.KeyControlLeft)
	}
	// A modifier counts while it was down at any point in the tick.
	return k.held(key) > 0 || k.justPressed(key) || k.released[key] == k.tick
}

// TestShortTapsAreNeverDropped: a key pressed and released within one
// slow frame (both events read in the same tick) is one press; held
// keys fire once, and the editing keys repeat after a delay.
func TestShortTapsAreNeverDropped(t *testing.T) {
	type event struct {
		tick    int
		key     ebiten.Key
		release bool
	}
	tests := []struct {
		name   string
		events []event
		ticks  int
		want   []flow.Press
	}{
		{
			name:   "Enter pressed and released within one frame",
			events: []event{{1, ebiten.KeyEnter, false}, {1, ebiten.KeyEnter, true}},
			ticks:  4,
			want:   []flow.Press{{Key: flow.KeyEnter}},
		},
		{
			name:   "Escape and an arrow tapped within one frame",
			events: []event{{2, ebiten.KeyEscape, false}, {2, ebiten.KeyArrowDown, false}, {2, ebiten.KeyEscape, true}, {2, ebiten.KeyArrowDown, true}},
			ticks:  4,
			want:   []flow.Press{{Key: flow.KeyDown}, {Key: flow.KeyEscape}},
		},
		{
			name:   "Shift+Enter tapped within one frame keeps its Shift",
			events: []event{{1, ebiten.KeyShiftLeft, false}, {1, ebiten.KeyEnter, false}, {1, ebiten.KeyEnter, true}, {1, ebiten.KeyShiftLeft, true}},
			ticks:  3,
			want:   []flow.Press{{Key: flow.KeyEnter, Shift: true}},
		},
		{
			name:   "Enter held over many frames is one press",
			events: []event{{1, ebiten.KeyEnter, false}, {50, ebiten.KeyEnter, true}},
			ticks:  60,
			want:   []flow.Press{{Key: flow.KeyEnter}},
		},
		{
			name:   "an arrow held repeats after half a second",
			events: []event{{1, ebiten.KeyArrowLeft, false}, {38, ebiten.KeyArrowLeft, true}},
			ticks:  60,
			want:   []flow.Press{{Key: flow.KeyLeft}, {Key: flow.KeyLeft}, {Key: flow.KeyLeft}}, // at 1, 33 and 36 ticks
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kb := newTickKeys()
			ks := keyState{kb: kb}
			var got []flow.Press
			for ; kb.tick <= tc.ticks; kb.next() {
				got = append(got, ks.read()...)
				for _, e := range tc.events {
					switch {
					case e.tick != kb.tick:
					case e.release:
						kb.release(e.key)
					default:
						kb.press(e.key)
					}
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestPasteIsCtrlV(t *testing.T) {
	kb := newTickKeys()
	kb.press(ebiten.KeyControlLeft)
	kb.press(ebiten.KeyV)
	kb.release(ebiten.KeyV)
	kb.next()
	assert.True(t, keyState{kb: kb}.paste(), "a quick Ctrl+V pastes")
	kb.next()
	assert.False(t, keyState{kb: kb}.paste(), "once")
}

// TestAKeyTappedWithinOneFrameActs: through the game's Update, a key
// pressed and released between two frames still acts: Enter sends the
// reply typed in the same frame, Ctrl+M turns the sound off without
// typing, Escape asks before hanging up.
func TestAKeyTappedWithinOneFrameActs(t *testing.T) {
	needDisplay(t)
	tests := []struct {
		name  string
		typed string
		keys  []ebiten.Key // pressed in this order, released at once
		check func(t *testing.T, a *flow.App, c *flow.Call)
	}{
		{"Enter sends", "I'm sorry, I understand.", []ebiten.Key{ebiten.KeyEnter}, func(t *testing.T, a *flow.App, c *flow.Call) {
			require.Len(t, c.Conv.Turns(), 1, "one quick Enter sends")
			assert.Equal(t, "I'm sorry, I understand.", c.Conv.Turns()[0].Reply)
			assert.Empty(t, c.Reply.Text)
		}},
		{"Ctrl+M mutes", "", []ebiten.Key{ebiten.KeyControlLeft, ebiten.KeyM}, func(t *testing.T, a *flow.App, c *flow.Call) {
			assert.True(t, a.Muted)
			assert.Empty(t, c.Reply.Text)
		}},
		{"Escape asks first", "", []ebiten.Key{ebiten.KeyEscape}, func(t *testing.T, a *flow.App, c *flow.Call) {
			assert.True(t, c.Confirm)
			assert.Empty(t, c.Conv.Turns())
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := callGame(t)
			kb := newTickKeys()
			g.keys.kb = kb
			c := g.Screen().(*flow.Call)
			g.pending = []rune(tc.typed)
			for _, k := range tc.keys {
				kb.press(k)
			}
			for _, k := range tc.keys {
				kb.release(k)
			}
			kb.next()
			require.NoError(t, g.Update())
			tc.check(t, g.App(), c)
			kb.next()
			require.NoError(t, g.Update())
			tc.check(t, g.App(), c) // and only once
		})
	}
}
