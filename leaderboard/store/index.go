package store

import (
	"context"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Indexed wraps s with an in-memory index of every result's player,
// scenario, score and time, so Bests for any period is a scan of a
// compact slice instead of an aggregate over the results table. Each
// Bests first reads the results added since (one indexed query), so
// writes by other server processes are seen. A result id skipped over
// (a PostgreSQL transaction that took its id earlier but commits later)
// is looked for again until it appears or GapTTL has passed; now tells
// the time for that. Memory is about 24 bytes per result.
func Indexed(s Store, now func() time.Time) Store {
	return &indexed{Store: s, now: now, scen: map[string]int32{}, pidx: map[int64]int32{}, gaps: map[int64]time.Time{}}
}

// GapTTL is how long a skipped result id is looked for.
const GapTTL = 2 * time.Minute

// maxGaps bounds the skipped ids looked for at once (the oldest go first).
const maxGaps = 500

type indexed struct {
	Store
	now func() time.Time

	// syncing lets one sync run at a time; readers that waited for it
	// take its result (synced counts syncs) instead of syncing again.
	syncing sync.Mutex
	synced  atomic.Uint64

	// roster, last and gaps are read and written only by sync, under
	// syncing; mu guards them for writing and everything below for readers.
	mu      sync.RWMutex
	gen     uint64 // counts changes to rows and players: a cached board of an older gen is stale
	roster  int64  // the roster version the index was read with
	last    int64
	gaps    map[int64]time.Time // skipped ids and when they were noticed
	scen    map[string]int32
	scens   []string
	pidx    map[int64]int32
	players []Player
	rows    []irow
	boards  boardCache
}

type irow struct {
	player, scenario, score int32
	at                      int64
}

// fresh brings the index up to date for a read: it must see every result
// committed before the read began. Concurrent readers share syncs: one
// that waited while others synced skips its own once a sync that began
// after it arrived has finished (two syncs completed since: the second
// began after the first ended, which was after the reader arrived).
func (x *indexed) fresh(ctx context.Context) error {
	gen := x.synced.Load()
	x.syncing.Lock()
	defer x.syncing.Unlock()
	if x.synced.Load() >= gen+2 {
		return nil
	}
	err := x.sync(ctx)
	x.synced.Add(1)
	return err
}

// sync reads the results added since the last sync; after a player was
// renamed or removed (the roster version changed) it reads them all again.
// The database is read without holding mu (last, gaps and roster change
// only here, under syncing), and mu is taken only when there is something
// new: readers go on scanning while a sync finds nothing.
func (x *indexed) sync(ctx context.Context) error {
	v, err := x.Store.RosterVersion(ctx)
	if err != nil {
		return err
	}
	fresh := v != x.roster
	last, also := x.last, []int64(nil)
	if fresh {
		last = 0
	} else {
		also = x.gapsToTry(x.now())
	}
	var got []Result
	if err := x.Store.ResultsAfter(ctx, last, also, func(r Result) error {
		got = append(got, r)
		return nil
	}); err != nil {
		return err
	}
	if !fresh && len(got) == 0 {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if fresh {
		x.reset(v)
	}
	now := x.now()
	for _, r := range got {
		x.take(r, now)
	}
	x.gen++
	return nil
}

// gapsToTry forgets skipped ids older than GapTTL (and the oldest beyond
// maxGaps) and returns the rest, newest first.
func (x *indexed) gapsToTry(now time.Time) []int64 {
	also := make([]int64, 0, len(x.gaps))
	for id, seen := range x.gaps {
		if now.Sub(seen) > GapTTL {
			delete(x.gaps, id)
			continue
		}
		also = append(also, id)
	}
	sort.Slice(also, func(i, j int) bool { return also[i] > also[j] })
	if len(also) > maxGaps {
		for _, id := range also[maxGaps:] {
			delete(x.gaps, id)
		}
		also = also[:maxGaps]
	}
	return also
}

// take adds result r read at now, keeping track of skipped ids; x.mu is
// held.
func (x *indexed) take(r Result, now time.Time) {
	if r.ID <= x.last {
		if _, ok := x.gaps[r.ID]; !ok {
			return // seen already
		}
		delete(x.gaps, r.ID)
	} else {
		// Ids skipped just now may belong to transactions still running;
		// older holes are rollbacks and stay holes. An empty index skips
		// ids too: on a fresh database the first result read need not be
		// the first id handed out.
		if now.Sub(r.At) < GapTTL {
			for id := max(x.last+1, r.ID-maxGaps); id < r.ID; id++ {
				x.gaps[id] = now
			}
		}
		x.last = r.ID
	}
	x.add(r)
}

// reset empties the index, to be read again with roster version v.
func (x *indexed) reset(v int64) {
	x.roster, x.last = v, 0
	x.gaps = map[int64]time.Time{}
	x.scen, x.scens = map[string]int32{}, nil
	x.pidx, x.players = map[int64]int32{}, nil
	x.rows = nil
}

func (x *indexed) add(r Result) {
	p, ok := x.pidx[r.PlayerID]
	if !ok {
		p = int32(len(x.players))
		x.pidx[r.PlayerID] = p
		x.players = append(x.players, Player{ID: r.PlayerID, TeamID: r.TeamID, Name: r.Player, Team: r.Team})
	}
	s, ok := x.scen[r.Scenario]
	if !ok {
		s = int32(len(x.scens))
		x.scen[r.Scenario] = s
		x.scens = append(x.scens, r.Scenario)
	}
	x.rows = append(x.rows, irow{player: p, scenario: s, score: int32(r.Score), at: ms(r.At)})
}

// Warm loads an Indexed store's index now rather than on the first read.
func Warm(ctx context.Context, s Store) error {
	if x, ok := s.(*indexed); ok {
		return x.fresh(ctx)
	}
	return nil
}

// Bests computes the bests f selects from the index. Readers asking for
// the same board while nothing changed share one computation: boards are
// cached by filter until the index changes.
func (x *indexed) Bests(ctx context.Context, f Filter) ([]Best, error) {
	if err := x.fresh(ctx); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	key := boardKey{f.Scenario, f.TeamID, 0}
	if !f.Since.IsZero() {
		key.since = ms(f.Since)
	}
	if bs, ok := x.boards.get(key, x.gen); ok {
		return bs, nil
	}
	bs := x.compute(f)
	x.boards.put(key, x.gen, bs)
	return slices.Clone(bs), nil
}

// compute scans the rows for the bests f selects; x.mu is read-locked.
func (x *indexed) compute(f Filter) []Best {
	want := int32(-1)
	if f.Scenario != "" {
		s, ok := x.scen[f.Scenario]
		if !ok {
			return nil
		}
		want = s
	}
	since := int64(-1 << 63)
	if !f.Since.IsZero() {
		since = ms(f.Since)
	}
	ns := int32(len(x.scens))
	type cell struct {
		seen  bool
		score int32
		at    int64
	}
	cells := make([]cell, len(x.players)*int(ns))
	for _, r := range x.rows {
		if r.at < since || (want >= 0 && r.scenario != want) {
			continue
		}
		if f.TeamID != 0 && x.players[r.player].TeamID != f.TeamID {
			continue
		}
		c := &cells[r.player*ns+r.scenario]
		if !c.seen || r.score > c.score || (r.score == c.score && r.at < c.at) {
			*c = cell{true, r.score, r.at}
		}
	}
	var out []Best
	for i, c := range cells {
		if !c.seen {
			continue
		}
		p := x.players[i/int(ns)]
		out = append(out, Best{PlayerID: p.ID, TeamID: p.TeamID, Player: p.Name, Team: p.Team,
			Scenario: x.scens[i%int(ns)], Score: int(c.score), At: fromMS(c.at)})
	}
	return out
}

// boardKey names a board: its scenario, team and period start.
type boardKey struct {
	scenario string
	team     int64
	since    int64 // ms; 0 for all time
}

// boardCache keeps computed boards of one index generation. Safe for
// concurrent use; a few dozen boards at most (a new generation empties it).
type boardCache struct {
	mu     sync.Mutex
	gen    uint64
	boards map[boardKey][]Best
}

// maxBoards bounds the boards cached at once.
const maxBoards = 64

// get returns a copy of the board cached for key at generation gen.
func (c *boardCache) get(key boardKey, gen uint64) ([]Best, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	bs, ok := c.boards[key]
	if !ok || c.gen != gen {
		return nil, false
	}
	return slices.Clone(bs), true
}

// put keeps bs as the board for key at generation gen.
func (c *boardCache) put(key boardKey, gen uint64, bs []Best) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.boards == nil || c.gen != gen || len(c.boards) >= maxBoards {
		c.gen, c.boards = gen, map[boardKey][]Best{}
	}
	c.boards[key] = bs
}
