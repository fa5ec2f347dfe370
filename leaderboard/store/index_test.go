package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/store/storetest"
)

func sortBests(bs []Best) {
	sort.Slice(bs, func(i, j int) bool {
		if bs[i].PlayerID != bs[j].PlayerID {
			return bs[i].PlayerID < bs[j].PlayerID
		}
		return bs[i].Scenario < bs[j].Scenario
	})
}

// TestIndexMatchesSQL checks the in-memory index against the SQL
// queries on random results and every kind of filter, also after more
// results arrive.
func TestIndexMatchesSQL(t *testing.T) {
	ctx := context.Background()
	raw, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	defer raw.Close()
	st := Indexed(raw, time.Now)
	rng := rand.New(rand.NewPCG(3, 4))
	var players []Player
	for ti := range 3 {
		team, err := st.AddTeam(ctx, fmt.Sprintf("T%d", ti), fmt.Sprintf("c%d", ti), t0)
		require.NoError(t, err)
		for pi := range 5 {
			p, err := st.Join(ctx, team.ID, fmt.Sprintf("P%d-%d", ti, pi), fmt.Sprintf("h%d-%d", ti, pi), t0)
			require.NoError(t, err)
			players = append(players, p)
		}
	}
	scens := []string{"a", "b", "c"}
	add := func(n int) {
		var rs []*Result
		for range n {
			p := players[rng.IntN(len(players))]
			rs = append(rs, &Result{PlayerID: p.ID, TeamID: p.TeamID, Scenario: scens[rng.IntN(3)], Lang: "nl",
				Score: rng.IntN(20) * 5, Outcome: "resolved", At: at(rng.IntN(60 * 24 * 20)), Transcript: []byte(`{}`)})
		}
		require.NoError(t, st.AddResults(ctx, rs))
	}
	check := func() {
		for _, f := range []Filter{
			{}, {Scenario: "a"}, {Scenario: "zzz"}, {TeamID: players[7].TeamID},
			{Since: at(60 * 24 * 10)}, {Since: at(60 * 24 * 3), Scenario: "b", TeamID: players[0].TeamID},
			{Since: at(60 * 24 * 30)},
		} {
			want, err := raw.Bests(ctx, f)
			require.NoError(t, err)
			got, err := st.Bests(ctx, f)
			require.NoError(t, err)
			sortBests(want)
			sortBests(got)
			assert.Equal(t, want, got, "%+v", f)
		}
	}
	check() // empty
	add(500)
	check()
	add(300)
	check()
}

func TestWarmLoadsTheIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kalm.db")
	st, err := OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	team, _ := st.AddTeam(ctx, "T", "c", t0)
	p, _ := st.Join(ctx, team.ID, "Ann", "h", t0)
	require.NoError(t, st.AddResult(ctx, &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "a", Lang: "nl", Score: 5, Outcome: "resolved", At: time.Now(), Transcript: []byte(`{}`)}))
	st.Close()

	raw, err := OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	defer raw.Close()
	st = Indexed(raw, time.Now)
	require.NoError(t, Warm(ctx, st))
	assert.Len(t, st.(*indexed).rows, 1)
	assert.NoError(t, Warm(ctx, &sqlStore{}), "other stores need no warming")
}

// TestIndexSeesLateCommits: on PostgreSQL a transaction may take a result
// id, and commit after a later id is already indexed.
func TestIndexSeesLateCommits(t *testing.T) {
	ctx := context.Background()
	st, err := OpenPostgres(ctx, storetest.PostgresURL(t))
	require.NoError(t, err)
	defer st.Close()
	clk := t0
	ix := Indexed(st, func() time.Time { return clk })
	team, _ := st.AddTeam(ctx, "T", "c", t0)
	// Three players, so the open transactions lock no row the others need.
	var ps []Player
	for i, name := range []string{"Ann", "Bob", "Cor"} {
		p, err := st.Join(ctx, team.ID, name, fmt.Sprint("h", i), t0)
		require.NoError(t, err)
		ps = append(ps, p)
	}
	ann, bob, cor := ps[0].ID, ps[1].ID, ps[2].ID
	result := func(player int64, score int) *Result {
		return &Result{PlayerID: player, TeamID: team.ID, Scenario: "a", Lang: "nl", Score: score, Outcome: "resolved", At: clk, Transcript: []byte(`{}`)}
	}
	best := func() int {
		bs, err := ix.Bests(ctx, Filter{})
		require.NoError(t, err)
		top := -1 << 31
		for _, b := range bs {
			top = max(top, b.Score)
		}
		return top
	}
	require.NoError(t, ix.AddResult(ctx, result(ann, 10)))
	assert.Equal(t, 10, best())

	raw := st.(*sqlStore)
	late, err := raw.w.BeginTx(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, raw.addResult(ctx, late, result(bob, 99))) // takes the next id
	rolled, err := raw.w.BeginTx(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, raw.addResult(ctx, rolled, result(cor, 500))) // will never commit
	require.NoError(t, ix.AddResult(ctx, result(ann, 20)))           // a later id, committed first
	assert.Equal(t, 20, best())
	assert.Len(t, ix.(*indexed).gaps, 2)

	require.NoError(t, late.Commit())
	require.NoError(t, rolled.Rollback())
	assert.Equal(t, 99, best(), "the late commit is found")
	assert.Len(t, ix.(*indexed).gaps, 1, "the rolled-back id is still looked for")
	clk = clk.Add(GapTTL + time.Second)
	assert.Equal(t, 99, best())
	assert.Empty(t, ix.(*indexed).gaps, "until GapTTL has passed")
}
