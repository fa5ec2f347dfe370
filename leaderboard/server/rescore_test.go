package server

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// TestReplayerScoresStoredTranscriptsOutOf100: a result stored on the old
// scale (a farmed 275) is scored again from its transcript as a new
// submission would be; a scenario the pack lacks is an error, so the
// store sets the result aside instead of guessing.
func TestReplayerScoresStoredTranscriptsOutOf100(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	req := api.ResultRequest{Scenario: "fur-elise", Lang: "en"}
	for range 5 {
		req.Replies = append(req.Replies, api.Reply{Text: "I'm so sorry, that must be really frustrating."})
	}
	req.Replies = append(req.Replies, api.Reply{Text: "I'll call you back at three this afternoon, does that suit you?"})
	transcript, err := json.Marshal(req)
	require.NoError(t, err)
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	packs, err := NewPackSet(pack, st)
	require.NoError(t, err)
	replay := Replayer(packs)
	ctx := context.Background()

	got, err := replay(ctx, store.Result{Scenario: "fur-elise", Lang: "en", Score: 275, Transcript: transcript})
	require.NoError(t, err)
	assert.Less(t, got.Score, 85, "repeating one line is no longer the way to the top")
	assert.GreaterOrEqual(t, got.Score, 0)
	assert.NotEmpty(t, got.Scorer)

	_, err = replay(ctx, store.Result{Scenario: "retired", Lang: "en", Transcript: transcript})
	assert.ErrorContains(t, err, `scenario "retired" is not in this server's pack`)
	_, err = replay(ctx, store.Result{Scenario: "fur-elise", Lang: "en", Transcript: []byte("{")})
	assert.ErrorContains(t, err, "unreadable transcript")
}

// TestStoreScaleIsTheEngines: the store marks results with the scale the
// engine scores on; a new scale in the engine must re-score stored ones.
func TestStoreScaleIsTheEngines(t *testing.T) {
	assert.Equal(t, engine.ScoreScale, store.CurrentScale)
}
