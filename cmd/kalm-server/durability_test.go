package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
)

// TestSIGKILLLosesNothing kills the server with SIGKILL while four
// players' games submit through their outboxes. After a restart on the
// same database every run that got its 201 is stored, and the outboxes
// resend the rest: each run played is stored exactly once.
func TestSIGKILLLosesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	code := addTeam(t, "Servicedesk", "--db", db)
	p := serve(t, "--db", db, "--rate", "0")
	ctx := waitCtx(t)
	hc := &http.Client{Timeout: 5 * time.Second}

	const players = 4
	type game struct {
		c   *client.Client
		out *client.Outbox
	}
	games := make([]game, players)
	for i := range games {
		m, err := client.Join(ctx, hc, p.url, code, fmt.Sprintf("Speler %d", i+1))
		require.NoError(t, err)
		out, err := client.OpenOutbox(ctx, filepath.Join(t.TempDir(), "outbox.db"), time.Now, rand.Reader)
		require.NoError(t, err)
		t.Cleanup(func() { out.Close() })
		games[i] = game{client.New(m, hc), out}
	}

	var (
		mu      sync.Mutex
		acked   = map[string]bool{} // run ids the server answered 201 (or 200) to
		played  atomic.Int64
		stop    = make(chan struct{})
		wg      sync.WaitGroup
		killed  atomic.Bool
		errsAft atomic.Int64
	)
	for i, g := range games {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				run := api.ResultRequest{Scenario: "fur-elise", Lang: "nl", Replies: []api.Reply{
					{Text: fmt.Sprintf("Het spijt me, speler %d ronde %d: ik begrijp dat u boos bent.", i, n), ElapsedMS: 20000},
					{Text: "Ik bel u vandaag om vier uur terug.", ElapsedMS: 20000},
				}}
				if _, err := g.out.Add(ctx, run); err != nil {
					t.Error(err)
					return
				}
				played.Add(1)
				rep, err := g.out.Flush(ctx, g.c)
				mu.Lock()
				for _, s := range rep.Sent {
					acked[s.RunID] = true
				}
				mu.Unlock()
				if err != nil && killed.Load() {
					errsAft.Add(1)
					time.Sleep(20 * time.Millisecond)
				}
			}
		}()
	}
	// Let them play, then kill the server mid-stream.
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 200 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	killed.Store(true)
	p.kill()
	time.Sleep(300 * time.Millisecond) // games keep playing while it is down
	close(stop)
	wg.Wait()
	mu.Lock()
	ackedAtKill := len(acked)
	mu.Unlock()
	require.Greater(t, ackedAtKill, 20, "the games had submitted before the kill")
	assert.Positive(t, errsAft.Load(), "the games noticed the server was gone")

	// Restart on the same database: every acknowledged run is there.
	p = serve(t, "--db", db, "--rate", "0")
	stored := storedRunIDs(t, db)
	for id := range acked {
		assert.True(t, stored[id], "acknowledged run %s is stored", id)
	}

	// The outboxes resend the rest, against the new address.
	pending := 0
	for _, g := range games {
		n, err := g.out.Pending(ctx)
		require.NoError(t, err)
		pending += n
		m := g.c.Membership()
		m.Server = p.url
		rep, err := g.out.Flush(ctx, client.New(m, hc))
		require.NoError(t, err)
		assert.Zero(t, rep.Rejected)
		n, _ = g.out.Pending(ctx)
		assert.Zero(t, n)
	}
	t.Logf("SIGKILL test: %d runs played, %d acknowledged before the kill, %d resent from outboxes", played.Load(), ackedAtKill, pending)
	stored = storedRunIDs(t, db)
	assert.Len(t, stored, int(played.Load()), "every run played is stored exactly once")

	status, _, body := call(t, "GET", p.url+"/api/v1/leaderboard?scenario=fur-elise", "", "")
	require.Equal(t, 200, status)
	assert.Contains(t, string(body), "Speler 4", "all players are on the board")
}

// storedRunIDs reads the run ids in the database (the server may be
// running: WAL lets a reader in).
func storedRunIDs(t *testing.T, path string) map[string]bool {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	require.NoError(t, err)
	defer db.Close()
	rows, err := db.QueryContext(context.Background(), `SELECT run_id FROM results`)
	require.NoError(t, err)
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		require.NoError(t, rows.Scan(&id))
		require.False(t, out[id], "run %s stored twice", id)
		out[id] = true
	}
	require.NoError(t, rows.Err())
	return out
}
