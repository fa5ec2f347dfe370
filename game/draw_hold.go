package game

import (
	"fmt"
	"image"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
)

// holdView is the hold screen's view, with the sound button (the hold
// music plays there).
type holdView struct{ s *flow.Hold }

func (v holdView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	drawHold(p, a, v.s)
	return image.Rectangle{}, false
}
func (holdView) title(a *flow.App) string { return a.T("hold") }
func (holdView) sound() bool              { return true }

// drawHold draws the customer waiting on hold: their portrait growing
// angrier, the hold timer, the music playing and a large Pick up button.
func drawHold(p *painter, a *flow.App, h *flow.Hold) {
	m := p.U
	helpY := p.footer(a.T("hold.help"), []button{btn(a.T("btn.back"), false, flow.KeyEscape)})
	w := min(p.W-2*m, 40*m)
	x := (p.W - w) / 2
	huge := &text.GoTextFace{Source: p.f.bold, Size: m * 2.2}
	pick := pickUpButton(a)
	pickH := lh(p.bold) + m
	// The card's column: name, state, timer and its meter, the music,
	// the anger and its meter.
	colH := lh(p.bold) + lh(p.small) + lh(huge) + m*1.1 + lh(p.body) + m*0.5 + lh(p.small) + m*0.9
	cardH := colH + 2*m
	heading := lh(p.big)
	total := heading + m*0.8 + cardH + m + pickH
	y := max(m, (helpY-total)/2)
	y = p.para(a.T("hold"), p.big, x, y, w, colInk, 1) + m*0.8

	p.box(x, y, w, cardH, colPanel, colBorder)
	ps := min(cardH-2*m, w*0.34)
	waited, whole := h.Waited(a), h.Total()
	anger := h.Anger(a)
	p.drawPortrait(newPortrait(h.Scn.Customer.Name, anger, 0), x+m, y+m, ps)
	tx := x + 2*m + ps
	tw := x + w - m - tx
	ty := y + m
	p.text(fit(h.Scn.Customer.Name, p.bold, tw), p.bold, tx, ty, colInk)
	ty += lh(p.bold)
	ink, dot := stateInk(h.State())
	r := m * 0.28
	p.spr.roundRect(p.dst, tx, ty+lh(p.small)/2-r, 2*r, 2*r, r, dot)
	p.text(fit(a.T(h.State()), p.small, tw-3*r), p.small, tx+3*r, ty, ink)
	ty += lh(p.small)
	timer := mmss(waited) + " / " + mmss(whole)
	p.text(fit(timer, huge, tw), huge, tx, ty, colAccent)
	ty += lh(huge) + m*0.2
	p.meter(tx, ty, tw, m*0.5, int(100*waited/max(whole, 1)))
	ty += m * 0.9
	waveW := min(tw*0.3, 5*m)
	// The customer hears the music whether or not this computer plays it.
	p.waveform(tx, ty+lh(p.body)*0.15, waveW, lh(p.body)*0.7, h.Elapsed)
	music := a.T("hold.music") + ": " + h.Scn.Customer.Hold.Music
	if h.Scn.Customer.Hold.Music == "" {
		music = a.T("hold.music")
	}
	p.text(fit(music, p.body, tw-waveW-m*0.6), p.body, tx+waveW+m*0.6, ty, colInk)
	ty += lh(p.body) + m*0.5
	p.text(fit(fmt.Sprintf("%s %d", a.T("hold.anger"), anger), p.small, tw), p.small, tx, ty, angerInk(anger))
	ty += lh(p.small)
	p.meter(tx, ty, tw, m*0.7, anger)

	// The Pick up button under the card, and the muted notice.
	y += cardH + m
	bw := min(w, max(text.Advance(pick.label, p.bold)+4*m, 14*m))
	p.bigButton(pick, (p.W-bw)/2, y, bw, pickH)
	y += pickH + m*0.6
	if n := a.MutedNotice(); n != "" && y+lh(p.small) <= helpY {
		p.para("♪ "+n, p.small, x, y, w, colWarnInk, 1)
	}
}

// pickUpButton is the hold's main action: Enter picks up.
func pickUpButton(a *flow.App) button { return btn(a.T("btn.pickup"), true, flow.KeyEnter) }

// bigButton draws b as a large main button w×h at (x, y), its label
// centred, hovered when the mouse is over it.
func (p *painter) bigButton(b button, x, y, w, h float64) {
	over := p.clickable(x, y, w, h, b.act)
	fill := colAccent
	if over {
		fill = colAccentDark
	}
	p.box(x, y, w, h, fill, nil)
	label := fit(b.label, p.bold, w-p.U)
	p.text(label, p.bold, x+(w-text.Advance(label, p.bold))/2, y+(h-lh(p.bold))/2+p.U*0.1, colPanel)
}

// waveform draws the hold music as bars moving with the time on hold.
func (p *painter) waveform(x, y, w, h float64, t time.Duration) {
	bar := max(2, p.U*0.22)
	n := int((w + bar*0.6) / (bar * 1.6))
	for i := 0; i < n; i++ {
		bh := max(2, h*waveAt(t, i))
		p.rect(x+float64(i)*bar*1.6, y+(h-bh)/2, bar, bh, colAccent)
	}
}

// waveAt is the height (0.2..1) of the waveform's bar i at t on hold.
func waveAt(t time.Duration, i int) float64 {
	s, f := t.Seconds(), float64(i)
	return 0.2 + 0.8*math.Abs(math.Sin(s*3.1+f*0.9)*math.Sin(s*1.7+f*0.45+1))
}
