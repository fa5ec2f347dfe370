package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// table is a board's table: a header and rows of cells.
type table struct {
	head []string
	rows []tableRow
	// right marks the right-aligned (number) columns.
	right []bool
	// flex shares the width left by the other columns, which take their
	// contents' width, in these proportions (0: sized to contents).
	flex []float64
}

// tableRow is one line; mark highlights the player's own, dim mutes it.
type tableRow struct {
	cells     []string
	mark, dim bool
}

// rowH is the height of a table row.
func (p *painter) rowH() float64 { return lh(p.body) + p.U*0.3 }

// headH is the height of a table's header.
func (p *painter) headH() float64 { return lh(p.small) + p.U*0.2 }

// widths sizes the columns to w.
func (p *painter) widths(t table, w float64) []float64 {
	m := p.U
	ws := make([]float64, len(t.head))
	fixed, flex := 0.0, 0.0
	for i, h := range t.head {
		if t.flex[i] > 0 {
			flex += t.flex[i]
			continue
		}
		cw := textWidth(h, p.small)
		for _, r := range t.rows {
			cw = max(cw, textWidth(r.cells[i], p.bold))
		}
		ws[i] = cw + m
		fixed += ws[i]
	}
	if limit := w * 0.6; fixed > limit { // leave the names some room
		for i := range ws {
			ws[i] *= limit / fixed
		}
		fixed = limit
	}
	for i := range ws {
		if t.flex[i] > 0 {
			ws[i] = (w - fixed) * t.flex[i] / flex
		}
	}
	return ws
}

// drawTable draws t at (x, y) across w and returns the y below it.
func (p *painter) drawTable(t table, x, y, w float64) float64 {
	m := p.U
	ws := p.widths(t, w)
	cell := func(s string, i int, face *text.GoTextFace, cx, cy float64, c color.Color) {
		s = fit(s, face, ws[i]-m*0.6)
		if t.right[i] {
			p.textRight(s, face, cx+ws[i]-m*0.6, cy, c)
			return
		}
		p.text(s, face, cx, cy, c)
	}
	cx := x
	for i, h := range t.head {
		cell(h, i, p.small, cx, y, colMuted)
		cx += ws[i]
	}
	y += p.headH()
	p.line(x, y-m*0.15, x+w, y-m*0.15, 1, colBorder)
	for _, r := range t.rows {
		face, c := p.body, color.Color(colInk)
		switch {
		case r.mark:
			p.box(x-m*0.3, y, w+m*0.6, p.rowH(), colGoodBG, nil)
			face = p.bold
		case r.dim:
			c = colMuted
		}
		cx := x
		for i, s := range r.cells {
			cell(s, i, face, cx, y+m*0.15, c)
			cx += ws[i]
		}
		y += p.rowH()
	}
	return y
}

// around returns the start of a window of n out of total lines that
// shows line at, centred where it can be.
func around(at, n, total int) int {
	if at < 0 {
		at = 0
	}
	return max(0, min(at-n/2, total-n))
}
