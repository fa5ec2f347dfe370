package flow

import (
	"context"
	"time"

	"kalm/scenarios"
)

// Board views.
const (
	ViewTeam     = iota // the team server's board
	ViewPersonal        // personal bests on this computer
)

// Board rows (the team view has all three, the personal view only the
// first).
const (
	BoardRowView = iota
	BoardRowScenario
	BoardRowPeriod
	boardRows
)

// boardRefresh is how often an open team board reads the server again.
const boardRefresh = 30 * time.Second

// Board is the leaderboard screen. With a team joined it opens on the
// team board (players ranked around the player, and the team totals),
// read again when it changes, when a call has been sent and every 30
// seconds; without one, on the personal board: the best run per scenario.
type Board struct {
	View int
	Row  int
	// Scenario is the index into the player's scenarios plus one; 0 is
	// every scenario.
	Scenario int
	// Period indexes Periods.
	Period int
	// Team is the last board read, nil before the first answer.
	Team *TeamBoard
	// Loading is true while the server is asked.
	Loading bool
	// Problem is why the last read failed, in the player's language.
	Problem string
	back    Screen
	fetch   *job[TeamBoard]
	age     time.Duration
	// sent is the outbox's count of sent calls at the last read: when a
	// call goes out, the board is read again.
	sent int
}

// NewBoard opens the leaderboard; Escape returns to back.
func NewBoard(a *App, back Screen) *Board {
	b := &Board{back: back, View: ViewPersonal}
	if _, ok := a.Membership(); ok {
		b.View = ViewTeam
		b.refresh(a)
	}
	return b
}

// Query returns the board the screen asks for.
func (b *Board) Query(a *App) BoardQuery {
	q := BoardQuery{Scenario: AllScenarios, Period: Periods[b.Period%len(Periods)]}
	if s := b.ScenarioShown(a); s != nil {
		q.Scenario = s.ID
	}
	return q
}

// ScenarioShown returns the scenario the team board is for, nil for all.
func (b *Board) ScenarioShown(a *App) *scenarios.Scenario {
	list := a.Scenarios()
	if b.Scenario <= 0 || b.Scenario > len(list) {
		return nil
	}
	return list[b.Scenario-1]
}

// Rows returns how many rows the view has.
func (b *Board) Rows() int {
	if b.View == ViewTeam {
		return boardRows
	}
	return 1
}

// Animating reports whether the board awaits the server's answer.
func (b *Board) Animating() bool { return b.Loading || b.fetch != nil }

// Update changes the view, scenario and period, and reads the board
// again when they change or it grows old.
func (b *Board) Update(a *App, in Input) Screen {
	if b.fetch.finished() {
		b.Loading = false
		if b.fetch.err != nil {
			b.Problem = a.TeamError(b.fetch.err)
		} else {
			t := b.fetch.val
			b.Team, b.Problem = &t, ""
		}
		b.fetch = nil
	}
	_, joined := a.Membership()
	if b.View == ViewTeam && !joined {
		b.View, b.Team = ViewPersonal, nil
	}
	changed := false
	for _, p := range in.Presses {
		switch p.Key {
		case KeyEscape, KeyEnter:
			if b.fetch != nil {
				b.fetch.cancel()
			}
			return b.back
		case KeyUp:
			b.Row = (b.Row + b.Rows() - 1) % b.Rows()
		case KeyDown, KeyTab:
			b.Row = (b.Row + 1) % b.Rows()
		case KeyLeft, KeyRight:
			step := 1
			if p.Key == KeyLeft {
				step = -1
			}
			changed = b.change(a, step, joined) || changed
		}
	}
	if b.View == ViewTeam {
		b.age += in.DT
		newRun := a.TeamStatus().Sent != b.sent
		if changed || newRun || (b.age >= boardRefresh && b.fetch == nil) {
			b.refresh(a)
		}
	}
	return b
}

// change moves the selected row's value by step and reports whether the
// team board must be read again.
func (b *Board) change(a *App, step int, joined bool) bool {
	switch b.Row {
	case BoardRowView:
		if !joined {
			b.Problem = a.T("board.join")
			return false
		}
		b.View = 1 - b.View
		b.Row = 0
		return b.View == ViewTeam
	case BoardRowScenario:
		n := len(a.Scenarios()) + 1
		b.Scenario = (b.Scenario + step + n) % n
	case BoardRowPeriod:
		n := len(Periods)
		b.Period = (b.Period + step + n) % n
	}
	return true
}

// refresh asks the server for the board in the background, dropping an
// answer still on its way.
func (b *Board) refresh(a *App) {
	if a.Cfg.Team == nil {
		return
	}
	if b.fetch != nil {
		b.fetch.cancel()
	}
	t, q := a.Cfg.Team, b.Query(a)
	b.fetch = startJob(func(ctx context.Context) (TeamBoard, error) { return t.Board(ctx, q) })
	b.Loading, b.age, b.sent = true, 0, t.Status().Sent
}

// PersonalRow is one line of the personal board.
type PersonalRow struct {
	Scn    *scenarios.Scenario
	Best   Best
	Played bool
}

// Personal returns the personal board: every scenario in the player's
// language with its best run, and the sum of the best scores.
func (a *App) Personal() (rows []PersonalRow, total int) {
	for _, s := range a.Scenarios() {
		r := PersonalRow{Scn: s}
		if a.Cfg.Store != nil {
			r.Best, r.Played = a.Cfg.Store.Best(s.ID)
		}
		if r.Played {
			total += r.Best.Score
		}
		rows = append(rows, r)
	}
	return rows, total
}
