package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"sync"
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
	assert.Len(t, st.(*indexed).snap.Load().rows, 1)
	assert.NoError(t, Warm(ctx, &sqlStore{}), "other stores need no warming")
}

// lateFixture is a PostgreSQL store, an index over it whose clock is
// clk, and one team with a player per name.
type lateFixture struct {
	raw     *sqlStore
	ix      Store
	team    Team
	players []int64
	clk     time.Time
}

func newLateFixture(t *testing.T, names ...string) *lateFixture {
	ctx := context.Background()
	st, err := OpenPostgres(ctx, storetest.PostgresURL(t))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	f := &lateFixture{raw: st.(*sqlStore), clk: t0}
	f.ix = Indexed(st, func() time.Time { return f.clk })
	f.team, err = st.AddTeam(ctx, "T", "c", t0)
	require.NoError(t, err)
	for i, name := range names {
		p, err := st.Join(ctx, f.team.ID, name, fmt.Sprint("h", i), t0)
		require.NoError(t, err)
		f.players = append(f.players, p.ID)
	}
	return f
}

// result is a result of player's with score, at the fixture's time.
func (f *lateFixture) result(player int64, score int) *Result {
	return &Result{PlayerID: player, TeamID: f.team.ID, Scenario: "a", Lang: "nl", Score: score, Outcome: "resolved", At: f.clk, Transcript: []byte(`{}`)}
}

// bests reads the board from the index.
func (f *lateFixture) bests(t *testing.T) []Best {
	bs, err := f.ix.Bests(context.Background(), Filter{})
	require.NoError(t, err)
	return bs
}

// TestIndexSeesLateCommits: on PostgreSQL a transaction may take a result
// id, and commit after a later id is already indexed.
func TestIndexSeesLateCommits(t *testing.T) {
	ctx := context.Background()
	// Three players, so the open transactions lock no row the others need.
	f := newLateFixture(t, "Ann", "Bob", "Cor")
	ann, bob, cor := f.players[0], f.players[1], f.players[2]
	best := func() int {
		top := -1 << 31
		for _, b := range f.bests(t) {
			top = max(top, b.Score)
		}
		return top
	}
	require.NoError(t, f.ix.AddResult(ctx, f.result(ann, 10)))
	assert.Equal(t, 10, best())

	late, err := f.raw.w.BeginTx(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, f.raw.addResult(ctx, late, f.result(bob, 99))) // takes the next id
	rolled, err := f.raw.w.BeginTx(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, f.raw.addResult(ctx, rolled, f.result(cor, 500))) // will never commit
	require.NoError(t, f.ix.AddResult(ctx, f.result(ann, 20)))           // a later id, committed first
	assert.Equal(t, 20, best())
	assert.Len(t, f.ix.(*indexed).gaps, 2)

	require.NoError(t, late.Commit())
	require.NoError(t, rolled.Rollback())
	assert.Equal(t, 99, best(), "the late commit is found")
	assert.Len(t, f.ix.(*indexed).gaps, 1, "the rolled-back id is still looked for")
	f.clk = f.clk.Add(GapTTL + time.Second)
	assert.Equal(t, 99, best())
	assert.Empty(t, f.ix.(*indexed).gaps, "until GapTTL has passed")
}

// TestIndexSeesLateFirstCommit: on a fresh database, the first result an
// index reads may not be the first id handed out: a submission that took
// id 1 can commit after id 2 was read. The index must look for id 1 all
// the same (it used to register skipped ids only once it held a result).
func TestIndexSeesLateFirstCommit(t *testing.T) {
	ctx := context.Background()
	f := newLateFixture(t, "Ann", "Bob")
	ann, bob := f.players[0], f.players[1]
	late, err := f.raw.w.BeginTx(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, f.raw.addResult(ctx, late, f.result(bob, 99))) // takes the first id
	require.NoError(t, f.ix.AddResult(ctx, f.result(ann, 10)))        // the second id, committed first
	require.Len(t, f.bests(t), 1, "only Ann's result is committed")
	require.NoError(t, late.Commit())
	assert.Len(t, f.bests(t), 2, "the first id, committed late, is on the board")
}

// TestIndexEqualsRecountUnderConcurrentWrites: whatever order concurrent
// submissions commit in, the indexed board read during and after the
// writes ends equal to a full SQL recount, on both databases.
func TestIndexEqualsRecountUnderConcurrentWrites(t *testing.T) {
	open := map[string]func(t *testing.T) Store{
		"sqlite": func(t *testing.T) Store {
			s, err := OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "kalm.db"), false)
			require.NoError(t, err)
			return s
		},
		"postgres": func(t *testing.T) Store {
			s, err := OpenPostgres(context.Background(), storetest.PostgresURL(t))
			require.NoError(t, err)
			return s
		},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := open[name](t)
			defer st.Close()
			ix := Indexed(st, time.Now)
			team, err := st.AddTeam(ctx, "T", "c", t0)
			require.NoError(t, err)
			var players []int64
			for i := range 8 {
				p, err := st.Join(ctx, team.ID, fmt.Sprint("p", i), fmt.Sprint("h", i), t0)
				require.NoError(t, err)
				players = append(players, p.ID)
			}
			var wg sync.WaitGroup
			for w, p := range players {
				wg.Add(1)
				go func() {
					defer wg.Done()
					rnd := rand.New(rand.NewPCG(uint64(w), 7))
					for range 15 {
						r := &Result{PlayerID: p, TeamID: team.ID, Scenario: fmt.Sprint("s", rnd.IntN(3)), Lang: "nl",
							Score: rnd.IntN(1000), Outcome: "resolved", At: time.Now(), Transcript: []byte(`{}`)}
						assert.NoError(t, st.AddResult(ctx, r))
						if rnd.IntN(3) == 0 {
							_, err := ix.Bests(ctx, Filter{}) // read mid-flight: the index syncs between commits
							assert.NoError(t, err)
						}
					}
				}()
			}
			wg.Wait()
			got, err := ix.Bests(ctx, Filter{})
			require.NoError(t, err)
			want, err := st.Bests(ctx, Filter{})
			require.NoError(t, err)
			key := func(bs []Best) map[string]int {
				m := map[string]int{}
				for _, b := range bs {
					m[fmt.Sprint(b.PlayerID, "/", b.Scenario)] = b.Score
				}
				return m
			}
			assert.Equal(t, key(want), key(got), "the index equals a recount")
		})
	}
}

// TestIndexSharesBoardsUntilAResultArrives: a board read twice is the
// same; changing the copy a caller got does not change the next one; a
// new result is on the next board at once.
func TestIndexSharesBoardsUntilAResultArrives(t *testing.T) {
	ctx := context.Background()
	raw, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	defer raw.Close()
	s := Indexed(raw, time.Now)
	team, err := s.AddTeam(ctx, "A", "CODE-A", t0)
	require.NoError(t, err)
	ann, err := s.Join(ctx, team.ID, "Ann", "h-ann", t0)
	require.NoError(t, err)
	add := func(score int) {
		require.NoError(t, s.AddResult(ctx, &Result{PlayerID: ann.ID, TeamID: team.ID, Scenario: "fur-elise", Lang: "nl",
			Score: score, Outcome: "resolved", Turns: 4, At: at(1), Transcript: []byte(`{}`)}))
	}
	add(50)
	first, err := s.Bests(ctx, Filter{})
	require.NoError(t, err)
	require.Len(t, first, 1)
	first[0].Score = 999 // a caller's own copy
	again, err := s.Bests(ctx, Filter{})
	require.NoError(t, err)
	assert.Equal(t, 50, again[0].Score)
	add(80)
	after, err := s.Bests(ctx, Filter{})
	require.NoError(t, err)
	assert.Equal(t, 80, after[0].Score, "a new result makes the cached board stale")
}

// countingStore counts the ResultsAfter queries an index makes.
type countingStore struct {
	*sqlStore
	after int
}

func (c *countingStore) ResultsAfter(ctx context.Context, afterID int64, also []int64, fn func(Result) error) error {
	c.after++
	return c.sqlStore.ResultsAfter(ctx, afterID, also, fn)
}

// TestIndexReadsResultsOnlyWhenTheProbeMoved: a board read on an index
// that is up to date costs one probe query and shares the board of the
// snapshot; a new result, a rename or a removal is read at the next read.
func TestIndexReadsResultsOnlyWhenTheProbeMoved(t *testing.T) {
	ctx := context.Background()
	raw, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	defer raw.Close()
	cs := &countingStore{sqlStore: raw.(*sqlStore)}
	ix := Indexed(cs, time.Now)
	team, err := raw.AddTeam(ctx, "T", "c", t0)
	require.NoError(t, err)
	ann, err := raw.Join(ctx, team.ID, "Ann", "h", t0)
	require.NoError(t, err)
	add := func(score int) {
		require.NoError(t, raw.AddResult(ctx, &Result{PlayerID: ann.ID, TeamID: team.ID, Scenario: "a", Lang: "nl",
			Score: score, Outcome: "resolved", At: time.Now(), Transcript: []byte(`{}`)}))
	}
	add(10)
	read := func() ([]Best, uint64) {
		bs, v, err := ix.(Boards).SharedBests(ctx, Filter{})
		require.NoError(t, err)
		return bs, v
	}
	first, v1 := read()
	require.Len(t, first, 1)
	after := cs.after
	for _, step := range []struct {
		name      string
		change    func()
		moved     bool
		wantScore int
		wantName  string
	}{
		{"nothing new", func() {}, false, 10, "Ann"},
		{"a better result", func() { add(30) }, true, 30, "Ann"},
		{"nothing new again", func() {}, false, 30, "Ann"},
		{"a rename", func() { require.NoError(t, raw.RenamePlayer(ctx, ann.ID, "Anna")) }, true, 30, "Anna"},
	} {
		step.change()
		bs, v := read()
		require.Len(t, bs, 1, step.name)
		assert.Equal(t, step.wantScore, bs[0].Score, step.name)
		assert.Equal(t, step.wantName, bs[0].Player, step.name)
		if step.moved {
			assert.Greater(t, cs.after, after, "%s: the results are read", step.name)
			assert.Greater(t, v, v1, "%s: a new version", step.name)
		} else {
			assert.Equal(t, after, cs.after, "%s: only the probe ran", step.name)
			assert.Equal(t, v1, v, "%s: the same version", step.name)
			assert.Same(t, &first[0], &bs[0], "%s: the same shared board", step.name)
		}
		first, v1, after = bs, v, cs.after
	}
}
