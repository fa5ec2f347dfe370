package store

import (
	"context"
	"errors"
	"fmt"
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

// joinAnn adds team "A" and its player Ann to s, the set-up of the
// re-score tests.
func joinAnn(t *testing.T, s Store) Player {
	t.Helper()
	team, err := s.AddTeam(context.Background(), "A", "ca", t0)
	require.NoError(t, err)
	ann, err := s.Join(context.Background(), team.ID, "Ann", "h-ann", t0)
	require.NoError(t, err)
	return ann
}

// TestRescoreBringsOldResultsToTheCurrentScale: old-scale results are
// re-played, or set aside when they cannot be; the bests are rebuilt from
// what remains, so no board mixes the scales; a second run does nothing.
func TestRescoreBringsOldResultsToTheCurrentScale(t *testing.T) {
	eachRawStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		ann := joinAnn(t, s)
		add := func(scenario string, score, scale, minute int) int64 {
			r := &Result{PlayerID: ann.ID, TeamID: ann.TeamID, Scenario: scenario, Lang: "nl", Score: score, Outcome: "resolved",
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
		done, err := rs.Rescore(ctx, replay, Judge{})
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

		again, err := rs.Rescore(ctx, replay, Judge{})
		require.NoError(t, err)
		assert.Equal(t, Rescored{}, again, "nothing left on the old scale")
	})
}

// before orders the test's scorer versions "v1" < "v2" < "v3".
func before(a, b string) bool { return a < b }

// TestRescoreJudgesAgainWhatAnOlderScorerJudged: a result an older scorer
// judged is re-played by the current one and its best follows; one a newer
// scorer judged (another server's, mid-upgrade) is left alone; one that
// cannot be re-played keeps its score on the board, as its scale still
// compares; a second run re-plays nothing new.
func TestRescoreJudgesAgainWhatAnOlderScorerJudged(t *testing.T) {
	eachRawStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		ann := joinAnn(t, s)
		add := func(scenario string, score int, scorer string, minute int) int64 {
			r := &Result{PlayerID: ann.ID, TeamID: ann.TeamID, Scenario: scenario, Lang: "en", Score: score, Outcome: "resolved",
				Turns: 3, At: at(minute), Transcript: []byte(`{"replies":[]}`), Scorer: scorer}
			require.NoError(t, s.AddResult(ctx, r))
			return r.ID
		}
		older := add("fur-elise", 95, "v1", 0) // a lenient old verdict
		current := add("fur-elise", 80, "v2", 5)
		newer := add("router", 70, "v3", 10)
		gone := add("retired", 60, "", 15) // before versions were stored; its scenario left the pack

		var replayed []int64
		replay := func(_ context.Context, r Result) (Replayed, error) {
			replayed = append(replayed, r.ID)
			if r.Scenario == "retired" {
				return Replayed{}, errors.New(`scenario "retired" is not in this server's pack`)
			}
			return Replayed{Score: 62, Outcome: "resolved", Turns: 4, Scorer: "v2"}, nil
		}
		rs, ok := s.(Rescorer)
		require.True(t, ok)
		judge := Judge{Scorer: "v2", Before: before}
		done, err := rs.Rescore(ctx, replay, judge)
		require.NoError(t, err)
		assert.Equal(t, Rescored{Rescored: 1, Kept: 1}, done)
		assert.Equal(t, []int64{older, gone}, replayed, "only what an older scorer (or none named) judged")

		got := map[int64]string{}
		require.NoError(t, s.History(ctx, 0, func(r Result) error {
			got[r.ID] = fmt.Sprintf("%d %s", r.Score, r.Scorer)
			return nil
		}))
		assert.Equal(t, map[int64]string{older: "62 v2", current: "80 v2", newer: "70 v3", gone: "60 "}, got)
		bests, err := s.Bests(ctx, Filter{Scenario: "fur-elise"})
		require.NoError(t, err)
		require.Len(t, bests, 1)
		assert.Equal(t, 80, bests[0].Score, "the old lenient 95 no longer leads")

		replayed = nil
		again, err := rs.Rescore(ctx, replay, judge)
		require.NoError(t, err)
		assert.Equal(t, Rescored{Kept: 1}, again, "only the one that cannot be re-played is tried again")
		assert.Equal(t, []int64{gone}, replayed)
	})
}
