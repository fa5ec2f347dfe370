package game

import (
	"fmt"
	"time"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
)

// drawPicker draws the scenario list and the chosen one's briefing.
func drawPicker(p *painter, a *flow.App, s *flow.Picker) {
	m := p.U
	helpY := p.help(a.T("picker.help"))
	p.text(a.T("picker"), p.big, m, m, colInk)
	top := m + lh(p.big) + m
	lw := min(p.W*0.38, 26*m)
	list := a.Scenarios()
	y := top
	ih := lh(p.bold) + lh(p.small) + m*0.8
	for i, sc := range list {
		if y+ih > helpY {
			break
		}
		if i == s.Sel {
			p.box(m*0.5, y-m*0.3, lw, ih, colSelBG, nil)
		}
		p.para(sc.Title.Get(a.Lang), p.bold, m, y, lw-m, colInk, 1)
		best := a.T("best.none")
		if b, ok := a.Best(sc.ID); ok {
			best = fmt.Sprintf("%s %d", a.T("best"), b)
		}
		p.para(stars(sc.Difficulty)+"  "+best, p.small, m, y+lh(p.bold), lw-m, colMuted, 1)
		y += ih + m*0.3
	}
	if s.Sel >= len(list) {
		return
	}
	sc := list[s.Sel]
	x := lw + 2*m
	w := p.W - x - m
	p.box(x-m*0.5, top-m*0.3, w+m, helpY-top-m*0.2, colPanel, colBorder)
	y = top + m*0.2
	y = p.para(sc.Title.Get(a.Lang), p.big, x, y, w-m, colInk, 2)
	info := fmt.Sprintf("%s: %s · %s · ♪ %d min", a.T("difficulty"), stars(sc.Difficulty), sc.Customer.Name, sc.Customer.Hold.Minutes)
	y = p.para(info, p.small, x, y, w-m, colMuted, 2) + m*0.5
	y = p.para(sc.Briefing.Get(a.Lang), p.body, x, y, w-m, colInk, int((helpY-y)/lh(p.body))-4) + m*0.5
	p.para(sc.Customer.Persona.Get(a.Lang), p.small, x, y, w-m, colMuted, max(0, int((helpY-y-m)/lh(p.small))))
}

// drawHold draws the hold timer, the music and the rising anger.
func drawHold(p *painter, a *flow.App, h *flow.Hold) {
	m := p.U
	p.help(a.T("hold.help"))
	w := min(p.W-4*m, 36*m)
	x := (p.W - w) / 2
	y := p.H * 0.16
	y = p.para(a.T("hold"), p.big, x, y, w, colInk, 2) + m
	waited := h.Waited(a)
	total := h.Total()
	timer := clock(int(waited/time.Second)) + " / " + clock(int(total/time.Second))
	huge := &text.GoTextFace{Source: p.f.bold, Size: p.U * 3}
	p.text(timer, huge, x, y, colAccent)
	y += lh(huge) + m*0.5
	p.meter(x, y, w, m*0.6, int(100*waited/max(total, 1)))
	y += 2 * m
	notes := []string{"♪", "♫", "♪ ♫"}
	beat := int(waited/(10*time.Second)) % len(notes)
	p.text(notes[beat]+"  "+a.T("hold.music")+": "+h.Scn.Customer.Hold.Music, p.body, x, y, colInk)
	y += lh(p.body) + m
	anger := h.Anger(a)
	p.text(fmt.Sprintf("%s: %s — %d", a.T("hold.anger"), h.Scn.Customer.Name, anger), p.body, x, y, colInk)
	y += lh(p.body) + m*0.3
	p.meter(x, y, w, m*0.9, anger)
	y += 2 * m
	if n := a.MutedNotice(); n != "" {
		p.para("♪ "+n, p.small, x, y, w, colWarnInk, 2)
	}
}

// drawBroken lists why the pack cannot be played.
func drawBroken(p *painter, a *flow.App, b *flow.Broken) {
	m := p.U
	helpY := p.help(a.T("broken.help"))
	y := p.para(a.T("broken"), p.big, m, m, p.W-2*m, colBad, 2) + m
	for _, pr := range b.Problems {
		if y+lh(p.body) > helpY {
			break
		}
		y = p.para(pr, p.body, m, y, p.W-2*m, colInk, 4) + m*0.3
	}
}
