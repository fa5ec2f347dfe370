package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSQLiteFileIsPrivate: the database (team codes, transcripts) is
// readable by its owner only, new or found with wider permissions.
func TestSQLiteFileIsPrivate(t *testing.T) {
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.db")
	s, err := OpenSQLite(context.Background(), fresh, false)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	old := filepath.Join(dir, "old.db")
	require.NoError(t, os.WriteFile(old, nil, 0o644))
	s, err = OpenSQLite(context.Background(), old, false)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	for _, p := range []string{fresh, old} {
		fi, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), p)
	}
}

// TestJoinCodesAreStoredHashed: no join code is in the database in
// clear, also one written before codes were hashed; it still joins.
func TestJoinCodesAreStoredHashed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kalm.db")
	s, err := OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	_, err = s.AddTeam(ctx, "Noord", "NOORD-CODE1", t0)
	require.NoError(t, err)
	_, err = s.(*sqlStore).w.ExecContext(ctx, `INSERT INTO teams (name, code, created_ms) VALUES ('Oud', 'OLDCO-DE234', 0)`)
	require.NoError(t, err)
	require.NoError(t, s.Close())

	s, err = OpenSQLite(ctx, path, false)
	require.NoError(t, err)
	defer s.Close()
	for _, code := range []string{"NOORD-CODE1", "OLDCO-DE234"} {
		team, err := s.TeamByCode(ctx, code)
		require.NoError(t, err, code)
		assert.NotZero(t, team.ID)
	}
	var clear int
	require.NoError(t, s.(*sqlStore).r.QueryRowContext(ctx, `SELECT COUNT(*) FROM teams WHERE code NOT LIKE 'sha256:%'`).Scan(&clear))
	assert.Zero(t, clear, "every code is stored as its hash")
	teams, err := s.Teams(ctx)
	require.NoError(t, err)
	for _, tm := range teams {
		assert.Empty(t, tm.Code, "a listed team shows no code")
	}
}
