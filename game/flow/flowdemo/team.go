package flowdemo

import (
	"context"
	"errors"

	"kalm/game/flow"
	"kalm/scenarios/engine"
)

// Team is an invented team for the demo screens: it has joined, reads
// a fixed board and sends nothing.
type Team struct {
	info  flow.TeamInfo
	board flow.TeamBoard
}

// errTeam is what the demo team answers to what would change it.
var errTeam = errors.New("demo team: nothing is sent")

// NewTeam returns a demo team the player (or Sanne) has joined.
func NewTeam(a *flow.App) *Team {
	name := a.Name
	if name == "" {
		name = "Sanne"
	}
	info := flow.TeamInfo{Server: "192.168.1.20:8080", Team: "Helpdesk Noord", TeamID: 1, PlayerID: 4, Name: name}
	return &Team{info: info, board: Board(a)}
}

// Membership returns the demo team.
func (t *Team) Membership() (flow.TeamInfo, bool) { return t.info, true }

// Join fails: the demo team has joined already.
func (t *Team) Join(context.Context, string, string, string) (flow.TeamInfo, error) {
	return flow.TeamInfo{}, errTeam
}

// Leave fails: the demo stays in its team.
func (t *Team) Leave() error { return errTeam }

// Send sends nothing.
func (t *Team) Send(engine.Result) error { return errTeam }

// Board returns the invented board.
func (t *Team) Board(context.Context, flow.BoardQuery) (flow.TeamBoard, error) { return t.board, nil }

// Status says one call waits and three went out.
func (t *Team) Status() flow.TeamStatus { return flow.TeamStatus{Waiting: 1, Sent: 3} }

// Board is an invented team board: ten players in three teams, the
// player fourth.
func Board(a *flow.App) flow.TeamBoard {
	you := a.Name
	if you == "" {
		you = "Sanne"
	}
	players := []struct {
		name, team string
		score      int
	}{
		{"Noor Visser", "Helpdesk Noord", 2140}, {"James Whitfield", "Webcare", 1985},
		{"Daan de Jong", "Helpdesk Zuid", 1870}, {you, "Helpdesk Noord", 1795},
		{"Emily Carter", "Webcare", 1650}, {"Bram Mulder", "Helpdesk Zuid", 1520},
		{"Fatima el Amrani", "Helpdesk Noord", 1410}, {"Tom Bakker", "Helpdesk Zuid", 1190},
		{"Olivia Brooks", "Webcare", 960}, {"Lars Hendriks", "Helpdesk Noord", 705},
	}
	b := flow.TeamBoard{Players: len(players)}
	for i, p := range players {
		e := flow.BoardEntry{Rank: i + 1, Name: p.name, Team: p.team, Score: p.score, Scenarios: 9 - i/2, You: i == 3}
		b.Entries = append(b.Entries, e)
	}
	you4 := b.Entries[3]
	b.You = &you4
	b.Teams = []flow.TeamScore{
		{Rank: 1, Team: "Helpdesk Noord", Total: 6050, Players: 4, Yours: true},
		{Rank: 2, Team: "Webcare", Total: 4595, Players: 3},
		{Rank: 3, Team: "Helpdesk Zuid", Total: 4580, Players: 3},
	}
	return b
}

// Store is an invented results store: the first scenarios played.
type Store map[string]flow.Best

// NewStore returns a store with bests for the first five scenarios.
func NewStore(a *flow.App) Store {
	runs := []flow.Best{
		{Score: 91, Outcome: engine.Resolved, Plays: 3}, {Score: 58, Outcome: engine.Escalated, Plays: 1},
		{Score: 84, Outcome: engine.Resolved, Plays: 2}, {Score: 12, Outcome: engine.HungUp, Plays: 4},
		{Score: 77, Outcome: engine.Resolved, Plays: 1},
	}
	st := Store{}
	for i, s := range a.Scenarios() {
		if i < len(runs) {
			st[s.ID] = runs[i]
		}
	}
	return st
}

// Best returns the invented best of a scenario.
func (s Store) Best(id string) (flow.Best, bool) { b, ok := s[id]; return b, ok }

// Record keeps nothing.
func (s Store) Record(string, engine.Result) error { return nil }
