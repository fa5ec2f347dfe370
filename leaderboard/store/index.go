package store

import (
	"context"
	"sync"
)

// Indexed wraps a store whose result ids grow in commit order (SQLite:
// one writer at a time) with an in-memory index of every result's
// player, scenario, score and time, so Bests for any period is a scan
// of a compact slice instead of an aggregate over the results table.
// Each Bests first reads the results added since (one indexed query),
// so writes by other processes on the same database are seen. Memory is
// about 24 bytes per result.
func Indexed(s Store) Store {
	return &indexed{Store: s, scen: map[string]int32{}, pidx: map[int64]int32{}}
}

type indexed struct {
	Store

	mu      sync.RWMutex
	last    int64
	scen    map[string]int32
	scens   []string
	pidx    map[int64]int32
	players []Player
	rows    []irow
}

type irow struct {
	player, scenario, score int32
	at                      int64
}

// sync reads the results added since the last sync.
func (x *indexed) sync(ctx context.Context) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.Store.ResultsAfter(ctx, x.last, func(r Result) error {
		p, ok := x.pidx[r.PlayerID]
		if !ok {
			p = int32(len(x.players))
			x.pidx[r.PlayerID] = p
			x.players = append(x.players, Player{ID: r.PlayerID, TeamID: r.TeamID, Name: r.Player, Team: r.Team})
		}
		s, ok := x.scen[r.Scenario]
		if !ok {
			s = int32(len(x.scens))
			x.scen[r.Scenario] = s
			x.scens = append(x.scens, r.Scenario)
		}
		x.rows = append(x.rows, irow{player: p, scenario: s, score: int32(r.Score), at: ms(r.At)})
		x.last = r.ID
		return nil
	})
}

// Warm loads the index now rather than on the first read.
func Warm(ctx context.Context, s Store) error {
	if x, ok := s.(*indexed); ok {
		return x.sync(ctx)
	}
	return nil
}

func (x *indexed) Bests(ctx context.Context, f Filter) ([]Best, error) {
	if err := x.sync(ctx); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	want := int32(-1)
	if f.Scenario != "" {
		s, ok := x.scen[f.Scenario]
		if !ok {
			return nil, nil
		}
		want = s
	}
	since := int64(-1 << 63)
	if !f.Since.IsZero() {
		since = ms(f.Since)
	}
	ns := int32(len(x.scens))
	type cell struct {
		seen  bool
		score int32
		at    int64
	}
	cells := make([]cell, len(x.players)*int(ns))
	for _, r := range x.rows {
		if r.at < since || (want >= 0 && r.scenario != want) {
			continue
		}
		if f.TeamID != 0 && x.players[r.player].TeamID != f.TeamID {
			continue
		}
		c := &cells[r.player*ns+r.scenario]
		if !c.seen || r.score > c.score || (r.score == c.score && r.at < c.at) {
			*c = cell{true, r.score, r.at}
		}
	}
	var out []Best
	for i, c := range cells {
		if !c.seen {
			continue
		}
		p := x.players[i/int(ns)]
		out = append(out, Best{PlayerID: p.ID, TeamID: p.TeamID, Player: p.Name, Team: p.Team,
			Scenario: x.scens[i%int(ns)], Score: int(c.score), At: fromMS(c.at)})
	}
	return out, nil
}
