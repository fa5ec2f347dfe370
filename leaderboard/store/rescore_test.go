package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/store/storetest"
)

// eachRawStore runs f against fresh SQLite and PostgreSQL stores, not
// indexed: Rescore runs before the index is built.
func eachRawStore(t *testing.T, f func(t *testing.T, s Store)) {
	t.Run("sqlite", func(t *testing.T) {
		s, err := OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "kalm.db"), false)
		require.NoError(t, err)
		t.Cleanup(func() { s.Close() })
		f(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		s, err := OpenPostgres(context.Background(), storetest.PostgresURL(t))
		require.NoError(t, err)
		t.Cleanup(func() { s.Close() })
		f(t, s)
	})
}

// TestRescoreBringsOldResultsToTheCurrentScale: old-scale results are
// re-played, or set aside when they cannot be; the bests are rebuilt from
// what remains, so no board mixes the scales; a second run does nothing.
func TestRescoreBringsOldResultsToTheCurrentScale(t *testing.T) {
	eachRawStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		ann, err := s.Join(ctx, team.ID, "Ann", "h-ann", t0)
		require.NoError(t, err)
		add := func(scenario string, score, scale, minute int) int64 {
			r := &Result{PlayerID: ann.ID, TeamID: team.ID, Scenario: scenario, Lang: "nl", Score: score, Outcome: "resolved",
				Turns: 3, At: at(minute), Transcript: []byte(`{"replies":[]}`), Scale: scale}
			require.NoError(t, s.AddResult(ctx, r))
			return r.ID
		}
		old := add("fur-elise", 275, 1, 0) // farmed on the old scale
		add("fur-elise", 90, CurrentScale, 5)
		gone := add("retired", 150, 1, 10) // its scenario left the pack

		replay := func(_ context.Context, r Result) (Replayed, error) {
			if r.Scenario == "retired" {
				return Replayed{}, errors.New(`scenario "retired" is not in this server's pack`)
			}
			return Replayed{Score: 41, Outcome: "resolved", Turns: 8, Scorer: "test"}, nil
		}
		rs, ok := s.(Rescorer)
		require.True(t, ok)
		done, err := rs.Rescore(ctx, replay)
		require.NoError(t, err)
		assert.Equal(t, Rescored{Rescored: 1, SetAside: 1}, done)

		var scores = map[int64]int{}
		require.NoError(t, s.History(ctx, 0, func(r Result) error { scores[r.ID] = r.Score; return nil }))
		assert.Equal(t, map[int64]int{old: 41, old + 1: 90}, scores, "re-scored, kept, and the retired one off the boards")
		bests, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bests, 1)
		assert.Equal(t, 90, bests[0].Score, "the old 275 no longer leads")
		assert.Equal(t, at(5), bests[0].At)

		var why string
		require.NoError(t, s.(*sqlStore).r.QueryRowContext(ctx, s.(*sqlStore).q(`SELECT why FROM results_old_scale WHERE id = ?`), gone).Scan(&why))
		assert.Contains(t, why, "not in this server's pack", "the set-aside result keeps its reason")

		again, err := rs.Rescore(ctx, replay)
		require.NoError(t, err)
		assert.Equal(t, Rescored{}, again, "nothing left on the old scale")
	})
}
