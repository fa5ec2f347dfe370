package results

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios/engine"
)

func TestKeepsBestPerScenario(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "results.json")
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	f, err := Open(path, func() time.Time { return clock })
	require.NoError(t, err)
	_, ok := f.Best("a")
	assert.False(t, ok)

	require.NoError(t, f.Record("Sam", engine.Result{Scenario: "a", Score: 40, Outcome: engine.Escalated, Lang: "nl"}))
	require.NoError(t, f.Record("Sam", engine.Result{Scenario: "a", Score: 90, Outcome: engine.Resolved, Lang: "en"}))
	require.NoError(t, f.Record("Sam", engine.Result{Scenario: "a", Score: 10, Outcome: engine.HungUp, Lang: "en"}))
	require.NoError(t, f.Record("Jo", engine.Result{Scenario: "b", Score: -5, Outcome: engine.HungUp, Lang: "nl"}))

	again, err := Open(path, nil)
	require.NoError(t, err)
	b, ok := again.Get("a")
	require.True(t, ok)
	assert.Equal(t, Best{Score: 90, Outcome: engine.Resolved, Name: "Sam", Lang: "en", When: clock, Plays: 3, Scale: engine.ScoreScale}, b)
	s, ok := again.Best("b")
	assert.True(t, ok)
	assert.Equal(t, flow.Best{Score: -5, Outcome: engine.HungUp, Plays: 1, When: clock}, s)
}

// TestOldScaleBestsAreNotCompared: a best kept before scores were out of
// 100 (no scale) is not shown, and the next run replaces it, even with a
// lower number.
func TestOldScaleBestsAreNotCompared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"fur-elise": {"score": 275, "outcome": "resolved", "lang": "nl", "when": "2026-11-01T10:00:00Z", "plays": 4}}`), 0o644))
	f, err := Open(path, nil)
	require.NoError(t, err)
	_, ok := f.Best("fur-elise")
	assert.False(t, ok, "a 275 from the old scale is no best out of 100")
	require.NoError(t, f.Record("Sam", engine.Result{Scenario: "fur-elise", Score: 62, Outcome: engine.Resolved, Lang: "nl"}))
	b, ok := f.Best("fur-elise")
	require.True(t, ok)
	assert.Equal(t, 62, b.Score)
	assert.Equal(t, 5, b.Plays, "the plays still count")
}

func TestDamagedFileIsAClearError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.json")
	require.NoError(t, os.WriteFile(path, []byte("{nope"), 0o644))
	_, err := Open(path, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "damaged")
}

func TestUnwritableFolderIsAnError(t *testing.T) {
	block := filepath.Join(t.TempDir(), "sub")
	f, err := Open(filepath.Join(block, "results.json"), nil)
	require.NoError(t, err, "a missing file is an empty one")
	require.NoError(t, os.WriteFile(block, nil, 0o644))
	assert.Error(t, f.Record("x", engine.Result{Scenario: "a"}))
	_, err = Open(filepath.Join(block, "results.json"), nil)
	assert.Error(t, err)
}

func TestDefaultPathIsInConfigDir(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/tmp/cfg")
	t.Setenv("HOME", "/tmp/home")
	p, err := DefaultPath()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join("kalm", "results.json"), p[len(p)-len(filepath.Join("kalm", "results.json")):])
}

// TestEarlierOutOf100BestsStay: a best recorded on an earlier scale out
// of 100 (before stalling cost points) is still shown and still compared:
// the file keeps no transcript to re-play, and the newer scale only lowers
// scores.
func TestEarlierOutOf100BestsStay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"fur-elise": {"score": 88, "outcome": "resolved", "lang": "nl", "when": "2026-12-01T10:00:00Z", "plays": 2, "scale": 2}}`), 0o644))
	f, err := Open(path, nil)
	require.NoError(t, err)
	b, ok := f.Best("fur-elise")
	require.True(t, ok)
	assert.Equal(t, 88, b.Score)
	require.NoError(t, f.Record("Sam", engine.Result{Scenario: "fur-elise", Score: 80, Outcome: engine.Resolved, Lang: "nl"}))
	b, ok = f.Best("fur-elise")
	require.True(t, ok)
	assert.Equal(t, 88, b.Score, "a lower new score does not replace it")
	assert.Equal(t, 3, b.Plays)
}
