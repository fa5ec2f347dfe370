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
	Rescored int // re-played and stored on the current scale, judged by the current scorer
	SetAside int // on an older scale and not re-playable: moved to results_old_scale, off the boards, with the reason
	Kept     int // on the current scale, judged by an older scorer and not re-playable: kept as it was
}

// Judge names the scorer a ReplayFunc judges with, so that Rescore also
// re-plays results an older scorer judged. The zero Judge re-plays only
// results on an older scale.
type Judge struct {
	Scorer string // the version the ReplayFunc judges with (scoring.Version)
	// Before reports whether version a came before version b
	// (scoring.VersionBefore). A result judged by a newer scorer than
	// Scorer, stored by a newer server sharing the database, is left alone.
	Before func(a, b string) bool
}

// outdates reports whether a result judged by scorer should be judged
// again by j's scorer.
func (j Judge) outdates(scorer string) bool {
	return j.Scorer != "" && j.Before != nil && j.Before(scorer, j.Scorer)
}

// Rescorer is a store that can bring old-scale results to the current
// scale, and re-judge results an older scorer judged. The SQL stores are;
// run it before Indexed and Warm.
type Rescorer interface {
	Rescore(ctx context.Context, replay ReplayFunc, judge Judge) (Rescored, error)
}

// rescoreBatch is how many old results one transaction re-scores.
const rescoreBatch = 500

// Rescore re-plays every result stored on an older scale, and every
// result judge says an older scorer judged: it stores the new score,
// outcome and scorer. When replay fails, a result on an older scale moves
// to results_old_scale with the reason; one on the current scale stays as
// it was (its score compares, only its judge is older). Then it rebuilds
// the bests, so a board never mixes scales, and mixes scorers only where a
// result cannot be re-played. Nothing is lost: the moved rows keep their
// transcripts.
func (s *sqlStore) Rescore(ctx context.Context, replay ReplayFunc, judge Judge) (Rescored, error) {
	var done Rescored
	after := int64(0)
	for {
		batch, last, err := s.outdated(ctx, judge, after)
		if err != nil || last == 0 {
			if err == nil && done.Rescored+done.SetAside > 0 {
				err = s.rebuildBests(ctx)
			}
			return done, err
		}
		if len(batch) > 0 {
			if err := s.rescoreBatch(ctx, batch, replay, &done); err != nil {
				return done, err
			}
		}
		after = last
	}
}

// outdated reads the next results with ids above after that are stored
// below the current scale or that judge outdates, with their transcripts,
// and the last id it looked at (0 when there were none). It looks at up to
// rescoreBatch results at a time.
func (s *sqlStore) outdated(ctx context.Context, judge Judge, after int64) ([]Result, int64, error) {
	where, args := `scale < ?`, []any{CurrentScale}
	if judge.Scorer != "" && judge.Before != nil {
		where, args = `(scale < ? OR scorer <> ?)`, append(args, judge.Scorer)
	}
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT id, player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, scorer, scale, pack
		FROM results WHERE `+where+` AND id > ? ORDER BY id LIMIT `+fmt.Sprint(rescoreBatch)), append(args, after)...)
	if err != nil {
		return nil, 0, fmt.Errorf("read results to re-score: %w", err)
	}
	defer rows.Close()
	var out []Result
	last := int64(0)
	for rows.Next() {
		var r Result
		var at int64
		var transcript string
		if err := rows.Scan(&r.ID, &r.PlayerID, &r.TeamID, &r.Scenario, &r.Lang, &r.Score, &r.Outcome, &r.Turns, &at, &transcript, &r.Scorer, &r.Scale, &r.Pack); err != nil {
			return nil, 0, err
		}
		last = r.ID
		if r.Scale >= CurrentScale && !judge.outdates(r.Scorer) {
			continue // judged by a newer scorer (another server's)
		}
		r.At, r.Transcript = fromMS(at), []byte(transcript)
		out = append(out, r)
	}
	return out, last, rows.Err()
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
		if rerr != nil && r.Scale >= CurrentScale {
			done.Kept++ // same scale: its score still compares
			continue
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
