package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"
)

// NameKey is what two player names are compared by: compatibility
// normalised (NFKC: full-width and circled letters are plain ones),
// without case, and with look-alike characters (Unicode TR39 confusables:
// a Cyrillic "Т" is a "T", "0" an "O") mapped to one skeleton, spaces
// collapsed. Two names with one key are one name.
func NameKey(name string) string {
	s := strings.Join(strings.Fields(norm.NFKC.String(name)), " ")
	s = strings.ToLower(confusables.Skeleton(s))
	return strings.ToLower(norm.NFKC.String(confusables.Skeleton(s)))
}

// PlayerInfo is a player as the team lead sees them.
type PlayerInfo struct {
	Player
	Results int  // results stored
	Tokens  int  // devices joined with a token that still works
	Rejoin  bool // may join once more with the same name
	Created time.Time
}

// Roster is what a team lead does with players and tokens.
type Roster interface {
	// Players lists a team's players (every team's for 0) by team and name.
	Players(ctx context.Context, teamID int64) ([]PlayerInfo, error)
	// RenamePlayer renames; ErrNameTaken when a teammate has that name.
	RenamePlayer(ctx context.Context, playerID int64, name string) error
	// RemovePlayer deletes a player with their tokens, results and bests
	// and returns how many results went.
	RemovePlayer(ctx context.Context, playerID int64) (int, error)
	// AllowRejoin revokes the player's tokens and lets the next join
	// with their name take the account (a new device).
	AllowRejoin(ctx context.Context, playerID int64) error
	// RevokeToken makes one token invalid; ErrNotFound if unknown.
	RevokeToken(ctx context.Context, tokenHash string) error
	// RevokePlayerTokens makes all of a player's tokens invalid and
	// returns how many there were.
	RevokePlayerTokens(ctx context.Context, playerID int64) (int, error)
	// SetTeamCode replaces a team's join code; ErrExists if another team
	// has it, ErrNotFound if there is no such team.
	SetTeamCode(ctx context.Context, teamID int64, code string) error
	// RosterVersion changes whenever players are renamed or removed.
	RosterVersion(ctx context.Context) (int64, error)
	// AddLeadToken stores a team lead's token hash for one team (or
	// every team when teamID is 0).
	AddLeadToken(ctx context.Context, tokenHash string, teamID int64, at time.Time) error
	// LeadByToken returns the team a lead token is for (0: every team);
	// ErrNotFound if unknown.
	LeadByToken(ctx context.Context, tokenHash string) (int64, error)
}

func (s *sqlStore) Join(ctx context.Context, teamID int64, name, tokenHash string, at time.Time) (Player, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return Player{}, err
	}
	defer tx.Rollback()
	key := NameKey(name)
	var inserted int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO players (team_id, name, name_key, created_ms) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING id`), teamID, name, key, ms(at)).Scan(&inserted)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		if isForeignKey(err) {
			return Player{}, fmt.Errorf("team %d: %w", teamID, ErrNotFound)
		}
		return Player{}, fmt.Errorf("add player: %w", err)
	}
	p := Player{TeamID: teamID}
	var rejoin int
	err = tx.QueryRowContext(ctx, s.q(`SELECT p.id, p.name, t.name, p.rejoin FROM players p JOIN teams t ON t.id = p.team_id
		WHERE p.team_id = ? AND p.name_key = ?`), teamID, key).Scan(&p.ID, &p.Name, &p.Team, &rejoin)
	if errors.Is(err, sql.ErrNoRows) {
		return Player{}, fmt.Errorf("team %d: %w", teamID, ErrNotFound)
	}
	if err != nil {
		return Player{}, fmt.Errorf("find player: %w", err)
	}
	if inserted == 0 {
		if rejoin == 0 {
			return Player{}, fmt.Errorf("%q: %w", name, ErrNameTaken)
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE players SET rejoin = 0 WHERE id = ?`), p.ID); err != nil {
			return Player{}, fmt.Errorf("re-join: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO tokens (hash, player_id, created_ms) VALUES (?, ?, ?)`), tokenHash, p.ID, ms(at)); err != nil {
		return Player{}, fmt.Errorf("add token: %w", err)
	}
	return p, tx.Commit()
}

// isForeignKey reports a foreign key violation (an unknown team id).
func isForeignKey(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "foreign key")
}

func (s *sqlStore) Players(ctx context.Context, teamID int64) ([]PlayerInfo, error) {
	q := `SELECT p.id, p.team_id, p.name, t.name, p.rejoin, p.created_ms,
		(SELECT COUNT(*) FROM results r WHERE r.player_id = p.id),
		(SELECT COUNT(*) FROM tokens k WHERE k.player_id = p.id)
		FROM players p JOIN teams t ON t.id = p.team_id`
	var args []any
	if teamID != 0 {
		q += ` WHERE p.team_id = ?`
		args = append(args, teamID)
	}
	rows, err := s.r.QueryContext(ctx, s.q(q+` ORDER BY t.name, p.name_key, p.id`), args...)
	if err != nil {
		return nil, fmt.Errorf("list players: %w", err)
	}
	defer rows.Close()
	var out []PlayerInfo
	for rows.Next() {
		var p PlayerInfo
		var rejoin int
		var created int64
		if err := rows.Scan(&p.ID, &p.TeamID, &p.Name, &p.Team, &rejoin, &created, &p.Results, &p.Tokens); err != nil {
			return nil, err
		}
		p.Rejoin, p.Created = rejoin != 0, fromMS(created)
		out = append(out, p)
	}
	return out, rows.Err()
}

// inTx runs fn in one write transaction, bumping the roster version
// when bump is set.
func (s *sqlStore) inTx(ctx context.Context, bump bool, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if bump {
		if _, err := tx.ExecContext(ctx, `UPDATE roster SET version = version + 1 WHERE id = 1`); err != nil {
			return fmt.Errorf("roster version: %w", err)
		}
	}
	return tx.Commit()
}

// mustAffect returns a check of an Exec's outcome that turns "no row
// changed" into ErrNotFound: mustAffect(what)(tx.ExecContext(...)).
func mustAffect(what string) func(sql.Result, error) error {
	return func(res sql.Result, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return fmt.Errorf("%s: %w", what, ErrNotFound)
		}
		return nil
	}
}

func (s *sqlStore) RenamePlayer(ctx context.Context, playerID int64, name string) error {
	return s.inTx(ctx, true, func(tx *sql.Tx) error {
		var teamID int64
		err := tx.QueryRowContext(ctx, s.q(`SELECT team_id FROM players WHERE id = ?`), playerID).Scan(&teamID)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("player %d: %w", playerID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		var other int64
		err = tx.QueryRowContext(ctx, s.q(`SELECT id FROM players WHERE team_id = ? AND name_key = ? AND id <> ?`),
			teamID, NameKey(name), playerID).Scan(&other)
		if err == nil {
			return fmt.Errorf("%q: %w", name, ErrNameTaken)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		return mustAffect(fmt.Sprintf("rename player %d", playerID))(
			tx.ExecContext(ctx, s.q(`UPDATE players SET name = ?, name_key = ? WHERE id = ?`), name, NameKey(name), playerID))
	})
}

func (s *sqlStore) RemovePlayer(ctx context.Context, playerID int64) (int, error) {
	n := 0
	err := s.inTx(ctx, true, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM results WHERE player_id = ?`), playerID).Scan(&n); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM tokens WHERE player_id = ?`, `DELETE FROM bests WHERE player_id = ?`,
			`DELETE FROM results WHERE player_id = ?`} {
			if _, err := tx.ExecContext(ctx, s.q(q), playerID); err != nil {
				return fmt.Errorf("remove player %d: %w", playerID, err)
			}
		}
		return mustAffect(fmt.Sprintf("remove player %d", playerID))(tx.ExecContext(ctx, s.q(`DELETE FROM players WHERE id = ?`), playerID))
	})
	return n, err
}

func (s *sqlStore) AllowRejoin(ctx context.Context, playerID int64) error {
	return s.inTx(ctx, false, func(tx *sql.Tx) error {
		if err := mustAffect(fmt.Sprintf("player %d", playerID))(
			tx.ExecContext(ctx, s.q(`UPDATE players SET rejoin = 1 WHERE id = ?`), playerID)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`DELETE FROM tokens WHERE player_id = ?`), playerID)
		return err
	})
}

func (s *sqlStore) RevokeToken(ctx context.Context, tokenHash string) error {
	return mustAffect("token")(s.w.ExecContext(ctx, s.q(`DELETE FROM tokens WHERE hash = ?`), tokenHash))
}

func (s *sqlStore) RevokePlayerTokens(ctx context.Context, playerID int64) (int, error) {
	res, err := s.w.ExecContext(ctx, s.q(`DELETE FROM tokens WHERE player_id = ?`), playerID)
	if err != nil {
		return 0, fmt.Errorf("revoke tokens: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

func (s *sqlStore) SetTeamCode(ctx context.Context, teamID int64, code string) error {
	h := codeHash(code)
	res, err := s.w.ExecContext(ctx, s.q(`UPDATE teams SET code = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM teams WHERE code = ? AND id <> ?)`),
		h, teamID, h, teamID)
	if err != nil {
		return fmt.Errorf("set team code: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		var one int
		if err := s.r.QueryRowContext(ctx, s.q(`SELECT 1 FROM teams WHERE id = ?`), teamID).Scan(&one); errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("team %d: %w", teamID, ErrNotFound)
		}
		return fmt.Errorf("code: %w", ErrExists)
	}
	return nil
}

func (s *sqlStore) RosterVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.r.QueryRowContext(ctx, `SELECT version FROM roster WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("roster version: %w", err)
	}
	return v, nil
}

// probeQuery reads the roster version and the highest result id.
const probeQuery = `SELECT (SELECT version FROM roster WHERE id = 1), COALESCE((SELECT MAX(id) FROM results), 0)`

// probe returns the roster version and the highest result id in one
// query: the index syncs only when one of them moved (or ids it skipped
// may have committed since).
func (s *sqlStore) probe(ctx context.Context) (roster, maxID int64, err error) {
	if err := s.queryRow(ctx, s.r, probeQuery).Scan(&roster, &maxID); err != nil {
		return 0, 0, fmt.Errorf("probe the results: %w", err)
	}
	return roster, maxID, nil
}

// rekey brings every player's name_key to NameKey (earlier versions keyed
// by lower case only). Two players whose names now look the same keep
// both accounts: the later one's key gets its id appended. It bumps the
// roster version when anything changed.
func (s *sqlStore) rekey(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, `SELECT id, team_id, name, name_key FROM players ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read players: %w", err)
	}
	type change struct {
		id  int64
		key string
	}
	var changes []change
	taken := map[string]bool{}
	type row struct {
		id, team  int64
		name, key string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.team, &r.name, &r.key); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range all {
		key := NameKey(r.name)
		tk := fmt.Sprint(r.team) + "\x00" + key
		if taken[tk] {
			key = fmt.Sprintf("%s#%d", key, r.id)
		}
		taken[fmt.Sprint(r.team)+"\x00"+key] = true
		if key != r.key {
			changes = append(changes, change{r.id, key})
		}
	}
	if len(changes) == 0 {
		return nil
	}
	return s.inTx(ctx, true, func(tx *sql.Tx) error {
		// Two passes, so swapping keys never collides in between.
		for _, c := range changes {
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE players SET name_key = ? WHERE id = ?`), fmt.Sprintf("\x00%d", c.id), c.id); err != nil {
				return fmt.Errorf("re-key player %d: %w", c.id, err)
			}
		}
		for _, c := range changes {
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE players SET name_key = ? WHERE id = ?`), c.key, c.id); err != nil {
				return fmt.Errorf("re-key player %d: %w", c.id, err)
			}
		}
		return nil
	})
}

func (s *sqlStore) AddLeadToken(ctx context.Context, tokenHash string, teamID int64, at time.Time) error {
	var team any
	if teamID != 0 {
		team = teamID
	}
	if _, err := s.w.ExecContext(ctx, s.q(`INSERT INTO lead_tokens (hash, team_id, created_ms) VALUES (?, ?, ?)`), tokenHash, team, ms(at)); err != nil {
		if isForeignKey(err) {
			return fmt.Errorf("team %d: %w", teamID, ErrNotFound)
		}
		return fmt.Errorf("add lead token: %w", err)
	}
	return nil
}

func (s *sqlStore) LeadByToken(ctx context.Context, tokenHash string) (int64, error) {
	var team sql.NullInt64
	err := s.r.QueryRowContext(ctx, s.q(`SELECT team_id FROM lead_tokens WHERE hash = ?`), tokenHash).Scan(&team)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("find lead token: %w", err)
	}
	return team.Int64, nil
}
