package server

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/result_v1.keys")

// TestResultWireIsPinned: the JSON keys of a result answer (API v1) are
// those in testdata/result_v1.keys. A change to the engine's types does
// not reach the wire; a change to the wire must update the file (go test
// ./leaderboard/server -run TestResultWireIsPinned -update) and be a
// conscious API change.
func TestResultWireIsPinned(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	res, err := engine.Replay(pack.Scenario("fur-elise"), "en", []engine.Reply{
		{Text: "Please calm down, it's in your contract.", ElapsedMS: 1000},
		{Text: "I'm so sorry. Which light is on on your modem?", ElapsedMS: 30000},
	}, engine.Options{})
	require.NoError(t, err)
	resp := api.ResultResponse{ID: 7, PlayerID: 3, At: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), RunID: "r1",
		Duplicate: true, Scorer: "v", Result: wireResult(res)}
	data, err := json.Marshal(resp)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(data, &v))
	got := strings.Join(keyPaths(v, ""), "\n") + "\n"
	path := filepath.Join("testdata", "result_v1.keys")
	if *updateGolden {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "the API v1 result changed shape")
	assert.Equal(t, res.Score, resp.Score)
	sum := 0
	for _, p := range resp.Breakdown {
		sum += p.Points
	}
	assert.Equal(t, resp.Score, sum)
}

// keyPaths lists every key path of a decoded JSON value ("turns[].mood"),
// sorted and without repeats.
func keyPaths(v any, prefix string) []string {
	seen := map[string]bool{}
	var walk func(v any, prefix string)
	walk = func(v any, prefix string) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				seen[p] = true
				walk(c, p)
			}
		case []any:
			for _, c := range x {
				walk(c, prefix+"[]")
			}
		}
	}
	walk(v, prefix)
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
