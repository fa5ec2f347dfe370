package game

import (
	"fmt"
	"image"
	"image/color"
	"strings"

	"kalm/game/flow"
)

// callView is the call screen's view: the window names the customer,
// and the sound button shows.
type callView struct{ s *flow.Call }

func (v callView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	return drawCall(p, a, v.s), true
}
func (v callView) title(a *flow.App) string { return a.T("call") + " " + v.s.Scn.Customer.Name }
func (callView) sound() bool                { return true }

// drawCall draws the conversation and returns the caret's bounds.
func drawCall(p *painter, a *flow.App, c *flow.Call) image.Rectangle {
	m := p.U
	// Header: who is calling, the mode and the score.
	p.rect(0, 0, p.W, m*3.4, colPanel)
	p.line(0, m*3.4, p.W, m*3.4, 1, colBorder)
	fb := c.Feedback(a)
	score := ""
	if fb.Score {
		score = fmt.Sprintf("%s %d", a.T("score"), c.Conv.Score())
		p.textRight(score, p.bold, p.W-m, m*0.6, colInk)
	}
	mode := a.T("practice")
	if a.Exam {
		mode = a.T("exam")
	}
	p.text(fit(c.Scn.Title.Get(a.Lang), p.bold, p.W-3*m-advance(score, p)*1.1), p.bold, m, m*0.6, colInk)
	p.text(strings.SplitN(mode, ":", 2)[0], p.small, m, m*0.6+lh(p.bold), colMuted)

	helpY := p.footer(callHelp(a, c))
	top := m*3.4 + m*0.8
	rightW := min(max(p.W*0.3, 15*m), p.W*0.42)
	leftW := p.W - rightW - 3*m
	rx := m + leftW + m

	// Reply box (or the hang-up question).
	rh := 4*lh(p.body) + m
	if c.Confirm && !c.Conv.Ended() {
		rh = max(rh, rowsHeight(hangUpRows(p, a, c, leftW-m))+m)
	}
	ry := helpY - m*0.6 - rh
	label := a.T("reply")
	if c.Speaking() && !c.Conv.Ended() {
		label += " — " + a.T("speaking")
	}
	p.text(label, p.small, m, ry-lh(p.small), colMuted)
	var caret image.Rectangle
	switch {
	case c.Conv.Ended():
		p.box(m, ry, leftW, rh, colSelBG, colAccent)
		p.para(a.T("ended"), p.bold, m*1.5, ry+m*0.5, leftW-m, colAccent, 3)
	case c.Confirm:
		hangUpQuestion(p, a, c, m, ry, leftW, rh)
	default:
		caret = p.editor(&c.Reply, a.T("reply.empty"), m, ry, leftW, rh, !c.NotesFocus)
		if c.NotesFocus {
			p.clickable(m, ry, leftW, rh, func() flow.Input { return keys(flow.KeyTab) })
		}
	}

	// Transcript, newest at the bottom.
	tBottom := ry - lh(p.small) - m*0.4
	back := transcript(p.clip(0, top, m+leftW+1, tBottom-top), c, m, top, leftW, tBottom)
	p.scrollArea(m, top, leftW, tBottom-top, flow.Press{Key: flow.KeyPageUp}, flow.Press{Key: flow.KeyPageDown})

	// Right column: the phone frame (the customer, the line, anger),
	// notes, coaching.
	ny := top + drawPhoneFrame(p, a, callLine(a, c), rx, top, rightW) + m*0.6
	p.text(a.T("notes"), p.small, rx, ny, colMuted)
	nh := 4*lh(p.body) + m
	if fb.Later { // no coaching below: the notes get its room
		nh = max(nh, min(10*lh(p.body)+m, helpY-m*0.6-ny-lh(p.small)-4*lh(p.small)-m))
	}
	nc := p.editor(&c.Notes, a.T("notes.empty"), rx, ny+lh(p.small), rightW, nh, c.NotesFocus)
	if !c.NotesFocus && !c.Conv.Ended() {
		p.clickable(rx, ny+lh(p.small), rightW, nh, func() flow.Input { return keys(flow.KeyTab) })
	}
	if c.NotesFocus && !c.Confirm {
		caret = nc
	}
	cy := ny + lh(p.small) + nh + m
	coach := 0
	if fb.Later {
		p.para(a.T("exam.later"), p.small, rx, cy, rightW, colMuted, 0)
	} else if h := helpY - m*0.6 - cy; h > 0 {
		build := func(w float64) []row { return coachingRows(p, a, fb, w) }
		coach = p.scrolled(build, rx, cy, rightW, h, c.CoachScroll)
		p.scrollArea(rx, cy, rightW, h, flow.Press{Key: flow.KeyPageUp, Shift: true}, flow.Press{Key: flow.KeyPageDown, Shift: true})
	}
	c.Fit(back, coach)
	return caret
}

// callHelp returns the call's key help and buttons: send and hang up,
// or the answers to the hang-up question, or the way to the debrief.
func callHelp(a *flow.App, c *flow.Call) (string, []button) {
	switch {
	case c.Conv.Ended():
		return a.T("call.help.ended"), []button{btn(a.T("btn.debrief"), true, flow.KeyEnter)}
	case c.Confirm:
		// Any key but Escape and Enter goes back to the call.
		return a.T("hangup.help"), []button{btn(a.T("btn.resume"), false, flow.KeyLeft), btn(a.T("btn.hangup"), true, flow.KeyEscape)}
	}
	help := a.T("call.help")
	if a.Exam { // no coaching to scroll
		help = a.T("call.help.exam")
	}
	return help, []button{btn(a.T("btn.hangup"), false, flow.KeyEscape), btn(a.T("btn.send"), true, flow.KeyEnter)}
}

// hangUpQuestion draws, in place of the reply box, the question whether
// to hang up: what hanging up leads to and the keys.
func hangUpQuestion(p *painter, a *flow.App, c *flow.Call, x, y, w, h float64) {
	m := p.U
	p.box(x, y, w, h, colPanel, colBadInk)
	p.drawRows(hangUpRows(p, a, c, w-m), x+m*0.5, y+m*0.5, y+h)
}

// hangUpRows lay out the hang-up question w wide.
func hangUpRows(p *painter, a *flow.App, c *flow.Call, w float64) []row {
	what := a.T("hangup.debrief")
	if len(c.Conv.Turns()) == 0 {
		what = a.T("hangup.picker")
	}
	rows := p.textRows(a.T("hangup.ask"), p.bold, w, colBadInk)
	rows = append(rows, p.textRows(what, p.small, w, colInk)...)
	rows = append(rows, gapRow(p.U*0.3))
	return append(rows, p.textRows(a.T("hangup.help"), p.body, w, colInk)...)
}

// bubble is one said line of the transcript, wrapped.
type bubble struct {
	s        string
	customer bool
	spans    []Span
	h        float64
}

// bubbles wraps the lines said so far for bubbles w wide; the customer's
// lines not yet begun are left out.
func bubbles(p *painter, c *flow.Call, w float64) (out []bubble, total float64) {
	pad := p.U * 0.5
	bw := w * 0.82
	for i, e := range c.Log {
		s := c.Shown(i)
		if e.Customer && s == "" {
			continue
		}
		if c.Saying(i) { // still speaking: the line types out
			s += "…"
		}
		spans := p.wrap(s, p.body, bw-2*pad)
		b := bubble{s: s, customer: e.Customer, spans: spans, h: float64(len(spans))*lh(p.body) + 2*pad + p.U*0.6}
		out = append(out, b)
		total += b.h
	}
	return out, total
}

// transcript draws the conversation's lines as bubbles in the view from
// top to bottom, newest at the bottom, c.Scroll lines back, with a
// scrollbar when some are out of view. It returns the most lines it can
// scroll back: until the first line shows.
func transcript(p *painter, c *flow.Call, x, top, w, bottom float64) int {
	view := bottom - top
	bs, total := bubbles(p, c, w)
	bar := 0.0
	if total > view {
		bar = max(4, p.U*0.35)
		bs, total = bubbles(p, c, w-bar-p.U*0.4)
	}
	most := 0 // scrolled back this far, the oldest line shows whole
	for rest := total; most < len(bs) && rest > view; most++ {
		rest -= bs[len(bs)-1-most].h
	}
	skip := min(max(c.Scroll, 0), most)
	tw := w - bar
	if bar > 0 {
		tw -= p.U * 0.4
	}
	pad := p.U * 0.5
	bw := tw * 0.82
	y := bottom + p.U*0.6
	below := 0.0
	for i := len(bs) - 1; i >= 0 && y > top; i-- {
		b := bs[i]
		if len(bs)-1-i < skip {
			below += b.h
			continue
		}
		y -= b.h
		bx, fill := x, colCust
		if !b.customer {
			bx, fill = x+tw-bw, colYou
		}
		p.box(bx, y, bw, b.h-p.U*0.6, fill, nil)
		ly := y + pad
		for _, sp := range b.spans {
			if ly >= top-0.5 { // a line cut by the top edge is left out, not drawn in half
				p.text(b.s[sp.Start:sp.End], p.body, bx+pad, ly, colInk)
			}
			ly += lh(p.body)
		}
	}
	if bar > 0 {
		p.scrollbar(x+w-bar, top, bar, view, total, total-below-view)
	}
	return most
}

// coachingRows lay out the feedback the call may show: live chips while
// typing in practice mode with the scorer's tips, then the last reply's
// chips with its evidence and its hints, each group labelled.
func coachingRows(p *painter, a *flow.App, fb flow.Feedback, w float64) []row {
	var rows []row
	if fb.Live != nil {
		rows = append(rows, p.textRows(a.T("live"), p.small, w, colMuted)...)
		rows = append(rows, p.chipRows(a, fb.Live.Criteria, w)...)
		var tips []flow.Hint
		for _, f := range fb.Live.NearMisses() {
			if f.Note != "" {
				tips = append(tips, flow.Hint{Text: f.Note, Kind: flow.HintTip})
			}
		}
		rows = append(rows, hintRows(p, a, tips, w)...)
		rows = append(rows, gapRow(p.U*0.6))
	}
	if t := fb.Last; t != nil {
		head := fmt.Sprintf("%s  (%s %+d)", a.T("last"), a.T("anger"), t.MoodDelta)
		rows = append(rows, p.textRows(head, p.small, w, colMuted)...)
		rows = append(rows, p.chipRows(a, t.Criteria, w)...)
		rows = append(rows, gapRow(p.U*0.15))
		rows = append(rows, p.highlightRows(t.Reply, t.Findings, p.small, w)...)
		rows = append(rows, hintRows(p, a, fb.Hints, w)...)
	}
	return rows
}

// hintRows lists hints under the label of their kind (facts asked
// about, timing, tips), each a bullet in its colour.
func hintRows(p *painter, a *flow.App, hints []flow.Hint, w float64) []row {
	var rows []row
	for i, h := range hints {
		if i == 0 || hints[i-1].Kind != h.Kind {
			rows = append(rows, gapRow(p.U*0.3))
			rows = append(rows, p.textRows(a.T(flow.HintLabel(h.Kind)), p.small, w, colMuted)...)
		}
		rows = append(rows, p.textRows("• "+h.Text, p.small, w, hintColor(h))...)
	}
	return rows
}

// hintColor is green for praise and facts learnt, brown for advice.
func hintColor(h flow.Hint) color.Color {
	if h.Good {
		return colGoodInk
	}
	return colWarnInk
}
