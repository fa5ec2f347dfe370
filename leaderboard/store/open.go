package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" database/sql driver
)

// OpenSQLite opens (creating if needed) the SQLite database file at path
// in WAL mode and migrates it. Commits survive a killed process
// (synchronous=NORMAL in WAL mode); with fullSync they also survive a
// power cut, at the cost of one fsync per commit.
func OpenSQLite(ctx context.Context, path string, fullSync bool) (Store, error) {
	if path == "" {
		return nil, fmt.Errorf("no database path (want a file such as kalm.db)")
	}
	sync := "NORMAL"
	if fullSync {
		sync = "FULL"
	}
	v := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(" + sync + ")", "foreign_keys(1)"} {
		v.Add("_pragma", p)
	}
	if err := private(path); err != nil {
		return nil, err
	}
	dsn := "file:" + path + "?" + v.Encode()
	w, err := sql.Open("sqlite", dsn+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, w, sqlite); err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	n := max(2, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	return ready(ctx, &sqlStore{w: w, r: r, d: sqlite})
}

// OpenPostgres connects to the PostgreSQL database at url (such as
// postgres://user@127.0.0.1:5432/kalm) and migrates it.
func OpenPostgres(ctx context.Context, url string) (Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w (want a URL such as postgres://user@127.0.0.1:5432/kalm)", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: cannot connect: %w", err)
	}
	// One server migrates at a time: the lock is held on its own
	// connection while the migrations run.
	lock, err := db.Conn(ctx)
	if err == nil {
		_, err = lock.ExecContext(ctx, `SELECT pg_advisory_lock(7291)`)
	}
	if err == nil {
		err = migrate(ctx, db, postgres)
		lock.ExecContext(ctx, `SELECT pg_advisory_unlock(7291)`)
	}
	if lock != nil {
		lock.Close()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return ready(ctx, &sqlStore{w: db, r: db, d: postgres})
}

// private makes sure the database file exists and only its owner can
// read it (0600): it holds the team codes and every transcript. SQLite
// gives its -wal and -shm files the same permissions.
func private(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	f.Close()
	if err := os.Chmod(path, 0o600); err != nil {
		return fmt.Errorf("make %s private: %w", path, err)
	}
	return nil
}

// ready finishes opening s: join codes kept in clear are hashed and
// players are re-keyed by the current NameKey.
func ready(ctx context.Context, s *sqlStore) (Store, error) {
	err := s.hashCodes(ctx)
	if err == nil {
		err = s.rekey(ctx)
	}

	if err != nil {
		s.Close()
		return nil, err
	}
	s.writeStmts(ctx)
	return s, nil
}

// ErrNoBackup: the store cannot copy itself (PostgreSQL: use pg_dump).
var ErrNoBackup = errors.New("this database has no built-in backup; for PostgreSQL use pg_dump")

// Backuper is a store that can write a consistent copy of itself.
type Backuper interface {
	// Backup writes a copy of the database to a new file at path, safe
	// while the server runs.
	Backup(ctx context.Context, path string) error
}

// Backup writes the SQLite database to path with VACUUM INTO: one
// consistent, compact file, taken while the server keeps running. path
// must not exist yet; the copy is readable by its owner only.
func (s *sqlStore) Backup(ctx context.Context, path string) error {
	if s.d != sqlite {
		return ErrNoBackup
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup %s: the file exists (choose a new name)", path)
	}
	if _, err := s.w.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	return os.Chmod(path, 0o600)
}
