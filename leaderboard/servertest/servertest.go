// Package servertest starts a real leaderboard server, on a temporary
// SQLite database with the built-in pack (and the team packs a test
// adds), for the tests of the packages that talk to one (the game's
// client, the team link, the commands).
package servertest

import (
	"context"
	"crypto/rand"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"kalm/leaderboard/bundle"
	"kalm/leaderboard/server"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

// Team is a team to create: its name and join code.
type Team struct {
	Name, Code string
}

// Server is a running server. Stop and Start take it down and bring it
// back on the same address, as a restarted office server would be.
type Server struct {
	// Addr is host:port, URL is http://Addr.
	Addr, URL string
	// Store is the server's database, for checking what was stored.
	Store store.Store

	t   testing.TB
	h   http.Handler
	srv *httptest.Server
}

// New starts a server with teams on a loopback port; the test's cleanup
// stops it. Joins are not rate limited; submissions are not either.
func New(t testing.TB, teams ...Team) *Server {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "office.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, tm := range teams {
		_, err := st.AddTeam(ctx, tm.Name, tm.Code, time.Now())
		require.NoError(t, err)
	}
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	s, err := server.New(server.Config{Store: store.Indexed(st, time.Now), Pack: pack, Now: time.Now,
		Rand: rand.Reader, JoinRate: 100, JoinBurst: 100})
	require.NoError(t, err)
	o := &Server{Store: st, t: t, h: s.Handler()}
	o.Start()
	t.Cleanup(o.Stop)
	return o
}

// Wrap serves h wrapped by f from now on (on the same address), for
// tests that tamper with answers.
func (o *Server) Wrap(f func(h http.Handler) http.Handler) {
	o.Stop()
	o.h = f(o.h)
	o.Start()
}

// Start serves again (on the first address once there is one).
func (o *Server) Start() {
	o.t.Helper()
	if o.srv != nil {
		return
	}
	o.srv = httptest.NewUnstartedServer(o.h)
	if o.Addr != "" {
		ln := listenAgain(o.t, o.Addr)
		o.srv.Listener.Close()
		o.srv.Listener = ln
	}
	o.srv.Start()
	o.Addr = o.srv.Listener.Addr().String()
	o.URL = "http://" + o.Addr
}

// listenAgain listens on addr again. Between a Stop and a Start another
// test's connection may briefly hold the port as its own ephemeral
// port, so it tries for a few seconds before it gives up.
func listenAgain(t testing.TB, addr string) net.Listener {
	t.Helper()
	var err error
	for range 50 {
		var ln net.Listener
		if ln, err = net.Listen("tcp", addr); err == nil {
			return ln
		}
		time.Sleep(100 * time.Millisecond)
	}
	require.NoError(t, err, "listening on %s again", addr)
	return nil
}

// Stop stops serving; the database stays.
func (o *Server) Stop() {
	if o.srv != nil {
		o.srv.Close()
		o.srv = nil
	}
}

// AddPack stores the pack folder dir as a team pack, as `kalm-server
// pack add` does, and returns its version (content hash).
func (o *Server) AddPack(dir string) string {
	o.t.Helper()
	ctx := context.Background()
	b, err := bundle.FromDir(dir)
	require.NoError(o.t, err)
	rec, err := server.PreparePack(b, dir, time.Now())
	require.NoError(o.t, err)
	stored, err := o.Store.Packs(ctx)
	require.NoError(o.t, err)
	own, err := scenarios.Builtin()
	require.NoError(o.t, err)
	require.NoError(o.t, server.CheckClashes(own, stored, rec))
	require.NoError(o.t, o.Store.AddPack(ctx, rec))
	return rec.Hash
}

// Results counts the results stored.
func (o *Server) Results() int {
	o.t.Helper()
	n := 0
	require.NoError(o.t, o.Store.History(context.Background(), 0, func(store.Result) error { n++; return nil }))
	return n
}
