package game

import (
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
	"kalm/scenarios/engine"
)

// drawDebrief draws the outcome, the anger plot, the triad and six
// steps, and the selected turn beside its model answer.
func drawDebrief(p *painter, a *flow.App, d *flow.Debrief) {
	m := p.U
	helpY := p.help(a.T("debrief.help"))
	p.text(a.T("debrief")+" — "+d.Scn.Title.Get(a.Lang), p.big, m, m, colInk)
	oc := colInk
	switch d.Res.Outcome {
	case engine.Resolved:
		oc = colGood
	case engine.HungUp, engine.Escalated:
		oc = colBad
	}
	sy := m + lh(p.big)
	line := fmt.Sprintf("%s: ", a.T("outcome"))
	p.text(line, p.body, m, sy, colMuted)
	ox := m + textW(p, line)
	out := a.T(string(d.Res.Outcome))
	p.text(out, p.bold, ox, sy, oc)
	score := fmt.Sprintf("   %s %d", a.T("score"), d.Res.Score)
	if d.HadBest {
		score += fmt.Sprintf("  (%s %d)", a.T("best"), d.Best)
	}
	p.text(score, p.body, ox+text.Advance(out, p.bold), sy, colInk)

	top := sy + lh(p.body) + m
	top = drawSent(p, a, d, ox+text.Advance(out, p.bold)+text.Advance(score, p.body), sy, top)
	ph := min(max((helpY-top)*0.36, 8*m), 14*m)
	pw := (p.W - 3*m) * 0.55
	cw := p.W - 3*m - pw
	ph = max(ph, coverage(p, a, d.Res, 2*m+pw, top, cw, 0, false))
	plot(p, a, d.Anger(), m, top, pw, ph)
	coverage(p, a, d.Res, 2*m+pw, top, cw, ph, true)

	turns(p, a, d, m, top+ph+m, p.W-2*m, helpY-m*0.5)
}

func textW(p *painter, s string) float64 { return advance(s, p) }

// plot draws the anger over the call: start, then after each reply.
func plot(p *painter, a *flow.App, anger []int, x, y, w, h float64) {
	m := p.U
	p.box(x, y, w, h, colPanel, colBorder)
	p.text(a.T("plot"), p.small, x+m*0.5, y+m*0.3, colMuted)
	gx, gy := x+2.2*m, y+lh(p.small)+m*0.9
	gw, gh := w-3*m, h-lh(p.small)-lh(p.small)-m*1.6
	for _, v := range []int{0, 50, 100} {
		ly := gy + gh*(1-float64(v)/100)
		p.line(gx, ly, gx+gw, ly, 1, colOffBG)
		p.textRight(fmt.Sprint(v), p.small, gx-m*0.3, ly-lh(p.small)/2, colMuted)
	}
	n := len(anger)
	step := gw / float64(max(n-1, 1))
	px := func(i int) float64 { return gx + step*float64(i) }
	py := func(v int) float64 { return gy + gh*(1-float64(v)/100) }
	for i := 1; i < n; i++ {
		p.line(px(i-1), py(anger[i-1]), px(i), py(anger[i]), max(2, m*0.15), colAccent)
	}
	for i, v := range anger {
		p.box(px(i)-m*0.25, py(v)-m*0.25, m*0.5, m*0.5, angerColor(v), nil)
		if n <= 16 || i%2 == 0 {
			lbl := fmt.Sprint(i)
			p.text(lbl, p.small, px(i)-advance(lbl, p)/2*0.82, gy+gh+m*0.2, colMuted)
		}
	}
}

// coverage lists the triad and the six steps with ticks, in two columns
// when they fit, and returns the height it needs (drawing nothing when
// draw is false).
func coverage(p *painter, a *flow.App, r engine.Result, x, y, w, h float64, draw bool) float64 {
	m := p.U
	items := []struct {
		head string
		k    string
		ok   bool
	}{
		{"triad", "t.understand", r.Triad.Understanding}, {"triad", "t.sorry", r.Triad.Sorry}, {"triad", "t.solve", r.Triad.Solve},
		{"steps", "s.listen", r.Steps.Listen}, {"steps", "s.summarise", r.Steps.Summarise},
		{"steps", "s.apologise", r.Steps.ApologiseAndAsk}, {"steps", "s.analyse", r.Steps.Analyse},
		{"steps", "s.plan", r.Steps.Plan}, {"steps", "s.aftercare", r.Steps.Aftercare},
	}
	widest := 0.0
	for _, it := range items {
		widest = max(widest, text.Advance("● "+a.T(it.k), p.small))
	}
	cols := 2
	if 2*widest+2*m > w {
		cols = 1
	}
	if draw {
		p.box(x, y, w, h, colPanel, colBorder)
	}
	cx, cy := x+m*0.5, y+m*0.3
	col := 0
	head := ""
	for _, it := range items {
		if it.head != head {
			if col != 0 {
				cy += lh(p.small)
				col = 0
			}
			if head != "" {
				cy += m * 0.4
			}
			head = it.head
			if draw {
				p.text(a.T(head), p.bold, cx, cy, colInk)
			}
			cy += lh(p.bold)
		}
		mark, c := "○", color.Color(colMuted)
		if it.ok {
			mark, c = "●", colGood
		}
		if draw {
			p.text(mark+" "+a.T(it.k), p.small, cx+float64(col)*(w*0.5), cy, c)
		}
		col++
		if col == cols {
			col = 0
			cy += lh(p.small)
		}
	}
	if col != 0 {
		cy += lh(p.small)
	}
	return cy + m*0.3 - y
}

// turns draws the turn selector and the selected reply beside the model.
func turns(p *painter, a *flow.App, d *flow.Debrief, x, y, w, maxY float64) {
	m := p.U
	if len(d.Res.Turns) == 0 {
		return
	}
	// Selector strip, scrolled so the selected turn shows.
	label := func(i int) string {
		if i == 0 {
			return a.T("turn") + " 1"
		}
		return fmt.Sprint(i + 1)
	}
	first := 0
	for {
		used := 0.0
		for i := first; i <= d.Sel && i < len(d.Res.Turns); i++ {
			used += advance(label(i), p) + m*1.3
		}
		if used <= w || first >= d.Sel {
			break
		}
		first++
	}
	cx := x
	for i := first; i < len(d.Res.Turns); i++ {
		t := d.Res.Turns[i]
		lbl := label(i)
		cw := advance(lbl, p) + m
		if cx+cw > x+w {
			break
		}
		fill := colOffBG
		if i == d.Sel {
			fill = colSelBG
		}
		p.box(cx, y, cw, lh(p.body)+m*0.2, fill, nil)
		p.text(lbl, p.body, cx+m*0.5, y+m*0.1, angerColor(t.Mood))
		cx += cw + m*0.3
	}
	y += lh(p.body) + m*0.8
	t := d.Res.Turns[min(d.Sel, len(d.Res.Turns)-1)]
	cw := (w - m) / 2
	h := maxY - y
	p.box(x, y, cw, h, colPanel, colBorder)
	p.box(x+cw+m, y, cw, h, colPanel, colBorder)
	p.text(fmt.Sprintf("%s %d · %s %d (%+d)", a.T("you"), t.Index, a.T("anger"), t.Mood, t.MoodDelta), p.small, x+m*0.5, y+m*0.3, colMuted)
	ry := p.chips(a, t.Criteria, x+m*0.5, y+m*0.3+lh(p.small), cw-m, y+h)
	ry = p.highlighted(t.Reply, t.Findings, p.body, x+m*0.5, ry, cw-m, y+h-m*0.3) + m*0.3
	for _, note := range hints(&t) {
		if ry+lh(p.small) > y+h-m*0.3 {
			break
		}
		ry = p.para("• "+note, p.small, x+m*0.5, ry, cw-m, colWarnInk, max(1, int((y+h-ry)/lh(p.small))-1))
	}
	p.text(a.T("model"), p.small, x+cw+1.5*m, y+m*0.3, colMuted)
	p.para(t.Model, p.body, x+cw+1.5*m, y+m*0.3+lh(p.small), cw-m, colInk, max(1, int((h-lh(p.small)-m)/lh(p.body))))
}
