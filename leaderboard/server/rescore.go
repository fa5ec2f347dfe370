package server

import (
	"encoding/json"
	"fmt"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// Replayer returns the function store.Rescore uses to score a stored
// result again: it re-plays the stored request with pack's scenario,
// exactly as a new submission is scored.
func Replayer(pack *scenarios.Pack) store.ReplayFunc {
	scorers := map[string]engine.Scorer{}
	return func(r store.Result) (store.Replayed, error) {
		sc := pack.Scenario(r.Scenario)
		if sc == nil {
			return store.Replayed{}, fmt.Errorf("scenario %q is not in this server's pack", r.Scenario)
		}
		var req api.ResultRequest
		if err := json.Unmarshal(r.Transcript, &req); err != nil {
			return store.Replayed{}, fmt.Errorf("unreadable transcript: %v", err)
		}
		replies := make([]engine.Reply, len(req.Replies))
		for i, rp := range req.Replies {
			replies[i] = engine.Reply{Text: rp.Text, ElapsedMS: rp.ElapsedMS}
		}
		if scorers[sc.ID] == nil {
			scorers[sc.ID] = scoring.New(sc.Vocabulary.Scoring())
		}
		res, err := engine.Replay(sc, r.Lang, replies, engine.Options{Scorer: scorers[sc.ID]})
		if err != nil {
			return store.Replayed{}, fmt.Errorf("cannot replay: %v", err)
		}
		return store.Replayed{Score: res.Score, Outcome: string(res.Outcome), Turns: len(res.Turns), Scorer: scoring.Version}, nil
	}
}
