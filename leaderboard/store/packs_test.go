package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/store/storetest"
)

// packVersion is a pack version to store; its hash is made of one digit.
func packVersion(id, version, digit string, minute int, scenarios ...string) Pack {
	h := ""
	for range 64 {
		h += digit
	}
	p := Pack{Hash: h, ID: id, Version: version, Title: map[string]string{"nl": "Pakket " + id, "en": "Pack " + id},
		Files: []byte(`{"pack.yaml":"id: ` + id + `\n"}`), Added: at(minute)}
	for _, sc := range scenarios {
		p.Scenarios = append(p.Scenarios, PackScenario{ID: sc, Title: map[string]string{"en": "Title of " + sc}})
	}
	return p
}

func TestPacksAreKeptByVersion(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		all, err := s.Packs(ctx)
		require.NoError(t, err)
		assert.Empty(t, all)
		_, err = s.PackByHash(ctx, "0000")
		assert.ErrorIs(t, err, ErrNotFound)

		noord1 := packVersion("noord", "0.1.0", "1", 0, "lekkage", "retour")
		zuid := packVersion("zuid", "1.0.0", "2", 1, "factuur")
		noord2 := packVersion("noord", "0.2.0", "3", 2, "lekkage")
		for _, p := range []Pack{noord1, zuid, noord2} {
			require.NoError(t, s.AddPack(ctx, p))
		}
		again := noord1
		again.Version = "0.1.1"
		assert.ErrorIs(t, s.AddPack(ctx, again), ErrExists, "one content is one version")

		all, err = s.Packs(ctx)
		require.NoError(t, err)
		require.Len(t, all, 3)
		for i, want := range []Pack{noord1, zuid, noord2} {
			want.Files = nil
			assert.Equal(t, want, all[i], "listed oldest first, without files")
		}
		cur := Current(all)
		require.Len(t, cur, 2)
		assert.Equal(t, noord2.Hash, cur[0].Hash, "the newest version of noord, where noord came first")
		assert.Equal(t, zuid.Hash, cur[1].Hash)

		got, err := s.PackByHash(ctx, noord1.Hash)
		require.NoError(t, err)
		assert.Equal(t, noord1, got, "an older version stays, with its files")
	})
}

// TestResultsNameTheirPackVersion: a result keeps the version it was
// played from; a re-score hands it to the replayer, and a result set
// aside keeps it too.
func TestResultsNameTheirPackVersion(t *testing.T) {
	eachRawStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		ann := joinAnn(t, s)
		hash := packVersion("noord", "0.1.0", "4", 0).Hash
		var ids []int64
		for i, pack := range []string{hash, "", hash} {
			r := &Result{PlayerID: ann.ID, TeamID: ann.TeamID, Scenario: "lekkage", Lang: "en", Score: 10 + i, Outcome: "resolved",
				Turns: 2, At: at(i), Transcript: []byte(`{}`), Scale: 1, Pack: pack}
			require.NoError(t, s.AddResult(ctx, r))
			ids = append(ids, r.ID)
		}
		seen := map[int64]string{}
		replay := func(_ context.Context, r Result) (Replayed, error) {
			seen[r.ID] = r.Pack
			if r.ID == ids[2] {
				return Replayed{}, errors.New("pack version gone")
			}
			return Replayed{Score: 50, Outcome: "resolved", Turns: 2, Scorer: "test"}, nil
		}
		done, err := s.(Rescorer).Rescore(ctx, replay, Judge{})
		require.NoError(t, err)
		assert.Equal(t, Rescored{Rescored: 2, SetAside: 1}, done)
		assert.Equal(t, map[int64]string{ids[0]: hash, ids[1]: "", ids[2]: hash}, seen)
		var aside string
		raw := s.(*sqlStore)
		require.NoError(t, raw.r.QueryRowContext(ctx, raw.q(`SELECT pack FROM results_old_scale WHERE id = ?`), ids[2]).Scan(&aside))
		assert.Equal(t, hash, aside)
	})
}

// TestRescoreStopsWhenTheReplayerCannotTellNow: a replayer that cannot
// reach its packs (ErrTryLater) stops the re-score; nothing is set aside.
func TestRescoreStopsWhenTheReplayerCannotTellNow(t *testing.T) {
	eachRawStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		ann := joinAnn(t, s)
		r := &Result{PlayerID: ann.ID, TeamID: ann.TeamID, Scenario: "fur-elise", Lang: "en", Score: 275, Outcome: "resolved",
			Turns: 2, At: at(0), Transcript: []byte(`{}`), Scale: 1}
		require.NoError(t, s.AddResult(ctx, r))
		_, err := s.(Rescorer).Rescore(ctx, func(context.Context, Result) (Replayed, error) {
			return Replayed{}, errors.Join(ErrTryLater, errors.New("database down"))
		}, Judge{})
		require.ErrorIs(t, err, ErrTryLater)
		n := 0
		require.NoError(t, s.History(ctx, 0, func(Result) error { n++; return nil }))
		assert.Equal(t, 1, n, "the result stays on the board's table")
	})
}

// TestMigrationSixKeepsOlderResults: a database of the last release
// (schema 5) gains the packs table; its results name no pack version.
func TestMigrationSixKeepsOlderResults(t *testing.T) {
	for _, c := range []struct {
		name string
		d    dialect
		open func(t *testing.T) (*sql.DB, func(context.Context) (Store, error))
	}{
		{"sqlite", sqlite, func(t *testing.T) (*sql.DB, func(context.Context) (Store, error)) {
			path := filepath.Join(t.TempDir(), "kalm.db")
			db, err := sql.Open("sqlite", path)
			require.NoError(t, err)
			return db, func(ctx context.Context) (Store, error) { return OpenSQLite(ctx, path, false) }
		}},
		{"postgres", postgres, func(t *testing.T) (*sql.DB, func(context.Context) (Store, error)) {
			url := storetest.PostgresURL(t)
			db, err := sql.Open("pgx", url)
			require.NoError(t, err)
			return db, func(ctx context.Context) (Store, error) { return OpenPostgres(ctx, url) }
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			db, open := c.open(t)
			_, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)`)
			require.NoError(t, err)
			for v := 1; v <= 5; v++ {
				text := migrations[v-1].sqlite
				if c.d == postgres {
					text = migrations[v-1].postgres
				}
				_, err := db.ExecContext(ctx, text)
				require.NoError(t, err, "migration %d", v)
				_, err = db.ExecContext(ctx, c.d.rebind(`INSERT INTO schema_migrations (version) VALUES (?)`), v)
				require.NoError(t, err)
			}
			for _, q := range []string{
				`INSERT INTO teams (id, name, code, created_ms) VALUES (1, 'A', 'sha256:x', 0)`,
				`INSERT INTO players (id, team_id, name, name_key, created_ms) VALUES (1, 1, 'Ann', 'ann', 0)`,
				`INSERT INTO results (id, player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, scale)
				 VALUES (1, 1, 1, 'fur-elise', 'nl', 70, 'resolved', 3, 0, '{}', 2)`,
			} {
				_, err := db.ExecContext(ctx, q)
				require.NoError(t, err)
			}
			require.NoError(t, db.Close())

			s, err := open(ctx)
			require.NoError(t, err)
			defer s.Close()
			raw := s.(*sqlStore)
			var pack string
			require.NoError(t, raw.r.QueryRowContext(ctx, `SELECT pack FROM results WHERE id = 1`).Scan(&pack))
			assert.Empty(t, pack, "an older result was played from the server's own pack")
			require.NoError(t, s.AddPack(ctx, packVersion("noord", "0.1.0", "5", 0, "lekkage")))
			all, err := s.Packs(ctx)
			require.NoError(t, err)
			assert.Len(t, all, 1)
		})
	}
}
