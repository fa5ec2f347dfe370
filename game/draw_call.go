package game

import (
	"fmt"
	"image"
	"image/color"
	"strings"

	"kalm/game/flow"
)

// drawCall draws the conversation and returns the caret's bounds.
func drawCall(p *painter, a *flow.App, c *flow.Call) image.Rectangle {
	m := p.U
	// Header: who is calling, the mode and the score.
	p.rect(0, 0, p.W, m*3.4, colPanel)
	p.line(0, m*3.4, p.W, m*3.4, 1, colBorder)
	p.text(a.T("call")+" "+c.Scn.Customer.Name, p.bold, m, m*0.6, colInk)
	mode := a.T("practice")
	if a.Exam {
		mode = a.T("exam")
	}
	p.text(c.Scn.Title.Get(a.Lang)+" · "+strings.SplitN(mode, ":", 2)[0], p.small, m, m*0.6+lh(p.bold), colMuted)
	fb := c.Feedback(a)
	if fb.Score {
		p.textRight(fmt.Sprintf("%s %d", a.T("score"), c.Conv.Score()), p.bold, p.W-m, m*0.6, colInk)
	}

	help := a.T("call.help")
	if c.Conv.Ended() {
		help = a.T("call.help.ended")
	}
	helpY := p.help(help)
	top := m*3.4 + m*0.8
	rightW := min(max(p.W*0.3, 15*m), p.W*0.42)
	leftW := p.W - rightW - 3*m
	rx := m + leftW + m

	// Reply box.
	rh := 4*lh(p.body) + m
	ry := helpY - m*0.6 - rh
	label := a.T("reply")
	if c.Speaking() && !c.Conv.Ended() {
		label += " — " + a.T("speaking")
	}
	p.text(label, p.small, m, ry-lh(p.small), colMuted)
	var caret image.Rectangle
	if c.Conv.Ended() {
		p.box(m, ry, leftW, rh, colSelBG, colAccent)
		p.para(a.T("ended"), p.bold, m*1.5, ry+m*0.5, leftW-m, colAccent, 3)
	} else {
		caret = p.editor(&c.Reply, a.T("reply.empty"), m, ry, leftW, rh, !c.NotesFocus)
	}

	// Transcript, newest at the bottom.
	transcript(p.clip(0, top, m+leftW+1, ry-lh(p.small)-m*0.4-top), a, c, m, top, leftW, ry-lh(p.small)-m*0.4)

	// Right column: anger, notes, coaching.
	ny := top
	if fb.Anger {
		mood := c.Conv.Mood()
		p.text(fmt.Sprintf("%s %d", a.T("anger"), mood), p.small, rx, top, colMuted)
		p.meter(rx, top+lh(p.small), rightW, m*0.9, mood)
		ny += lh(p.small) + m*1.9
	}
	p.text(a.T("notes"), p.small, rx, ny, colMuted)
	nh := 4*lh(p.body) + m
	if fb.Later { // no coaching below: the notes get its room
		nh = max(nh, min(10*lh(p.body)+m, helpY-m*0.6-ny-lh(p.small)-4*lh(p.small)-m))
	}
	nc := p.editor(&c.Notes, a.T("notes.empty"), rx, ny+lh(p.small), rightW, nh, c.NotesFocus)
	if c.NotesFocus {
		caret = nc
	}
	cy := ny + lh(p.small) + nh + m
	if fb.Later {
		p.para(a.T("exam.later"), p.small, rx, cy, rightW, colMuted, 0)
	}
	coaching(p, a, fb, rx, cy, rightW, helpY-m*0.6)
	return caret
}

// transcript draws the conversation's lines as bubbles, bottom up.
func transcript(p *painter, a *flow.App, c *flow.Call, x, top, w, bottom float64) {
	pad := p.U * 0.5
	bw := w * 0.82
	y := bottom
	skip := c.Scroll
	for i := len(c.Log) - 1; i >= 0 && y > top; i-- {
		e := c.Log[i]
		s := c.Shown(i)
		if e.Customer && s == "" {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		spans := p.wrap(s, p.body, bw-2*pad)
		h := float64(len(spans))*lh(p.body) + 2*pad
		y -= h
		bx, fill := x, colCust
		if !e.Customer {
			bx, fill = x+w-bw, colYou
		}
		p.box(bx, y, bw, h, fill, nil)
		ly := y + pad
		for _, sp := range spans {
			p.text(s[sp.Start:sp.End], p.body, bx+pad, ly, colInk)
			ly += lh(p.body)
		}
		y -= p.U * 0.6
	}
}

// coaching shows the feedback the call may show: live chips while
// typing in practice mode, then the last reply's chips with its evidence
// and the hints.
func coaching(p *painter, a *flow.App, fb flow.Feedback, x, y, w, maxY float64) {
	if fb.Live != nil {
		p.text(a.T("live"), p.small, x, y, colMuted)
		y = p.chips(a, fb.Live.Criteria, x, y+lh(p.small), w, maxY)
		for _, f := range fb.Live.NearMisses() {
			if f.Note == "" || y+lh(p.small) > maxY {
				continue
			}
			y = p.para("• "+f.Note, p.small, x, y, w, colWarnInk, 3)
		}
		y += p.U * 0.6
	}
	t := fb.Last
	if t == nil || y+lh(p.small) > maxY {
		return
	}
	p.text(fmt.Sprintf("%s  (%s %+d)", a.T("last"), a.T("anger"), t.MoodDelta), p.small, x, y, colMuted)
	y = p.chips(a, t.Criteria, x, y+lh(p.small), w, maxY)
	y = p.highlighted(t.Reply, t.Findings, p.small, x, y, w, maxY) + p.U*0.4
	for _, h := range fb.Hints {
		if y+lh(p.small) > maxY {
			break
		}
		y = p.para("• "+h.Text, p.small, x, y, w, hintColor(h), 4)
	}
}

// hintColor is green for praise and facts learnt, amber for advice.
func hintColor(h flow.Hint) color.Color {
	if h.Good {
		return colGood
	}
	return colWarnInk
}
