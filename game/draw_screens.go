package game

import (
	"fmt"

	"kalm/game/flow"
	"kalm/scenarios"
)

// drawPicker draws the scenario list, scrolled so the selected one
// shows, and the selected one's briefing in a panel that scrolls.
func drawPicker(p *painter, a *flow.App, s *flow.Picker) {
	m := p.U
	helpY := p.footer(a.T("picker.help"), []button{
		btn(a.T("btn.back"), false, flow.KeyEscape),
		{label: a.T("board"), act: func() flow.Input { return flow.Input{Runes: []rune{'l'}} }},
		btn(a.T("btn.call"), true, flow.KeyEnter),
	})
	p.text(a.T("picker"), p.big, m, m, colInk)
	top := m + lh(p.big) + m
	lw := min(p.W*0.38, 26*m)
	list := a.Scenarios()
	pickerList(p, a, s, list, m*0.5, top-m*0.3, lw, helpY-m*0.2-(top-m*0.3))
	if s.Sel >= len(list) {
		return
	}
	sc := list[s.Sel]
	x := lw + 1.5*m
	build := func(w float64) []row { return briefingRows(p, a, sc, w) }
	s.Fit(p.panel(x, top-m*0.3, p.W-x-m, helpY-top-m*0.2, build, s.Scroll))
	p.scrollArea(x, top-m*0.3, p.W-x-m, helpY-top-m*0.2, flow.Press{Key: flow.KeyPageUp}, flow.Press{Key: flow.KeyPageDown})
}

// pickerList draws the scenarios as items in the w×h box at (x, y), the
// selected one highlighted, scrolled so it shows, with a scrollbar when
// they do not all fit.
func pickerList(p *painter, a *flow.App, s *flow.Picker, list []*scenarios.Scenario, x, y, w, h float64) {
	m := p.U
	sel := s.Sel
	p.scrollArea(x, y, w, h, flow.Press{Key: flow.KeyUp}, flow.Press{Key: flow.KeyDown})
	ih := lh(p.bold) + lh(p.small) + m*0.8
	step := ih + m*0.3
	fits := max(1, int((h+m*0.3)/step))
	first, iw := 0, w
	if len(list) > fits {
		bar := max(4, m*0.35)
		iw = w - bar - m*0.3
		first = min(max(sel-fits+1, 0), len(list)-fits)
		p.scrollbar(x+w-bar, y, bar, h, float64(len(list))*step, float64(first)*step)
	}
	for i := first; i < len(list) && i < first+fits; i++ {
		sc := list[i]
		iy := y + float64(i-first)*step
		over := p.clickable(x, iy, iw, ih, pickAct(s, i))
		switch {
		case i == sel:
			p.box(x, iy, iw, ih, colSelBG, nil)
		case over:
			p.box(x, iy, iw, ih, colBG, colAccent)
		}
		p.text(fit(sc.Title.Get(a.Lang), p.bold, iw-m), p.bold, x+m*0.5, iy+m*0.3, colInk)
		best := a.T("best.none")
		if b, ok := a.Best(sc.ID); ok {
			best = fmt.Sprintf("%s %d", a.T("best"), b)
		}
		p.text(fit(stars(sc.Difficulty)+"  "+best, p.small, iw-m), p.small, x+m*0.5, iy+m*0.3+lh(p.bold), colMuted)
	}
}

// pickAct is a click on scenario i of the picker: it selects it, and
// calls when it was selected already.
func pickAct(s *flow.Picker, i int) func() flow.Input {
	return func() flow.Input {
		if s.Sel == i {
			return keys(flow.KeyEnter)
		}
		return keys(moves(s.Sel, i, flow.KeyUp, flow.KeyDown)...)
	}
}

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
