package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// TestTutorialToTheBoard walks docs/authoring.md to its end: a trainer
// makes a pack (kalm new), edits it, checks it, draws it and plays it
// from a node; the team lead adds it to the real kalm-server; a player
// joins, gets the pack, plays its scenario, and is on the team's board.
func TestTutorialToTheBoard(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end tutorial test skipped in -short mode")
	}
	dir := t.TempDir()
	pack := filepath.Join(dir, "team-noord")

	code, _, errOut := runCmd(t, "", "new", "--author", "Kim", pack)
	require.Equal(t, exitOK, code, errOut)
	file := filepath.Join(pack, "first-call.yaml")
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	edited := strings.Replace(string(src), "name: Noor Jansen", "name: Noor Peeters", 1)
	require.NotEqual(t, string(src), edited, "the starter names its customer")
	require.NoError(t, os.WriteFile(file, []byte(edited), 0o644))

	code, out, errOut := runCmd(t, "", "check", pack)
	require.Equal(t, exitOK, code, out+errOut)
	code, _, errOut = runCmd(t, "", "graph", "--pack", pack, "--scenario", "first-call", "-o", filepath.Join(dir, "g.svg"))
	require.Equal(t, exitOK, code, errOut)
	p, probs := scenarios.Load(pack)
	require.Empty(t, probs.Errors())
	sc := p.Scenario("first-call")
	require.NotNil(t, sc)
	from := sc.Nodes[1].ID
	code, out, errOut = runCmd(t, "I'm so sorry about this.\n", "play", "--text", "--pack", pack, "--scenario", "first-call",
		"--lang", "en", "--from", from)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Noor Peeters", "the edit is played")

	server := filepath.Join(dir, "kalm-server")
	build := exec.Command("go", "build", "-o", server, "../kalm-server")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	b, err := build.CombinedOutput()
	require.NoError(t, err, string(b))
	db := filepath.Join(dir, "office.db")
	b, err = exec.Command(server, "team", "add", "Noord", "--db", db).CombinedOutput()
	require.NoError(t, err, string(b))
	words := strings.Fields(string(b))
	teamCode := words[len(words)-1]
	b, err = exec.Command(server, "pack", "add", pack, "--db", db).CombinedOutput()
	require.NoError(t, err, string(b))
	srv := startServer(t, server, db, "127.0.0.1:0")

	home := filepath.Join(dir, "player")
	code, out, errOut = runCmd(t, "", "team", "join", srv.addr, teamCode, "--name", "Eefje", "--home", home)
	require.Equal(t, exitOK, code, out+errOut)
	files, err := locate(home, "")
	require.NoError(t, err)
	link, err := openLink(files)
	require.NoError(t, err)
	defer link.Close()
	local, err := link.Packs()
	require.NoError(t, err)
	require.Len(t, local, 1, "joining downloaded the team's pack")
	mine := local[0].Pack.Scenario("first-call")
	require.NotNil(t, mine)
	res, err := engine.Replay(mine, "en", []engine.Reply{
		{Text: "I'm so sorry, that must be really annoying. Where is the water coming from?", ElapsedMS: 30000},
		{Text: "I'll call you back tomorrow at ten with an engineer's visit. Is that all right?", ElapsedMS: 30000},
	}, engine.Options{})
	require.NoError(t, err)
	require.NoError(t, link.Send(res))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(t, link.Flush(ctx))

	board := readBoardOf(t, srv.url, "first-call")
	require.Len(t, board.Entries, 1)
	assert.Equal(t, "Eefje", board.Entries[0].Name)
	assert.Equal(t, res.Score, board.Entries[0].Score, "the server re-played it with the team's pack")
}
