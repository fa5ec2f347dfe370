package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/packtest"
	"kalm/leaderboard/servertest"
)

func teamServer(t *testing.T) (addr, code string) {
	code = "ZUID0-CODE9"
	return servertest.New(t, servertest.Team{Name: "Zuid", Code: code}).Addr, code
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

// TestTeamStatusDownloadsTheTeamsPacks: joining and `kalm team status`
// fetch the team's packs; a second status has nothing new to fetch.
func TestTeamStatusDownloadsTheTeamsPacks(t *testing.T) {
	code := "NOORD-CODE8"
	o := servertest.New(t, servertest.Team{Name: "Noord", Code: code})
	hash := o.AddPack(packtest.Write(t, "noord", "lekkage", "Leaking machine"))
	home := t.TempDir()
	exit, stdout, stderr := runCmd(t, "", "team", "join", o.Addr, code, "--name", "Joost", "--home", home)
	require.Equal(t, exitOK, exit, stderr)
	assert.Contains(t, stdout, "team packs: 1, 0 downloaded now", "joining downloaded it already")
	assert.Contains(t, stdout, "noord 0.1.0 (1 scenario, version "+hash[:12]+")")
	_, err := os.Stat(filepath.Join(home, "packs", hash, "lekkage.yaml"))
	require.NoError(t, err)
	exit, stdout, stderr = runCmd(t, "", "team", "status", "--home", home)
	require.Equal(t, exitOK, exit, stderr)
	assert.Contains(t, stdout, "team packs: 1, 0 downloaded now")
}
