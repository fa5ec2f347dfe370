package server

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestAccessLog: every request leaves one line with the remote address,
// method, path without its query, status and player; refused requests
// (401, 429) too.
func TestAccessLog(t *testing.T) {
	var logs lockedBuffer
	f := newFixture(t, func(c *Config) {
		c.Log = slog.New(slog.NewTextHandler(&logs, nil))
		c.SubmitBurst = 1
	})
	status, _, _ := f.do(http.MethodGet, "/api/v1/leaderboard", "not-a-token", nil)
	require.Equal(t, http.StatusOK, status)
	status, _, _ = f.post("/api/v1/results", "forged", map[string]any{})
	require.Equal(t, http.StatusUnauthorized, status)
	j := f.join(f.codeA, "Ann")
	req := map[string]any{"scenario": "fur-elise", "lang": "nl", "replies": []map[string]any{{"text": "Het spijt me.", "elapsed_ms": 30000}}}
	f.submit(j.Token, req)
	status, _, _ = f.post("/api/v1/results", j.Token, req)
	require.Equal(t, http.StatusTooManyRequests, status)
	f.do(http.MethodGet, "/api/v1/export.csv?code="+f.codeA, "", nil)

	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	find := func(path, status string) string {
		for _, l := range lines {
			if strings.Contains(l, "path="+path+" ") && strings.Contains(l, "status="+status+" ") {
				return l
			}
		}
		t.Fatalf("no access line for %s %s in:\n%s", path, status, logs.String())
		return ""
	}
	l401 := find("/api/v1/results", "401")
	assert.Contains(t, l401, "remote=127.0.0.1")
	assert.Contains(t, l401, "method=POST")
	assert.Contains(t, l401, "player=0")
	l429 := find("/api/v1/results", "429")
	assert.Contains(t, l429, "player="+strconv.FormatInt(j.PlayerID, 10), "the refused player is named")
	find("/api/v1/results", "201")
	assert.NotContains(t, logs.String(), f.codeA, "a join code in a query string never reaches the log")
}

// TestSecurityHeaders: the office page and the API say not to frame,
// sniff or load anything foreign.
func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, nil)
	for _, path := range []string{"/", "/api/v1/leaderboard", "/api/v1/nope"} {
		_, h, _ := f.do(http.MethodGet, path, "", nil)
		assert.Contains(t, h.Get("Content-Security-Policy"), "frame-ancestors 'none'", path)
		assert.Equal(t, "DENY", h.Get("X-Frame-Options"), path)
		assert.Equal(t, "no-referrer", h.Get("Referrer-Policy"), path)
		assert.Equal(t, "nosniff", h.Get("X-Content-Type-Options"), path)
	}
}

// TestHealthChecksTheDatabase: 200 while the database answers, 503 once
// it is gone.
func TestHealthChecksTheDatabase(t *testing.T) {
	f := newFixture(t, nil)
	status, _, body := f.do(http.MethodGet, "/api/v1/health", "", nil)
	assert.Equal(t, http.StatusOK, status, string(body))
	require.NoError(t, f.store.Close())
	status, _, body = f.do(http.MethodGet, "/api/v1/health", "", nil)
	assert.Equal(t, http.StatusServiceUnavailable, status)
	assert.Contains(t, string(body), "database")
}

func TestClientAddrBehindTrustedProxies(t *testing.T) {
	s := &Server{cfg: Config{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}}}
	cases := []struct {
		name, remote, xff, want string
	}{
		{"no proxy configured for this peer", "192.168.1.20:5000", "1.2.3.4", "192.168.1.20"},
		{"one trusted proxy", "10.0.0.5:443", "192.168.1.20", "192.168.1.20"},
		{"chain: the last untrusted hop", "10.0.0.5:443", "6.6.6.6, 192.168.1.20, 10.0.0.9", "192.168.1.20"},
		{"a forged first hop is ignored", "10.0.0.5:443", "1.1.1.1, 192.168.1.31", "192.168.1.31"},
		{"garbage stops the walk", "10.0.0.5:443", "192.168.1.20, nonsense", "10.0.0.5"},
		{"no header from a proxy", "10.0.0.5:443", "", "10.0.0.5"},
		{"IPv6 proxy", "[::1]:443", "2001:db8::7", "2001:db8::7"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.remote
			if tc.xff != "" {
				r.Header.Set("X-Forwarded-For", tc.xff)
			}
			assert.Equal(t, tc.want, s.clientAddr(r))
		})
	}
}

// TestMetrics: /metrics counts requests by status, stored results and
// board reads, in the Prometheus text format.
func TestMetrics(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Ann")
	f.submit(p.Token, carefulRun)
	f.board("")
	f.post("/api/v1/results", "forged", carefulRun)
	status, h, body := f.do(http.MethodGet, "/metrics", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, h.Get("Content-Type"), "text/plain")
	text := string(body)
	for _, want := range []string{
		"# TYPE kalm_http_requests_total counter",
		`kalm_http_requests_total{code="201"} 2`, // the join and the result
		`kalm_http_requests_total{code="401"} 1`,
		"kalm_submissions_total 1",
		"kalm_board_read_seconds_count 1",
		"# TYPE kalm_rescore_seconds gauge",
	} {
		assert.Contains(t, text, want)
	}
}
