package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Pack is one version of a team pack: its content hash, what pack.yaml
// says about it and its files.
type Pack struct {
	Hash    string // the version: SHA-256 of the files (kalm/leaderboard/bundle)
	ID      string // the pack's id
	Version string // pack.yaml's version text
	// Title is the pack's title by language.
	Title     map[string]string
	Scenarios []PackScenario
	// Files is the bundle's files as JSON (bundle.Marshal); Packs leaves
	// it empty, PackByHash fills it in.
	Files []byte
	Added time.Time
}

// PackScenario is a scenario of a pack and its title by language.
type PackScenario struct {
	ID    string            `json:"id"`
	Title map[string]string `json:"title"`
}

// PackStore keeps team packs by version. Versions are never replaced:
// results name the version they were played with.
type PackStore interface {
	// AddPack stores a pack version; ErrExists when that hash is stored.
	AddPack(ctx context.Context, p Pack) error
	// Packs lists every stored version without files, oldest first.
	Packs(ctx context.Context) ([]Pack, error)
	// PackByHash returns a version with its files; ErrNotFound if none.
	PackByHash(ctx context.Context, hash string) (Pack, error)
}

// Current keeps the newest version of each pack id from packs (as Packs
// lists them, oldest first), in the order of the ids' first versions.
func Current(packs []Pack) []Pack {
	latest := map[string]int{}
	var out []Pack
	for _, p := range packs {
		if i, ok := latest[p.ID]; ok {
			out[i] = p
			continue
		}
		latest[p.ID] = len(out)
		out = append(out, p)
	}
	return out
}

func (s *sqlStore) AddPack(ctx context.Context, p Pack) error {
	title, err := json.Marshal(p.Title)
	if err != nil {
		return fmt.Errorf("add pack: %w", err)
	}
	scens, err := json.Marshal(p.Scenarios)
	if err != nil {
		return fmt.Errorf("add pack: %w", err)
	}
	var seq int64
	err = s.w.QueryRowContext(ctx, s.q(`INSERT INTO packs (hash, pack_id, version, title, scenarios, files, added_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq`),
		p.Hash, p.ID, p.Version, string(title), string(scens), string(p.Files), ms(p.Added)).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("pack version %s: %w", p.Hash, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("add pack: %w", err)
	}
	return nil
}

func (s *sqlStore) Packs(ctx context.Context) ([]Pack, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT hash, pack_id, version, title, scenarios, added_ms FROM packs ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("list packs: %w", err)
	}
	defer rows.Close()
	var out []Pack
	for rows.Next() {
		p, err := scanPack(rows.Scan, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *sqlStore) PackByHash(ctx context.Context, hash string) (Pack, error) {
	var files string
	row := s.r.QueryRowContext(ctx, s.q(`SELECT hash, pack_id, version, title, scenarios, added_ms, files FROM packs WHERE hash = ?`), hash)
	p, err := scanPack(row.Scan, &files)
	if errors.Is(err, sql.ErrNoRows) {
		return Pack{}, fmt.Errorf("pack version %s: %w", hash, ErrNotFound)
	}
	if err != nil {
		return Pack{}, err
	}
	p.Files = []byte(files)
	return p, nil
}

// scanPack reads a packs row (hash, pack_id, version, title, scenarios,
// added_ms and, when files is not nil, files).
func scanPack(scan func(...any) error, files *string) (Pack, error) {
	var p Pack
	var title, scens string
	var added int64
	dst := []any{&p.Hash, &p.ID, &p.Version, &title, &scens, &added}
	if files != nil {
		dst = append(dst, files)
	}
	if err := scan(dst...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return Pack{}, err
		}
		return Pack{}, fmt.Errorf("read pack: %w", err)
	}
	if err := json.Unmarshal([]byte(title), &p.Title); err != nil {
		return Pack{}, fmt.Errorf("pack %s: title: %w", p.Hash, err)
	}
	if err := json.Unmarshal([]byte(scens), &p.Scenarios); err != nil {
		return Pack{}, fmt.Errorf("pack %s: scenarios: %w", p.Hash, err)
	}
	p.Added = fromMS(added)
	return p, nil
}
