package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store/storetest"
)

// TestServerOwnsTheCallEndToEnd: with the real binary, a client's
// hold_ms does not change the score, a run id resent with other replies
// is a 409, and the access log has a line for the refused requests
// (401, 429).
func TestServerOwnsTheCallEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	code := addTeam(t, "Servicedesk", "--db", db)
	p := serve(t, "--db", db, "--burst", "3", "--rate", "1")
	status, _, body := call(t, "POST", p.url+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: code, Name: "Sanne"}))
	require.Equal(t, 201, status, string(body))
	var sanne api.JoinResponse
	require.NoError(t, json.Unmarshal(body, &sanne))

	score := func(hold *int, runID string) (int, api.ResultResponse) {
		req := careful
		req.HoldMS, req.RunID = hold, runID
		status, _, body := call(t, "POST", p.url+"/api/v1/results", sanne.Token, jsonBody(t, req))
		var res api.ResultResponse
		if status < 300 {
			require.NoError(t, json.Unmarshal(body, &res))
		}
		return status, res
	}
	zero := 0
	status, short := score(&zero, "run-1")
	require.Equal(t, 201, status)
	status, long := score(nil, "run-2")
	require.Equal(t, 201, status)
	assert.Equal(t, long.Score, short.Score, "hold_ms 0 buys no calmer customer")
	assert.Equal(t, long.StartMood, short.StartMood)
	assert.LessOrEqual(t, long.Score, 100)

	other := withReplies(2, "Ik begrijp dat u boos bent.")
	other.RunID = "run-1"
	status, _, body = call(t, "POST", p.url+"/api/v1/results", sanne.Token, jsonBody(t, other))
	assert.Equal(t, 409, status)
	assert.Contains(t, decodeError(t, body), "already sent with other replies")

	status, _, _ = call(t, "POST", p.url+"/api/v1/results", "forged-token", jsonBody(t, careful))
	assert.Equal(t, 401, status)
	status, _ = score(nil, "run-4")
	require.Equal(t, 429, status, "the burst of 3 is used up")

	require.Eventually(t, func() bool { return strings.Count(p.log(), "path=/api/v1/results") >= 5 }, 10*time.Second, 10*time.Millisecond)
	log := p.log()
	for _, want := range []string{"status=401", "status=429", "status=409"} {
		found := false
		for _, l := range strings.Split(log, "\n") {
			if strings.Contains(l, "path=/api/v1/results") && strings.Contains(l, want) && strings.Contains(l, "remote=127.0.0.1") {
				found = true
			}
		}
		assert.True(t, found, "no access log line with %s in:\n%s", want, log)
	}
	fi, err := os.Stat(db)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "the database holds join codes: owner only")
}

// TestHealthWithTheDatabaseGoneEndToEnd: /health answers 503 once the
// PostgreSQL database is gone, and the server says why in its log.
func TestHealthWithTheDatabaseGoneEndToEnd(t *testing.T) {
	dbURL := storetest.PostgresURL(t)
	p := serve(t, "--postgres", dbURL)
	status, _, _ := call(t, "GET", p.url+"/api/v1/health", "", "")
	require.Equal(t, 200, status)

	u, err := url.Parse(dbURL)
	require.NoError(t, err)
	name := strings.TrimPrefix(u.Path, "/")
	admin, err := sql.Open("pgx", os.Getenv(storetest.EnvVar))
	require.NoError(t, err)
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = admin.ExecContext(ctx, "DROP DATABASE "+name+" WITH (FORCE)")
	require.NoError(t, err)

	status, _, body := call(t, "GET", p.url+"/api/v1/health", "", "")
	assert.Equal(t, 503, status, string(body))
	assert.Eventually(t, func() bool {
		return strings.Contains(p.log(), "health check failed") && strings.Contains(p.log(), "status=503")
	}, 10*time.Second, 10*time.Millisecond, "the log says why: %s", p.log())
}

// TestTwoServersOnePostgres: two server processes over one database show
// the same board, whichever of them took each result, and a rename by
// the team lead shows on both.
func TestTwoServersOnePostgres(t *testing.T) {
	dbURL := storetest.PostgresURL(t)
	code := addTeam(t, "Servicedesk", "--postgres", dbURL)
	a := serve(t, "--postgres", dbURL)
	b := serve(t, "--postgres", dbURL)
	for i, s := range []*proc{a, b, a, b} {
		name := []string{"Ann", "Bob", "Cas", "Dee"}[i]
		status, _, body := call(t, "POST", s.url+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: code, Name: name}))
		require.Equal(t, 201, status, string(body))
		var j api.JoinResponse
		require.NoError(t, json.Unmarshal(body, &j))
		status, _, body = call(t, "POST", s.url+"/api/v1/results", j.Token, jsonBody(t, careful))
		require.Equal(t, 201, status, string(body))
	}
	boardOf := func(p *proc) []string {
		status, _, body := call(t, "GET", p.url+"/api/v1/leaderboard?period=all", "", "")
		require.Equal(t, 200, status)
		var board api.Board
		require.NoError(t, json.Unmarshal(body, &board))
		var names []string
		for _, e := range board.Entries {
			names = append(names, e.Name)
		}
		return names
	}
	require.Len(t, boardOf(a), 4)
	assert.Equal(t, boardOf(a), boardOf(b))
	rc, _, errs := cli(t, "player", "rename", "--team", "Servicedesk", "Dee", "Dirk", "--postgres", dbURL)
	require.Equal(t, 0, rc, errs)
	for _, p := range []*proc{a, b} {
		assert.Contains(t, boardOf(p), "Dirk")
		assert.NotContains(t, boardOf(p), "Dee")
	}
}
