package client

import (
	"context"
	"crypto/rand"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/servertest"
)

const code = "TEAMC-ODE22"

// backend is a real server on SQLite whose answers a test can lose.
type backend struct {
	*servertest.Server
	dropNext atomic.Int32 // answers to throw away after handling
}

func newBackend(t *testing.T) *backend {
	t.Helper()
	b := &backend{Server: servertest.New(t, servertest.Team{Name: "Noord", Code: code})}
	b.Wrap(func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if b.dropNext.Load() > 0 && r.URL.Path == "/api/v1/results" {
				b.dropNext.Add(-1)
				h.ServeHTTP(httptest.NewRecorder(), r) // stored, but the answer is lost
				conn, _, _ := w.(http.Hijacker).Hijack()
				conn.Close()
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	return b
}

func run(text string) api.ResultRequest {
	return api.ResultRequest{Scenario: "fur-elise", Lang: "nl", Replies: []api.Reply{{Text: text, ElapsedMS: 20000}}}
}

func openOutbox(t *testing.T, path string) *Outbox {
	o, err := OpenOutbox(context.Background(), path, time.Now, rand.Reader)
	require.NoError(t, err)
	t.Cleanup(func() { o.Close() })
	return o
}

func TestJoinAndBoard(t *testing.T) {
	b := newBackend(t)
	ctx := context.Background()
	m, err := Join(ctx, nil, b.URL+"/", code, "Sanne")
	require.NoError(t, err)
	assert.Equal(t, b.URL, m.Server)
	assert.Equal(t, "Noord", m.Team.Name)
	c := New(m, nil)
	res, err := c.Submit(ctx, run("Wat vervelend voor u, het spijt me echt dat u zo lang moest wachten."))
	require.NoError(t, err)
	board, err := c.Board(ctx, BoardQuery{Scenario: "fur-elise", Period: "week", Around: true, TeamOnly: true, Limit: 5})
	require.NoError(t, err)
	require.NotNil(t, board.You)
	assert.Equal(t, res.Score, board.You.Score)

	_, err = Join(ctx, nil, b.URL, "WRONG", "Sanne")
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 404, se.Status)
	assert.True(t, se.Permanent())
	assert.Contains(t, se.Message, "join code")
	for _, addr := range []string{"", "ftp://x", "http://"} {
		_, err = Join(ctx, nil, addr, code, "Sanne")
		assert.ErrorContains(t, err, "192.168.1.20:8080", addr)
	}
	host := b.Addr
	_, err = Join(ctx, nil, host, code, "Ahmed")
	assert.NoError(t, err, "host:port means http")
}

func TestStatusErrorPermanence(t *testing.T) {
	for status, want := range map[int]bool{400: true, 404: true, 413: true, 422: true, 401: false, 408: false, 429: false, 500: false, 503: false} {
		assert.Equal(t, want, (&StatusError{Status: status}).Permanent(), "%d", status)
	}
}

func TestOutboxKeepsRunsWhileOffline(t *testing.T) {
	b := newBackend(t)
	ctx := context.Background()
	m, err := Join(ctx, nil, b.URL, code, "Sanne")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "outbox.db")

	// Offline: a server address nobody listens on.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := "http://" + ln.Addr().String()
	ln.Close()
	offline := m
	offline.Server = dead

	o := openOutbox(t, path)
	for _, text := range []string{"Het spijt me.", "Ik begrijp dat u boos bent.", "Ik bel u morgen om tien uur terug."} {
		_, err := o.Add(ctx, run(text))
		require.NoError(t, err)
	}
	rep, err := o.Flush(ctx, New(offline, nil))
	require.Error(t, err)
	assert.Empty(t, rep.Sent)
	assert.Equal(t, 3, rep.Pending)
	require.NoError(t, o.Close())

	// The game restarts: the runs are still there and go out in order.
	o = openOutbox(t, path)
	n, err := o.Pending(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	rep, err = o.Flush(ctx, New(m, nil))
	require.NoError(t, err)
	assert.Len(t, rep.Sent, 3)
	assert.Less(t, rep.Sent[0].Result.ID, rep.Sent[2].Result.ID, "in the order played")
	n, _ = o.Pending(ctx)
	assert.Zero(t, n)
	assert.Equal(t, 3, b.Results())
}

func TestOutboxResendsALostAnswerOnce(t *testing.T) {
	b := newBackend(t)
	ctx := context.Background()
	m, err := Join(ctx, nil, b.URL, code, "Sanne")
	require.NoError(t, err)
	o := openOutbox(t, filepath.Join(t.TempDir(), "outbox.db"))
	id, err := o.Add(ctx, run("Excuses, dat had niet mogen gebeuren."))
	require.NoError(t, err)
	b.dropNext.Store(1)
	_, err = o.Flush(ctx, New(m, nil))
	require.Error(t, err, "the answer was lost")
	assert.Equal(t, 1, b.Results(), "but the server stored it")
	rep, err := o.Flush(ctx, New(m, nil))
	require.NoError(t, err)
	require.Len(t, rep.Sent, 1)
	assert.Equal(t, id, rep.Sent[0].RunID)
	assert.True(t, rep.Sent[0].Result.Duplicate)
	assert.Equal(t, 1, b.Results(), "stored once")
}

func TestOutboxSetsAsideRejectedRuns(t *testing.T) {
	b := newBackend(t)
	ctx := context.Background()
	m, err := Join(ctx, nil, b.URL, code, "Sanne")
	require.NoError(t, err)
	o := openOutbox(t, filepath.Join(t.TempDir(), "outbox.db"))
	bad := run("Hallo")
	bad.Scenario = "removed-scenario"
	badID, err := o.Add(ctx, bad)
	require.NoError(t, err)
	_, err = o.Add(ctx, run("Sorry voor het wachten."))
	require.NoError(t, err)

	// A wrong token is not the run's fault: both wait.
	wrong := m
	wrong.Token = "not-a-token"
	rep, err := o.Flush(ctx, New(wrong, nil))
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 401, se.Status)
	assert.Equal(t, 2, rep.Pending)

	rep, err = o.Flush(ctx, New(m, nil))
	require.NoError(t, err)
	assert.Equal(t, 1, rep.Rejected)
	assert.Len(t, rep.Sent, 1)
	rej, err := o.Rejected(ctx)
	require.NoError(t, err)
	require.Len(t, rej, 1)
	assert.Equal(t, badID, rej[0].RunID)
	assert.Contains(t, rej[0].Message, "unknown scenario")
	assert.Equal(t, "removed-scenario", rej[0].Run.Scenario)
	require.NoError(t, o.Drop(ctx, badID))
	rej, _ = o.Rejected(ctx)
	assert.Empty(t, rej)
}

func TestOutboxAddIsIdempotentPerRunID(t *testing.T) {
	o := openOutbox(t, filepath.Join(t.TempDir(), "outbox.db"))
	ctx := context.Background()
	r := run("Sorry.")
	r.RunID = "fixed"
	for range 2 {
		id, err := o.Add(ctx, r)
		require.NoError(t, err)
		assert.Equal(t, "fixed", id)
	}
	n, _ := o.Pending(ctx)
	assert.Equal(t, 1, n)
	_, err := OpenOutbox(ctx, "", time.Now, rand.Reader)
	assert.Error(t, err)
	_, err = (&Outbox{db: o.db, now: time.Now, rand: failingReader{}}).Add(ctx, run("x"))
	assert.ErrorContains(t, err, "run id")
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("no entropy") }
