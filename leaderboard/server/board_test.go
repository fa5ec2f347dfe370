package server

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"kalm/leaderboard/api"
)

// TestRankCacheRanksOncePerBoardAndVersion: readers of one board of one
// version share one ranking (also while it is being made); another
// board, or a newer version, is ranked again; a reader still on an
// older version ranks its own without disturbing the newer boards.
func TestRankCacheRanksOncePerBoardAndVersion(t *testing.T) {
	var c rankCache
	ranks := 0
	rank := func(n int) func() *rankedBoard {
		return func() *rankedBoard {
			ranks++
			return newRankedBoard(api.Board{Players: n})
		}
	}
	week := rankKey{scenario: "all", period: "week", since: 1000}
	around := rankKey{scenario: "all", period: "week", since: 1000, around: 7}
	for _, step := range []struct {
		name    string
		version uint64
		key     rankKey
		players int // what a ranking now would give
		want    int // what the reader gets
		ranked  int // rankings so far
	}{
		{"first read", 1, week, 5, 5, 1},
		{"same board, same version", 1, week, 6, 5, 1},
		{"another board", 1, around, 6, 6, 2},
		{"a new version", 2, week, 7, 7, 3},
		{"an older version", 1, week, 8, 8, 4},
		{"the newer one is kept", 2, week, 9, 7, 4},
	} {
		got := c.get(step.version, step.key, rank(step.players))
		assert.Equal(t, step.want, got.board.Players, step.name)
		assert.Equal(t, step.ranked, ranks, step.name)
	}
	assert.JSONEq(t, `{"scenario":"","period":"","players":7,"entries":null,"teams":null}`, string(c.get(2, week, nil).json), "the JSON is kept with the board")
}

// TestRankCacheSharesARankingInProgress: readers that ask while the
// first reader ranks wait for its board instead of ranking it again.
func TestRankCacheSharesARankingInProgress(t *testing.T) {
	var c rankCache
	var mu sync.Mutex
	ranks := 0
	release := make(chan struct{})
	rank := func() *rankedBoard {
		mu.Lock()
		ranks++
		mu.Unlock()
		<-release
		return newRankedBoard(api.Board{Players: 3})
	}
	key := rankKey{scenario: "all", period: "all"}
	var wg sync.WaitGroup
	got := make([]*rankedBoard, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = c.get(1, key, rank)
		}()
	}
	close(release)
	wg.Wait()
	assert.Equal(t, 1, ranks)
	for _, b := range got {
		assert.Same(t, got[0], b)
	}
}
