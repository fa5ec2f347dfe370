package game

import (
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
	"kalm/scenarios/engine"
)

// debriefView is the debrief's view.
type debriefView struct{ s *flow.Debrief }

func (v debriefView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	drawDebrief(p, a, v.s)
	return image.Rectangle{}, false
}
func (debriefView) title(a *flow.App) string { return a.T("debrief") }
func (debriefView) sound() bool              { return false }

// drawDebrief draws the outcome and the score; a band with the anger
// plot, the score's breakdown and the triad and six steps; and the
// selected turn: the lines it answered and the reply beside the model
// answer. Every panel that holds more than fits scrolls (PageUp and
// PageDown) with a scrollbar.
func drawDebrief(p *painter, a *flow.App, d *flow.Debrief) {
	m := p.U
	helpY := p.footer(a.T("debrief.help"), debriefButtons(a, d))
	top := debriefHeader(p, a, d)
	bottom := helpY - m*0.5

	bw := breakdownWidth(p, a, d.Res)
	cw := max((p.W-4*m)*0.3, min(coverageWidth(p, a, d), (p.W-4*m)*0.4))
	pw := p.W - 4*m - bw - cw
	stripH := lh(p.body) + m*0.8 + legendBelow(p, a, d, p.W-2*m)
	minTurn := 5*lh(p.body) + m
	need := max(rowsHeight(breakdownRows(p, a, d.Res, bw-m)), rowsHeight(coverageRows(p, a, d, cw-m))) + m*0.6
	bandH := max(min(need, bottom-top-stripH-minTurn), 6*m)

	plot(p, a, d, m, top, pw, bandH)
	most := p.panel(2*m+pw, top, bw, bandH, func(w float64) []row { return breakdownRows(p, a, d.Res, w) }, d.Scroll)
	most = max(most, p.panel(3*m+pw+bw, top, cw, bandH, func(w float64) []row { return coverageRows(p, a, d, w) }, d.Scroll))
	most = max(most, turns(p, a, d, m, top+bandH+m, p.W-2*m, bottom))
	d.Fit(most)
}

// debriefHeader draws the title, the outcome, the score out of the
// maximum (and the best before) and whether the run was sent; it
// returns the y below. The outcome goes beside the title when both fit
// on a line, to leave the turns more room.
func debriefHeader(p *painter, a *flow.App, d *flow.Debrief) float64 {
	m := p.U
	title := a.T("debrief") + " — " + d.Scn.Title.Get(a.Lang)
	p.text(title, p.big, m, m, colInk)
	oc := colInk
	switch d.Res.Outcome {
	case engine.Resolved:
		oc = colGoodInk
	case engine.HungUp, engine.Escalated:
		oc = colBadInk
	}
	line := fmt.Sprintf("%s: ", a.T("outcome"))
	out := a.T(string(d.Res.Outcome))
	score := fmt.Sprintf("   %s "+a.T("score.of"), a.T("score"), d.Res.Score, d.Res.Max)
	best := ""
	if d.HadBest {
		best = fmt.Sprintf("  (%s %d)", a.T("best"), d.Best)
	}
	w := advance(line, p) + textWidth(out, p.bold) + textWidth(score, p.bold) + advance(best, p) // drawn as four texts
	ox, sy := m, m+lh(p.big)
	if tx := m + textWidth(title, p.big) + 2*m; tx+w <= p.W-m {
		ox, sy = tx, m+(lh(p.big)-lh(p.body))*0.6
	}
	p.text(line, p.body, ox, sy, colMuted)
	ox += advance(line, p)
	p.text(out, p.bold, ox, sy, oc)
	ox += textWidth(out, p.bold)
	p.text(score, p.bold, ox, sy, colInk)
	ox += textWidth(score, p.bold)
	if best != "" {
		p.text(best, p.body, ox, sy, colMuted)
		ox += advance(best, p)
	}
	return drawSent(p, a, d, ox, sy, max(sy+lh(p.body), m+lh(p.big))+m*0.8)
}

// plot draws the anger over the call, start then after each reply, with
// the selected turn marked and its value shown.
func plot(p *painter, a *flow.App, d *flow.Debrief, x, y, w, h float64) {
	m := p.U
	anger := d.Anger()
	p.box(x, y, w, h, colPanel, colBorder)
	ty := p.para(a.T("plot"), p.small, x+m*0.5, y+m*0.3, w-m, colMuted, 0)
	gx, gy := x+2.2*m, ty+m*0.6
	gw, gh := w-3*m, y+h-gy-lh(p.small)-m*0.7
	for _, v := range []int{0, 50, 100} {
		ly := gy + gh*(1-float64(v)/100)
		p.line(gx, ly, gx+gw, ly, 1, colOffBG)
		if v == 100 || (v == 0 && gh >= lh(p.small)) || gh >= 2*lh(p.small) { // labels apart in a low plot
			p.textRight(fmt.Sprint(v), p.small, gx-m*0.3, ly-lh(p.small)/2, colMuted)
		}
	}
	n := len(anger)
	step := gw / float64(max(n-1, 1))
	px := func(i int) float64 { return gx + step*float64(i) }
	py := func(v int) float64 { return gy + gh*(1-float64(v)/100) }
	sel := d.Sel + 1 // the point after the selected reply
	if len(d.Res.Turns) == 0 {
		sel = -1
	}
	if sel > 0 && sel < n {
		p.rect(px(sel)-m*0.45, gy, m*0.9, gh, colSelBG)
	}
	for i := 1; i < n; i++ {
		p.line(px(i-1), py(anger[i-1]), px(i), py(anger[i]), max(2, m*0.15), colAccent)
	}
	for i, v := range anger {
		r := m * 0.25
		if i == sel {
			r = m * 0.4
			p.box(px(i)-r-2, py(v)-r-2, 2*r+4, 2*r+4, colInk, nil)
		}
		p.box(px(i)-r, py(v)-r, 2*r, 2*r, angerColor(v), nil)
		if n <= 16 || i%2 == 0 || i == sel {
			lbl := fmt.Sprint(i)
			p.text(lbl, p.small, px(i)-textWidth(lbl, p.small)/2, gy+gh+m*0.2, colMuted)
		}
	}
	if sel > 0 && sel < n && gh >= 3*lh(p.small) { // the turn's panel says it too
		v := fmt.Sprint(anger[sel])
		vy := py(anger[sel]) - m*0.5 - lh(p.small)
		if anger[sel] > 75 || vy < ty { // below the point, not over the title
			vy = py(anger[sel]) + m*0.5
		}
		vw := textWidth(v, p.small)
		vx := min(max(px(sel)-vw/2-m*0.6, gx), x+w-vw-m*0.4)
		p.box(vx-m*0.15, vy+m*0.1, vw+m*0.3, lh(p.small)-m*0.1, colPanel, nil)
		p.text(v, p.small, vx, vy, colInk)
	}
}

// partRows are the rows of score parts: each part's name and its signed
// points, a cost in the bad colour.
func partRows(p *painter, a *flow.App, parts []engine.Part, w float64) []row {
	var rows []row
	for _, pt := range parts {
		c := color.Color(colGoodInk)
		switch {
		case flow.PartBad(pt):
			c = colBadInk
		case pt.What == engine.PartFloor:
			c = colMuted
		}
		rows = append(rows, p.pairRows(a.T("part."+pt.What), fmt.Sprintf("%+d", pt.Points), p.small, w, colInk, c)...)
	}
	return rows
}

// pairRows draws label at the left, wrapped when it must, and value at
// the right of its first line.
func (p *painter) pairRows(label, value string, face *text.GoTextFace, w float64, lc, vc color.Color) []row {
	vw := textWidth(value, face)
	rows := p.textRows(label, face, max(w-vw-p.U*0.6, p.U), lc)
	first := rows[0].draw
	rows[0].s += " " + value
	rows[0].draw = func(x, y float64) {
		first(x, y)
		p.text(value, face, x+w-vw, y, vc)
	}
	return rows
}

// breakdownRows lists the call's score: every part, a rule, and the
// total out of the maximum, so the rows visibly add up.
func breakdownRows(p *painter, a *flow.App, r engine.Result, w float64) []row {
	rows := p.textRows(a.T("score"), p.small, w, colMuted)
	rows = append(rows, partRows(p, a, r.Breakdown, w)...)
	rows = append(rows, row{h: p.U * 0.5, draw: func(x, y float64) {
		p.line(x, y+p.U*0.25, x+w, y+p.U*0.25, 1, colBorder)
	}})
	return append(rows, p.pairRows(a.T("total"), fmt.Sprintf(a.T("score.of"), r.Score, r.Max), p.bold, w, colInk, colInk)...)
}

// breakdownWidth is the width the breakdown panel wants, within bounds.
func breakdownWidth(p *painter, a *flow.App, r engine.Result) float64 {
	want := textWidth(a.T("total")+"  "+fmt.Sprintf(a.T("score.of"), r.Score, r.Max), p.bold)
	for _, pt := range r.Breakdown {
		want = max(want, textWidth(a.T("part."+pt.What)+"  +100", p.small))
	}
	return min(max(want+p.U*2, p.W*0.2), p.W*0.3)
}

// coverItem is one drawn item of the triad or six steps.
type coverItem struct {
	label string
	w     float64
	c     color.Color
	sel   bool
}

// coverGap is the space between two coverage items on a line.
const coverGap = 0.9

// coverageRows lists the triad and the six steps, each ticked when the
// run covered it and the selected one boxed, then the selected one's
// explanation.
func coverageRows(p *painter, a *flow.App, d *flow.Debrief, w float64) []row {
	items := d.Coverage()
	var rows []row
	var line []coverItem
	used, group := 0.0, ""
	flush := func() {
		if len(line) > 0 {
			rows = append(rows, coverLine(p, line))
		}
		line, used = nil, 0
	}
	for i, it := range items {
		if it.Group != group {
			flush()
			if group != "" {
				rows = append(rows, gapRow(p.U*0.3))
			}
			group = it.Group
			rows = append(rows, p.textRows(a.T(group), p.bold, w, colInk)...)
		}
		ci := coverItem{label: "○ " + a.T(it.Key), c: colMuted, sel: i == d.Item}
		if it.Done {
			ci.label, ci.c = "● "+a.T(it.Key), colGoodInk
		}
		ci.w = textWidth(ci.label, p.small) + p.U*0.6
		if used > 0 && used+ci.w > w {
			flush()
		}
		line = append(line, ci)
		used += ci.w + p.U*coverGap
	}
	flush()
	rows = append(rows, gapRow(p.U*0.4))
	return append(rows, explanationRows(p, a, items, d.Item, w)...)
}

// explanationRows explain item sel of items, with room for the longest
// explanation, so Tab does not move the panel's contents.
func explanationRows(p *painter, a *flow.App, items []flow.CoverItem, sel int, w float64) []row {
	tall := 0
	for _, it := range items {
		tall = max(tall, len(p.wrap(explain(a, it), p.small, w)))
	}
	rows := p.textRows(explain(a, items[min(max(sel, 0), len(items)-1)]), p.small, w, colInk)
	for len(rows) < tall {
		rows = append(rows, gapRow(lh(p.small)))
	}
	return rows
}

// explain is an item's name and what it asks of the player.
func explain(a *flow.App, it flow.CoverItem) string {
	return a.T(it.Key) + ": " + a.T(it.Why)
}

// coverLine is one row of coverage items, the selected one boxed.
func coverLine(p *painter, items []coverItem) row {
	s := ""
	for _, it := range items {
		s += it.label + " "
	}
	return row{h: lh(p.small) + p.U*0.3, s: s, draw: func(x, y float64) {
		for _, it := range items {
			if it.sel {
				p.box(x, y, it.w, lh(p.small)+p.U*0.1, colSelBG, colAccent)
			}
			p.text(it.label, p.small, x+p.U*0.3, y+p.U*0.05, it.c)
			x += it.w + p.U*coverGap
		}
	}}
}

// coverageWidth is the width the coverage panel wants: the widest
// explanation on one line.
func coverageWidth(p *painter, a *flow.App, d *flow.Debrief) float64 {
	want := 0.0
	for _, it := range d.Coverage() {
		want = max(want, textWidth(explain(a, it), p.small))
	}
	return want + p.U*1.6
}

// turns draws the turn selector and the selected turn: the customer's
// lines it answered and the reply with its criteria, points and hints,
// beside the model answer. It returns the most the panels can scroll.
func turns(p *painter, a *flow.App, d *flow.Debrief, x, y, w, maxY float64) int {
	m := p.U
	t, ok := d.Turn()
	if !ok {
		return 0
	}
	y = turnStrip(p, a, d, x, y, w)
	// The reply's side holds more (the customer's lines, the points):
	// it gets the larger share.
	lw := (w - m) * 0.58
	rw := w - m - lw
	h := maxY - y
	left := p.panel(x, y, lw, h, func(w float64) []row { return replyRows(p, a, d, t, w) }, d.Scroll)
	right := p.panel(x+lw+m, y, rw, h, func(w float64) []row { return modelRows(p, a, t, w) }, d.Scroll)
	p.scrollArea(x, y, w, h, flow.Press{Key: flow.KeyPageUp}, flow.Press{Key: flow.KeyPageDown})
	return max(left, right)
}

// turnStrip draws the turn numbers, coloured by the anger after each,
// scrolled so the selected one shows, and the legend of the colours
// beside them (below when they do not both fit); it returns the y below.
func turnStrip(p *painter, a *flow.App, d *flow.Debrief, x, y, w float64) float64 {
	m := p.U
	label := func(i int) string { return turnLabel(a, i) }
	items := legendItems(a)
	below := legendBelow(p, a, d, w)
	if below == 0 { // beside the tabs
		lw := legendWidth(p, items)
		drawLegend(p, [][]legendItem{items}, x+w-lw, y+(lh(p.body)+m*0.2-lh(p.small))/2)
		w -= lw + m
	} else {
		drawLegend(p, legendLines(p, items, w), x, y+lh(p.body)+m*0.5)
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
		fill, border := colOffBG, color.Color(nil)
		if p.clickable(cx, y, cw, lh(p.body)+m*0.2, tabAct(d, i)) {
			border = colAccent
		}
		if i == d.Sel {
			fill = colSelBG
		}
		p.box(cx, y, cw, lh(p.body)+m*0.2, fill, border)
		p.rect(cx+m*0.3, y+lh(p.body)+m*0.2-max(2, m*0.15), cw-m*0.6, max(2, m*0.15), angerColor(t.Mood))
		p.text(lbl, p.body, cx+m*0.5, y+m*0.1, angerInk(t.Mood))
		cx += cw + m*0.3
	}
	return y + lh(p.body) + m*0.8 + below
}

// debriefButtons are the debrief's actions: the title, the
// leaderboard, a retry from the selected turn and the other calls.
func debriefButtons(a *flow.App, d *flow.Debrief) []button {
	r := func(c rune) func() flow.Input { return func() flow.Input { return flow.Input{Runes: []rune{c}} } }
	bs := []button{btn(a.T("btn.title"), false, flow.KeyEscape), {label: a.T("board"), act: r('l')}}
	if len(d.Res.Turns) > 0 {
		bs = append(bs, button{label: a.T("btn.retry"), act: r('r')})
	}
	return append(bs, btn(a.T("btn.other"), true, flow.KeyEnter))
}

// tabAct is a click on turn i's tab: it selects the turn.
func tabAct(d *flow.Debrief, i int) func() flow.Input {
	return func() flow.Input { return keys(moves(d.Sel, i, flow.KeyLeft, flow.KeyRight)...) }
}

// legendBelow is the height the legend takes below the turn tabs in a
// strip w wide: 0 when it fits beside them.
func legendBelow(p *painter, a *flow.App, d *flow.Debrief, w float64) float64 {
	tabs := 0.0
	for i := range d.Res.Turns {
		tabs += advance(turnLabel(a, i), p) + p.U*1.3
	}
	items := legendItems(a)
	if tabs+legendWidth(p, items)+p.U <= w {
		return 0
	}
	return float64(len(legendLines(p, items, w)))*lh(p.small) + p.U*0.3
}

// turnLabel is the label of turn i's tab (0-based).
func turnLabel(a *flow.App, i int) string {
	if i == 0 {
		return a.T("turn") + " 1"
	}
	return fmt.Sprint(i + 1)
}

// legendItem is one part of the turn colours' legend.
type legendItem struct {
	s string
	c color.Color
}

// legendItems explain the turn tabs' colours: the anger after the turn.
func legendItems(a *flow.App) []legendItem {
	return []legendItem{
		{a.T("legend") + ":", colMuted},
		{"● " + a.T("legend.calm"), angerInk(0)},
		{"● " + a.T("legend.tense"), angerInk(50)},
		{"● " + a.T("legend.angry"), angerInk(100)},
	}
}

// legendWidth is the width of the legend on one line.
func legendWidth(p *painter, items []legendItem) float64 {
	w := 0.0
	for _, it := range items {
		w += textWidth(it.s, p.small) + p.U*0.6
	}
	return w - p.U*0.6
}

// legendLines breaks the legend into lines no wider than w.
func legendLines(p *painter, items []legendItem, w float64) [][]legendItem {
	var lines [][]legendItem
	var line []legendItem
	for _, it := range items {
		if len(line) > 0 && legendWidth(p, append(line[:len(line):len(line)], it)) > w {
			lines, line = append(lines, line), nil
		}
		line = append(line, it)
	}
	return append(lines, line)
}

// drawLegend draws the legend's lines from (x, y).
func drawLegend(p *painter, lines [][]legendItem, x, y float64) {
	for _, line := range lines {
		lx := x
		for _, it := range line {
			p.text(it.s, p.small, lx, y, it.c)
			lx += textWidth(it.s, p.small) + p.U*0.6
		}
		y += lh(p.small)
	}
}

// replyRows lays out the selected turn's left panel: what the customer
// said, the reply with the scorer's evidence, the points it earned or
// cost (and the criteria said again for none), and the hints.
func replyRows(p *painter, a *flow.App, d *flow.Debrief, t engine.Turn, w float64) []row {
	m := p.U
	var rows []row
	if said := d.Answered(d.Sel); len(said) > 0 {
		rows = append(rows, p.textRows(fmt.Sprintf(a.T("debrief.said"), d.Scn.Customer.Name), p.small, w, colMuted)...)
		for i, l := range said {
			if i > 0 {
				rows = append(rows, gapRow(m*0.2))
			}
			rows = append(rows, p.banded(p.textRows(l, p.small, w-m*0.8, colInk), w, colCust)...)
		}
		rows = append(rows, gapRow(m*0.6))
	}
	head := fmt.Sprintf("%s · %s %d · %s %d (%+d)", a.T("you"), a.T("turn"), t.Index, a.T("anger"), t.Mood, t.MoodDelta)
	rows = append(rows, p.textRows(head, p.small, w, colMuted)...)
	rows = append(rows, p.banded(p.highlightRows(t.Reply, t.Findings, p.body, w-m*0.8), w, colYou)...)
	unearned := flow.Unearned(t)
	if len(t.Parts)+len(unearned) > 0 {
		rows = append(rows, gapRow(m*0.4))
	}
	rows = append(rows, partRows(p, a, t.Parts, w)...)
	for _, c := range unearned {
		label := a.T("c."+string(c)) + " (" + a.T("play.again") + ")"
		rows = append(rows, p.pairRows(label, "0", p.small, w, colMuted, colMuted)...)
	}
	return append(rows, hintRows(p, a, flow.Hints(a, t), w)...)
}

// modelRows lays out the model answer of the node the turn answered.
func modelRows(p *painter, a *flow.App, t engine.Turn, w float64) []row {
	rows := p.textRows(a.T("model"), p.small, w, colMuted)
	model := t.Model
	if model == "" {
		model = "—"
	}
	return append(rows, p.textRows(model, p.body, w, colInk)...)
}
