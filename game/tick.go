package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"kalm/game/flow"
)

// tickArea is where the last full frame drew the call timer: when only
// the timer's second changed, just that area is drawn again (a tick
// then costs Ebiten's showing of the frame, not a whole frame's
// drawing).
type tickArea struct {
	ok bool
	// x0 and right bound the timer's text at y; the area from x0 to
	// right is the panel's to clear.
	x0, right, y, h float64
}

// markTick notes where the timer was drawn, when the painter records it.
func (p *painter) markTick(x0, right, y, h float64) {
	if p.tick != nil {
		*p.tick = tickArea{ok: true, x0: x0, right: right, y: y, h: h}
	}
}

// drawTick draws the call's timer again in its area of the frame on
// dst; it reports false when it cannot (no timer drawn there), and the
// whole frame must be drawn.
func (g *Game) drawTick(dst *ebiten.Image) bool {
	c, ok := g.screen.(*flow.Call)
	if !ok || !g.tick.ok {
		return false
	}
	if g.spr == nil {
		g.spr = newSprites()
	}
	p := newPainter(dst, g.f, g.app.BigFont, g.cache, g.spr)
	t := g.tick
	p.rect(t.x0, t.y, t.right-t.x0, t.h, colPanel)
	p.textRight(mmss(c.Talked()), p.small, t.right, t.y, colAccent)
	return true
}
