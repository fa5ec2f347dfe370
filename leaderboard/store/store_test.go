package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/store/storetest"
)

// eachStore runs f against fresh SQLite and PostgreSQL stores, each
// plain and Indexed.
func eachStore(t *testing.T, f func(t *testing.T, s Store)) {
	for _, indexed := range []bool{false, true} {
		wrap := func(s Store) Store {
			if indexed {
				return Indexed(s, time.Now)
			}
			return s
		}
		suffix := map[bool]string{false: "", true: "-indexed"}[indexed]
		t.Run("sqlite"+suffix, func(t *testing.T) {
			s, err := OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "kalm.db"), false)
			require.NoError(t, err)
			t.Cleanup(func() { s.Close() })
			f(t, wrap(s))
		})
		t.Run("postgres"+suffix, func(t *testing.T) {
			s, err := OpenPostgres(context.Background(), storetest.PostgresURL(t))
			require.NoError(t, err)
			t.Cleanup(func() { s.Close() })
			f(t, wrap(s))
		})
	}
}

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func at(minutes int) time.Time { return t0.Add(time.Duration(minutes) * time.Minute) }

func TestTeamsAndJoin(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		a, err := s.AddTeam(ctx, "Helpdesk Noord", "CODE-A", t0)
		require.NoError(t, err)
		assert.NotZero(t, a.ID)
		_, err = s.AddTeam(ctx, "Helpdesk Noord", "CODE-B", t0)
		assert.ErrorIs(t, err, ErrExists, "same name")
		_, err = s.AddTeam(ctx, "Helpdesk Zuid", "CODE-A", t0)
		assert.ErrorIs(t, err, ErrExists, "same code")
		b, err := s.AddTeam(ctx, "Helpdesk Zuid", "CODE-B", t0)
		require.NoError(t, err)

		got, err := s.TeamByCode(ctx, "CODE-B")
		require.NoError(t, err)
		assert.Equal(t, b, got)
		_, err = s.TeamByCode(ctx, "code-b")
		assert.ErrorIs(t, err, ErrNotFound, "codes are exact")
		teams, err := s.Teams(ctx)
		require.NoError(t, err)
		a.Code, b.Code = "", ""
		assert.Equal(t, []Team{a, b}, teams, "the codes are not kept, only their hashes")

		p1, err := s.Join(ctx, a.ID, "Sanne", "hash1", t0)
		require.NoError(t, err)
		assert.Equal(t, "Helpdesk Noord", p1.Team)
		for _, same := range []string{"sanne", "SANNE", "Sаnne" /* Cyrillic а */, "Ｓａｎｎｅ", " Sanne "} {
			_, err = s.Join(ctx, a.ID, same, "hash-"+same, t0)
			assert.ErrorIs(t, err, ErrNameTaken, "%q is Sanne's name: nobody else may post as her", same)
		}
		require.NoError(t, s.AllowRejoin(ctx, p1.ID))
		_, err = s.PlayerByToken(ctx, "hash1")
		assert.ErrorIs(t, err, ErrNotFound, "allowing a re-join revokes the lost device's token")
		p2, err := s.Join(ctx, a.ID, "sanne", "hash2", t0)
		require.NoError(t, err)
		assert.Equal(t, p1.ID, p2.ID, "a re-join the team lead allowed is the same player")
		assert.Equal(t, "Sanne", p2.Name, "the first spelling stays")
		_, err = s.Join(ctx, a.ID, "Sanne", "hash2b", t0)
		assert.ErrorIs(t, err, ErrNameTaken, "the re-join was allowed once")
		p3, err := s.Join(ctx, b.ID, "Sanne", "hash3", t0)
		require.NoError(t, err)
		assert.NotEqual(t, p1.ID, p3.ID, "another team's Sanne is another player")

		for hash, want := range map[string]int64{"hash2": p1.ID, "hash3": p3.ID} {
			p, err := s.PlayerByToken(ctx, hash)
			require.NoError(t, err)
			assert.Equal(t, want, p.ID, hash)
		}
		_, err = s.PlayerByToken(ctx, "nope")
		assert.ErrorIs(t, err, ErrNotFound)
		_, err = s.Join(ctx, a.ID, "Ahmed", "hash2", t0)
		assert.Error(t, err, "a token hash is used once")
		_, err = s.Join(ctx, 999, "Ahmed", "hash9", t0)
		assert.Error(t, err, "unknown team")
	})
}

func TestBests(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		a, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		b, err := s.AddTeam(ctx, "B", "cb", t0)
		require.NoError(t, err)
		ann, _ := s.Join(ctx, a.ID, "Ann", "h-ann", t0)
		bob, _ := s.Join(ctx, a.ID, "Bob", "h-bob", t0)
		cor, _ := s.Join(ctx, b.ID, "Cor", "h-cor", t0)
		add := func(p Player, scenario string, score, minute int) {
			r := &Result{PlayerID: p.ID, TeamID: p.TeamID, Scenario: scenario, Lang: "nl", Score: score,
				Outcome: "resolved", Turns: 3, At: at(minute), Transcript: []byte(`[]`)}
			require.NoError(t, s.AddResult(ctx, r))
			assert.NotZero(t, r.ID)
		}
		add(ann, "fur-elise", 40, 0)
		add(ann, "fur-elise", 70, 10) // best, first reached at 10
		add(ann, "fur-elise", 70, 20) // same score later: not the time
		add(ann, "fur-elise", 10, 30)
		add(ann, "parcel", 20, 5)
		add(bob, "fur-elise", 55, 15)
		add(bob, "fur-elise", 80, 8*24*60) // eight days later
		add(cor, "parcel", -30, 1)

		type row struct {
			Player, Scenario string
			Score            int
			At               time.Time
		}
		get := func(f Filter) []row {
			bs, err := s.Bests(ctx, f)
			require.NoError(t, err)
			var out []row
			for _, b := range bs {
				out = append(out, row{b.Player, b.Scenario, b.Score, b.At})
			}
			sort.Slice(out, func(i, j int) bool {
				return fmt.Sprint(out[i].Player, out[i].Scenario) < fmt.Sprint(out[j].Player, out[j].Scenario)
			})
			return out
		}
		assert.Equal(t, []row{
			{"Ann", "fur-elise", 70, at(10)},
			{"Ann", "parcel", 20, at(5)},
			{"Bob", "fur-elise", 80, at(8 * 24 * 60)},
			{"Cor", "parcel", -30, at(1)},
		}, get(Filter{}), "all time")
		assert.Equal(t, []row{
			{"Ann", "fur-elise", 70, at(10)},
			{"Bob", "fur-elise", 80, at(8 * 24 * 60)},
		}, get(Filter{Scenario: "fur-elise"}))
		assert.Equal(t, []row{
			{"Cor", "parcel", -30, at(1)},
		}, get(Filter{TeamID: b.ID}))
		assert.Equal(t, []row{
			{"Ann", "fur-elise", 70, at(10)},
			{"Bob", "fur-elise", 80, at(8 * 24 * 60)},
		}, get(Filter{Scenario: "fur-elise", Since: t0, TeamID: a.ID}), "period from the start")
		assert.Empty(t, get(Filter{Since: at(8*24*60 + 1)}), "nothing after the last result")
		assert.Equal(t, []row{
			{"Ann", "fur-elise", 70, at(20)},
			{"Bob", "fur-elise", 80, at(8 * 24 * 60)},
		}, get(Filter{Scenario: "fur-elise", Since: at(11)}), "since 11: Ann's 70 at 20 counts")
	})
}

func TestConcurrentResults(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		const players, each = 8, 25
		var wg sync.WaitGroup
		errs := make(chan error, players*each)
		for i := range players {
			p, err := s.Join(ctx, team.ID, fmt.Sprintf("P%d", i), fmt.Sprintf("h%d", i), t0)
			require.NoError(t, err)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range each {
					errs <- s.AddResult(ctx, &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "fur-elise", Lang: "en",
						Score: j, Outcome: "resolved", At: at(j), Transcript: []byte(`[]`)})
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		bs, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bs, players)
		for _, b := range bs {
			assert.Equal(t, each-1, b.Score)
		}
		n := 0
		require.NoError(t, s.History(ctx, team.ID, func(Result) error { n++; return nil }))
		assert.Equal(t, players*each, n)
		stop := errors.New("stop")
		assert.ErrorIs(t, s.History(ctx, 0, func(Result) error { return stop }), stop)
	})
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kalm.db")
	s, err := OpenSQLite(ctx, path, true)
	require.NoError(t, err)
	_, err = s.AddTeam(ctx, "A", "ca", t0)
	require.NoError(t, err)
	require.NoError(t, s.Close())

	s, err = OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	defer s.Close()
	teams, err := s.Teams(ctx)
	require.NoError(t, err)
	assert.Len(t, teams, 1)

	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	defer db.Close()
	var v int
	require.NoError(t, db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&v))
	assert.Equal(t, SchemaVersion(), v)
	var mode string
	require.NoError(t, db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	assert.Equal(t, "wal", mode)
}

func TestNewerSchemaIsRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kalm.db")
	s, err := OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec(`INSERT INTO schema_migrations (version) VALUES (99)`)
	require.NoError(t, err)
	db.Close()
	_, err = OpenSQLite(ctx, path, false)
	require.ErrorContains(t, err, "newer kalm-server")
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := OpenSQLite(ctx, "", false)
	assert.ErrorContains(t, err, "no database path")
	_, err = OpenSQLite(ctx, filepath.Join(t.TempDir(), "missing", "dir", "kalm.db"), false)
	assert.Error(t, err)
	_, err = OpenPostgres(ctx, "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	assert.ErrorContains(t, err, "cannot connect")
}

func TestRebind(t *testing.T) {
	assert.Equal(t, "a = $1 AND b = $2", postgres.rebind("a = ? AND b = ?"))
	assert.Equal(t, "a = ?", sqlite.rebind("a = ?"))
}

func TestRunIDStoresOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		p, err := s.Join(ctx, team.ID, "Ann", "h", t0)
		require.NoError(t, err)
		r := &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "nl", Score: 30, Outcome: "resolved", At: at(1), RunID: "run-1", Transcript: []byte(`[]`), Scorer: "v1"}
		require.NoError(t, s.AddResult(ctx, r))
		again := &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "nl", Score: 99, Outcome: "hung_up", At: at(5), RunID: "run-1", Transcript: []byte(`[]`), Scorer: "v2"}
		require.ErrorIs(t, s.AddResult(ctx, again), ErrExists)
		assert.Equal(t, r.ID, again.ID)
		assert.Equal(t, "v1", again.Scorer, "a resent run reports the scorer that judged it first")
		var scorers []string
		require.NoError(t, s.History(ctx, team.ID, func(h Result) error { scorers = append(scorers, h.Scorer); return nil }))
		assert.Equal(t, []string{"v1"}, scorers, "the stored result names its scorer")
		assert.Equal(t, 30, again.Score)
		assert.Equal(t, "resolved", again.Outcome)
		assert.Equal(t, at(1), again.At)
		for range 2 { // no run id: every copy counts
			require.NoError(t, s.AddResult(ctx, &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "nl", Score: 1, Outcome: "resolved", At: at(2), Transcript: []byte(`[]`)}))
		}
		bs, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bs, 1)
		assert.Equal(t, 30, bs[0].Score)
	})
}

func TestAddResultsInOneTransaction(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		p, err := s.Join(ctx, team.ID, "Ann", "h", t0)
		require.NoError(t, err)
		mk := func(score int, run string) *Result {
			return &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "en", Score: score, Outcome: "resolved", At: at(score), RunID: run, Transcript: []byte(`[]`)}
		}
		require.NoError(t, s.AddResults(ctx, []*Result{mk(10, ""), mk(40, "r1"), mk(20, "")}))
		bs, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bs, 1)
		assert.Equal(t, 40, bs[0].Score)
		err = s.AddResults(ctx, []*Result{mk(90, ""), mk(50, "r1")})
		assert.ErrorIs(t, err, ErrExists)
		bs, _ = s.Bests(ctx, Filter{})
		assert.Equal(t, 40, bs[0].Score, "the failed batch stored nothing")
	})
}

func TestResultsAfterReadsInBatchesInIDOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		p, err := s.Join(ctx, team.ID, "Ann", "h", t0)
		require.NoError(t, err)
		inner := s
		if x, ok := s.(*indexed); ok {
			inner = x.Store
		}
		inner.(*sqlStore).batch = 5
		n := 2*5 + 3 // three batches
		batch := make([]*Result, n)
		for i := range batch {
			batch[i] = &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "nl", Score: i, Outcome: "resolved", At: at(i), Transcript: []byte(`[]`)}
		}
		require.NoError(t, s.AddResults(ctx, batch))
		var ids []int64
		require.NoError(t, s.ResultsAfter(ctx, 0, nil, func(r Result) error {
			ids = append(ids, r.ID)
			assert.Equal(t, "Ann", r.Player)
			return nil
		}))
		require.Len(t, ids, n)
		assert.True(t, sort.SliceIsSorted(ids, func(i, j int) bool { return ids[i] < ids[j] }))

		// From the middle, with two older ids asked for again: those first.
		mid := ids[n/2]
		var got []int64
		require.NoError(t, s.ResultsAfter(ctx, mid, []int64{ids[3], ids[1], mid + 1}, func(r Result) error {
			got = append(got, r.ID)
			return nil
		}))
		want := append([]int64{ids[1], ids[3]}, ids[n/2+1:]...)
		assert.Equal(t, want, got, "older ids, then every id after, each once")

		stop := errors.New("stop")
		calls := 0
		err = s.ResultsAfter(ctx, 0, nil, func(Result) error { calls++; return stop })
		assert.ErrorIs(t, err, stop)
		assert.Equal(t, 1, calls)
	})
}

// TestConcurrentResendsStoreOnce: the same run sent by several devices at
// once is stored once, and every sender learns the stored id (on
// PostgreSQL a submission is one statement; a conflicting insert waits
// for the first to commit).
func TestConcurrentResendsStoreOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "A", "ca", t0)
		require.NoError(t, err)
		p, err := s.Join(ctx, team.ID, "Ann", "h", t0)
		require.NoError(t, err)
		const senders = 8
		ids := make([]int64, senders)
		errs := make([]error, senders)
		var wg sync.WaitGroup
		for i := range senders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "s", Lang: "nl", Score: 40 + i, Outcome: "resolved",
					At: at(i), RunID: "run-x", Transcript: []byte(`[]`)}
				errs[i] = s.AddResult(ctx, r)
				ids[i] = r.ID
			}()
		}
		wg.Wait()
		stored := 0
		for i, err := range errs {
			if err == nil {
				stored++
				continue
			}
			assert.ErrorIs(t, err, ErrExists, "sender %d", i)
		}
		assert.Equal(t, 1, stored, "one sender stored the run")
		for i := range ids {
			assert.Equal(t, ids[0], ids[i], "sender %d learns the stored id", i)
		}
		var runs []Result
		require.NoError(t, s.History(ctx, team.ID, func(h Result) error { runs = append(runs, h); return nil }))
		require.Len(t, runs, 1)
		bs, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bs, 1)
		assert.Equal(t, runs[0].Score, bs[0].Score, "the best is the stored run's")
	})
}
