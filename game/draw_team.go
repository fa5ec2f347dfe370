package game

import (
	"fmt"
	"image"
	"image/color"

	"kalm/game/flow"
)

// settingsView is the team screen's view, with the sound button.
type settingsView struct{ s *flow.Settings }

func (v settingsView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	return drawSettings(p, a, v.s), true
}
func (settingsView) title(a *flow.App) string { return a.T("settings") }
func (settingsView) sound() bool              { return true }

// drawSettings draws the team screen: the join form, or the joined team
// with the way out and how sending goes. It returns the focused box's
// caret.
func drawSettings(p *painter, a *flow.App, s *flow.Settings) image.Rectangle {
	m := p.U
	help := a.T("settings.help")
	if s.Joined {
		help = a.T("settings.help.in")
	}
	helpY := p.footer(help, []button{btn(a.T("btn.back"), false, flow.KeyEscape)})
	w := min(p.W-4*m, 44*m)
	x := (p.W - w) / 2
	y := max(m, p.H*0.1)
	y = p.para(a.T("settings"), p.big, x, y, w, colInk, 2) + m*0.3
	y = p.para(a.T("settings.intro"), p.body, x, y, w, colMuted, 4) + m
	labelW := min(max(9*m, labelsWidth(p, a, "server", "code", "name", "team.in")+m), w*0.4)
	rh := lh(p.body) + m
	var caret image.Rectangle
	if s.Joined {
		y = teamInfo(p, a, x, y, w, labelW)
		p.rowFrame(a.T("leave"), x, y, w, w, true)
		p.text("→", p.bold, x+textWidth(a.T("leave"), p.bold)+m, y+m*0.2, colAccent)
		y += rh + m*0.4
	} else {
		fields := []struct {
			label, empty string
			ed           *flow.Editor
		}{
			flow.SetServer: {"server", "server.empty", &s.Server},
			flow.SetCode:   {"code", "code.empty", &s.Code},
			flow.SetName:   {"name", "name.empty", &s.Name},
		}
		for i, f := range fields {
			sel := i == s.Row
			vx, vw := p.rowFrame(a.T(f.label), x, y, w, labelW, sel)
			c := p.editor(f.ed, a.T(f.empty), vx, y-m*0.2, vw, lh(p.body)+m*0.6+p.U*0.2, sel && !s.Joining)
			if sel {
				caret = c
			}
			y += rh + m*0.4
		}
		vx, _ := p.rowFrame(a.T("join"), x, y, w, labelW, s.Row == flow.SetJoin)
		p.text("→", p.bold, vx, y+m*0.2, colAccent)
		y += rh + m*0.4
	}
	y += m * 0.3
	lines := func() int { return max(0, int((helpY-m*0.3-y)/lh(p.small))) }
	switch {
	case s.Joining:
		y = p.para(a.T("team.joining"), p.body, x, y, w, colAccent, 2) + m*0.2
	case s.Leaving:
		y = p.para(a.T("team.leaving"), p.body, x, y, w, colAccent, 2) + m*0.2
	}
	if s.Message != "" {
		c := color.Color(colGoodInk)
		if s.Failed {
			c = colBadInk
		}
		y = p.para(s.Message, p.small, x, y, w, c, min(4, lines())) + m*0.2
	}
	if s.Joined {
		st := a.TeamStatus()
		line := a.T("team.sent.all")
		if st.Waiting > 0 {
			line = fmt.Sprintf(a.T("team.waiting"), st.Waiting)
			if st.Waiting == 1 {
				line = a.T("team.waiting1")
			}
		}
		if st.Rejected > 0 {
			line += " · " + fmt.Sprintf(a.T("team.rejected"), st.Rejected)
		}
		y = p.para(line, p.small, x, y, w, colMuted, min(2, lines()))
		if st.Problem != nil {
			p.para(a.TeamError(st.Problem), p.small, x, y, w, colBadInk, min(3, lines()))
		}
	}
	return caret
}

// teamInfo lists the joined team, its server and the player's name, and
// returns the y below.
func teamInfo(p *painter, a *flow.App, x, y, w, labelW float64) float64 {
	m := p.U
	t, _ := a.Membership()
	step, pad := lh(p.body)+m*0.25, m*0.6
	p.box(x-m*0.5, y-pad, w+m, 3*step-m*0.25+2*pad, colPanel, colBorder)
	for _, r := range [][2]string{{"team.in", t.Team}, {"server", t.Server}, {"name", t.Name}} {
		p.text(fit(a.T(r[0]), p.body, labelW-m*0.5), p.body, x, y, colMuted)
		face := p.body
		if r[0] == "team.in" {
			face = p.bold
		}
		p.text(fit(r[1], face, w-labelW), face, x+labelW, y, colInk)
		y += step
	}
	return y + pad + m*0.6
}

// labelsWidth is the widest of the texts of keys in the body face.
func labelsWidth(p *painter, a *flow.App, keys ...string) float64 {
	wd := 0.0
	for _, k := range keys {
		wd = max(wd, advance(a.T(k), p))
	}
	return wd
}

// drawSent says on the debrief whether the run went to the team board:
// beside the outcome line (at sy, ending at end) when it fits, else on a
// line of its own above top. It returns where the rest starts.
func drawSent(p *painter, a *flow.App, d *flow.Debrief, end, sy, top float64) float64 {
	m := p.U
	msg, c := sentLine(a, d)
	switch {
	case msg == "":
		return top
	case end+2*m+textWidth(msg, p.small) <= p.W-m:
		p.textRight(msg, p.small, p.W-m, sy+(lh(p.body)-lh(p.small))/2, c)
		return top
	}
	return p.para(msg, p.small, m, sy+lh(p.body), p.W-2*m, c, 2) + m
}

// sentLine says whether the run went to the team board, and its colour.
func sentLine(a *flow.App, d *flow.Debrief) (string, color.Color) {
	switch {
	case d.SendErr != "":
		return a.T("team.send.failed") + ": " + d.SendErr, colBadInk
	case !d.Sent:
		return "", nil
	case a.TeamStatus().Waiting > 0:
		return a.T("debrief.waiting"), colWarnInk
	}
	return a.T("debrief.sent"), colGoodInk
}
