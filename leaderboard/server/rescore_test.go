package server

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
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
	replay := builtinReplayer(t, pack)
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

// TestReplayerChargesStallingInOldResults: a call stored before stalling
// cost points (scale 2) with sympathy said four more times in other words
// before the step is scored again with the stall cost, well below the
// same call without the stalling.
func TestReplayerChargesStallingInOldResults(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	sc := pack.Scenario("fur-elise")
	require.NotNil(t, sc)
	stalling := []string{"I'm so sorry, that must be really frustrating.", "I can hear how annoyed you are, I apologise.",
		"That sounds awful, I'm really sorry.", "My apologies, I can imagine how upsetting this is.", "I get why you're angry, and I'm sorry about it."}
	transcript := func(first []string) []byte {
		c, err := engine.Start(sc, "en", engine.Options{})
		require.NoError(t, err)
		req := api.ResultRequest{Scenario: "fur-elise", Lang: "en"}
		say := func(text string) {
			ms := c.SpeakMS() + engine.SilenceMinMS + 1000 // the customer finished, a short silence, then the reply
			_, err := c.Reply(text, ms)
			require.NoError(t, err)
			req.Replies = append(req.Replies, api.Reply{Text: text, ElapsedMS: ms})
		}
		for _, r := range first {
			say(r)
		}
		for !c.Ended() {
			say(c.Model())
		}
		b, err := json.Marshal(req)
		require.NoError(t, err)
		return b
	}
	replay := builtinReplayer(t, pack)
	ctx := context.Background()
	model, err := replay(ctx, store.Result{Scenario: "fur-elise", Lang: "en", Score: 96, Scale: 2, Transcript: transcript(nil)})
	require.NoError(t, err)
	stalled, err := replay(ctx, store.Result{Scenario: "fur-elise", Lang: "en", Score: 96, Scale: 2, Transcript: transcript(stalling)})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, model.Score, 85)
	assert.LessOrEqual(t, stalled.Score, model.Score-10, "the stalls cost now")
}

// builtinReplayer returns the Replayer of a server on a fresh SQLite
// store that serves pack.
func builtinReplayer(t *testing.T, pack *scenarios.Pack) store.ReplayFunc {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	packs, err := NewPackSet(pack, st)
	require.NoError(t, err)
	return Replayer(packs)
}

// TestOlderScorersVerdictsAreJudgedAgain: on a real store with the
// built-in pack, a call an older scorer judged generously is judged again
// by this scorer at start-up, and one a newer scorer judged is left as it
// is, as serve runs Rescore.
func TestOlderScorersVerdictsAreJudgedAgain(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "kalm.db"), false)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	packs, err := NewPackSet(pack, st)
	require.NoError(t, err)
	team, err := st.AddTeam(ctx, "A", "ca", time.Unix(0, 0))
	require.NoError(t, err)
	ann, err := st.Join(ctx, team.ID, "Ann", "h-ann", time.Unix(0, 0))
	require.NoError(t, err)
	req := api.ResultRequest{Scenario: "fur-elise", Lang: "en", Replies: []api.Reply{{Text: "It's in your contract, sir."}}}
	transcript, err := json.Marshal(req)
	require.NoError(t, err)
	add := func(scorer string, minute int) int64 {
		r := &store.Result{PlayerID: ann.ID, TeamID: team.ID, Scenario: "fur-elise", Lang: "en", Score: 99, Outcome: "resolved",
			Turns: 1, At: time.Unix(int64(minute*60), 0), Transcript: transcript, Scorer: scorer}
		require.NoError(t, st.AddResult(ctx, r))
		return r.ID
	}
	older, newer := add("2026.12.03-1", 0), add("2099.01.01-1", 1)

	done, err := st.(store.Rescorer).Rescore(ctx, Replayer(packs), store.Judge{Scorer: scoring.Version, Before: scoring.VersionBefore})
	require.NoError(t, err)
	assert.Equal(t, store.Rescored{Rescored: 1}, done)
	got := map[int64]store.Result{}
	require.NoError(t, st.History(ctx, 0, func(r store.Result) error { got[r.ID] = r; return nil }))
	assert.Equal(t, scoring.Version, got[older].Scorer)
	assert.Less(t, got[older].Score, 50, "blaming the contract at once is no 99 to this scorer")
	assert.Equal(t, "2099.01.01-1", got[newer].Scorer)
	assert.Equal(t, 99, got[newer].Score)
}
