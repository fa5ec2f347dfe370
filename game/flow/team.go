package flow

import (
	"context"
	"errors"
	"time"

	"kalm/scenarios/engine"
)

// Team is the game's link to a team leaderboard server. The flow calls
// Join and Board from a goroutine of its own (they use the network) and
// the others from Update, so those must return at once. cmd/kalm wires
// in internal/teamlink, which keeps finished calls in a durable outbox.
type Team interface {
	// Membership returns the team the player has joined, if any.
	Membership() (TeamInfo, bool)
	// Join joins the team with code on server under name and keeps the
	// membership. Errors wrap ErrBadAddress, ErrNoSuchTeam, ErrNameTaken
	// or ErrUnreachable where one fits.
	Join(ctx context.Context, server, code, name string) (TeamInfo, error)
	// Leave forgets the membership. Runs still waiting are sent under the
	// next team joined.
	Leave() error
	// Send keeps a finished call in the outbox (on disk before Send
	// returns) and sends it in the background.
	Send(r engine.Result) error
	// Board reads a board from the server, centred on the player.
	Board(ctx context.Context, q BoardQuery) (TeamBoard, error)
	// Status says how sending goes.
	Status() TeamStatus
}

// The kinds of team errors the game explains in the player's language.
var (
	ErrBadAddress  = errors.New("not a server address")
	ErrNoSuchTeam  = errors.New("no team has this code")
	ErrUnreachable = errors.New("the server does not answer")
	ErrNotMember   = errors.New("the server no longer knows this player")
	ErrNameTaken   = errors.New("a teammate has this name")
)

// TeamInfo is a joined team.
type TeamInfo struct {
	Server   string // the server's base address
	Team     string // the team's name
	TeamID   int64
	PlayerID int64
	Name     string // the player's name on the board
}

// TeamStatus is the state of the outbox.
type TeamStatus struct {
	// Waiting counts finished calls not yet accepted by the server.
	Waiting int
	// Rejected counts calls the server refused for good.
	Rejected int
	// Sent counts calls the server accepted since the game started.
	Sent int
	// Problem is why the last send failed (nil when it worked).
	Problem error
}

// Periods a team board covers, in the order the board screen cycles.
var Periods = []string{"week", "month", "all"}

// AllScenarios selects the board over every scenario.
const AllScenarios = "all"

// BoardQuery selects a team board.
type BoardQuery struct {
	Scenario string // a scenario id or AllScenarios
	Period   string // one of Periods
}

// TeamBoard is a board as the game shows it.
type TeamBoard struct {
	Players int          // ranked players in total
	Entries []BoardEntry // a window of the ranking, around the player
	Teams   []TeamScore
	// You is the player's line, nil when they have no result yet.
	You *BoardEntry
}

// BoardEntry is one player's line.
type BoardEntry struct {
	Rank      int
	Name      string
	Team      string
	Score     int
	Scenarios int // scenarios counted in Score
	You       bool
}

// TeamScore is a team's total.
type TeamScore struct {
	Rank    int
	Team    string
	Total   int
	Players int
	Yours   bool
}

// Best is the player's best run of a scenario on this computer.
type Best struct {
	Score   int
	Outcome engine.Outcome
	Plays   int
	When    time.Time
}

// job runs a network call in its own goroutine; Update polls it.
type job[T any] struct {
	done   chan struct{}
	cancel context.CancelFunc
	val    T
	err    error
}

// jobTimeout bounds a network call started from the game.
const jobTimeout = 15 * time.Second

func startJob[T any](f func(ctx context.Context) (T, error)) *job[T] {
	ctx, cancel := context.WithTimeout(context.Background(), jobTimeout)
	j := &job[T]{done: make(chan struct{}), cancel: cancel}
	go func() {
		defer cancel()
		j.val, j.err = f(ctx)
		close(j.done)
	}()
	return j
}

// finished reports whether the call has returned (then val and err are
// set).
func (j *job[T]) finished() bool {
	if j == nil {
		return false
	}
	select {
	case <-j.done:
		return true
	default:
		return false
	}
}

// TeamError explains a team error in the player's language, with the
// details behind it.
func (a *App) TeamError(err error) string { return TeamErrorText(a.Lang, err) }

// TeamErrorText explains a team error in lang ("nl" or "en"), with the
// details behind it; "" for nil.
func TeamErrorText(lang string, err error) string {
	if err == nil {
		return ""
	}
	key := "team.err"
	switch {
	case errors.Is(err, ErrBadAddress):
		key = "team.err.address"
	case errors.Is(err, ErrNoSuchTeam):
		key = "team.err.code"
	case errors.Is(err, ErrUnreachable):
		key = "team.err.offline"
	case errors.Is(err, ErrNotMember):
		key = "team.err.member"
	case errors.Is(err, ErrNameTaken):
		key = "team.err.name"
	case errors.Is(err, context.DeadlineExceeded):
		key = "team.err.offline"
	}
	return T(lang, key) + " (" + err.Error() + ")"
}

// Membership returns the joined team, if the game has a team link.
func (a *App) Membership() (TeamInfo, bool) {
	if a.Cfg.Team == nil {
		return TeamInfo{}, false
	}
	return a.Cfg.Team.Membership()
}

// TeamStatus returns the outbox's state (zero without a team link).
func (a *App) TeamStatus() TeamStatus {
	if a.Cfg.Team == nil {
		return TeamStatus{}
	}
	return a.Cfg.Team.Status()
}
