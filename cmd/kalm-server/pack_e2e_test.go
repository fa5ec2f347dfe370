package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
	"kalm/leaderboard/packtest"
	"kalm/leaderboard/store/storetest"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

var packHashLine = regexp.MustCompile(`Pack hash: ([0-9a-f]{64})`)

// addPackCLI runs `kalm-server pack add dir` and returns the new version.
func addPackCLI(t *testing.T, dir string, db ...string) string {
	t.Helper()
	code, out, errs := cli(t, append([]string{"pack", "add", dir}, db...)...)
	require.Equal(t, 0, code, errs)
	m := packHashLine.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	return m[1]
}

// playScenario plays the scenario id of pack in English as the game
// does and returns the run to submit and the game's own result.
func playScenario(t *testing.T, pack *scenarios.Pack, id string, replies ...string) (api.ResultRequest, engine.Result) {
	t.Helper()
	sc := pack.Scenario(id)
	require.NotNil(t, sc, id)
	conv, err := engine.Start(sc, "en", engine.Options{Scorer: scoring.New(sc.Vocabulary.Scoring())})
	require.NoError(t, err)
	run := api.ResultRequest{Scenario: id, Lang: "en"}
	for i, r := range replies {
		ms := 20000 + 1000*i
		_, err := conv.Reply(r, ms)
		require.NoError(t, err)
		run.Replies = append(run.Replies, api.Reply{Text: r, ElapsedMS: ms})
	}
	return run, conv.Result()
}

var leakReplies = []string{
	"How annoying, a new machine that leaks straight away. I'm really sorry. Where is the water coming from?",
	"I'll send a technician tomorrow morning and I will call you back today at four o'clock. Is that all right?",
}

// TestTeamPackEndToEnd walks a trainer's pack from `pack add` to the
// board with the real binary, on SQLite and on PostgreSQL: a player
// joins, downloads the pack, plays its scenario; the run is accepted and
// ranked under the scenario's title. A new version added while serving
// reaches the game and old runs keep their version; a tampered download
// is refused.
func TestTeamPackEndToEnd(t *testing.T) {
	for _, c := range []struct {
		name string
		db   func(t *testing.T) []string
	}{
		{"sqlite", func(t *testing.T) []string { return []string{"--db", filepath.Join(t.TempDir(), "kalm.db")} }},
		{"postgres", func(t *testing.T) []string { return []string{"--postgres", storetest.PostgresURL(t)} }},
	} {
		t.Run(c.name, func(t *testing.T) { teamPackEndToEnd(t, c.db(t)) })
	}
}

func teamPackEndToEnd(t *testing.T, db []string) {
	ctx := waitCtx(t)
	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	code, out, _ := cli(t, append([]string{"pack", "list"}, db...)...)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "No team packs yet")
	v1 := addPackCLI(t, dir, db...)
	teamCode := addTeam(t, "Servicedesk", db...)
	p := serve(t, db...)

	m, err := client.Join(ctx, nil, p.url, teamCode, "Sanne")
	require.NoError(t, err)
	c := client.New(m, nil)
	cache := client.NewPackCache(filepath.Join(t.TempDir(), "packs"))
	rep, err := cache.Sync(ctx, c)
	require.NoError(t, err)
	require.Len(t, rep.Downloaded, 1)
	packs, err := cache.Load()
	require.NoError(t, err)
	require.Len(t, packs, 1)
	assert.Equal(t, v1, packs[0].Info.Hash)

	run, local := playScenario(t, packs[0].Pack, "lekkage", leakReplies...)
	run.Pack = v1
	res, err := c.Submit(ctx, run)
	require.NoError(t, err, "the run of the team's own scenario is accepted")
	assert.Equal(t, local.Score, res.Score, "and scored as the game scored it")
	board, err := c.Board(ctx, client.BoardQuery{Scenario: "lekkage", Period: "all"})
	require.NoError(t, err)
	require.Len(t, board.Entries, 1)
	assert.Equal(t, "Sanne", board.Entries[0].Name)
	assert.Equal(t, res.Score, board.Entries[0].Score)
	status, _, page := call(t, "GET", p.url+"/?scenario=lekkage&period=all", "", "", "Accept-Language", "en")
	require.Equal(t, 200, status)
	assert.Contains(t, string(page), "Leaking machine", "the office page shows the scenario's title")

	// A new version while the server runs: the game gets it, and a run
	// played on the old one still re-plays with the old one.
	packtest.SetMood(t, dir, "lekkage", 20)
	code, out, errs := cli(t, append([]string{"pack", "add", dir}, db...)...)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "added as a new version")
	v2 := packHashLine.FindStringSubmatch(out)[1]
	rep, err = cache.Sync(ctx, c)
	require.NoError(t, err)
	require.Len(t, rep.Downloaded, 1)
	assert.Equal(t, v2, rep.Downloaded[0].Hash)
	run.RunID = "played-on-the-old-version"
	old, err := c.Submit(ctx, run)
	require.NoError(t, err)
	assert.Equal(t, local.StartMood, old.StartMood)
	packs, err = cache.Load()
	require.NoError(t, err)
	run2, local2 := playScenario(t, packs[0].Pack, "lekkage", leakReplies...)
	run2.Pack = v2
	res2, err := c.Submit(ctx, run2)
	require.NoError(t, err)
	assert.Equal(t, local2.StartMood, res2.StartMood)
	assert.NotEqual(t, old.StartMood, res2.StartMood)

	code, out, _ = cli(t, append([]string{"pack", "list"}, db...)...)
	require.Equal(t, 0, code)
	assert.Regexp(t, `noord\t0\.1\.0\t`+v1[:12]+`\told\t`, out)
	assert.Regexp(t, `noord\t0\.1\.0\t`+v2[:12]+`\tcurrent\t.*\tlekkage`, out)

	// A version the server never had is refused with the reason.
	run.Pack, run.RunID = strings.Repeat("ab", 32), ""
	_, err = c.Submit(ctx, run)
	var se *client.StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 422, se.Status)
	assert.Contains(t, se.Message, "this server never served pack version "+run.Pack+"; update the game's packs with kalm team status")

	// A download changed on its way is refused and nothing is written.
	proxy := tamperingProxy(t, p.url)
	mitm := m
	mitm.Server = proxy
	fresh := client.NewPackCache(filepath.Join(t.TempDir(), "packs"))
	_, err = fresh.Sync(ctx, client.New(mitm, nil))
	require.ErrorIs(t, err, client.ErrPackHash)
	entries, err := os.ReadDir(fresh.Dir())
	require.NoError(t, err)
	for _, e := range entries {
		assert.True(t, strings.HasPrefix(e.Name(), "."), "no pack written: %s", e.Name())
	}

	// After a restart the stored versions still play.
	require.Equal(t, 0, p.stop(t))
	p = serve(t, db...)
	c = client.New(client.Membership{Server: p.url, Token: m.Token}, nil)
	run.Pack, run.RunID = v1, "after-the-restart"
	_, err = c.Submit(ctx, run)
	require.NoError(t, err)
}

// tamperingProxy forwards to target, adding a line to every pack file it
// hands out (a pack changed on the way).
func tamperingProxy(t *testing.T, target string) string {
	t.Helper()
	u, err := url.Parse(target)
	require.NoError(t, err)
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ModifyResponse = func(resp *http.Response) error {
		if !strings.HasPrefix(resp.Request.URL.Path, "/api/v1/packs/") || resp.StatusCode != 200 {
			return nil
		}
		var pb api.PackBundle
		if err := json.NewDecoder(resp.Body).Decode(&pb); err != nil {
			return err
		}
		resp.Body.Close()
		for name := range pb.Files {
			pb.Files[name] += "\n# changed on the way\n"
		}
		data, err := json.Marshal(pb)
		if err != nil {
			return err
		}
		resp.Body = io.NopCloser(bytes.NewReader(data))
		resp.ContentLength = int64(len(data))
		resp.Header.Set("Content-Length", strconv.Itoa(len(data)))
		return nil
	}
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestPackAddErrors: a pack with problems is refused with file:line:col,
// nothing is stored; a scenario id the built-in pack has is refused.
func TestPackAddErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	broken := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	path := filepath.Join(broken, "lekkage.yaml")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, bytes.Replace(data, []byte("difficulty: 2 "), []byte("difficulty: 9 "), 1), 0o644))
	file := filepath.Join(t.TempDir(), "pack.yaml")
	require.NoError(t, os.WriteFile(file, []byte("id: x\n"), 0o644))
	good := packtest.Write(t, "zuid", "retour", "A return")

	for _, c := range []struct {
		name string
		args []string
		exit int
		says string
	}{
		{"no folder", []string{"pack", "add"}, exitUsage, "want one pack folder"},
		{"no action", []string{"pack"}, exitUsage, "pack add PACKDIR"},
		{"a missing folder", []string{"pack", "add", filepath.Join(t.TempDir(), "nope")}, exitError, "no such file"},
		{"a file", []string{"pack", "add", file}, exitError, "is a file"},
		{"a broken pack", []string{"pack", "add", broken}, exitError, path + ":12:"},
		{"a built-in scenario id", []string{"pack", "add", packtest.Write(t, "eigen", "fur-elise", "Our Für Elise")}, exitError,
			`scenario id "fur-elise" of pack "eigen" is in the server's own pack already`},
		{"the first time", []string{"pack", "add", good}, exitOK, `Pack "zuid" version 0.1.0 added: 1 scenario.`},
		{"the same content again", []string{"pack", "add", good}, exitOK, "stored already with this content"},
		{"another pack's scenario id", []string{"pack", "add", packtest.Write(t, "west", "retour", "A return")}, exitError,
			`scenario id "retour" of pack "west" is in pack "zuid" already`},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := cli(t, append(c.args, "--db", db)...)
			assert.Equal(t, c.exit, code, "%s%s", out, errs)
			assert.Contains(t, out+errs, c.says)
		})
	}
	code, out, _ := cli(t, "pack", "list", "--db", db)
	require.Equal(t, 0, code)
	assert.Equal(t, 1, strings.Count(out, "\n"), "only zuid was stored: %s", out)

	// A server of its own pack that shares an id with a team pack says so.
	p := serve(t, "--db", db, "--pack", packtest.Write(t, "eigen", "retour", "Our return"))
	assert.Contains(t, p.log(), `warning: scenario id "retour" of pack "zuid" is in the server's own pack already`)
}
