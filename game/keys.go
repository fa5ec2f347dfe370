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

// keyState turns held keys into presses with key repeat.
type keyState struct{}

// repeats reports whether a key held for d ticks fires this tick.
func repeats(d int) bool {
	const delay, every = 30, 3
	return d == 1 || (d > delay && (d-delay)%every == 0)
}

func (keyState) read() []flow.Press {
	var out []flow.Press
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	for _, m := range keyMap {
		k := m.k
		d := inpututil.KeyPressDuration(m.e)
		if d == 0 {
			continue
		}
		fire := d == 1
		switch k {
		case flow.KeyBackspace, flow.KeyDelete, flow.KeyLeft, flow.KeyRight, flow.KeyUp, flow.KeyDown:
			fire = repeats(d)
		}
		if fire {
			out = append(out, flow.Press{Key: k, Shift: shift, Ctrl: ctrl})
		}
	}
	return out
}

// paste reports whether Ctrl+V (Cmd+V) was just pressed.
func (keyState) paste() bool {
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	return ctrl && inpututil.IsKeyJustPressed(ebiten.KeyV)
}
