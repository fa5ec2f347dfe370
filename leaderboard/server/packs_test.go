package server

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/packtest"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// addPack stores the pack folder dir as a team pack and returns its
// version.
func (f *fixture) addPack(dir string) string {
	f.t.Helper()
	b, err := bundle.FromDir(dir)
	require.NoError(f.t, err)
	rec, err := PreparePack(b, dir, f.clock.Now())
	require.NoError(f.t, err)
	require.NoError(f.t, f.store.AddPack(context.Background(), rec))
	return rec.Hash
}

// leakRun is a run of the team pack's scenario "lekkage" (the starter
// scenario of kalm new).
var leakRun = api.ResultRequest{Scenario: "lekkage", Lang: "en", Replies: []api.Reply{
	{Text: "How annoying, a new machine that leaks straight away. I'm really sorry. Where is the water coming from?", ElapsedMS: 20000},
	{Text: "I'll send a technician tomorrow morning and I will call you back today at four o'clock. Is that all right?", ElapsedMS: 25000},
}}

// localScore plays run on the pack folder dir as the game would.
func localScore(t *testing.T, dir string, run api.ResultRequest) engine.Result {
	t.Helper()
	pack, probs := scenarios.Load(dir)
	require.Empty(t, probs)
	sc := pack.Scenario(run.Scenario)
	require.NotNil(t, sc)
	replies := make([]engine.Reply, len(run.Replies))
	for i, r := range run.Replies {
		replies[i] = engine.Reply{Text: r.Text, ElapsedMS: r.ElapsedMS}
	}
	res, err := engine.Replay(sc, run.Lang, replies, engine.Options{Scorer: scoring.New(sc.Vocabulary.Scoring())})
	require.NoError(t, err)
	return res
}

func TestPackListAndDownload(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	status, _, body := f.do(http.MethodGet, "/api/v1/packs", p.Token, nil)
	require.Equal(t, 200, status)
	assert.JSONEq(t, `{"packs":[]}`, string(body), "no team packs: the built-in pack needs no download")

	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	v1 := f.addPack(dir)
	packtest.SetMood(t, dir, "lekkage", 30)
	v2 := f.addPack(dir)
	other := f.addPack(packtest.Write(t, "zuid", "retour", "A return"))

	var list api.PackList
	status, _, body = f.do(http.MethodGet, "/api/v1/packs", p.Token, nil)
	require.Equal(t, 200, status, string(body))
	require.NoError(t, json.Unmarshal(body, &list))
	require.Len(t, list.Packs, 2, "the current version of each pack")
	assert.Equal(t, api.PackInfo{ID: "noord", Hash: v2, Version: "0.1.0", Title: map[string]string{"nl": "noord", "en": "noord"},
		Scenarios: []api.PackScenario{{ID: "lekkage", Title: map[string]string{"nl": "Kapotte wasmachine", "en": "Leaking machine"}}},
		Added:     f.clock.Now()}, list.Packs[0])
	assert.Equal(t, other, list.Packs[1].Hash)

	for _, hash := range []string{v1, v2} {
		status, _, body = f.do(http.MethodGet, "/api/v1/packs/"+hash, p.Token, nil)
		require.Equal(t, 200, status, string(body))
		var pb api.PackBundle
		require.NoError(t, json.Unmarshal(body, &pb))
		assert.Equal(t, hash, pb.Hash)
		assert.Equal(t, hash, bundle.Bundle{Files: pb.Files}.Hash(), "the files are the version: an older one too")
	}

	for _, c := range []struct {
		name, method, path, token string
		status                    int
		says                      string
	}{
		{"list without a token", "GET", "/api/v1/packs", "", 401, "missing token"},
		{"list with an unknown token", "GET", "/api/v1/packs", "nope", 401, "unknown token"},
		{"bundle without a token", "GET", "/api/v1/packs/" + v1, "", 401, "missing token"},
		{"unknown version", "GET", "/api/v1/packs/" + strings.Repeat("0", 64), p.Token, 404, "no pack version"},
		{"not a version", "GET", "/api/v1/packs/..%2Fjoin", p.Token, 404, "not a pack version"},
		{"upper case", "GET", "/api/v1/packs/" + strings.ToUpper(v1), p.Token, 404, "not a pack version"},
		{"no version", "GET", "/api/v1/packs/", p.Token, 404, "no such API endpoint"},
		{"posting a pack", "POST", "/api/v1/packs", p.Token, 405, "not supported"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := f.do(c.method, c.path, c.token, nil)
			assert.Equal(t, c.status, status)
			assert.Contains(t, errorOf(t, body), c.says)
		})
	}
}

// TestRunsReplayWithTheirPackVersion: a run names the version it was
// played from and is scored with exactly that one, an older version
// too; a version the server never had is refused with the reason.
func TestRunsReplayWithTheirPackVersion(t *testing.T) {
	f := newFixture(t, nil)
	p := f.join(f.codeA, "Sanne")
	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	v1 := f.addPack(dir)
	want1 := localScore(t, dir, leakRun)
	packtest.SetMood(t, dir, "lekkage", 20)
	v2 := f.addPack(dir)
	want2 := localScore(t, dir, leakRun)
	require.NotEqual(t, want1.StartMood, want2.StartMood)

	run := leakRun
	run.Pack = v1
	got1 := f.submit(p.Token, run)
	run.Pack = v2
	got2 := f.submit(p.Token, run)
	for _, c := range []struct {
		got  api.ResultResponse
		want engine.Result
	}{{got1, want1}, {got2, want2}} {
		assert.Equal(t, c.want.StartMood, c.got.StartMood)
		assert.Equal(t, c.want.Score, c.got.Score)
		assert.Equal(t, string(c.want.Outcome), c.got.Outcome)
	}
	packs := map[int64]string{}
	require.NoError(t, f.store.History(context.Background(), 0, func(r store.Result) error { packs[r.ID] = r.Pack; return nil }))
	assert.Equal(t, map[int64]string{got1.ID: v1, got2.ID: v2}, packs, "each result keeps its version")

	b := f.board("scenario=lekkage")
	require.Len(t, b.Entries, 1)
	assert.Equal(t, max(got1.Score, got2.Score), b.Entries[0].Score)

	builtinRun := carefulRun
	builtinRun.Pack = v1
	for _, c := range []struct {
		name string
		run  api.ResultRequest
		says []string
	}{
		{"a version never served", withPack(leakRun, strings.Repeat("0", 64)),
			[]string{"this server never served pack version " + strings.Repeat("0", 64), "update the game's packs with kalm team status"}},
		{"not a version", withPack(leakRun, "v1"), []string{`pack "v1" is not a pack version`}},
		{"a team scenario without its version", leakRun, []string{`unknown scenario "lekkage"`, "fur-elise"}},
		{"a built-in scenario with a team version", builtinRun, []string{`unknown scenario "fur-elise"`, "pack noord version " + bundle.Short(v1) + " has lekkage"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := f.post("/api/v1/results", p.Token, c.run)
			assert.Equal(t, http.StatusUnprocessableEntity, status)
			msg := errorOf(t, body)
			for _, s := range c.says {
				assert.Contains(t, msg, s)
			}
		})
	}
}

func withPack(r api.ResultRequest, hash string) api.ResultRequest {
	r.Pack = hash
	return r
}

// TestBoardsKnowTeamPackScenarios: a team pack's scenario has a board and
// its title on the office page, in the reader's language; a pack added
// while the server runs is seen at once.
func TestBoardsKnowTeamPackScenarios(t *testing.T) {
	f := newFixture(t, nil)
	status, _, body := f.do(http.MethodGet, "/api/v1/leaderboard?scenario=lekkage", "", nil)
	assert.Equal(t, 400, status)
	assert.Contains(t, errorOf(t, body), `unknown scenario "lekkage"`)

	hash := f.addPack(packtest.Write(t, "noord", "lekkage", "Leaking machine"))
	f.submit(f.join(f.codeA, "Sanne").Token, withPack(leakRun, hash))
	assert.Len(t, f.board("scenario=lekkage").Entries, 1)

	for lang, title := range map[string]string{"en": "Leaking machine", "nl": "Kapotte wasmachine"} {
		status, _, body = f.do(http.MethodGet, "/?scenario=lekkage&period=all", "", nil, "Accept-Language", lang)
		require.Equal(t, 200, status, string(body))
		assert.Contains(t, string(body), `<div class="sub">`+title+" · ", lang)
		assert.Contains(t, string(body), "Sanne")
	}
	status, _, body = f.do(http.MethodGet, "/?scenario=nope", "", nil)
	assert.Equal(t, 400, status)
	assert.Contains(t, string(body), "lekkage", "the message lists the team packs' scenarios too")
}

func TestReplayerUsesTheStoredVersion(t *testing.T) {
	f := newFixture(t, nil)
	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	packtest.SetMood(t, dir, "lekkage", 10)
	hash := f.addPack(dir)
	want := localScore(t, dir, leakRun)
	ps, err := NewPackSet(f.pack, f.store)
	require.NoError(t, err)
	replay := Replayer(ps)
	transcript, err := json.Marshal(withPack(leakRun, hash))
	require.NoError(t, err)
	ctx := context.Background()

	got, err := replay(ctx, store.Result{Scenario: "lekkage", Lang: "en", Transcript: transcript, Pack: hash})
	require.NoError(t, err)
	assert.Equal(t, want.Score, got.Score)
	_, err = replay(ctx, store.Result{Scenario: "lekkage", Lang: "en", Transcript: transcript, Pack: strings.Repeat("9", 64)})
	assert.ErrorContains(t, err, "pack version 999999999999 is not stored on this server")
	_, err = replay(ctx, store.Result{Scenario: "retired", Lang: "en", Transcript: transcript, Pack: hash})
	assert.ErrorContains(t, err, `scenario "retired" is not in pack version `+bundle.Short(hash))
	_, err = replay(ctx, store.Result{Scenario: "lekkage", Lang: "en", Transcript: transcript})
	assert.ErrorContains(t, err, `scenario "lekkage" is not in this server's pack`)
}

func TestPreparePackChecksLikeKalmCheck(t *testing.T) {
	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	path := filepath.Join(dir, "lekkage.yaml")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	broken := strings.Replace(string(data), "difficulty: 2 ", "difficulty: 9 ", 1)
	require.NoError(t, os.WriteFile(path, []byte(broken), 0o644))
	b, err := bundle.FromDir(dir)
	require.NoError(t, err)
	_, err = PreparePack(b, dir, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	var probs scenarios.Problems
	require.ErrorAs(t, err, &probs)
	require.NotEmpty(t, probs)
	assert.Equal(t, path, probs[0].File)
	assert.Equal(t, 12, probs[0].Line, probs.Error())
	assert.Positive(t, probs[0].Col)
}

func TestCheckClashes(t *testing.T) {
	own, err := scenarios.Builtin()
	require.NoError(t, err)
	pack := func(id string, scenarios ...string) store.Pack {
		p := store.Pack{ID: id}
		for _, s := range scenarios {
			p.Scenarios = append(p.Scenarios, store.PackScenario{ID: s})
		}
		return p
	}
	stored := []store.Pack{pack("noord", "lekkage", "retour")}
	for _, c := range []struct {
		name  string
		rec   store.Pack
		clash *ClashError
	}{
		{"a new pack", pack("zuid", "factuur"), nil},
		{"a new version", pack("noord", "lekkage"), nil},
		{"the built-in pack's id", pack("builtin", "eigen"), &ClashError{Pack: "builtin", Other: "the server's own pack"}},
		{"a built-in scenario", pack("zuid", "fur-elise"), &ClashError{Scenario: "fur-elise", Pack: "zuid", Other: "the server's own pack"}},
		{"another pack's scenario", pack("zuid", "factuur", "retour"), &ClashError{Scenario: "retour", Pack: "zuid", Other: `pack "noord"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CheckClashes(own, stored, c.rec)
			if c.clash == nil {
				assert.NoError(t, err)
				return
			}
			var ce *ClashError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, c.clash, ce)
			assert.Contains(t, err.Error(), "id")
		})
	}
}
