package game

import (
	"fmt"
	"image"
	"strconv"
	"strings"

	"kalm/game/flow"
)

// boardView is the leaderboard's view.
type boardView struct{ s *flow.Board }

func (v boardView) draw(p *painter, a *flow.App) (image.Rectangle, bool) {
	drawBoard(p, a, v.s)
	return image.Rectangle{}, false
}
func (boardView) title(a *flow.App) string { return a.T("board") }
func (boardView) sound() bool              { return false }

// drawBoard draws the leaderboard: its rows (view, and for the team
// board the call and the period), then the team board or the personal
// one.
func drawBoard(p *painter, a *flow.App, b *flow.Board) {
	m := p.U
	helpY := p.footer(a.T("board.help"), []button{btn(a.T("btn.back"), false, flow.KeyEscape)})
	x, w := 1.5*m, p.W-3*m
	y := m
	p.text(fit(a.T("board"), p.big, w), p.big, x, y, colInk)
	y += lh(p.big) + m*0.6
	view := a.T("board.personal")
	if b.View == flow.ViewTeam {
		view = a.T("board.team")
	}
	scn := a.T("board.all")
	if s := b.ScenarioShown(a); s != nil {
		scn = s.Title.Get(a.Lang)
	}
	period := a.T("period." + flow.Periods[b.Period%len(flow.Periods)])
	rows := [][2]string{{"board.view", view}, {"board.scenario", scn}, {"board.period", period}}
	rw := min(w, 40*m)
	labelW := min(max(7*m, labelsWidth(p, a, "board.view", "board.scenario", "board.period")+1.5*m), rw*0.4)
	for i := range b.Rows() {
		vx, vw := p.rowFrame(a.T(rows[i][0]), x, y, rw, labelW, i == b.Row)
		p.text(fit("‹ "+rows[i][1]+" ›", p.body, vw), p.body, vx, y+m*0.2, colInk)
		y += lh(p.body) + m*1.2
	}
	y += m * 0.2
	if b.View == flow.ViewTeam {
		drawTeamBoard(p, a, b, x, y, w, helpY-m*0.5)
	} else {
		drawPersonal(p, a, b, x, y, w, helpY-m*0.5)
	}
}

// drawTeamBoard draws the ranking around the player and the team totals,
// beside it on wide windows and below it on narrow ones.
func drawTeamBoard(p *painter, a *flow.App, b *flow.Board, x, y, w, maxY float64) {
	m := p.U
	if b.Loading {
		y = p.para(a.T("board.loading"), p.small, x, y, w, colMuted, 1)
	}
	if b.Problem != "" {
		y = p.para(b.Problem, p.small, x, y, w, colBadInk, 2)
	}
	t := b.Team
	if t == nil {
		return
	}
	you := a.T("board.you.none")
	if t.You != nil {
		you = fmt.Sprintf(a.T("board.you"), t.You.Rank, t.Players)
	}
	side := w >= 50*m
	pw := w
	if side {
		pw = min(w*0.6-m, 44*m)
	}
	y = p.para(you, p.bold, x, y+m*0.2, pw, colAccent, 2) + m*0.4
	if len(t.Entries) == 0 {
		p.para(a.T("board.empty"), p.body, x, y, w, colMuted, 2)
		return
	}
	count := func(h float64) int { return max(0, int(h/p.rowH())) }
	var players, teams int
	teamsY := y - lh(p.bold) // beside: the two tables' headers align
	if side {
		players = count(maxY - y - p.headH())
		teams = count(maxY - y - p.headH())
	} else {
		rows := count(maxY - y - 2*p.headH() - lh(p.bold) - m)
		teams = min(len(t.Teams), max(rows/3, rows-len(t.Entries)))
		players = rows - teams
	}
	players, teams = min(players, len(t.Entries)), min(teams, len(t.Teams))
	if players < len(t.Entries) && players > 1 {
		players-- // a line for the cue that says how many more there are
	}
	if teams < len(t.Teams) && teams > 1 {
		teams--
	}
	at := -1
	for i, e := range t.Entries {
		if e.You {
			at = i
		}
	}
	first := around(at, players, len(t.Entries))
	var pt table
	pt.head = []string{"#", a.T("name"), a.T("team.row"), a.T("score")}
	pt.right, pt.flex = []bool{true, false, false, true}, []float64{0, 3, 2, 0}
	for _, e := range t.Entries[first : first+players] {
		pt.rows = append(pt.rows, tableRow{cells: []string{strconv.Itoa(e.Rank), e.Name, e.Team, strconv.Itoa(e.Score)}, mark: e.You})
	}
	end := p.drawTable(pt, x, y, pw)
	end = p.moreCue(a, first, players, len(t.Entries), x, end)
	tx, tw := x+pw+2*m, min(w-pw-2*m, 30*m)
	if !side {
		tx, tw, teamsY = x, w, end+m
	}
	if teams == 0 {
		return
	}
	p.text(a.T("board.teams"), p.bold, tx, teamsY, colInk)
	at = -1
	for i, s := range t.Teams {
		if s.Yours {
			at = i
		}
	}
	first = around(at, teams, len(t.Teams))
	var tt table
	tt.head = []string{"#", a.T("team.row"), a.T("board.players"), a.T("board.sum")}
	tt.right, tt.flex = []bool{true, false, true, true}, []float64{0, 1, 0, 0}
	for _, s := range t.Teams[first : first+teams] {
		tt.rows = append(tt.rows, tableRow{cells: []string{strconv.Itoa(s.Rank), s.Team, strconv.Itoa(s.Players), strconv.Itoa(s.Total)}, mark: s.Yours})
	}
	p.moreCue(a, first, teams, len(t.Teams), tx, p.drawTable(tt, tx, teamsY+lh(p.bold), tw))
}

// moreCue says under a table how many of its total rows are not shown
// above and below the shown ones ("▲ 3 more · ▼ 2 more"), and returns the
// y below it; with every row shown it draws nothing.
func (p *painter) moreCue(a *flow.App, first, shown, total int, x, y float64) float64 {
	var parts []string
	if first > 0 {
		parts = append(parts, "▲ "+fmt.Sprintf(a.T("cards.more"), first))
	}
	if rest := total - first - shown; rest > 0 {
		parts = append(parts, "▼ "+fmt.Sprintf(a.T("cards.more"), rest))
	}
	if len(parts) == 0 {
		return y
	}
	p.text(strings.Join(parts, " · "), p.small, x, y+p.U*0.15, colMuted)
	return y + lh(p.small) + p.U*0.3
}

// drawPersonal draws the best run of every scenario on this computer and
// their sum.
func drawPersonal(p *painter, a *flow.App, b *flow.Board, x, y, w, maxY float64) {
	m := p.U
	rows, total := a.Personal()
	_, joined := a.Membership()
	hint := a.T("board.join")
	below := lh(p.bold) + m*0.5
	if !joined {
		below += float64(min(2, len(p.wrap(hint, p.small, w)))) * lh(p.small)
	}
	problem := b.Problem != "" && b.Problem != hint
	if problem {
		below += 2 * lh(p.small)
	}
	n := min(len(rows), max(0, int((maxY-y-p.headH()-below)/p.rowH())))
	var pt table
	pt.head = []string{a.T("board.scenario"), a.T("best"), a.T("outcome"), ""}
	pt.right, pt.flex = []bool{false, true, false, true}, []float64{1, 0, 0, 0}
	for _, r := range rows[:n] {
		tr := tableRow{cells: []string{r.Scn.Title.Get(a.Lang), "–", a.T("best.none"), ""}, dim: !r.Played}
		if r.Played {
			tr.cells[1] = strconv.Itoa(r.Best.Score)
			tr.cells[2] = a.T(string(r.Best.Outcome))
			tr.cells[3] = fmt.Sprintf(a.T("board.plays"), r.Best.Plays)
		}
		pt.rows = append(pt.rows, tr)
	}
	tw := min(w, 56*m)
	y = p.drawTable(pt, x, y, tw) + m*0.5
	p.text(fit(fmt.Sprintf(a.T("board.total"), total), p.bold, tw), p.bold, x, y, colInk)
	y += lh(p.bold) + m*0.5
	if !joined {
		c := colMuted
		if b.Problem == hint {
			c = colWarnInk
		}
		y = p.para(hint, p.small, x, y, tw, c, 2)
	}
	if problem {
		p.para(b.Problem, p.small, x, y, tw, colBadInk, 2)
	}
}
