package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/store"
	"kalm/scoring"
)

// Replayer returns the function store.Rescore uses to score a stored
// result again: it re-plays the stored request with the pack version the
// result names (packs' own pack for none), exactly as a new submission
// is scored.
func Replayer(packs *PackSet) store.ReplayFunc {
	return func(ctx context.Context, r store.Result) (store.Replayed, error) {
		pl, err := packs.get(ctx, r.Pack)
		var unknown *UnknownPackError
		if errors.As(err, &unknown) {
			return store.Replayed{}, fmt.Errorf("pack version %s is not stored on this server", bundle.Short(r.Pack))
		}
		var broken *BrokenPackError
		if err != nil && !errors.As(err, &broken) {
			return store.Replayed{}, fmt.Errorf("%w: %v", store.ErrTryLater, err)
		}
		if err != nil {
			return store.Replayed{}, err
		}
		sc := pl.pack.Scenario(r.Scenario)
		if sc == nil {
			if r.Pack == "" {
				return store.Replayed{}, fmt.Errorf("scenario %q is not in this server's pack", r.Scenario)
			}
			return store.Replayed{}, fmt.Errorf("scenario %q is not in pack version %s", r.Scenario, bundle.Short(r.Pack))
		}
		var req api.ResultRequest
		if err := json.Unmarshal(r.Transcript, &req); err != nil {
			return store.Replayed{}, fmt.Errorf("unreadable transcript: %v", err)
		}
		res, err := replay(pl, sc, r.Lang, req.Replies)
		if err != nil {
			return store.Replayed{}, fmt.Errorf("cannot replay: %v", err)
		}
		return store.Replayed{Score: res.Score, Outcome: string(res.Outcome), Turns: len(res.Turns), Scorer: scoring.Version}, nil
	}
}
