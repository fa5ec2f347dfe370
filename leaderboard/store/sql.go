package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dialect is the SQL flavour of a database.
type dialect int

const (
	sqlite dialect = iota
	postgres
)

// rebind turns ? placeholders into $1, $2... for PostgreSQL.
func (d dialect) rebind(q string) string {
	if d != postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sqlStore implements Store over database/sql. SQLite writes go through
// one connection (w); reads use a pool (r). PostgreSQL uses one pool.
type sqlStore struct {
	w, r *sql.DB
	d    dialect
	// batch is how many results ResultsAfter reads per query (0:
	// resultsBatch); tests make it small.
	batch int
	// stmts keeps the hot statements prepared (SQLite only: parsing a
	// statement there costs about as much as running it; pgx keeps its
	// own per connection).
	stmts stmtCache
}

// stmtCache keeps prepared statements by pool and query text. Safe for
// concurrent use; the zero value is ready.
type stmtCache struct {
	mu sync.Mutex
	m  map[stmtKey]*sql.Stmt
}

type stmtKey struct {
	db    *sql.DB
	query string
}

// get returns query prepared on db, or nil when it is not (yet).
func (c *stmtCache) get(db *sql.DB, query string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[stmtKey{db, query}]
}

// prepare returns query prepared on db, preparing it the first time; nil
// when it cannot be prepared (the caller runs the query unprepared and
// meets the error there). The lock is not held while preparing: that
// waits for a free connection. Never call it with a transaction of db
// open on the same goroutine when db has one connection (SQLite's
// writer): it would wait for that transaction.
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB, query string) *sql.Stmt {
	if st := c.get(db, query); st != nil {
		return st
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	k := stmtKey{db, query}
	if had, ok := c.m[k]; ok { // prepared meanwhile by another reader
		st.Close()
		return had
	}
	if c.m == nil {
		c.m = map[stmtKey]*sql.Stmt{}
	}
	c.m[k] = st
	return st
}

// close closes every statement kept.
func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	for _, st := range c.m {
		err = errors.Join(err, st.Close())
	}
	c.m = nil
	return err
}

// queryRow runs a one-row query on db (not in a transaction), prepared
// once on SQLite.
func (s *sqlStore) queryRow(ctx context.Context, db *sql.DB, query string, args ...any) *sql.Row {
	query = s.q(query)
	if s.d == sqlite {
		if st := s.stmts.prepare(ctx, db, query); st != nil {
			return st.QueryRowContext(ctx, args...)
		}
	}
	return db.QueryRowContext(ctx, query, args...)
}

// txQueryRow runs a one-row query in tx (of s.w), prepared when ready
// prepared it (writeStmts).
func (s *sqlStore) txQueryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	query = s.q(query)
	if s.d == sqlite {
		if st := s.stmts.get(s.w, query); st != nil {
			return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
		}
	}
	return tx.QueryRowContext(ctx, query, args...)
}

// txExec runs a statement in tx (of s.w), prepared when ready prepared
// it (writeStmts).
func (s *sqlStore) txExec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	query = s.q(query)
	if s.d == sqlite {
		if st := s.stmts.get(s.w, query); st != nil {
			return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
		}
	}
	return tx.ExecContext(ctx, query, args...)
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time { return time.UnixMilli(v).UTC() }

func (s *sqlStore) q(query string) string { return s.d.rebind(query) }

func (s *sqlStore) Ping(ctx context.Context) error {
	var one int
	if err := s.r.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("database does not answer: %w", err)
	}
	return nil
}

func (s *sqlStore) Close() error {
	err := errors.Join(s.stmts.close(), s.w.Close())
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return err
}

// codePrefix marks a join code stored as its hash.
const codePrefix = "sha256:"

// codeHash is how a join code is stored: hashed, so a copy of the
// database does not hand out the codes.
func codeHash(code string) string {
	h := sha256.Sum256([]byte(code))
	return codePrefix + hex.EncodeToString(h[:])
}

func (s *sqlStore) AddTeam(ctx context.Context, name, code string, at time.Time) (Team, error) {
	t := Team{Name: name, Code: code, Created: fromMS(ms(at))}
	err := s.w.QueryRowContext(ctx, s.q(`INSERT INTO teams (name, code, created_ms) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING id`), name, codeHash(code), ms(at)).Scan(&t.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return Team{}, fmt.Errorf("team %q or its code: %w", name, ErrExists)
	}
	if err != nil {
		return Team{}, fmt.Errorf("add team: %w", err)
	}
	return t, nil
}

// Teams lists the teams; their codes are not kept, so Code is empty.
func (s *sqlStore) Teams(ctx context.Context) ([]Team, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, name, created_ms FROM teams ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list teams: %w", err)
	}
	defer rows.Close()
	var out []Team
	for rows.Next() {
		var t Team
		var c int64
		if err := rows.Scan(&t.ID, &t.Name, &c); err != nil {
			return nil, err
		}
		t.Created = fromMS(c)
		out = append(out, t)
	}
	return out, rows.Err()
}

func (s *sqlStore) TeamByCode(ctx context.Context, code string) (Team, error) {
	t := Team{Code: code}
	var c int64
	err := s.r.QueryRowContext(ctx, s.q(`SELECT id, name, created_ms FROM teams WHERE code = ?`), codeHash(code)).Scan(&t.ID, &t.Name, &c)
	if errors.Is(err, sql.ErrNoRows) {
		return Team{}, ErrNotFound
	}
	if err != nil {
		return Team{}, fmt.Errorf("find team: %w", err)
	}
	t.Created = fromMS(c)
	return t, nil
}

// hashCodes replaces join codes stored in clear (before they were
// hashed) by their hashes.
func (s *sqlStore) hashCodes(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT id, code FROM teams WHERE code NOT LIKE ?`), codePrefix+"%")
	if err != nil {
		return fmt.Errorf("read team codes: %w", err)
	}
	type clear struct {
		id   int64
		code string
	}
	var todo []clear
	for rows.Next() {
		var c clear
		if err := rows.Scan(&c.id, &c.code); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, c)
	}
	rows.Close()
	for _, c := range todo {
		if _, err := s.w.ExecContext(ctx, s.q(`UPDATE teams SET code = ? WHERE id = ?`), codeHash(c.code), c.id); err != nil {
			return fmt.Errorf("hash the code of team %d: %w", c.id, err)
		}
	}
	return rows.Err()
}

func (s *sqlStore) PlayerByToken(ctx context.Context, tokenHash string) (Player, error) {
	var p Player
	err := s.queryRow(ctx, s.r, `SELECT p.id, p.team_id, p.name, t.name FROM tokens k
		JOIN players p ON p.id = k.player_id JOIN teams t ON t.id = p.team_id WHERE k.hash = ?`, tokenHash).
		Scan(&p.ID, &p.TeamID, &p.Name, &p.Team)
	if errors.Is(err, sql.ErrNoRows) {
		return Player{}, ErrNotFound
	}
	if err != nil {
		return Player{}, fmt.Errorf("find token: %w", err)
	}
	return p, nil
}

func (s *sqlStore) AddResult(ctx context.Context, r *Result) error {
	if s.d == postgres {
		return s.addResultPostgres(ctx, r)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.addResult(ctx, tx, r); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit result: %w", err)
	}
	return nil
}

func (s *sqlStore) AddResults(ctx context.Context, rs []*Result) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range rs {
		if err := s.addResult(ctx, tx, r); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit results: %w", err)
	}
	return nil
}

// The statements of a submission's transaction (SQLite).
const (
	insertResult = `INSERT INTO results
		(player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, run_id, scorer, scale, pack)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`
	upsertBest = `INSERT INTO bests (player_id, scenario, team_id, score, at_ms) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (player_id, scenario) DO UPDATE SET score = excluded.score, at_ms = excluded.at_ms
		WHERE excluded.score > bests.score OR (excluded.score = bests.score AND excluded.at_ms < bests.at_ms)`
)

// writeStmts prepares the statements a submission runs in its
// transaction on SQLite's one writer connection: they cannot be
// prepared lazily there, since the transaction holds that connection.
func (s *sqlStore) writeStmts(ctx context.Context) {
	if s.d != sqlite {
		return
	}
	for _, q := range []string{insertResult, upsertBest} {
		s.stmts.prepare(ctx, s.w, s.q(q))
	}
}

// addResult stores r and updates the player's best within tx.
func (s *sqlStore) addResult(ctx context.Context, tx *sql.Tx, r *Result) error {
	at := ms(r.At)
	var runID any
	if r.RunID != "" {
		runID = r.RunID
	}
	err := s.txQueryRow(ctx, tx, insertResult,
		r.PlayerID, r.TeamID, r.Scenario, r.Lang, r.Score, r.Outcome, r.Turns, at, string(r.Transcript), runID, r.Scorer, scaleOf(r), r.Pack).Scan(&r.ID)
	if errors.Is(err, sql.ErrNoRows) && r.RunID != "" {
		return s.storedRun(ctx, tx, r)
	}
	if err != nil {
		return fmt.Errorf("add result: %w", err)
	}
	if _, err := s.txExec(ctx, tx, upsertBest,
		r.PlayerID, r.Scenario, r.TeamID, r.Score, at); err != nil {
		return fmt.Errorf("update best: %w", err)
	}
	return nil
}

// addResultPostgres stores r and updates the player's best in one
// statement (a data-modifying WITH), which PostgreSQL runs as one
// transaction: one round trip where BEGIN, two statements and COMMIT
// took four, and no connection is held between them. It returns once
// the statement has committed.
func (s *sqlStore) addResultPostgres(ctx context.Context, r *Result) error {
	var runID any
	if r.RunID != "" {
		runID = r.RunID
	}
	err := s.w.QueryRowContext(ctx, `WITH ins AS (
			INSERT INTO results (player_id, team_id, scenario, lang, score, outcome, turns, at_ms, transcript, run_id, scorer, scale, pack)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING
			RETURNING id, player_id, scenario, team_id, score, at_ms),
		best AS (
			INSERT INTO bests (player_id, scenario, team_id, score, at_ms) SELECT player_id, scenario, team_id, score, at_ms FROM ins
			ON CONFLICT (player_id, scenario) DO UPDATE SET score = excluded.score, at_ms = excluded.at_ms
			WHERE excluded.score > bests.score OR (excluded.score = bests.score AND excluded.at_ms < bests.at_ms))
		SELECT id FROM ins`,
		r.PlayerID, r.TeamID, r.Scenario, r.Lang, r.Score, r.Outcome, r.Turns, ms(r.At), string(r.Transcript), runID, r.Scorer, scaleOf(r), r.Pack).Scan(&r.ID)
	if errors.Is(err, sql.ErrNoRows) && r.RunID != "" {
		// The run is stored (a conflicting insert waits for the other
		// transaction to end, so the row is committed by now).
		return s.storedRun(ctx, s.w, r)
	}
	if err != nil {
		return fmt.Errorf("add result: %w", err)
	}
	return nil
}

// storedRun fills r with the result stored earlier for its player and
// run id and returns ErrExists.
func (s *sqlStore) storedRun(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, r *Result) error {
	var stored int64
	var transcript string
	if err := q.QueryRowContext(ctx, s.q(`SELECT id, score, outcome, at_ms, scorer, transcript FROM results WHERE player_id = ? AND run_id = ?`),
		r.PlayerID, r.RunID).Scan(&r.ID, &r.Score, &r.Outcome, &stored, &r.Scorer, &transcript); err != nil {
		return fmt.Errorf("find run %q: %w", r.RunID, err)
	}
	r.At = fromMS(stored)
	r.Transcript = []byte(transcript)
	return fmt.Errorf("run %q: %w", r.RunID, ErrExists)
}

func (s *sqlStore) CountResults(ctx context.Context, playerID int64, since time.Time) (int, error) {
	var n int
	if err := s.queryRow(ctx, s.r, `SELECT COUNT(*) FROM results WHERE player_id = ? AND at_ms >= ?`, playerID, ms(since)).Scan(&n); err != nil {
		return 0, fmt.Errorf("count results: %w", err)
	}
	return n, nil
}

func (s *sqlStore) CountTeamResults(ctx context.Context, teamID int64, since time.Time) (int, error) {
	var n int
	if err := s.queryRow(ctx, s.r, `SELECT COUNT(*) FROM results WHERE team_id = ? AND at_ms >= ?`, teamID, ms(since)).Scan(&n); err != nil {
		return 0, fmt.Errorf("count team results: %w", err)
	}
	return n, nil
}

func (s *sqlStore) Bests(ctx context.Context, f Filter) ([]Best, error) {
	var where []string
	var args []any
	add := func(cond string, arg any) {
		where = append(where, cond)
		args = append(args, arg)
	}
	var query string
	if f.Since.IsZero() {
		// All time: the bests table holds one row per player and scenario.
		if f.Scenario != "" {
			add("b.scenario = ?", f.Scenario)
		}
		if f.TeamID != 0 {
			add("b.team_id = ?", f.TeamID)
		}
		query = `SELECT b.player_id, b.team_id, p.name, t.name, b.scenario, b.score, b.at_ms
			FROM bests b JOIN players p ON p.id = b.player_id JOIN teams t ON t.id = b.team_id`
	} else {
		// A period: the best among the period's results, first reached.
		// The conditions apply to the inner and the outer results.
		cond := func(alias string) string {
			c := alias + "at_ms >= ?"
			if f.Scenario != "" {
				c += " AND " + alias + "scenario = ?"
			}
			if f.TeamID != 0 {
				c += " AND " + alias + "team_id = ?"
			}
			return c
		}
		for range 2 {
			args = append(args, ms(f.Since))
			if f.Scenario != "" {
				args = append(args, f.Scenario)
			}
			if f.TeamID != 0 {
				args = append(args, f.TeamID)
			}
		}
		query = `SELECT r.player_id, r.team_id, p.name, t.name, r.scenario, r.score, MIN(r.at_ms)
			FROM (SELECT player_id, scenario, MAX(score) AS score FROM results WHERE ` + cond("") + `
			      GROUP BY player_id, scenario) m
			JOIN results r ON r.player_id = m.player_id AND r.scenario = m.scenario AND r.score = m.score
			JOIN players p ON p.id = r.player_id JOIN teams t ON t.id = r.team_id
			WHERE ` + cond("r.") + `
			GROUP BY r.player_id, r.team_id, p.name, t.name, r.scenario, r.score`
	}
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("read bests: %w", err)
	}
	defer rows.Close()
	var out []Best
	for rows.Next() {
		var b Best
		var at int64
		if err := rows.Scan(&b.PlayerID, &b.TeamID, &b.Player, &b.Team, &b.Scenario, &b.Score, &at); err != nil {
			return nil, err
		}
		b.At = fromMS(at)
		out = append(out, b)
	}
	return out, rows.Err()
}

func (s *sqlStore) History(ctx context.Context, teamID int64, fn func(Result) error) error {
	query := `SELECT r.id, r.player_id, r.team_id, r.scenario, r.lang, r.score, r.outcome, r.turns, r.at_ms, r.scorer, r.pack, p.name, t.name
		FROM results r JOIN players p ON p.id = r.player_id JOIN teams t ON t.id = r.team_id`
	var args []any
	if teamID != 0 {
		query += ` WHERE r.team_id = ?`
		args = append(args, teamID)
	}
	query += ` ORDER BY t.name, p.name, r.player_id, r.scenario, r.at_ms, r.id`
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return fmt.Errorf("read history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Result
		var at int64
		if err := rows.Scan(&r.ID, &r.PlayerID, &r.TeamID, &r.Scenario, &r.Lang, &r.Score, &r.Outcome, &r.Turns, &at, &r.Scorer, &r.Pack, &r.Player, &r.Team); err != nil {
			return err
		}
		r.At = fromMS(at)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// resultsBatch is how many results ResultsAfter reads per query. With a
// LIMIT, PostgreSQL's generic plan for "id > $1" walks the primary key
// instead of scanning the whole table (5 ms at 100,000 results).
const resultsBatch = 2000

func (s *sqlStore) ResultsAfter(ctx context.Context, afterID int64, also []int64, fn func(Result) error) error {
	if len(also) > 0 { // older ids first, to keep id order
		args := []any{afterID}
		for _, id := range also {
			args = append(args, id)
		}
		cond := "r.id <= ? AND r.id IN (?" + strings.Repeat(", ?", len(also)-1) + ")"
		if _, _, err := s.resultsWhere(ctx, cond, 0, args, fn); err != nil {
			return err
		}
	}
	batch := s.batch
	if batch <= 0 {
		batch = resultsBatch
	}
	for {
		n, last, err := s.resultsWhere(ctx, "r.id > ?", batch, []any{afterID}, fn)
		if err != nil || n < batch {
			return err
		}
		afterID = last
	}
}

// resultsWhere calls fn with the results matching cond in id order, at
// most limit of them (0: all), and returns how many and the last id.
func (s *sqlStore) resultsWhere(ctx context.Context, cond string, limit int, args []any, fn func(Result) error) (int, int64, error) {
	q := `SELECT r.id, r.player_id, r.team_id, r.scenario, r.lang, r.score, r.outcome, r.turns, r.at_ms, r.scorer, p.name, t.name
		FROM results r JOIN players p ON p.id = r.player_id JOIN teams t ON t.id = r.team_id
		WHERE ` + cond + ` ORDER BY r.id`
	if limit > 0 {
		q += " LIMIT " + strconv.Itoa(limit)
	}
	rows, err := s.r.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return 0, 0, fmt.Errorf("read results: %w", err)
	}
	defer rows.Close()
	n, last := 0, int64(0)
	for rows.Next() {
		var r Result
		var at int64
		if err := rows.Scan(&r.ID, &r.PlayerID, &r.TeamID, &r.Scenario, &r.Lang, &r.Score, &r.Outcome, &r.Turns, &at, &r.Scorer, &r.Player, &r.Team); err != nil {
			return n, last, err
		}
		r.At = fromMS(at)
		if err := fn(r); err != nil {
			return n, last, err
		}
		n, last = n+1, r.ID
	}
	return n, last, rows.Err()
}
