package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// seededRand is a deterministic byte source, safe for concurrent use.
type seededRand struct {
	mu sync.Mutex
	r  *rand.ChaCha8
}

func (s *seededRand) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.r.Read(p)
}

// fixture is a server on a fresh SQLite store with two teams.
type fixture struct {
	t     *testing.T
	srv   *httptest.Server
	clock *clock
	store store.Store
	pack  *scenarios.Pack
	codeA string
	codeB string
}

func newFixture(t *testing.T, tweak func(*Config)) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	rnd := &seededRand{r: rand.NewChaCha8([32]byte{7})}
	cfg := Config{Store: store.Indexed(st, clk.Now), Pack: pack, Now: clk.Now, Rand: rnd,
		SubmitRate: DefaultSubmitRate, SubmitBurst: DefaultSubmitBurst, JoinRate: 100, JoinBurst: 100}
	if tweak != nil {
		tweak(&cfg)
	}
	s, err := New(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	f := &fixture{t: t, srv: srv, clock: clk, store: st, pack: pack}
	for i, name := range []string{"Klantenservice Noord", "Klantenservice Zuid"} {
		code, err := leaderboard.NewCode(rnd)
		require.NoError(t, err)
		_, err = st.AddTeam(ctx, name, code, clk.Now())
		require.NoError(t, err)
		if i == 0 {
			f.codeA = code
		} else {
			f.codeB = code
		}
	}
	return f
}

// do sends a request and returns the status, headers and body.
func (f *fixture) do(method, path, token string, body io.Reader, header ...string) (int, http.Header, []byte) {
	f.t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, body)
	require.NoError(f.t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := f.srv.Client().Do(req)
	require.NoError(f.t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(f.t, err)
	return resp.StatusCode, resp.Header, data
}

func (f *fixture) post(path, token string, v any) (int, http.Header, []byte) {
	f.t.Helper()
	var body []byte
	switch x := v.(type) {
	case string:
		body = []byte(x)
	default:
		var err error
		body, err = json.Marshal(v)
		require.NoError(f.t, err)
	}
	return f.do(http.MethodPost, path, token, bytes.NewReader(body))
}

// join joins team code as name and returns the response.
func (f *fixture) join(code, name string) api.JoinResponse {
	f.t.Helper()
	status, _, body := f.post("/api/v1/join", "", api.JoinRequest{Code: code, Name: name})
	require.Equal(f.t, http.StatusCreated, status, string(body))
	var jr api.JoinResponse
	require.NoError(f.t, json.Unmarshal(body, &jr))
	return jr
}

// submit posts a run and decodes the 201 answer.
func (f *fixture) submit(token string, req any) api.ResultResponse {
	f.t.Helper()
	status, _, body := f.post("/api/v1/results", token, req)
	require.Equal(f.t, http.StatusCreated, status, string(body))
	var rr api.ResultResponse
	require.NoError(f.t, json.Unmarshal(body, &rr))
	return rr
}

func (f *fixture) board(query string) api.Board {
	f.t.Helper()
	status, _, body := f.do(http.MethodGet, "/api/v1/leaderboard?"+query, "", nil)
	require.Equal(f.t, http.StatusOK, status, string(body))
	var b api.Board
	require.NoError(f.t, json.Unmarshal(body, &b))
	return b
}

// Our own runs of fur-elise: a careful one and a harmful one.
var (
	carefulRun = api.ResultRequest{Scenario: "fur-elise", Lang: "en", Replies: []api.Reply{
		{Text: "I'm so sorry you were left waiting that long with that tune on repeat; losing a whole working morning is really frustrating.", ElapsedMS: 25000},
		{Text: "Could you tell me which lights are on at your modem right now, and whether you restarted it already?", ElapsedMS: 24000},
		{Text: "So to sum up: no connection since early this morning, you work from home, and there are emails that cannot wait.", ElapsedMS: 26000},
		{Text: "I am sending an engineer's check on your line right away and I will phone you at 11:30 today with what we found. Is that all right for you?", ElapsedMS: 30000},
	}}
	harmfulRun = api.ResultRequest{Scenario: "fur-elise", Lang: "en", Replies: []api.Reply{
		{Text: "Your contract says we have 24 hours to fix this, so there is nothing wrong here.", ElapsedMS: 15000},
		{Text: "The status page on our website shows the outages, you should have looked there first.", ElapsedMS: 15000},
		{Text: "Honestly it's the network supplier's problem, not ours.", ElapsedMS: 15000},
	}}
)
