package game

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"kalm/game/flow"
)

// titleView is the title screen's view: the bare window title (the
// title screen has a sound row, not the button).
type titleView struct{ s *flow.Title }

func (v titleView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	return drawTitle(p, a, v.s), true
}
func (titleView) title(*flow.App) string { return "" }
func (titleView) sound() bool            { return false }

// drawTitle draws the title screen and returns the name box's caret. The
// rows always show; the pack's description only where it fits.
func drawTitle(p *painter, a *flow.App, t *flow.Title) image.Rectangle {
	m := p.U
	start := button{label: a.T("start") + " →", primary: true, act: func() flow.Input {
		return keys(append(moves(t.Row, flow.RowStart, flow.KeyUp, flow.KeyDown), flow.KeyEnter)...)
	}}
	helpY := p.footer(a.T("title.help"), []button{btn(a.T("btn.quit"), false, flow.KeyEscape), start})
	w := min(p.W-4*m, 40*m)
	x := (p.W - w) / 2
	logo := &text.GoTextFace{Source: p.f.bold, Size: p.U * 3}
	rh := lh(p.body) + m
	pack := a.Cfg.Pack
	packLine := fmt.Sprintf("%s: %s (%d)", a.T("pack"), pack.Title.Get(a.Lang), len(a.Scenarios()))
	packH := float64(min(2, len(p.wrap(packLine, p.small, w)))) * lh(p.small)
	bottom := helpY - m*0.5
	// Full spacing where it fits; on a small window with the large font,
	// a smaller logo without the tagline and tighter rows.
	tag, gap := lh(p.body)+1.5*m, m*0.4
	need := func() float64 {
		return lh(logo) + tag + float64(flow.RowStart+1)*(rh+gap) + m + packH
	}
	if need() > bottom-m*0.5 {
		logo.Size, tag, gap, packH = p.U*2, m*0.5, m*0.15, 0
	}
	y := max(min(p.H*0.12, bottom-need()), m*0.5)
	p.text(a.T("game"), logo, x, y, colAccent)
	y += lh(logo)
	if tag > m {
		p.text(a.T("tagline"), p.body, x, y, colMuted)
	}
	y += tag

	values := titleValues(a)
	labelW := 9 * m
	var caret image.Rectangle
	for i := range flow.RowStart + 1 {
		sel := i == t.Row
		p.rowHover(x, y, w, sel, titleRowAct(t, i))
		vx, vw := p.rowFrame(values[i][0], x, y, w, labelW, sel)
		switch i {
		case flow.RowName:
			caret = p.editor(t.NameEditor(), a.T("name.empty"), vx, y-m*0.2, vw, lh(p.body)+m*0.6+p.U*0.2, sel)
		case flow.RowBoard, flow.RowStart:
			p.text("→", p.bold, vx, y+m*0.2, colAccent)
		default:
			p.text(fit(values[i][1], p.body, vw), p.body, vx, y+m*0.2, colInk)
		}
		y += rh + gap
	}
	y += m
	if lines := int((bottom - y) / lh(p.small)); lines > 0 {
		y = p.para(packLine, p.small, x, y, w, colMuted, min(2, lines))
	}
	if room := int((bottom - y) / lh(p.small)); room > 0 {
		p.para(pack.Description.Get(a.Lang), p.small, x, y, w, colMuted, min(3, room))
	}
	return caret
}

// titleRowAct is a click on title row i: it selects the row, and
// changes its setting (language, mode, font, sound) or opens it (team,
// leaderboard, start).
func titleRowAct(t *flow.Title, i int) func() flow.Input {
	return func() flow.Input {
		ks := moves(t.Row, i, flow.KeyUp, flow.KeyDown)
		switch i {
		case flow.RowLang, flow.RowMode, flow.RowFont, flow.RowSound:
			ks = append(ks, flow.KeyRight)
		case flow.RowTeam, flow.RowBoard, flow.RowStart:
			ks = append(ks, flow.KeyEnter)
		}
		return keys(ks...)
	}
}

// rowHover makes a settings row at (x, y) clickable, outlined while the
// mouse is over it (unless selected).
func (p *painter) rowHover(x, y, w float64, sel bool, act func() flow.Input) {
	m := p.U
	if p.clickable(x-m*0.5, y-m*0.3, w+m, lh(p.body)+m, act) && !sel {
		p.box(x-m*0.5, y-m*0.3, w+m, lh(p.body)+m, colBG, colAccent)
	}
}

// titleValues returns each title row's label and value.
func titleValues(a *flow.App) [flow.RowStart + 1][2]string {
	mode := a.T("practice")
	if a.Exam {
		mode = a.T("exam")
	}
	font := a.T("font.normal")
	if a.BigFont {
		font = a.T("font.big")
	}
	team := a.T("team.notjoined")
	if m, ok := a.Membership(); ok {
		team = m.Team + " · " + m.Server
	}
	var v [flow.RowStart + 1][2]string
	v[flow.RowLang] = [2]string{a.T("language"), "‹ " + a.T("lang.name") + " ›"}
	v[flow.RowName] = [2]string{a.T("name"), ""}
	v[flow.RowMode] = [2]string{a.T("mode"), "‹ " + mode + " ›"}
	v[flow.RowFont] = [2]string{a.T("font"), "‹ " + font + " ›"}
	v[flow.RowSound] = [2]string{a.T("sound"), "‹ " + a.SoundValue() + " ›"}
	if a.Cfg.NoSound { // nothing to change
		v[flow.RowSound][1] = a.SoundValue()
	}
	v[flow.RowTeam] = [2]string{a.T("team.row"), team}
	v[flow.RowBoard] = [2]string{a.T("board.row"), ""}
	v[flow.RowStart] = [2]string{a.T("start"), ""}
	return v
}

// rowFrame draws a settings row's selection and label (bold when
// selected) and returns where its value goes.
func (p *painter) rowFrame(label string, x, y, w, labelW float64, sel bool) (vx, vw float64) {
	m := p.U
	face := p.body
	if sel {
		p.box(x-m*0.5, y-m*0.3, w+m, lh(p.body)+m, colSelBG, nil)
		face = p.bold
	}
	p.text(fit(label, face, labelW-m*0.5), face, x, y+m*0.2, colInk)
	return x + labelW, w - labelW
}

// fit shortens s with an ellipsis to at most w wide in face.
func fit(s string, face *text.GoTextFace, w float64) string {
	if textWidth(s, face) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if textWidth(string(r[:mid])+"…", face) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(r[:lo]), " ·") + "…"
}
