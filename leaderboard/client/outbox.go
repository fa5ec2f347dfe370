package client

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver

	"kalm/leaderboard/api"
)

// Outbox keeps finished calls in a local SQLite file until the server
// has them. Add writes a run to disk before anything is sent, so a run
// is never lost when the game is offline, closed or the server restarts;
// each run carries a run id, so a run sent twice (the answer was lost)
// is stored once. Safe for concurrent use.
type Outbox struct {
	db   *sql.DB
	now  func() time.Time
	rand io.Reader
}

// Rejected is a run the server refused for good (such as an unknown
// scenario); the game may show it and Drop it.
type Rejected struct {
	RunID   string
	Run     api.ResultRequest
	Message string
	At      time.Time
}

// OpenOutbox opens (creating) the outbox file at path. rand makes run ids
// and now stamps the runs.
func OpenOutbox(ctx context.Context, path string, now func() time.Time, rand io.Reader) (*Outbox, error) {
	if path == "" {
		return nil, errors.New("outbox: no file path")
	}
	v := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)"} {
		v.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+v.Encode()+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("outbox %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS outbox (
		seq INTEGER PRIMARY KEY,
		run_id TEXT NOT NULL UNIQUE,
		body TEXT NOT NULL,
		added_ms INTEGER NOT NULL,
		tries INTEGER NOT NULL DEFAULT 0,
		rejected TEXT
	)`); err != nil {
		db.Close()
		return nil, fmt.Errorf("outbox %s: %w", path, err)
	}
	return &Outbox{db: db, now: now, rand: rand}, nil
}

// Close closes the outbox file.
func (o *Outbox) Close() error { return o.db.Close() }

// Add stores run durably and returns its run id (set on run.RunID if
// empty). It does not send anything; call Flush.
func (o *Outbox) Add(ctx context.Context, run api.ResultRequest) (string, error) {
	if run.RunID == "" {
		b := make([]byte, 16)
		if _, err := io.ReadFull(o.rand, b); err != nil {
			return "", fmt.Errorf("outbox: run id: %w", err)
		}
		run.RunID = hex.EncodeToString(b)
	}
	body, err := json.Marshal(run)
	if err != nil {
		return "", err
	}
	if _, err := o.db.ExecContext(ctx, `INSERT INTO outbox (run_id, body, added_ms) VALUES (?, ?, ?)
		ON CONFLICT (run_id) DO NOTHING`, run.RunID, string(body), o.now().UnixMilli()); err != nil {
		return "", fmt.Errorf("outbox: %w", err)
	}
	return run.RunID, nil
}

// Pending counts the runs still to send (not rejected).
func (o *Outbox) Pending(ctx context.Context) (int, error) {
	var n int
	err := o.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE rejected IS NULL`).Scan(&n)
	return n, err
}

// Sent is a run the server accepted, with its verdict.
type Sent struct {
	RunID  string
	Result api.ResultResponse
}

// FlushReport says what a Flush did.
type FlushReport struct {
	Sent     []Sent
	Rejected int // runs the server refused for good this time
	Pending  int // runs still waiting
}

// Flush sends the waiting runs in the order they were added, until one
// cannot be sent now (offline, server error, rate limit, token refused);
// that error is returned and the rest wait for the next Flush. A run the
// server refuses for good is kept aside as Rejected.
func (o *Outbox) Flush(ctx context.Context, c *Client) (FlushReport, error) {
	var rep FlushReport
	rows, err := o.db.QueryContext(ctx, `SELECT seq, run_id, body FROM outbox WHERE rejected IS NULL ORDER BY seq`)
	if err != nil {
		return rep, fmt.Errorf("outbox: %w", err)
	}
	type item struct {
		seq   int64
		runID string
		body  string
	}
	var items []item
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.seq, &it.runID, &it.body); err != nil {
			rows.Close()
			return rep, err
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, err
	}
	var sendErr error
	for i, it := range items {
		var run api.ResultRequest
		if err := json.Unmarshal([]byte(it.body), &run); err != nil {
			o.reject(ctx, it.seq, "unreadable in the outbox: "+err.Error())
			rep.Rejected++
			continue
		}
		res, err := c.Submit(ctx, run)
		var se *StatusError
		switch {
		case err == nil:
			if _, err := o.db.ExecContext(ctx, `DELETE FROM outbox WHERE seq = ?`, it.seq); err != nil {
				return rep, fmt.Errorf("outbox: %w", err)
			}
			rep.Sent = append(rep.Sent, Sent{RunID: it.runID, Result: res})
			continue
		case errors.As(err, &se) && se.Permanent():
			if err := o.reject(ctx, it.seq, se.Message); err != nil {
				return rep, err
			}
			rep.Rejected++
			continue
		}
		o.db.ExecContext(ctx, `UPDATE outbox SET tries = tries + 1 WHERE seq = ?`, it.seq)
		rep.Pending = len(items) - i
		sendErr = err
		break
	}
	return rep, sendErr
}

func (o *Outbox) reject(ctx context.Context, seq int64, msg string) error {
	if _, err := o.db.ExecContext(ctx, `UPDATE outbox SET rejected = ? WHERE seq = ?`, msg, seq); err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}

// Rejected lists the runs the server refused for good.
func (o *Outbox) Rejected(ctx context.Context) ([]Rejected, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT run_id, body, rejected, added_ms FROM outbox WHERE rejected IS NOT NULL ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	defer rows.Close()
	var out []Rejected
	for rows.Next() {
		var r Rejected
		var body string
		var added int64
		if err := rows.Scan(&r.RunID, &body, &r.Message, &added); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(body), &r.Run)
		r.At = time.UnixMilli(added).UTC()
		out = append(out, r)
	}
	return out, rows.Err()
}

// Drop forgets a rejected run.
func (o *Outbox) Drop(ctx context.Context, runID string) error {
	_, err := o.db.ExecContext(ctx, `DELETE FROM outbox WHERE run_id = ? AND rejected IS NOT NULL`, runID)
	return err
}
