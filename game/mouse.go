package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
)

// hit is a part of the drawn frame the mouse acts on: a click runs act
// (the input it stands for, made when clicked, from the screen's state
// then); a scroll area turns the wheel and drags over it into its up
// and down presses.
type hit struct {
	x0, y0, x1, y1 float64
	act            func() flow.Input
	scroll         bool
	up, down       flow.Press
}

// contains reports whether (x, y) is inside the hit.
func (h hit) contains(x, y float64) bool {
	return x >= h.x0 && x < h.x1 && y >= h.y0 && y < h.y1
}

// presses returns an input of the given presses.
func presses(ps ...flow.Press) flow.Input { return flow.Input{Presses: ps} }

// keys returns an input pressing each key in turn.
func keys(ks ...flow.Key) flow.Input {
	var in flow.Input
	for _, k := range ks {
		in.Presses = append(in.Presses, flow.Press{Key: k})
	}
	return in
}

// moves returns the presses that move a selection from at to to: Up (or
// Left) or Down (or Right) as often as needed.
func moves(at, to int, back, forth flow.Key) []flow.Key {
	var out []flow.Key
	for ; at < to; at++ {
		out = append(out, forth)
	}
	for ; at > to; at-- {
		out = append(out, back)
	}
	return out
}

// clickable makes the w×h area at (x, y) act on a click and reports
// whether the mouse is over it (to draw it hovered).
func (p *painter) clickable(x, y, w, h float64, act func() flow.Input) bool {
	hb := hit{x0: x, y0: y, x1: x + w, y1: y + h, act: act}
	if p.hits != nil {
		*p.hits = append(*p.hits, hb)
	}
	return hb.contains(p.mx, p.my)
}

// scrollArea makes the w×h area at (x, y) scroll with the wheel and by
// dragging: up and down are the presses of one step.
func (p *painter) scrollArea(x, y, w, h float64, up, down flow.Press) {
	if p.hits != nil {
		*p.hits = append(*p.hits, hit{x0: x, y0: y, x1: x + w, y1: y + h, scroll: true, up: up, down: down})
	}
}

// button is an action drawn as a button: its label and what a click
// does; primary is the screen's main action.
type button struct {
	label   string
	primary bool
	act     func() flow.Input
}

// btn returns a button that presses k.
func btn(label string, primary bool, k flow.Key) button {
	return button{label: label, primary: primary, act: func() flow.Input { return keys(k) }}
}

// soundButton is the sound button of a screen whose view shows one (the
// call, the hold and the team screen; the title has a sound row): its
// label says the state, a click turns the sound off or on. nil elsewhere.
func soundButton(a *flow.App, v view) *button {
	if !v.sound() {
		return nil
	}
	b := btn(a.SoundButton(), false, flow.KeyMute)
	return &b
}

// buttonFace is the face of the buttons' labels: the body's, or the
// small one on a window too narrow for them.
func (p *painter) buttonFace() *text.GoTextFace {
	if p.btnSmall {
		return p.small
	}
	return p.body
}

// buttonH is the height of a button.
func (p *painter) buttonH() float64 { return lh(p.buttonFace()) + p.U*0.5 }

// buttonW is the width of a button.
func (p *painter) buttonW(b button) float64 { return textWidth(b.label, p.buttonFace()) + p.U*1.4 }

// buttonsW is the width of buttons side by side.
func (p *painter) buttonsW(bs []button) float64 {
	w := 0.0
	for _, b := range bs {
		w += p.buttonW(b) + p.U*0.5
	}
	return max(0, w-p.U*0.5)
}

// drawButton draws b at (x, y), hovered when the mouse is over it, and
// returns its width.
func (p *painter) drawButton(b button, x, y float64) float64 {
	w, h := p.buttonW(b), p.buttonH()
	over := p.clickable(x, y, w, h, b.act)
	fill, border, ink := color.Color(colPanel), color.Color(colBorder), color.Color(colInk)
	switch {
	case b.primary && over:
		fill, border, ink = colAccentDark, colAccentDark, colPanel
	case b.primary:
		fill, border, ink = colAccent, colAccent, colPanel
	case over:
		fill, border = colSelBG, colAccent
	}
	p.box(x, y, w, h, fill, border)
	p.text(b.label, p.buttonFace(), x+p.U*0.7, y+p.U*0.25, ink)
	return w
}

// buttonRows breaks buttons into rows no wider than w, keeping the last
// (the main action) at the bottom right.
func (p *painter) buttonRows(bs []button, w float64) [][]button {
	var rows [][]button
	for len(bs) > 0 {
		n := len(bs)
		for n > 1 && p.buttonsW(bs[len(bs)-n:]) > w {
			n--
		}
		rows = append([][]button{bs[len(bs)-n:]}, rows...)
		bs = bs[:len(bs)-n]
	}
	return rows
}

// footer draws the bar at the bottom: the screen's buttons at the right
// and the key help beside them, or below them when it does not fit
// there in two lines. Buttons get the small face on a narrow window and
// go on more rows when they still do not fit. It returns the bar's top.
func (p *painter) footer(help string, bs []button) float64 {
	help = glueHints(help)
	if p.sound != nil {
		bs = append([]button{*p.sound}, bs...)
	}
	if len(bs) == 0 {
		return p.help(help)
	}
	m := p.U
	p.btnSmall = p.buttonsW(bs) > p.W*0.55
	rows := p.buttonRows(bs, p.W-2*m)
	bw := p.buttonsW(rows[0])
	bh := float64(len(rows))*(p.buttonH()+m*0.4) - m*0.4
	side := p.W - 3*m - bw // the help's width beside the buttons
	lines := p.wrap(help, p.small, side)
	top := p.H - bh - m*0.8
	hx, hy, hw := m, top+(bh+m*0.8-float64(len(lines))*lh(p.small))/2, side
	if len(rows) > 1 || side < p.W*0.35 || len(lines) > 2 {
		lines = p.wrap(help, p.small, p.W-2*m)
		hy, hw = p.H-m*0.4-float64(min(2, len(lines)))*lh(p.small), p.W-2*m
		top = hy - bh - m*0.7
	}
	p.rect(0, top, p.W, p.H-top, colOffBG)
	by := top + m*0.4
	for _, r := range rows {
		x := p.W - m - p.buttonsW(r)
		for _, b := range r {
			x += p.drawButton(b, x, by) + m*0.5
		}
		by += p.buttonH() + m*0.4
	}
	p.para(help, p.small, hx, hy, hw, colMuted, 2)
	p.btnSmall = false
	return top
}

// mouse is the mouse's state between ticks.
type mouse struct {
	x, y float64
	// over is the index of the hit under the mouse, -1 for none.
	over int
	// drag is the scroll area being dragged (-1: none) and dragged how
	// far since its last step.
	drag int
	dy   float64
}

// pointer is the mouse in one tick: where it is, the wheel's turn, and
// whether the left button went down this tick or is down.
type pointer struct {
	x, y          float64
	wheel         float64
	clicked, down bool
}

// read turns Ebiten's mouse into input over the hits of the frame on
// the screen (see apply).
func (ms *mouse) read(hits []hit, step float64, in *flow.Input) bool {
	cx, cy := ebiten.CursorPosition()
	_, wheel := ebiten.Wheel()
	pt := pointer{
		x: float64(cx), y: float64(cy), wheel: wheel,
		clicked: inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft),
		down:    ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft),
	}
	return ms.apply(pt, hits, step, in)
}

// apply turns a tick of the mouse into input over the hits of the frame
// on the screen: a click acts, the wheel and drags of step pixels scroll
// the area under the mouse (the screen's main one elsewhere). It
// reports whether the mouse moved onto another hit, for the hover to be
// drawn.
func (ms *mouse) apply(pt pointer, hits []hit, step float64, in *flow.Input) bool {
	over := ms.at(hits, pt.x, pt.y)
	moved := over != ms.over
	ms.over = over
	dy := pt.y - ms.y
	ms.x, ms.y = pt.x, pt.y
	switch {
	case pt.clicked:
		ms.drag, ms.dy = -1, 0
		if over >= 0 {
			add(in, hits[over].act())
		} else {
			ms.drag = ms.scrollAt(hits, pt.x, pt.y)
		}
	case ms.drag >= 0 && ms.drag < len(hits) && pt.down:
		ms.dy += dy
		for ; ms.dy <= -step; ms.dy += step { // content dragged up: further down
			in.Presses = append(in.Presses, hits[ms.drag].down)
		}
		for ; ms.dy >= step; ms.dy -= step {
			in.Presses = append(in.Presses, hits[ms.drag].up)
		}
	default:
		ms.drag = -1
	}
	if pt.wheel != 0 {
		up, down := flow.Press{Key: flow.KeyPageUp}, flow.Press{Key: flow.KeyPageDown}
		if a := ms.scrollAt(hits, pt.x, pt.y); a >= 0 {
			up, down = hits[a].up, hits[a].down
		}
		if pt.wheel > 0 {
			in.Presses = append(in.Presses, up)
		} else {
			in.Presses = append(in.Presses, down)
		}
	}
	return moved
}

// at returns the index of the clickable hit at (x, y), -1 for none.
func (ms *mouse) at(hits []hit, x, y float64) int {
	for i := len(hits) - 1; i >= 0; i-- {
		if hits[i].act != nil && hits[i].contains(x, y) {
			return i
		}
	}
	return -1
}

// scrollAt returns the index of the scroll area at (x, y), -1 for none.
func (ms *mouse) scrollAt(hits []hit, x, y float64) int {
	for i := len(hits) - 1; i >= 0; i-- {
		if hits[i].scroll && hits[i].contains(x, y) {
			return i
		}
	}
	return -1
}

// add appends more input to in.
func add(in *flow.Input, more flow.Input) {
	in.Presses = append(in.Presses, more.Presses...)
	in.Runes = append(in.Runes, more.Runes...)
}
