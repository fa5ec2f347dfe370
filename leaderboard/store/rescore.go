package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// CurrentScale is the scale of the scores this code stores: 3, a call's
// score out of 100 with stalling costing points (engine.ScoreScale; 2 was
// out of 100 before that, 1 the open-ended sum of points). A result on an
// older scale is re-played from its transcript (Rescore).
const CurrentScale = 3

// scaleOf is the scale r is stored with.
func scaleOf(r *Result) int {
	if r.Scale == 0 {
		return CurrentScale
	}
	return r.Scale
}

// Replayed is a stored result scored again from its transcript.
type Replayed struct {
	Score   int
	Outcome string
	Turns   int
	Scorer  string
}

// ReplayFunc scores a stored result again from its Transcript, with the
// pack version it names (Result.Pack); an error means it cannot be (its
// scenario or pack version is gone, the transcript is unreadable), unless
// it wraps ErrTryLater.
type ReplayFunc func(ctx context.Context, r Result) (Replayed, error)

// ErrTryLater, wrapped by a ReplayFunc's error, says the result could not
// be re-played now (a database that did not answer): Rescore stops with
// that error and leaves the result where it is.
var ErrTryLater = errors.New("cannot re-play now")

// Rescored counts what Rescore did.
type Rescored struct {
	Rescored int // re-played and stored on the current scale
	SetAside int // moved to results_old_scale, off the boards, with the reason
}

// Rescorer is a store that can bring old-scale results to the current
// scale. The SQL stores are; run it before Indexed and Warm.
type Rescorer interface {
	Rescore(ctx context.Context, replay ReplayFunc) (Rescored, error)
}

// rescoreBatch is how many old results one transaction re-scores.
const rescoreBatch = 500

// Rescore re-plays every result stored on an older scale: it stores the
// new score, outcome and scorer, or, when replay fails, moves the result
// to results_old_scale with the reason. Then it rebuilds the bests, so a
// board never mixes scales. Nothing is lost: the moved rows keep their
// transcripts.
func (s *sqlStore) Rescore(ctx context.Context, replay ReplayFunc) (Rescored, error) {
	var done Rescored
	after := int64(0)
	for {
		batch, err := s.oldScale(ctx, after)
		if err != nil || len(batch) == 0 {
			if err == nil && done != (Rescored{}) {
				err = s.rebuildBests(ctx)
			}
			return done, err
		}
		if err := s.rescoreBatch(ctx, batch, replay, &done); err != nil {
			return done, err
		}
		after = batch[len(batch)-1].ID
	}
}

// oldScale reads up to rescoreBatch results below the current scale with
// ids above after, with their transcripts.
func (s *sqlStore) oldScale(ctx context.Context, after int64) ([]Result, error) {
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT id, player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, scorer, scale, pack
		FROM results WHERE scale < ? AND id > ? ORDER BY id LIMIT `+fmt.Sprint(rescoreBatch)), CurrentScale, after)
	if err != nil {
		return nil, fmt.Errorf("read old-scale results: %w", err)
	}
	defer rows.Close()
	var out []Result
	for rows.Next() {
		var r Result
		var at int64
		var transcript string
		if err := rows.Scan(&r.ID, &r.PlayerID, &r.TeamID, &r.Scenario, &r.Lang, &r.Score, &r.Outcome, &r.Turns, &at, &transcript, &r.Scorer, &r.Scale, &r.Pack); err != nil {
			return nil, err
		}
		r.At, r.Transcript = fromMS(at), []byte(transcript)
		out = append(out, r)
	}
	return out, rows.Err()
}

// rescoreBatch re-plays batch in one transaction.
func (s *sqlStore) rescoreBatch(ctx context.Context, batch []Result, replay ReplayFunc, done *Rescored) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range batch {
		rp, rerr := replay(ctx, r)
		if errors.Is(rerr, ErrTryLater) {
			return fmt.Errorf("re-score result %d: %w", r.ID, rerr)
		}
		if rerr != nil {
			if err := s.setAside(ctx, tx, r.ID, rerr.Error()); err != nil {
				return err
			}
			done.SetAside++
			continue
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE results SET score = ?, outcome = ?, turns = ?, scorer = ?, scale = ? WHERE id = ?`),
			rp.Score, rp.Outcome, rp.Turns, rp.Scorer, CurrentScale, r.ID); err != nil {
			return fmt.Errorf("re-score result %d: %w", r.ID, err)
		}
		done.Rescored++
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit re-scored results: %w", err)
	}
	return nil
}

// setAside moves result id to results_old_scale with the reason why.
func (s *sqlStore) setAside(ctx context.Context, tx *sql.Tx, id int64, why string) error {
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO results_old_scale
		(id, player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, run_id, scorer, scale, pack, why)
		SELECT id, player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, run_id, scorer, scale, pack, ?
		FROM results WHERE id = ?`), why, id); err != nil {
		return fmt.Errorf("set result %d aside: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM results WHERE id = ?`), id); err != nil {
		return fmt.Errorf("set result %d aside: %w", id, err)
	}
	return nil
}

// rebuildBests recomputes every player's best per scenario (the
// earliest time it was reached) from the results, and bumps the roster
// version so that every index reads the scores again.
func (s *sqlStore) rebuildBests(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM bests`); err != nil {
		return fmt.Errorf("rebuild bests: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO bests (player_id, scenario, team_id, score, at_ms)
		SELECT r.player_id, r.scenario, MIN(r.team_id), r.score, MIN(r.at_ms)
		FROM results r JOIN (SELECT player_id, scenario, MAX(score) AS score FROM results GROUP BY player_id, scenario) m
		  ON m.player_id = r.player_id AND m.scenario = r.scenario AND m.score = r.score
		GROUP BY r.player_id, r.scenario, r.score`); err != nil {
		return fmt.Errorf("rebuild bests: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE roster SET version = version + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("roster version: %w", err) // other servers' indexes read the new scores
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit bests: %w", err)
	}
	return nil
}
