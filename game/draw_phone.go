package game

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
)

// phoneLine is what the phone frame shows of a call: who, the state of
// the line, its timer and the customer's anger.
type phoneLine struct {
	name  string
	state string // a catalogue key (flow.State…)
	timer time.Duration
	anger int
	// showAnger shows the anger's number and meter (not in exam mode:
	// there only the face shows it, as a voice would).
	showAnger bool
	// talk opens the mouth (0..1) while the customer speaks.
	talk float64
}

// callLine returns the phone frame's view of call c.
func callLine(a *flow.App, c *flow.Call) phoneLine {
	l := phoneLine{
		name: c.Scn.Customer.Name, state: c.State(), timer: c.Talked(),
		anger: c.Conv.Mood(), showAnger: c.Feedback(a).Anger,
	}
	if c.Speaking() {
		l.talk = talkAt(c.ClockMS)
	}
	return l
}

// talkAt is how far the mouth is open ms into speaking: a syllable's
// open and close, about four a second.
func talkAt(ms int) float64 {
	return 0.5 - 0.5*math.Cos(float64(ms)/1000*2*math.Pi*2)
}

// stateInk is the colour of a line state's text and its dot.
func stateInk(state string) (ink, dot color.RGBA) {
	switch state {
	case flow.StateOnHold:
		return colWarnInk, colAmber
	case flow.StateEnded:
		return colMuted, colBorder
	}
	return colGoodInk, colGood
}

// phoneFrameH is the height of the phone frame w wide.
func phoneFrameH(p *painter, w float64) float64 {
	return phonePortrait(p, w) + p.U*0.9
}

// phonePortrait is the portrait's size in a phone frame w wide.
func phonePortrait(p *painter, w float64) float64 {
	need := lh(p.bold) + 2*lh(p.small) + p.U*1.1 // name, state, anger and its meter
	return max(need, min(w*0.32, p.U*7))
}

// drawPhoneFrame draws the call's phone frame w wide at (x, y): the
// customer's portrait, their name, the line's state and timer, and the
// anger meter. It returns the frame's height.
func drawPhoneFrame(p *painter, a *flow.App, l phoneLine, x, y, w float64) float64 {
	m := p.U
	h := phoneFrameH(p, w)
	ps := phonePortrait(p, w)
	p.box(x, y, w, h, colPanel, colBorder)
	pad := (h - ps) / 2
	p.drawPortrait(newPortrait(l.name, l.anger, l.talk), x+pad, y+pad, ps)
	tx := x + pad + ps + m*0.7
	tw := x + w - m*0.6 - tx
	block := lh(p.bold) + 2*lh(p.small)
	if l.showAnger {
		block += m * 0.75
	}
	ty := y + (h-block)/2 // the text centred beside the portrait
	p.text(fit(l.name, p.bold, tw), p.bold, tx, ty, colInk)
	ty += lh(p.bold)
	// The line's state with a coloured dot, the whole width its own.
	ink, dot := stateInk(l.state)
	r := m * 0.28
	p.spr.roundRect(p.dst, tx, ty+lh(p.small)/2-r, 2*r, 2*r, r, dot)
	p.text(fit(a.T(l.state), p.small, tw-3*r), p.small, tx+3*r, ty, ink)
	ty += lh(p.small)
	// The anger and the call timer at the right, over the anger meter.
	timer := mmss(l.timer)
	timerW := text.Advance(timer, p.small)
	p.textRight(timer, p.small, tx+tw, ty, colAccent)
	p.markTick(tx+tw-timerW-m*0.35, tx+tw, ty, lh(p.small))
	if l.showAnger {
		p.text(fit(fmt.Sprintf("%s %d", a.T("anger"), l.anger), p.small, tw-timerW-m*0.5), p.small, tx, ty, colMuted)
		ty += lh(p.small) + m*0.15
		p.meter(tx, ty, tw, m*0.6, l.anger)
	}
	return h
}

// mmss writes a duration as minutes and seconds: 02:05.
func mmss(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}
