package game

import "kalm/game/flow"

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
