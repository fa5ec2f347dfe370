package game

import (
	"fmt"

	"kalm/game/flow"
	"kalm/scenarios"
)

// briefingRows lay out a scenario's briefing: its title, difficulty,
// customer and wait, the briefing and the customer's persona.
func briefingRows(p *painter, a *flow.App, sc *scenarios.Scenario, w float64) []row {
	m := p.U
	rows := p.textRows(sc.Title.Get(a.Lang), p.big, w, colInk)
	info := fmt.Sprintf("%s: %s · %s · ♪ %d min", a.T("difficulty"), stars(sc.Difficulty), sc.Customer.Name, sc.Customer.Hold.Minutes)
	rows = append(rows, p.textRows(info, p.small, w, colMuted)...)
	rows = append(rows, gapRow(m*0.5))
	rows = append(rows, p.textRows(sc.Briefing.Get(a.Lang), p.body, w, colInk)...)
	rows = append(rows, gapRow(m*0.5))
	return append(rows, p.textRows(sc.Customer.Persona.Get(a.Lang), p.small, w, colMuted)...)
}

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
