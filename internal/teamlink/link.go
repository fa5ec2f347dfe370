// Package teamlink connects the game to a team leaderboard server. It
// implements flow.Team with kalm/leaderboard/client: the membership is
// kept in a small JSON file, finished calls in the client's SQLite
// outbox, and a goroutine of its own sends them whenever the server may
// answer, waiting longer after each failure. It sits between the game
// and the leaderboard, so neither imports the other.
package teamlink

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"kalm/game/flow"
	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
	"kalm/scenarios/engine"
)

// Config says where the link keeps its files and how it talks.
type Config struct {
	// MembershipPath is the JSON file with the joined team and token.
	MembershipPath string
	// OutboxPath is the SQLite outbox of finished calls.
	OutboxPath string
	// HTTP talks to the server; nil means a client with a 10 s timeout.
	HTTP *http.Client
	// Now stamps runs; nil means time.Now.
	Now func() time.Time
	// Rand makes run ids; required.
	Rand io.Reader
	// Retry is the wait before sending again after a failure; it doubles
	// up to MaxRetry. Zero means 5 s and 2 min.
	Retry, MaxRetry time.Duration
	// BoardLimit is how many players a board shows (0: 12).
	BoardLimit int
	// PacksDir is the folder of the team's downloaded packs; empty means
	// PacksFolder next to the outbox.
	PacksDir string
}

// Link is the game's team link. It is safe for concurrent use.
type Link struct {
	cfg Config
	out *client.Outbox

	// flushing lets one Flush run at a time, so a call is not sent twice.
	flushing sync.Mutex

	mu     sync.Mutex
	member *client.Membership
	status flow.TeamStatus
	// packOf is the team pack version of each scenario the game was
	// given (Packs), for Send; packsErr is why the download after Join
	// failed.
	packOf   map[string]string
	packsErr error

	// packs keeps the downloaded team packs; syncing lets one SyncPacks
	// run at a time.
	packs   *client.PackCache
	syncing sync.Mutex

	kick chan struct{}
	stop chan struct{}
	done chan struct{}
	// revoking counts tokens being revoked on the server after a Leave.
	revoking sync.WaitGroup
	// background counts pack downloads started by SyncPacksLater.
	background sync.WaitGroup
}

var _ flow.Team = (*Link)(nil)

// Open reads the membership (none yet is fine), opens the outbox and
// starts sending what waits in it. Close stops it.
func Open(ctx context.Context, cfg Config) (*Link, error) {
	if cfg.Rand == nil {
		return nil, errors.New("teamlink: no random source")
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Retry <= 0 {
		cfg.Retry = 5 * time.Second
	}
	if cfg.MaxRetry < cfg.Retry {
		cfg.MaxRetry = max(cfg.Retry, 2*time.Minute)
	}
	if cfg.BoardLimit <= 0 {
		cfg.BoardLimit = 12
	}
	m, err := readMembership(cfg.MembershipPath)
	if err != nil {
		return nil, err
	}
	if err := ensureDir(cfg.OutboxPath); err != nil {
		return nil, err
	}
	out, err := client.OpenOutbox(ctx, cfg.OutboxPath, cfg.Now, cfg.Rand)
	if err != nil {
		return nil, err
	}
	l := &Link{cfg: cfg, out: out, member: m, kick: make(chan struct{}, 1),
		stop: make(chan struct{}), done: make(chan struct{}), packs: client.NewPackCache(packsDir(cfg))}
	if err := l.count(ctx); err != nil {
		out.Close()
		return nil, err
	}
	if err := l.offerIndexed(); err != nil {
		out.Close()
		return nil, err
	}
	go l.send()
	l.poke()
	return l, nil
}

// Close stops sending and closes the outbox; waiting calls stay in it
// for the next start.
func (l *Link) Close() error {
	close(l.stop)
	<-l.done
	l.revoking.Wait()
	l.background.Wait()
	return l.out.Close()
}

// Membership returns the joined team.
func (l *Link) Membership() (flow.TeamInfo, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.member == nil {
		return flow.TeamInfo{}, false
	}
	return info(*l.member), true
}

func info(m client.Membership) flow.TeamInfo {
	return flow.TeamInfo{Server: m.Server, Team: m.Team.Name, TeamID: m.Team.ID, PlayerID: m.PlayerID, Name: m.Name}
}

// Join joins a team, keeps the membership on disk, sends the calls that
// wait and downloads the team's packs (see SyncPacks). A failed download
// does not fail the join: PacksProblem says why.
func (l *Link) Join(ctx context.Context, server, code, name string) (flow.TeamInfo, error) {
	m, err := client.Join(ctx, l.cfg.HTTP, server, code, name)
	if err != nil {
		return flow.TeamInfo{}, classify(err, true)
	}
	if err := writeMembership(l.cfg.MembershipPath, m); err != nil {
		return flow.TeamInfo{}, err
	}
	l.mu.Lock()
	l.member = &m
	l.status.Problem = nil
	l.mu.Unlock()
	l.poke()
	_, perr := l.SyncPacks(ctx)
	l.mu.Lock()
	l.packsErr = perr
	l.mu.Unlock()
	return info(m), nil
}

// Leave forgets the membership and the team's packs (the outbox keeps
// what waits) and, in the background, asks the server to revoke the
// token, so it no longer posts for the player; Close waits for that (at
// most RevokeTimeout). An unreachable server leaves the token to the
// team lead (kalm-server token revoke).
func (l *Link) Leave() error {
	l.mu.Lock()
	m := l.member
	l.mu.Unlock()
	if err := removeMembership(l.cfg.MembershipPath); err != nil {
		return err
	}
	l.mu.Lock()
	l.member = nil
	l.status.Problem = nil
	l.packOf, l.packsErr = nil, nil
	l.mu.Unlock()
	l.syncing.Lock()
	err := l.packs.Forget() // the team's packs leave with the team
	l.syncing.Unlock()
	if err != nil {
		return err
	}
	if m != nil {
		l.revoking.Add(1)
		go l.revoke(*m)
	}
	return nil
}

// RevokeTimeout bounds how long revoking a token on leaving may take.
const RevokeTimeout = 10 * time.Second

func (l *Link) revoke(m client.Membership) {
	defer l.revoking.Done()
	ctx, cancel := context.WithTimeout(context.Background(), RevokeTimeout)
	defer cancel()
	client.New(m, l.cfg.HTTP).Revoke(ctx) // best effort: see Leave
}

// Send puts a finished call in the outbox and wakes the sender. A run of
// a scenario of a downloaded team pack names that pack's version (see
// Packs), so the server re-plays it with the pack it was played from.
func (l *Link) Send(r engine.Result) error {
	run := api.ResultRequest{Scenario: r.Scenario, Lang: r.Lang, Replies: make([]api.Reply, 0, len(r.Turns)),
		Pack: l.packFor(r.Scenario)}
	for _, t := range r.Turns {
		run.Replies = append(run.Replies, api.Reply{Text: t.Reply, ElapsedMS: t.ElapsedMS})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := l.out.Add(ctx, run); err != nil {
		return err
	}
	l.mu.Lock()
	l.status.Waiting++
	l.mu.Unlock()
	l.poke()
	return nil
}

// Status returns how sending goes; it does not touch the disk.
func (l *Link) Status() flow.TeamStatus {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status
}

// Board reads the board around the player.
func (l *Link) Board(ctx context.Context, q flow.BoardQuery) (flow.TeamBoard, error) {
	c, m := l.client()
	if c == nil {
		return flow.TeamBoard{}, fmt.Errorf("%w: no team joined", flow.ErrNotMember)
	}
	b, err := c.Board(ctx, client.BoardQuery{Scenario: q.Scenario, Period: q.Period, Around: true, Limit: l.cfg.BoardLimit})
	if err != nil {
		return flow.TeamBoard{}, classify(err, false)
	}
	return board(b, m), nil
}

// board turns the server's board into the game's, marking the player.
func board(b api.Board, m client.Membership) flow.TeamBoard {
	out := flow.TeamBoard{Players: b.Players}
	entry := func(e api.Entry) flow.BoardEntry {
		return flow.BoardEntry{Rank: e.Rank, Name: e.Name, Team: e.Team, Score: e.Score, Scenarios: e.Scenarios, You: e.PlayerID == m.PlayerID}
	}
	for _, e := range b.Entries {
		out.Entries = append(out.Entries, entry(e))
	}
	for _, t := range b.Teams {
		out.Teams = append(out.Teams, flow.TeamScore{Rank: t.Rank, Team: t.Team, Total: t.Total, Players: t.Players, Yours: t.TeamID == m.Team.ID})
	}
	if b.You != nil {
		y := entry(*b.You)
		out.You = &y
	}
	return out
}

func (l *Link) client() (*client.Client, client.Membership) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.member == nil {
		return nil, client.Membership{}
	}
	return client.New(*l.member, l.cfg.HTTP), *l.member
}
