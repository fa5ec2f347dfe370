package game

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
	"kalm/scenarios"
)

// pickerView is the scenario picker's view.
type pickerView struct{ s *flow.Picker }

func (v pickerView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	drawPicker(p, a, v.s)
	return image.Rectangle{}, false
}
func (pickerView) title(a *flow.App) string { return a.T("picker") }
func (pickerView) sound() bool              { return false }

// drawPicker draws the calls as cards, scrolled so the selected one
// shows, and the selected call's briefing in a panel that scrolls.
func drawPicker(p *painter, a *flow.App, s *flow.Picker) {
	m := p.U
	helpY := p.footer(a.T("picker.help"), []button{
		btn(a.T("btn.back"), false, flow.KeyEscape),
		{label: a.T("board"), act: func() flow.Input { return flow.Input{Runes: []rune{'l'}} }},
		btn(a.T("btn.call"), true, flow.KeyEnter),
	})
	p.text(a.T("picker"), p.big, m, m, colInk)
	top := m + lh(p.big) + m
	lw := min(p.W*0.42, 28*m)
	list := a.Scenarios()
	pickerCards(p, a, s, list, m*0.5, top-m*0.3, lw, helpY-m*0.2-(top-m*0.3))
	if s.Sel >= len(list) {
		return
	}
	sc := list[s.Sel]
	x := lw + 1.5*m
	build := func(w float64) []row { return briefingRows(p, a, sc, w) }
	s.Fit(p.panel(x, top-m*0.3, p.W-x-m, helpY-top-m*0.2, build, s.Scroll))
	p.scrollArea(x, top-m*0.3, p.W-x-m, helpY-top-m*0.2, flow.Press{Key: flow.KeyPageUp}, flow.Press{Key: flow.KeyPageDown})
}

// cardLayout is where the picker's cards go in their box: which show,
// and the scroll cues above and below them.
type cardLayout struct {
	// first and n are the first card shown and how many show.
	first, n int
	// top is where the first card goes; step is from card to card.
	top, step float64
	// up and down are whether a cue says there are more cards above or
	// below; cueH is the height of a cue's row.
	up, down bool
	cueH     float64
}

// layoutCards lays count cards of height ih out in a box h high at y,
// scrolled so that card sel shows. When they do not all fit, a row for
// a scroll cue goes above them when some are hidden above, and below
// them when some are hidden below.
func layoutCards(count, sel int, y, h, ih, gap, cueH float64) cardLayout {
	l := cardLayout{top: y, step: ih + gap, cueH: cueH}
	fits := func(cues int) int { return max(1, int((h-float64(cues)*cueH+gap)/l.step)) }
	sel = min(max(sel, 0), max(count-1, 0))
	switch n1 := fits(1); {
	case count <= fits(0):
		l.n = count
	case sel < n1: // at the top: more below
		l.n, l.down = n1, true
	case sel >= count-n1: // at the bottom: more above
		l.first, l.n, l.up = count-n1, n1, true
	default: // in the middle: more both ways
		l.n = fits(2)
		l.first = min(max(sel-l.n+1, 1), count-l.n-1)
		l.up, l.down = true, true
	}
	if l.up {
		l.top += cueH
	}
	l.n = min(l.n, count-l.first)
	return l
}

// pickerCards draws the calls as cards in the w×h box at (x, y): each
// with the customer's portrait, the situation, who calls, the
// difficulty and the best score; the selected one lit. When they do not
// all fit they scroll with the selection, with a scrollbar and cues
// saying how many more there are above and below.
func pickerCards(p *painter, a *flow.App, s *flow.Picker, list []*scenarios.Scenario, x, y, w, h float64) {
	m := p.U
	p.scrollArea(x, y, w, h, flow.Press{Key: flow.KeyUp}, flow.Press{Key: flow.KeyDown})
	ih := lh(p.bold) + 2*lh(p.small) + m*0.9
	l := layoutCards(len(list), s.Sel, y, h, ih, m*0.4, lh(p.small)+m*0.2)
	cw := w
	if l.up || l.down {
		bar := max(4, m*0.35)
		cw = w - bar - m*0.3
		p.scrollbar(x+w-bar, y, bar, h, float64(len(list))*l.step, float64(l.first)*l.step)
	}
	if l.up {
		cue := "▲ " + fmt.Sprintf(a.T("cards.more"), l.first)
		p.cue(cue, x, y, cw, l.cueH, pickAct(s, l.first-1))
	}
	if l.down {
		cue := "▼ " + fmt.Sprintf(a.T("cards.more"), len(list)-l.first-l.n)
		p.cue(cue, x, y+h-l.cueH, cw, l.cueH, pickAct(s, l.first+l.n))
	}
	for i := l.first; i < l.first+l.n; i++ {
		iy := l.top + float64(i-l.first)*l.step
		p.card(a, list[i], x, iy, cw, ih, i == s.Sel, pickAct(s, i))
	}
}

// cue draws a scroll cue's text centred in its row, clickable.
func (p *painter) cue(s string, x, y, w, h float64, act func() flow.Input) {
	over := p.clickable(x, y, w, h, act)
	c := colMuted
	if over {
		c = colAccent
	}
	s = fit(s, p.small, w)
	p.text(s, p.small, x+(w-text.Advance(s, p.small))/2, y+(h-lh(p.small))/2, c)
}

// card draws one call's card w×h at (x, y), lit when selected.
func (p *painter) card(a *flow.App, sc *scenarios.Scenario, x, y, w, h float64, sel bool, act func() flow.Input) {
	m := p.U
	over := p.clickable(x, y, w, h, act)
	fill, border := colPanel, colBorder
	switch {
	case sel:
		fill, border = colSelBG, colAccent
	case over:
		border = colAccent
	}
	p.box(x, y, w, h, fill, border)
	pad := m * 0.45
	ps := h - 2*pad
	p.drawPortrait(newPortrait(sc.Customer.Name, sc.Mood, 0), x+pad, y+pad, ps)
	tx := x + pad + ps + m*0.6
	tw := x + w - m*0.5 - tx
	ty := y + pad
	p.text(fit(sc.Title.Get(a.Lang), p.bold, tw), p.bold, tx, ty, colInk)
	ty += lh(p.bold)
	p.text(fit(sc.Customer.Name, p.small, tw), p.small, tx, ty, colMuted)
	ty += lh(p.small)
	diff := stars(sc.Difficulty)
	p.text(diff, p.small, tx, ty, colAccent)
	bx := tx + text.Advance(diff, p.small) + m*0.6
	best, ink := a.T("best.none"), colMuted
	if b, ok := a.Best(sc.ID); ok {
		best, ink = fmt.Sprintf("%s %d", a.T("best"), b), colGoodInk
	}
	p.text(fit(best, p.small, tx+tw-bx), p.small, bx, ty, ink)
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

// briefingRows lay out a scenario's briefing: its title, the customer
// (portrait, name, difficulty and wait), the briefing and the
// customer's persona.
func briefingRows(p *painter, a *flow.App, sc *scenarios.Scenario, w float64) []row {
	m := p.U
	rows := p.textRows(sc.Title.Get(a.Lang), p.big, w, colInk)
	rows = append(rows, gapRow(m*0.3), customerRow(p, a, sc, w), gapRow(m*0.6))
	rows = append(rows, p.textRows(sc.Briefing.Get(a.Lang), p.body, w, colInk)...)
	rows = append(rows, gapRow(m*0.5))
	return append(rows, p.textRows(sc.Customer.Persona.Get(a.Lang), p.small, w, colMuted)...)
}

// customerRow is the briefing's row about who calls: their portrait
// at their anger before the hold, their name, the difficulty and the
// wait on hold.
func customerRow(p *painter, a *flow.App, sc *scenarios.Scenario, w float64) row {
	m := p.U
	ps := lh(p.bold) + 2*lh(p.small) + m*0.6
	return row{h: ps, s: sc.Customer.Name, draw: func(x, y float64) {
		p.drawPortrait(newPortrait(sc.Customer.Name, sc.Mood, 0), x, y, ps)
		tx := x + ps + m*0.7
		tw := w - ps - m*0.7
		ty := y + m*0.3
		p.text(fit(sc.Customer.Name, p.bold, tw), p.bold, tx, ty, colInk)
		ty += lh(p.bold)
		p.text(fit(a.T("difficulty")+": "+stars(sc.Difficulty), p.small, tw), p.small, tx, ty, colMuted)
		ty += lh(p.small)
		if n := sc.Customer.Hold.Minutes; n > 0 {
			p.text(fit(fmt.Sprintf("%s: %d min", a.T("state.hold"), n), p.small, tw), p.small, tx, ty, colMuted)
		}
	}}
}
