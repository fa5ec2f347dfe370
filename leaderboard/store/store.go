// Package store keeps the leaderboard's teams, players, tokens and
// results in SQL: SQLite (one file, WAL, pure Go) by default or
// PostgreSQL. Both run the same queries through database/sql; schema
// migrations run when a store is opened.
package store

import (
	"context"
	"errors"
	"time"
)

// Errors a Store returns; test them with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrExists   = errors.New("already exists")
	// ErrNameTaken: a player of the team already has a name that looks
	// the same, and the team lead has not allowed a re-join.
	ErrNameTaken = errors.New("that name is taken")
)

// Team is a team with the code its players join with. The store keeps
// only the code's hash: Code is set by AddTeam and TeamByCode (the code
// given), empty from Teams.
type Team struct {
	ID      int64
	Name    string
	Code    string
	Created time.Time
}

// Player is a player of a team.
type Player struct {
	ID     int64
	TeamID int64
	Name   string
	Team   string
}

// Result is one finished call as the server scored it.
type Result struct {
	ID       int64
	PlayerID int64
	TeamID   int64
	Scenario string
	Lang     string
	Score    int
	Outcome  string
	Turns    int
	At       time.Time
	// Transcript is the submitted replies as JSON, kept so results can
	// be re-scored when the scorer improves.
	Transcript []byte
	// RunID is the client's id for the run; "" for none. A second
	// result with the same player and run id is not stored.
	RunID string
	// Scorer is the scoring.Version that judged the run ("" for results
	// stored before it was recorded).
	Scorer string
	// Scale is the scale of Score (engine.ScoreScale when the result was
	// scored); 0 stores the current one, CurrentScale.
	Scale int
	// Pack is the hash of the team pack version the run was played from;
	// "" for the server's own pack.
	Pack string
	// Player and Team are filled in by History.
	Player string
	Team   string
}

// Best is a player's best score on one scenario and when they first
// reached it.
type Best struct {
	PlayerID int64
	TeamID   int64
	Player   string
	Team     string
	Scenario string
	Score    int
	At       time.Time
}

// Filter selects the results a board counts.
type Filter struct {
	Scenario string    // "" for every scenario
	Since    time.Time // zero for all time; else results at or after it
	TeamID   int64     // 0 for every team
}

// Store is the leaderboard's storage. Implementations are safe for
// concurrent use.
type Store interface {
	// AddTeam creates a team; ErrExists when the name or code is taken.
	AddTeam(ctx context.Context, name, code string, at time.Time) (Team, error)
	// Teams lists the teams by id.
	Teams(ctx context.Context) ([]Team, error)
	// TeamByCode finds a team by its join code; ErrNotFound if none.
	TeamByCode(ctx context.Context, code string) (Team, error)
	// Join creates the team's player called name with a token. Names are
	// compared by NameKey (look-alikes are the same name); a taken name
	// is ErrNameTaken, unless the team lead allowed that player one
	// re-join (AllowRejoin): then the token is added to that player.
	Join(ctx context.Context, teamID int64, name, tokenHash string, at time.Time) (Player, error)
	// PlayerByToken finds the player a token hash belongs to;
	// ErrNotFound if none.
	PlayerByToken(ctx context.Context, tokenHash string) (Player, error)
	// AddResult stores r and sets r.ID. It returns only once the
	// result is committed. When the player already has a result with
	// r.RunID it stores nothing, sets r.ID, r.Score, r.Outcome, r.At,
	// r.Scorer and r.Transcript to the stored ones and returns ErrExists.
	AddResult(ctx context.Context, r *Result) error
	// AddResults stores many results in one transaction (imports,
	// benchmarks); a repeated run id fails the whole batch (ErrExists).
	AddResults(ctx context.Context, rs []*Result) error
	// CountResults returns how many results a player has stored at or
	// after since (the per-day cap).
	CountResults(ctx context.Context, playerID int64, since time.Time) (int, error)
	// CountTeamResults is CountResults for a whole team.
	CountTeamResults(ctx context.Context, teamID int64, since time.Time) (int, error)
	// Bests returns each player's best score per scenario among the
	// results f selects, with the earliest time it was reached.
	Bests(ctx context.Context, f Filter) ([]Best, error)
	// History calls fn with a team's results (every team's when teamID
	// is 0) ordered by player, scenario and time, without Transcript.
	History(ctx context.Context, teamID int64, fn func(Result) error) error
	// ResultsAfter calls fn with the results whose id is above afterID
	// or among also, in id order, with Player and Team filled in and no
	// Transcript.
	ResultsAfter(ctx context.Context, afterID int64, also []int64, fn func(Result) error) error
	// Roster is the team lead's side of the players (roster.go).
	Roster
	// PackStore keeps the team packs (packs.go).
	PackStore
	// Ping checks that the database answers a query.
	Ping(ctx context.Context) error
	// Close releases the database.
	Close() error
}
