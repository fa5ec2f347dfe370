package game

import (
	"fmt"
	"image"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
	"kalm/scoring"
)

// clip returns a painter that draws only inside the rectangle.
func (p *painter) clip(x, y, w, h float64) *painter {
	q := *p
	r := image.Rect(int(x), int(y), int(x+w), int(y+h)).Intersect(p.dst.Bounds())
	q.dst = p.dst.SubImage(r).(*ebiten.Image)
	return &q
}

// help draws the key help line at the bottom and returns its top.
func (p *painter) help(s string) float64 {
	s = glueHints(s)
	y := p.H - p.U*0.8 - lh(p.small)
	p.rect(0, y-p.U*0.4, p.W, p.H-y+p.U*0.4, colOffBG)
	lines := p.wrap(s, p.small, p.W-2*p.U)
	if len(lines) > 1 { // two lines on a narrow window
		y -= lh(p.small)
		p.rect(0, y-p.U*0.4, p.W, lh(p.small), colOffBG)
	}
	rec := p.rec
	p.rec = nil // the bar is recorded whole: no other text may enter it
	p.para(s, p.small, p.U, y, p.W-2*p.U, colMuted, 2)
	p.rec = rec
	if rec != nil {
		*rec = append(*rec, textBox{x0: 0, y0: y - p.U*0.4, x1: p.W, y1: p.H, right: p.W, bottom: p.H, s: s, c: colMuted})
	}
	return y - p.U*0.4
}

// meter draws a horizontal anger meter with its value.
func (p *painter) meter(x, y, w, h float64, v int) {
	p.box(x, y, w, h, colOffBG, nil)
	f := float64(max(0, min(v, 100))) / 100
	if f > 0 {
		p.box(x, y, max(w*f, h), h, angerColor(v), nil)
	}
}

// angerColor goes from calm green through amber to red.
func angerColor(v int) color.RGBA {
	switch {
	case v < 40:
		return colGood
	case v < 70:
		return colAmber
	}
	return colBad
}

// angerInk is angerColor as text: dark enough to read on a tab.
func angerInk(v int) color.RGBA {
	switch {
	case v < 40:
		return colGoodInk
	case v < 70:
		return colWarnInk
	}
	return colBadInk
}

// chips draws the eight criteria as chips, lit when on; blame and
// overpromise light up as warnings. It returns the y below them.
func (p *painter) chips(a *flow.App, l scoring.Labels, x, y, w, maxY float64) float64 {
	return p.drawRows(p.chipRows(a, l, w), x, y, maxY) + p.U*0.15
}

// highlighted draws text wrapped to w with the scorer's evidence marked
// and returns the y below it, drawing no further than maxY.
func (p *painter) highlighted(s string, finds []scoring.Finding, face *text.GoTextFace, x, y, w, maxY float64) float64 {
	return p.drawRows(p.highlightRows(s, finds, face, w), x, y, maxY)
}

// editor draws a text box with its caret and returns the caret's bounds.
func (p *painter) editor(ed *flow.Editor, placeholder string, x, y, w, h float64, focused bool) image.Rectangle {
	border := colBorder
	if focused {
		border = colAccent
	}
	p.box(x, y, w, h, colPanel, border)
	pad := p.U * 0.5
	face := p.body
	tw := w - 2*pad
	if focused && p.composition != "" {
		c := min(max(ed.Cursor, 0), len(ed.Text))
		ed = &flow.Editor{Text: ed.Text[:c] + p.composition + ed.Text[c:], Cursor: c + len(p.composition)}
	}
	spans := p.wrap(ed.Text, face, tw)
	// The line with the caret.
	cl := len(spans) - 1
	for i, sp := range spans {
		if ed.Cursor >= sp.Start && ed.Cursor <= sp.End {
			cl = i
			break
		}
	}
	fit := max(1, int((h-2*pad)/lh(face)))
	first := max(0, cl-fit+1)
	if ed.Text == "" { // the placeholder starts just after the caret, not under it
		p.text(placeholder, face, x+pad+max(1.5, p.U*0.1)+p.U*0.2, y+pad, colMuted)
	}
	ly := y + pad
	var caret image.Rectangle
	for i := first; i < len(spans) && i < first+fit; i++ {
		sp := spans[i]
		p.text(ed.Text[sp.Start:sp.End], face, x+pad, ly, colInk)
		if i == cl {
			c := min(max(ed.Cursor, sp.Start), sp.End)
			cx := x + pad + caretX(ed.Text[sp.Start:sp.End], c-sp.Start, face)
			if focused {
				p.rect(cx, ly+face.Size*0.1, max(1.5, p.U*0.1), face.Size*1.15, colCaret)
			}
			caret = image.Rect(int(cx), int(ly), int(cx)+2, int(ly+lh(face)))
		}
		ly += lh(face)
	}
	return caret
}

// notice draws a small message box at the bottom right.
func drawNotice(p *painter, msg string) {
	w := min(p.W*0.5, 30*p.U)
	lines := p.wrap(msg, p.small, w-p.U)
	h := float64(len(lines))*lh(p.small) + p.U*0.6
	x, y := p.W-w-p.U, p.H-h-lh(p.small)-2.2*p.U
	p.box(x, y, w, h, colBadBG, colBad)
	p.para(msg, p.small, x+p.U*0.5, y+p.U*0.3, w-p.U, colBadInk, 0)
}

// drawOverlay shows the problems of an edited pack that did not load
// (--watch) across the top of the screen, until a version loads.
func drawOverlay(p *painter, problems []string) {
	const most = 4
	msg := "kalm check: " + strings.Join(problems[:min(len(problems), most)], "\n")
	if len(problems) > most {
		msg += fmt.Sprintf("\n(+%d more)", len(problems)-most)
	}
	w := p.W - 2*p.U
	lines := p.wrap(msg, p.small, w-p.U)
	h := float64(len(lines))*lh(p.small) + p.U*0.6
	p.box(p.U, p.U*0.5, w, h, colBadBG, colBad)
	p.para(msg, p.small, p.U*1.5, p.U*0.8, w-p.U, colBadInk, 0)
}

// stars shows a difficulty of 1..5.
func stars(n int) string {
	s := ""
	for i := 1; i <= 5; i++ {
		if i <= n {
			s += "●"
		} else {
			s += "○"
		}
	}
	return s
}

func clock(secs int) string { return fmt.Sprintf("%d:%02d", secs/60, secs%60) }
