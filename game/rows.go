package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
	"kalm/scoring"
)

// row is one line of a panel: its height, its text (for the layout
// record) and how to draw it with its top left at (x, y).
type row struct {
	h    float64
	s    string
	draw func(x, y float64)
}

// rowsHeight is the height of rows together.
func rowsHeight(rows []row) float64 {
	h := 0.0
	for _, r := range rows {
		h += r.h
	}
	return h
}

// gapRow is empty space of height h.
func gapRow(h float64) row { return row{h: h, draw: func(float64, float64) {}} }

// textRows wraps s to w and returns a row per line in face and c.
func (p *painter) textRows(s string, face *text.GoTextFace, w float64, c color.Color) []row {
	var out []row
	for _, sp := range p.wrap(s, face, w) {
		line := s[sp.Start:sp.End]
		out = append(out, row{h: lh(face), s: line, draw: func(x, y float64) { p.text(line, face, x, y, c) }})
	}
	return out
}

// banded draws rows on a band of fill w wide, indented by 0.4 units:
// a speech bubble without its corners. Build the rows 0.8 units
// narrower than w.
func (p *painter) banded(rows []row, w float64, fill color.Color) []row {
	for i := range rows {
		draw, h := rows[i].draw, rows[i].h
		rows[i].draw = func(x, y float64) {
			p.rect(x, y, w, h, fill)
			draw(x+p.U*0.4, y)
		}
	}
	return rows
}

// highlightRows wraps s to w in face with the scorer's evidence marked:
// helpful evidence green, harmful red.
func (p *painter) highlightRows(s string, finds []scoring.Finding, face *text.GoTextFace, w float64) []row {
	var out []row
	for _, sp := range p.wrap(s, face, w) {
		out = append(out, row{h: lh(face), s: s[sp.Start:sp.End], draw: func(x, y float64) {
			for _, f := range finds {
				if !f.Hit || f.End <= sp.Start || f.Start >= sp.End || f.End > len(s) {
					continue
				}
				a, b := max(f.Start, sp.Start), min(f.End, sp.End)
				line := s[sp.Start:sp.End]
				x0 := caretX(line, a-sp.Start, face)
				x1 := caretX(line, b-sp.Start, face)
				c := colHiGood
				if f.Criterion.Hurts() {
					c = colHiBad
				}
				p.rect(x+x0, y, x1-x0, lh(face), c)
			}
			p.text(s[sp.Start:sp.End], face, x, y, colInk)
		}})
	}
	return out
}

// chip is one criterion chip: its label and colours.
type chip struct {
	label     string
	w         float64
	fill, ink color.Color
}

// chipRows lays the eight criteria out as chips, lit when on (blame and
// overpromise as warnings), in rows no wider than w.
func (p *painter) chipRows(a *flow.App, l scoring.Labels, w float64) []row {
	face := p.small
	h := lh(face) + p.U*0.2
	gap := p.U * 0.35
	var out []row
	var line []chip
	used := 0.0
	flush := func() {
		if len(line) == 0 {
			return
		}
		cs, s := line, ""
		for _, c := range cs {
			s += c.label + " "
		}
		out = append(out, row{h: h + gap, s: s, draw: func(x, y float64) {
			for _, c := range cs {
				p.box(x, y, c.w, h, c.fill, nil)
				p.text(c.label, face, x+p.U*0.5, y+p.U*0.1, c.ink)
				x += c.w + gap
			}
		}})
		line, used = nil, 0
	}
	for _, c := range scoring.Criteria() {
		ch := criterionChip(a, c, l.Get(c))
		ch.w = textWidth(ch.label, face) + p.U
		if used > 0 && used+ch.w > w {
			flush()
		}
		line = append(line, ch)
		used += ch.w + gap
	}
	flush()
	return out
}

// criterionChip returns the chip of criterion c, lit when on.
func criterionChip(a *flow.App, c scoring.Criterion, on bool) chip {
	label := a.T("c." + string(c))
	switch {
	case on && c.Hurts():
		return chip{label: "▲ " + label, fill: colBadBG, ink: colBadInk}
	case on:
		return chip{label: "● " + label, fill: colGoodBG, ink: colGoodInk}
	}
	return chip{label: label, fill: colOffBG, ink: colMuted}
}

// drawRows draws rows from y down while they fit above maxY and returns
// the y below the last one drawn. Rows that do not fit are recorded as
// cut off: use scrolled where that may happen.
func (p *painter) drawRows(rows []row, x, y, maxY float64) float64 {
	for i, r := range rows {
		if y+r.h > maxY+0.5 {
			p.cutOff(rows[i:])
			break
		}
		r.draw(x, y)
		y += r.h
	}
	return y
}

// cutOff records rows left out with no way to reach them.
func (p *painter) cutOff(rows []row) {
	if p.cuts == nil {
		return
	}
	for _, r := range rows {
		if r.s != "" {
			*p.cuts = append(*p.cuts, r.s)
		}
	}
}

// scrolled draws the rows build lays out for a width in the w×h
// viewport at (x, y), from row off on. When they do not all fit, it
// narrows them for a scrollbar at the right that shows where the view
// is. It returns the largest useful off.
func (p *painter) scrolled(build func(w float64) []row, x, y, w, h float64, off int) int {
	rows := build(w)
	total := rowsHeight(rows)
	if total <= h {
		p.drawRows(rows, x, y, y+h)
		return 0
	}
	bar := max(4, p.U*0.35)
	rows = build(w - bar - p.U*0.4)
	total = rowsHeight(rows)
	last := len(rows)
	for rest := 0.0; last > 0 && rest+rows[last-1].h <= h; last-- {
		rest += rows[last-1].h
	}
	off = min(max(off, 0), last)
	ry := y
	for _, r := range rows[off:] {
		if ry+r.h > y+h+0.5 {
			break
		}
		r.draw(x, ry)
		ry += r.h
	}
	p.scrollbar(x+w-bar, y, bar, h, total, rowsHeight(rows[:off]))
	return last
}

// scrollbar draws a w×h scrollbar at (x, y) for content total high of
// which the view shows h from above on.
func (p *painter) scrollbar(x, y, w, h, total, above float64) {
	p.box(x, y, w, h, colOffBG, nil)
	th := min(max(h*h/total, w*2), h)
	p.box(x, y+min(max(h*above/total, 0), h-th), w, th, colMuted, nil)
	if p.bars != nil {
		*p.bars++
	}
}

// panel draws a bordered panel holding the rows build lays out for a
// width, scrolled from row off, and returns the largest useful off.
func (p *painter) panel(x, y, w, h float64, build func(w float64) []row, off int) int {
	p.box(x, y, w, h, colPanel, colBorder)
	pad := p.U * 0.5
	return p.scrolled(build, x+pad, y+pad*0.6, w-2*pad, h-pad*1.2, off)
}
