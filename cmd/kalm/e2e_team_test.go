package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"kalm/leaderboard/api"
	"kalm/scenarios/engine"
)

// TestGameSendsCallsToTheTeamServer plays two calls in the real game
// window (under xvfb-run) against the real kalm-server binary: the first
// reaches the board at once; during the second the server is killed with
// SIGKILL, so that call waits in the game's outbox, and after the server
// is back `kalm team status` sends it.
func TestGameSendsCallsToTheTeamServer(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end team test skipped in -short mode")
	}
	for _, tool := range []string{"xvfb-run", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end team test skipped: %s is not installed (run scripts/deps.sh as root)", tool)
		}
	}
	dir := t.TempDir()
	kalm, server := filepath.Join(dir, "kalm"), filepath.Join(dir, "kalm-server")
	for bin, pkg := range map[string]string{kalm: ".", server: "../kalm-server"} {
		build := exec.Command("go", "build", "-o", bin, pkg)
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		out, err := build.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	db := filepath.Join(dir, "office.db")
	out, err := exec.Command(server, "team", "add", "Noord", "--db", db).CombinedOutput()
	require.NoError(t, err, string(out))
	words := strings.Fields(string(out))
	code := words[len(words)-1]

	srv := startServer(t, server, db, "127.0.0.1:0")
	home := filepath.Join(dir, "player")
	out, err = exec.Command(kalm, "team", "join", srv.addr, code, "--name", "Eefje", "--home", home).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "joined team Noord")

	// First call: the server is up, the call is on the board when the
	// debrief shows.
	first := playToDebrief(t, kalm, filepath.Join(dir, "game1"), home)
	var board api.Board
	require.Eventually(t, func() bool {
		board = readBoard(t, srv.url)
		return board.Players == 1
	}, 10*time.Second, 50*time.Millisecond, "the call reaches the board")
	assert.Equal(t, "Eefje", board.Entries[0].Name)
	assert.Equal(t, first.Score, board.Entries[0].Score, "the server's re-played score is the game's")
	assert.Equal(t, 1, storedResults(t, db))

	// Second call: the server dies first; the call waits in the outbox.
	srv.kill()
	second := playToDebrief(t, kalm, filepath.Join(dir, "game2"), home)
	require.Equal(t, engine.HungUp, second.Outcome)
	stderr, _ := os.ReadFile(filepath.Join(dir, "game2", "stderr.txt"))
	assert.Contains(t, string(stderr), "1 finished call(s) wait in the outbox")
	assert.Equal(t, 1, storedResults(t, db), "nothing reached the dead server")

	// The server comes back on its address; the outbox sends the call.
	srv = startServer(t, server, db, srv.addr)
	out, err = exec.Command(kalm, "team", "status", "--home", home).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "outbox: 1 sent now, 0 waiting")
	assert.Equal(t, 2, storedResults(t, db))
	board = readBoard(t, srv.url)
	assert.Equal(t, max(first.Score, second.Score), board.Entries[0].Score)
}

// playToDebrief plays Für Elise in the game window with replies that
// anger the customer until the call ends, and returns the game's result.
func playToDebrief(t *testing.T, kalm, out, home string) engine.Result {
	t.Helper()
	require.NoError(t, os.MkdirAll(out, 0o755))
	cmd := e2eScript(kalm, out, "E2E_REPLY=That is in your contract, not my problem.", "E2E_FINISH=1",
		"E2E_HOME="+home, "HOME="+out, "XDG_CONFIG_HOME="+out)
	runE2E(t, cmd, out)
	data, err := os.ReadFile(filepath.Join(out, "result.json"))
	require.NoError(t, err)
	var res engine.Result
	require.NoError(t, json.Unmarshal(data, &res))
	require.True(t, res.Outcome != engine.Unfinished, "the call ended: %+v", res.Outcome)
	return res
}

// serverProc is a running kalm-server.
type serverProc struct {
	cmd       *exec.Cmd
	url, addr string
	done      chan struct{}
}

func startServer(t *testing.T, bin, db, addr string) *serverProc {
	t.Helper()
	s := &serverProc{cmd: exec.Command(bin, "serve", "--db", db, "--addr", addr), done: make(chan struct{})}
	stdout, err := s.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, s.cmd.Start())
	go func() { s.cmd.Wait(); close(s.done) }()
	t.Cleanup(s.kill)
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if i := strings.Index(sc.Text(), "http://"); i >= 0 {
				urls <- strings.TrimRight(sc.Text()[i:], "/")
			}
		}
	}()
	select {
	case s.url = <-urls:
	case <-s.done:
		t.Fatal("kalm-server serve exited at start")
	case <-time.After(30 * time.Second):
		t.Fatal("kalm-server serve did not start in 30 s")
	}
	s.addr = strings.TrimPrefix(s.url, "http://")
	return s
}

// kill stops the server with SIGKILL.
func (s *serverProc) kill() {
	s.cmd.Process.Kill()
	<-s.done
}

func readBoard(t *testing.T, url string) api.Board {
	t.Helper()
	return readBoardOf(t, url, "fur-elise")
}

// readBoardOf reads the all-time board of one scenario.
func readBoardOf(t *testing.T, url, scenario string) api.Board {
	t.Helper()
	resp, err := http.Get(url + "/api/v1/leaderboard?scenario=" + scenario + "&period=all")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var b api.Board
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&b))
	return b
}

// storedResults counts the results in the server's database.
func storedResults(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	require.NoError(t, err)
	defer db.Close()
	var n int
	require.NoError(t, db.QueryRowContext(context.Background(), `SELECT COUNT(*) FROM results`).Scan(&n))
	return n
}
