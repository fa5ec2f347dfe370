package game

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"kalm/game/flow"
)

// keyMap maps Ebiten keys to flow keys.
var keyMap = []struct {
	e ebiten.Key
	k flow.Key
}{
	{ebiten.KeyEnter, flow.KeyEnter},
	{ebiten.KeyNumpadEnter, flow.KeyEnter},
	{ebiten.KeyBackspace, flow.KeyBackspace},
	{ebiten.KeyDelete, flow.KeyDelete},
	{ebiten.KeyArrowLeft, flow.KeyLeft},
	{ebiten.KeyArrowRight, flow.KeyRight},
	{ebiten.KeyArrowUp, flow.KeyUp},
	{ebiten.KeyArrowDown, flow.KeyDown},
	{ebiten.KeyHome, flow.KeyHome},
	{ebiten.KeyEnd, flow.KeyEnd},
	{ebiten.KeyTab, flow.KeyTab},
	{ebiten.KeyEscape, flow.KeyEscape},
	{ebiten.KeyPageUp, flow.KeyPageUp},
	{ebiten.KeyPageDown, flow.KeyPageDown},
	{ebiten.KeyF1, flow.KeyF1},
	{ebiten.KeyF2, flow.KeyF2},
}

// keyboard is what keyState reads of the keys: Ebiten's keyboard, or a
// scripted one in tests.
type keyboard interface {
	// justPressed reports whether k went down since the last tick, even
	// when it went up again before the tick (a tap shorter than a
	// frame).
	justPressed(k ebiten.Key) bool
	// held returns for how many ticks k has been down, 0 when it is up.
	held(k ebiten.Key) int
	// down reports whether k is down during this tick (modifiers).
	down(k ebiten.Key) bool
}

// ebitenKeys is Ebiten's keyboard. Ebiten stamps each key event with the
// tick it arrives in, so a key pressed and released between two ticks
// (a quick tap during a slow frame) is just pressed in the next tick
// although its press duration is already 0.
type ebitenKeys struct{}

func (ebitenKeys) justPressed(k ebiten.Key) bool { return inpututil.IsKeyJustPressed(k) }
func (ebitenKeys) held(k ebiten.Key) int         { return inpututil.KeyPressDuration(k) }
func (ebitenKeys) down(k ebiten.Key) bool        { return ebiten.IsKeyPressed(k) }

// keyState turns key presses into flow presses, with key repeat for the
// editing and arrow keys.
type keyState struct {
	kb keyboard // nil means Ebiten's keyboard
}

func (s keyState) keyboard() keyboard {
	if s.kb == nil {
		return ebitenKeys{}
	}
	return s.kb
}

// repeats reports whether a key held for d ticks fires again this tick
// (its first press fires as it is pressed).
func repeats(d int) bool {
	const delay, every = 30, 3
	return d > delay && (d-delay)%every == 0
}

// repeating reports whether a held flow key repeats.
func repeating(k flow.Key) bool {
	switch k {
	case flow.KeyBackspace, flow.KeyDelete, flow.KeyLeft, flow.KeyRight, flow.KeyUp, flow.KeyDown:
		return true
	}
	return false
}

// read returns this tick's presses: every key pressed since the last
// tick, however briefly, and the repeats of held keys.
func (s keyState) read() []flow.Press {
	kb := s.keyboard()
	var out []flow.Press
	shift := kb.down(ebiten.KeyShift)
	ctrl := kb.down(ebiten.KeyControl) || kb.down(ebiten.KeyMeta)
	for _, m := range keyMap {
		fire := kb.justPressed(m.e)
		if !fire && repeating(m.k) {
			fire = repeats(kb.held(m.e))
		}
		if fire {
			out = append(out, flow.Press{Key: m.k, Shift: shift, Ctrl: ctrl})
		}
	}
	return out
}

// mute reports whether Ctrl+M (Cmd+M) was just pressed: the sound goes
// off or on even while a text box takes the typing.
func (s keyState) mute() bool {
	kb := s.keyboard()
	ctrl := kb.down(ebiten.KeyControl) || kb.down(ebiten.KeyMeta)
	return ctrl && kb.justPressed(ebiten.KeyM)
}

// paste reports whether Ctrl+V (Cmd+V) was just pressed.
func (s keyState) paste() bool {
	kb := s.keyboard()
	ctrl := kb.down(ebiten.KeyControl) || kb.down(ebiten.KeyMeta)
	return ctrl && kb.justPressed(ebiten.KeyV)
}
