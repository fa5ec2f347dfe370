package game

import (
	"image"

	"kalm/game/flow"
)

// brokenView is the view of the screen of a pack that cannot be
// played: the bare window title.
type brokenView struct{ s *flow.Broken }

func (v brokenView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	drawBroken(p, a, v.s)
	return image.Rectangle{}, false
}
func (brokenView) title(*flow.App) string { return "" }
func (brokenView) sound() bool            { return false }

// drawBroken lists why the pack cannot be played.
func drawBroken(p *painter, a *flow.App, b *flow.Broken) {
	m := p.U
	helpY := p.help(a.T("broken.help"))
	y := p.para(a.T("broken"), p.big, m, m, p.W-2*m, colBadInk, 2) + m
	for _, pr := range b.Problems {
		if y+lh(p.body) > helpY {
			break
		}
		y = p.para(pr, p.body, m, y, p.W-2*m, colInk, 4) + m*0.3
	}
}
