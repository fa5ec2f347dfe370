package leaderboard

import (
	"fmt"
	"sort"
	"time"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
)

// AllScenarios is the scenario value that ranks the sum of each player's
// best score on every scenario.
const AllScenarios = "all"

// Periods a board covers: the last 7 days, the last 30 days, all time.
const (
	Week  = "week"
	Month = "month"
	All   = "all"
)

// Default and largest number of entries on a board.
const (
	DefaultLimit = 20
	MaxLimit     = 200
)

// Since returns the start of period counted back from now; the zero time
// for all time. The start is a whole second, so that readers asking within
// the same second ask for the same board (and share it).
func Since(period string, now time.Time) (time.Time, error) {
	switch period {
	case Week:
		return now.Add(-7 * 24 * time.Hour).Truncate(time.Second), nil
	case Month:
		return now.Add(-30 * 24 * time.Hour).Truncate(time.Second), nil
	case All, "":
		return time.Time{}, nil
	}
	return time.Time{}, fmt.Errorf("unknown period %q (want week, month or all)", period)
}

// Query says which board to build from a set of bests.
type Query struct {
	Scenario string // a scenario id or AllScenarios
	Period   string
	Since    time.Time
	Around   int64 // a player id: show the entries around them
	Limit    int   // entries to show; DefaultLimit when 0
}

// Rank builds a board from each player's bests: one scenario ranks the
// best score, AllScenarios ranks the sum of the bests. Ties go to the
// player who reached the score earlier, then to the lower player id.
// Team totals add up the players' scores.
func Rank(bests []store.Best, q Query) api.Board {
	byPlayer := map[int64]*api.Entry{}
	for _, b := range bests {
		e := byPlayer[b.PlayerID]
		if e == nil {
			e = &api.Entry{PlayerID: b.PlayerID, Name: b.Player, TeamID: b.TeamID, Team: b.Team}
			byPlayer[b.PlayerID] = e
		}
		e.Score += b.Score
		e.Scenarios++
		if b.At.After(e.At) {
			e.At = b.At // the total was reached with the latest best
		}
	}
	entries := make([]api.Entry, 0, len(byPlayer))
	for _, e := range byPlayer {
		entries = append(entries, *e)
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if !a.At.Equal(b.At) {
			return a.At.Before(b.At)
		}
		return a.PlayerID < b.PlayerID
	})
	board := api.Board{Scenario: q.Scenario, Period: q.Period, Players: len(entries), Entries: []api.Entry{}, Teams: teamTotals(entries)}
	if !q.Since.IsZero() {
		s := q.Since
		board.Since = &s
	}
	you := -1
	for i := range entries {
		entries[i].Rank = i + 1
		if q.Around != 0 && entries[i].PlayerID == q.Around {
			you = i
			e := entries[i]
			board.You = &e
		}
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	from := 0
	if you >= 0 {
		from = max(0, min(you-limit/2, len(entries)-limit))
	}
	to := min(len(entries), from+limit)
	board.Entries = append(board.Entries, entries[from:to]...)
	return board
}

// teamTotals sums the ranked players' scores per team, highest first.
func teamTotals(entries []api.Entry) []api.TeamTotal {
	byTeam := map[int64]*api.TeamTotal{}
	for _, e := range entries {
		t := byTeam[e.TeamID]
		if t == nil {
			t = &api.TeamTotal{TeamID: e.TeamID, Team: e.Team}
			byTeam[e.TeamID] = t
		}
		t.Total += e.Score
		t.Players++
	}
	out := make([]api.TeamTotal, 0, len(byTeam))
	for _, t := range byTeam {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].TeamID < out[j].TeamID
	})
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}
