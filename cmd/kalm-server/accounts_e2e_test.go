package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
)

// join posts a join and returns the status and, on 201, the membership.
func join(t *testing.T, url, code, name string) (int, api.JoinResponse, string) {
	t.Helper()
	status, _, body := call(t, "POST", url+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: code, Name: name}))
	var j api.JoinResponse
	if status == 201 {
		require.NoError(t, json.Unmarshal(body, &j))
		return status, j, ""
	}
	return status, j, decodeError(t, body)
}

// TestAccountsEndToEnd: with the real binary, a name cannot be taken
// over (not even with look-alike letters), the team lead's reset lets the
// player re-join on a new device, a revoked token is a 401, a rotated code
// stops the old one, and the submission limit holds across re-joins.
func TestAccountsEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	code := addTeam(t, "Servicedesk", "--db", db)
	p := serve(t, "--db", db, "--burst", "2", "--rate", "1")

	status, sanne, _ := join(t, p.url, code, "Sanne")
	require.Equal(t, 201, status)
	for _, thief := range []string{"sanne", "SANNE", "Sаnne"} {
		status, _, msg := join(t, p.url, code, thief)
		assert.Equal(t, 409, status, thief)
		assert.Contains(t, msg, "that name is taken: ask your team lead")
	}

	submit := func(token string) int {
		status, _, _ := call(t, "POST", p.url+"/api/v1/results", token, jsonBody(t, careful))
		return status
	}
	require.Equal(t, 201, submit(sanne.Token))
	require.Equal(t, 201, submit(sanne.Token))
	require.Equal(t, 429, submit(sanne.Token), "the burst of 2 is used")

	rc, out, errs := cli(t, "player", "reset", "--team", "Servicedesk", "Sanne", "--db", db)
	require.Equal(t, 0, rc, errs)
	assert.Contains(t, out, "may join once more")
	assert.Equal(t, 401, submit(sanne.Token), "the reset revoked the old device")
	status, again, _ := join(t, p.url, code, "sanne")
	require.Equal(t, 201, status)
	assert.Equal(t, sanne.PlayerID, again.PlayerID, "the same account on a new device")
	assert.Equal(t, 429, submit(again.Token), "a re-join brings no fresh burst: the limit is per player")

	rc, _, errs = cli(t, "token", "revoke", "--team", "Servicedesk", "Sanne", "--db", db)
	require.Equal(t, 0, rc, errs)
	status, _, body := call(t, "POST", p.url+"/api/v1/results", again.Token, jsonBody(t, careful))
	assert.Equal(t, 401, status)
	assert.Contains(t, decodeError(t, body), "unknown token")

	rc, out, errs = cli(t, "team", "rotate-code", "Servicedesk", "--db", db)
	require.Equal(t, 0, rc, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	fresh := strings.Fields(lines[len(lines)-1])[2]
	assert.NotEqual(t, code, fresh)
	status, _, _ = join(t, p.url, code, "Joris")
	assert.Equal(t, 404, status, "the old code no longer joins")
	status, _, _ = join(t, p.url, fresh, "Joris")
	assert.Equal(t, 201, status)

	rc, out, errs = cli(t, "player", "list", "--team", "Servicedesk", "--db", db)
	require.Equal(t, 0, rc, errs)
	assert.Contains(t, out, "Sanne\t2 results\t0 tokens")
	assert.Contains(t, out, "Joris\t0 results\t1 tokens")
	rc, _, errs = cli(t, "player", "rename", "--team", "Servicedesk", "Joris", "sanne", "--db", db)
	assert.Equal(t, 1, rc)
	assert.Contains(t, errs, "already has a name that looks like")
	rc, out, errs = cli(t, "player", "remove", "--team", "Servicedesk", "Sanne", "--db", db)
	require.Equal(t, 0, rc, errs)
	assert.Contains(t, out, "with 2 results")
	status, _, body = call(t, "GET", p.url+"/api/v1/leaderboard?period=all", "", "")
	require.Equal(t, 200, status)
	var board api.Board
	require.NoError(t, json.Unmarshal(body, &board))
	assert.Empty(t, board.Entries, "the running server's board drops the removed player at once")
}

// TestBackupWhileServing: `backup` copies the database while the server
// runs; the copy serves the same board.
func TestBackupWhileServing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kalm.db")
	code := addTeam(t, "Servicedesk", "--db", db)
	p := serve(t, "--db", db)
	status, sanne, _ := join(t, p.url, code, "Sanne")
	require.Equal(t, 201, status)
	status, _, body := call(t, "POST", p.url+"/api/v1/results", sanne.Token, jsonBody(t, careful))
	require.Equal(t, 201, status, string(body))

	copyPath := filepath.Join(dir, "copy.db")
	rc, out, errs := cli(t, "backup", copyPath, "--db", db)
	require.Equal(t, 0, rc, errs)
	assert.Contains(t, out, "Backup written")
	rc, _, errs = cli(t, "backup", copyPath, "--db", db)
	assert.Equal(t, 1, rc)
	assert.Contains(t, errs, "exists")

	q := serve(t, "--db", copyPath)
	for _, u := range []string{p.url, q.url} {
		status, _, body := call(t, "GET", u+"/api/v1/leaderboard?period=all", "", "")
		require.Equal(t, 200, status)
		var b api.Board
		require.NoError(t, json.Unmarshal(body, &b))
		require.Len(t, b.Entries, 1, u)
		assert.Equal(t, "Sanne", b.Entries[0].Name)
	}
}
