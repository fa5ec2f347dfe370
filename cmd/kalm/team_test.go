package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/server"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

func teamServer(t *testing.T) (addr, code string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "office.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	code = "ZUID0-CODE9"
	_, err = st.AddTeam(ctx, "Zuid", code, time.Now())
	require.NoError(t, err)
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	s, err := server.New(server.Config{Store: store.Indexed(st, time.Now), Pack: pack, Now: time.Now, Rand: rand.Reader, JoinRate: 100, JoinBurst: 100})
	require.NoError(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String(), code
}

func TestTeamCommand(t *testing.T) {
	addr, code := teamServer(t)
	home := t.TempDir()
	tests := []struct {
		args     []string
		exit     int
		out, err string
	}{
		{[]string{"team"}, exitUsage, "", "Usage: kalm team join"},
		{[]string{"team", "join", addr, code}, exitUsage, "", "give --name NAME"},
		{[]string{"team", "status", "--home", home}, exitOK, "no team joined", ""},
		{[]string{"team", "join", addr, "FOUT0-CODE0", "--name", "Joost", "--home", home}, exitFindings, "", "No team has this code"},
		{[]string{"team", "join", "not an address", code, "--name", "Joost", "--home", home}, exitFindings, "", "not a server address"},
		{[]string{"team", "join", addr, code, "--name", "Joost", "--home", home}, exitOK, "joined team Zuid", ""},
		{[]string{"team", "status", "--home", home}, exitOK, "not on the board yet", ""},
		{[]string{"team", "leave", "--home", home}, exitOK, "left the team", ""},
		{[]string{"team", "status", "--home", home}, exitOK, "no team joined", ""},
	}
	for _, tc := range tests {
		exit, stdout, stderr := runCmd(t, "", tc.args...)
		assert.Equal(t, tc.exit, exit, "%v: %s %s", tc.args, stdout, stderr)
		assert.Contains(t, stdout, tc.out, "%v", tc.args)
		assert.Contains(t, stderr, tc.err, "%v", tc.args)
	}
}

func TestGameOpensTheJoinedTeam(t *testing.T) {
	addr, code := teamServer(t)
	home := t.TempDir()
	exit, _, stderr := runCmd(t, "", "team", "join", addr, code, "--name", "Joost", "--home", home)
	require.Equal(t, exitOK, exit, stderr)

	var errb bytes.Buffer
	e := env{args: []string{"--home", home}, stderr: &errb}
	fs, g := gameFlagSet(e)
	require.NoError(t, fs.Parse(e.args))
	opt, done, code2 := gameOptions(e, g)
	defer done()
	require.Equal(t, exitOK, code2, errb.String())
	require.NotNil(t, opt.Flow.Team)
	m, ok := opt.Flow.Team.Membership()
	require.True(t, ok)
	assert.Equal(t, "Zuid", m.Team)
	assert.Equal(t, "Joost", m.Name)
}
