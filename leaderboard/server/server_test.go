package server

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

func errorOf(t *testing.T, body []byte) string {
	t.Helper()
	var e api.Error
	require.NoError(t, json.Unmarshal(body, &e), "every error is JSON: %s", body)
	require.NotEmpty(t, e.Error)
	return e.Error
}

func TestJoin(t *testing.T) {
	f := newFixture(t, nil)
	a := f.join(f.codeA, "Sanne")
	assert.Len(t, a.Token, 43)
	assert.Equal(t, "Klantenservice Noord", a.Team.Name)
	for _, same := range []string{" sanne ", "SANNE", "Sаnne" /* Cyrillic а */} {
		status, _, body := f.post("/api/v1/join", "", api.JoinRequest{Code: f.codeA, Name: same})
		assert.Equal(t, http.StatusConflict, status, "%q would post as Sanne", same)
		assert.Contains(t, errorOf(t, body), "that name is taken: ask your team lead")
	}
	require.NoError(t, f.store.AllowRejoin(context.Background(), a.PlayerID))
	again := f.join(strings.ToLower(f.codeA), " sanne ")
	assert.Equal(t, a.PlayerID, again.PlayerID, "a re-join the team lead allowed is the same player; codes ignore case")
	assert.NotEqual(t, a.Token, again.Token)
	status, _, _ := f.do(http.MethodGet, "/api/v1/leaderboard", "", nil)
	require.Equal(t, 200, status)
	status, _, _ = f.post("/api/v1/results", a.Token, api.ResultRequest{})
	assert.Equal(t, http.StatusUnauthorized, status, "the old device's token was revoked")

	for _, c := range []struct {
		name, body string
		status     int
		says       string
	}{
		{"wrong code", `{"code":"NOPE-NOPE","name":"Sanne"}`, 404, "join code"},
		{"malformed", `{"code":`, 400, "malformed JSON"},
		{"two values", `{"code":"a","name":"b"} {}`, 400, "more than one"},
		{"wrong type", `{"code":5,"name":"b"}`, 400, "malformed JSON"},
		{"empty name", `{"code":"` + f.codeA + `","name":"  "}`, 422, "name is empty"},
		{"long name", `{"code":"` + f.codeA + `","name":"` + strings.Repeat("x", 41) + `"}`, 422, "41 characters"},
		{"control char", `{"code":"` + f.codeA + `","name":"a\u0007b"}`, 422, "control"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := f.post("/api/v1/join", "", c.body)
			assert.Equal(t, c.status, status)
			assert.Contains(t, errorOf(t, body), c.says)
		})
	}
	status, h, body := f.do(http.MethodGet, "/api/v1/join", "", nil)
	assert.Equal(t, 405, status)
	assert.Equal(t, "POST", h.Get("Allow"))
	errorOf(t, body)
	status, _, body = f.do(http.MethodGet, "/api/v2/join", "", nil)
	assert.Equal(t, 404, status)
	errorOf(t, body)
}

func TestJoinRateLimit(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.JoinRate, c.JoinBurst = 0.5, 3 })
	for i := range 3 {
		f.join(f.codeA, fmt.Sprint("Ahmed ", i))
	}
	status, h, body := f.post("/api/v1/join", "", api.JoinRequest{Code: f.codeA, Name: "Ahmed"})
	assert.Equal(t, 429, status)
	assert.Equal(t, "2", h.Get("Retry-After"))
	errorOf(t, body)
	f.clock.Add(2 * time.Second)
	f.join(f.codeA, "Ahmed")
}

func TestResultIsScoredByTheServer(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	want, err := engine.Replay(f.pack.Scenario("fur-elise"), "en", []engine.Reply{
		{Text: carefulRun.Replies[0].Text, ElapsedMS: 25000}, {Text: carefulRun.Replies[1].Text, ElapsedMS: 24000},
		{Text: carefulRun.Replies[2].Text, ElapsedMS: 26000}, {Text: carefulRun.Replies[3].Text, ElapsedMS: 30000},
	}, engine.Options{})
	require.NoError(t, err)
	got := f.submit(p.Token, carefulRun)
	assert.Equal(t, want.Score, got.Score)
	assert.Equal(t, string(want.Outcome), got.Outcome)
	assert.Len(t, got.Turns, len(want.Turns))
	assert.Equal(t, p.PlayerID, got.PlayerID)
	assert.Equal(t, f.clock.Now(), got.At)
	assert.NotZero(t, got.ID)
	assert.Equal(t, scoring.Version, got.Scorer, "the result names the scorer that judged it")

	// The forged case: a client claiming a perfect score and outcome.
	forged := map[string]any{"scenario": "fur-elise", "lang": "en", "replies": harmfulRun.Replies,
		"score": 100000, "outcome": "resolved", "bonus": 50, "turns": []any{map[string]any{"score": 9999}}}
	honest := f.submit(p.Token, harmfulRun)
	liar := f.submit(p.Token, forged)
	assert.Equal(t, honest.Score, liar.Score, "the claimed score is ignored")
	assert.Equal(t, honest.Outcome, liar.Outcome)
	assert.Less(t, liar.Score, 1000)
	b := f.board("scenario=fur-elise")
	require.Len(t, b.Entries, 1)
	assert.Equal(t, max(got.Score, liar.Score), b.Entries[0].Score, "the board holds the server's scores only")
}

func TestResultErrors(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.SubmitRate = 0 })
	p := f.join(f.codeA, "Sanne")
	run := func(mod func(*api.ResultRequest)) api.ResultRequest {
		r := carefulRun
		r.Replies = append([]api.Reply(nil), carefulRun.Replies...)
		mod(&r)
		return r
	}
	many := make([]api.Reply, api.MaxReplies+1)
	for i := range many {
		many[i] = api.Reply{Text: "Ok.", ElapsedMS: 5000}
	}
	for _, c := range []struct {
		name   string
		token  string
		body   any
		status int
		says   string
	}{
		{"no token", "", carefulRun, 401, "missing token"},
		{"wrong token", "forged-token", carefulRun, 401, "unknown token"},
		{"malformed", p.Token, `{"scenario": "fur-elise", "replies": [`, 400, "malformed JSON"},
		{"replies not a list", p.Token, `{"scenario": "fur-elise", "lang": "en", "replies": "hi"}`, 400, "malformed JSON"},
		{"too big", p.Token, `{"scenario": "` + strings.Repeat("x", api.MaxBodyBytes) + `"}`, 413, "bytes"},
		{"unknown scenario", p.Token, run(func(r *api.ResultRequest) { r.Scenario = "no-such-call" }), 422, "unknown scenario"},
		{"no scenario", p.Token, run(func(r *api.ResultRequest) { r.Scenario = "" }), 422, "scenario is missing"},
		{"language", p.Token, run(func(r *api.ResultRequest) { r.Lang = "de" }), 422, "not played in"},
		{"no replies", p.Token, run(func(r *api.ResultRequest) { r.Replies = nil }), 422, "replies is empty"},
		{"51 replies", p.Token, run(func(r *api.ResultRequest) { r.Replies = many }), 422, "51 replies"},
		{"long reply", p.Token, run(func(r *api.ResultRequest) { r.Replies[1].Text = strings.Repeat("é", 2001) }), 422, "2001 characters"},
		{"long reply in bytes", p.Token, run(func(r *api.ResultRequest) { r.Replies[1].Text = strings.Repeat("€", 1400) }), 422, "the scorer reads at most 4096"},
		{"negative time", p.Token, run(func(r *api.ResultRequest) { r.Replies[0].ElapsedMS = -1 }), 422, "negative"},
		{"run id", p.Token, run(func(r *api.ResultRequest) { r.RunID = strings.Repeat("r", 65) }), 422, "run_id"},
		{"hold", p.Token, run(func(r *api.ResultRequest) { h := -5; r.HoldMS = &h }), 422, "hold_ms"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, h, body := f.post("/api/v1/results", c.token, c.body)
			assert.Equal(t, c.status, status, string(body))
			assert.Contains(t, errorOf(t, body), c.says)
			if status == 401 {
				assert.Contains(t, h.Get("WWW-Authenticate"), "Bearer")
			}
		})
	}
	// Exactly at the limits is fine: 50 replies, 2,000 characters.
	f.submit(p.Token, run(func(r *api.ResultRequest) { r.Replies = many[:api.MaxReplies] }))
	f.submit(p.Token, run(func(r *api.ResultRequest) { r.Replies[0].Text = strings.Repeat("é", 2000) }))
	b := f.board("")
	assert.Equal(t, 1, b.Players, "errors stored nothing; the two good runs did")
}

func TestResultRateLimitPerToken(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.SubmitRate, c.SubmitBurst = 0.1, 2 })
	a := f.join(f.codeA, "Sanne")
	b := f.join(f.codeA, "Ahmed")
	f.submit(a.Token, harmfulRun)
	f.submit(a.Token, harmfulRun)
	status, h, body := f.post("/api/v1/results", a.Token, harmfulRun)
	assert.Equal(t, 429, status)
	assert.Equal(t, "10", h.Get("Retry-After"))
	errorOf(t, body)
	f.submit(b.Token, harmfulRun) // another token has its own bucket
	f.clock.Add(10 * time.Second)
	f.submit(a.Token, harmfulRun)
}

func TestBoard(t *testing.T) {
	f := newFixture(t, nil)
	sanne := f.join(f.codeA, "Sanne")
	ahmed := f.join(f.codeA, "Ahmed")
	joris := f.join(f.codeB, "Joris")
	good := f.submit(sanne.Token, carefulRun)
	f.clock.Add(time.Minute)
	bad := f.submit(ahmed.Token, harmfulRun)
	f.clock.Add(time.Minute)
	f.submit(joris.Token, carefulRun) // same score as Sanne, later
	require.Greater(t, good.Score, bad.Score, "the careful run must beat the harmful one")

	b := f.board("scenario=fur-elise&period=week")
	require.Len(t, b.Entries, 3)
	assert.Equal(t, []string{"Sanne", "Joris", "Ahmed"}, []string{b.Entries[0].Name, b.Entries[1].Name, b.Entries[2].Name})
	assert.Equal(t, []int{1, 2, 3}, []int{b.Entries[0].Rank, b.Entries[1].Rank, b.Entries[2].Rank})
	require.Len(t, b.Teams, 2)
	assert.Equal(t, good.Score+bad.Score, teamTotal(b, "Klantenservice Noord"))
	assert.Equal(t, good.Score, teamTotal(b, "Klantenservice Zuid"))

	b = f.board("around=" + strconv.FormatInt(ahmed.PlayerID, 10) + "&limit=1")
	require.NotNil(t, b.You)
	assert.Equal(t, 3, b.You.Rank)
	assert.Equal(t, "Ahmed", b.Entries[0].Name)

	b = f.board("team=" + strconv.FormatInt(joris.Team.ID, 10))
	require.Len(t, b.Entries, 1)
	assert.Equal(t, "Joris", b.Entries[0].Name)

	f.clock.Add(8 * 24 * time.Hour)
	assert.Empty(t, f.board("period=week").Entries, "a week later the week is empty")
	assert.Len(t, f.board("period=month").Entries, 3)
	assert.Len(t, f.board("period=all").Entries, 3)

	for _, q := range []string{"period=year", "scenario=nope", "around=x", "team=-1", "limit=0", "limit=1000"} {
		status, _, body := f.do(http.MethodGet, "/api/v1/leaderboard?"+q, "", nil)
		assert.Equal(t, 400, status, q)
		errorOf(t, body)
	}
}

func teamTotal(b api.Board, name string) int {
	for _, t := range b.Teams {
		if t.Team == name {
			return t.Total
		}
	}
	return -1 << 31
}

func TestExportCSV(t *testing.T) {
	f := newFixture(t, nil)
	sanne := f.join(f.codeA, "Sanne")
	first := f.submit(sanne.Token, harmfulRun)
	f.clock.Add(time.Hour)
	best := f.submit(sanne.Token, carefulRun)
	f.submit(f.join(f.codeB, "Joris").Token, carefulRun)

	status, _, body := f.do(http.MethodGet, "/api/v1/export.csv?code="+f.codeA, "", nil)
	assert.Equal(t, http.StatusUnauthorized, status, "a join code is no longer enough")
	assert.Contains(t, errorOf(t, body), "team lead token")

	ctx := context.Background()
	teams, err := f.store.Teams(ctx)
	require.NoError(t, err)
	leadA, hashA, err := leaderboard.NewToken(rand.Reader)
	require.NoError(t, err)
	require.NoError(t, f.store.AddLeadToken(ctx, hashA, teams[0].ID, f.clock.Now()))
	status, h, body := f.do(http.MethodGet, "/api/v1/export.csv", leadA, nil)
	require.Equal(t, 200, status, string(body))
	assert.Contains(t, h.Get("Content-Type"), "text/csv")
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	require.Len(t, lines, 2, "only team A: %s", body)
	cells := strings.Split(lines[1], ",")
	assert.Equal(t, []string{"Klantenservice Noord", "Sanne", "fur-elise", "2", strconv.Itoa(first.Score)}, cells[:5])
	assert.Equal(t, strconv.Itoa(best.Score), cells[6])
	status, _, body = f.do(http.MethodGet, "/api/v1/export.csv?team="+strconv.FormatInt(teams[1].ID, 10), leadA, nil)
	assert.Equal(t, http.StatusForbidden, status, "team A's lead cannot export team B")
	errorOf(t, body)

	all, hashAll, err := leaderboard.NewToken(rand.Reader)
	require.NoError(t, err)
	require.NoError(t, f.store.AddLeadToken(ctx, hashAll, 0, f.clock.Now()))
	status, _, body = f.do(http.MethodGet, "/api/v1/export.csv", all, nil)
	require.Equal(t, 200, status)
	assert.Len(t, strings.Split(strings.TrimSpace(string(body)), "\n"), 3, "every team")

	status, _, body = f.do(http.MethodGet, "/api/v1/export.csv", "WRONG", nil)
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Contains(t, errorOf(t, body), "unknown team lead token")
	status, h, _ = f.do(http.MethodGet, "/api/v1/export.csv", "WRONG", nil)
	assert.Equal(t, http.StatusTooManyRequests, status, "guessing tokens is rate-limited")
	assert.NotEmpty(t, h.Get("Retry-After"))
}

func TestNewNeedsItsParts(t *testing.T) {
	_, err := New(Config{})
	assert.ErrorContains(t, err, "required")
}

func TestResentRunIsStoredOnce(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	run := carefulRun
	run.RunID = "3f1c9a7e-run-1"
	first := f.submit(p.Token, run)
	assert.False(t, first.Duplicate)
	f.clock.Add(time.Minute)
	status, _, body := f.post("/api/v1/results", p.Token, run)
	require.Equal(t, 200, status, string(body))
	var again api.ResultResponse
	require.NoError(t, json.Unmarshal(body, &again))
	assert.True(t, again.Duplicate)
	assert.Equal(t, first.ID, again.ID)
	assert.Equal(t, first.Score, again.Score)
	assert.Equal(t, first.At, again.At, "the first copy's time")

	changed := run
	changed.Replies = harmfulRun.Replies
	status, _, body = f.post("/api/v1/results", p.Token, changed)
	assert.Equal(t, 409, status, string(body))
	assert.Contains(t, errorOf(t, body), "already sent with other replies")

	other := f.join(f.codeB, "Joris")
	assert.False(t, f.submit(other.Token, run).Duplicate, "run ids are per player")
	n := 0
	require.NoError(t, f.store.History(t.Context(), 0, func(store.Result) error { n++; return nil }))
	assert.Equal(t, 2, n)
}

// TestClientHoldIsIgnored: the scenario's own hold sets the customer's
// starting anger; a client reporting a shorter (or longer) hold scores
// exactly what a client reporting none does.
func TestClientHoldIsIgnored(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	plain := f.submit(p.Token, harmfulRun)
	for _, ms := range []int{0, MaxHoldMS} {
		run := harmfulRun
		run.HoldMS = &ms
		assert.Equal(t, plain.Score, f.submit(p.Token, run).Score, "hold_ms %d", ms)
	}
}

// TestLeaveRevokesTheToken: DELETE /api/v1/token (kalm team leave) makes
// the device's token useless; other devices of the player keep theirs.
func TestLeaveRevokesTheToken(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	req := api.ResultRequest{Scenario: "fur-elise", Lang: "nl", Replies: []api.Reply{{Text: "Het spijt me.", ElapsedMS: 30000}}}
	f.submit(p.Token, req)
	status, _, _ := f.do(http.MethodDelete, "/api/v1/token", p.Token, nil)
	assert.Equal(t, http.StatusNoContent, status)
	status, _, body := f.post("/api/v1/results", p.Token, req)
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Contains(t, errorOf(t, body), "unknown token")
	status, _, _ = f.do(http.MethodDelete, "/api/v1/token", p.Token, nil)
	assert.Equal(t, http.StatusUnauthorized, status, "a revoked token cannot revoke")
	status, _, _ = f.do(http.MethodGet, "/api/v1/token", p.Token, nil)
	assert.Equal(t, http.StatusMethodNotAllowed, status)
}

// TestDailyCapAndStoredSize: a player's results per day are capped with a
// clear 429 until midnight, and what is stored is the replies that were
// played, not the whole body.
func TestDailyCapAndStoredSize(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxDaily, c.SubmitRate = 2, 0 })
	p := f.join(f.codeA, "Sanne")
	long := carefulRun
	long.RunID = "long-1"
	long.Replies = append([]api.Reply{}, carefulRun.Replies...)
	for range 40 {
		long.Replies = append(long.Replies, api.Reply{Text: strings.Repeat("blabla ", 280), ElapsedMS: 20000})
	}
	first := f.submit(p.Token, long)
	f.submit(p.Token, carefulRun)
	status, h, body := f.post("/api/v1/results", p.Token, carefulRun)
	assert.Equal(t, http.StatusTooManyRequests, status)
	assert.Contains(t, errorOf(t, body), "2 calls today")
	wait, err := strconv.Atoi(h.Get("Retry-After"))
	require.NoError(t, err)
	assert.Equal(t, 14*3600, wait, "the fixture's clock says 10:00 UTC: until midnight")
	f.clock.Add(14 * time.Hour)
	f.submit(p.Token, carefulRun)

	// A resent run id hands back the stored copy: that is what is kept.
	again := &store.Result{PlayerID: p.PlayerID, TeamID: p.Team.ID, RunID: "long-1", Scenario: "fur-elise", Lang: "en", At: f.clock.Now()}
	require.ErrorIs(t, f.store.AddResult(context.Background(), again), store.ErrExists)
	assert.Less(t, len(again.Transcript), 4000, "replies after the ending are not kept (%d bytes)", len(again.Transcript))
	var req api.ResultRequest
	require.NoError(t, json.Unmarshal(again.Transcript, &req))
	assert.Len(t, req.Replies, len(first.Turns))
}

// TestTeamDailyCap: new accounts under other names bring no fresh room:
// the team's daily cap holds across them.
func TestTeamDailyCap(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxDaily, c.MaxDailyTeam, c.SubmitRate = 10, 3, 0 })
	for _, name := range []string{"Sam", "Sam2", "Sam3"} {
		f.submit(f.join(f.codeA, name).Token, carefulRun)
	}
	status, _, body := f.post("/api/v1/results", f.join(f.codeA, "Sam4").Token, carefulRun)
	assert.Equal(t, http.StatusTooManyRequests, status)
	assert.Contains(t, errorOf(t, body), "from one team")
	f.submit(f.join(f.codeB, "Joris").Token, carefulRun) // another team has its own room
}
