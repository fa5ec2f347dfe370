package store

import (
	"context"
	"maps"
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
//
// Readers share an immutable snapshot of the index, published atomically
// by the sync that read it: a read takes no lock but for the sync it may
// share with other readers, and a board is computed once per snapshot
// (see Boards).
func Indexed(s Store, now func() time.Time) Store {
	x := &indexed{Store: s, now: now, scen: map[string]int32{}, pidx: map[int64]int32{}, gaps: map[int64]time.Time{}}
	x.snap.Store(&snapshot{scen: map[string]int32{}, boards: newBoardCache()})
	return x
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

	// The fields below belong to sync, under syncing: readers never see
	// them, only the snapshots sync publishes.
	gen     uint64              // counts published snapshots
	roster  int64               // the roster version the index was read with
	last    int64               // the highest result id read
	gaps    map[int64]time.Time // skipped ids and when they were noticed
	scen    map[string]int32    // scenario ids by name; copied before a change once published
	scenPub bool                // scen is shared with a published snapshot
	pidx    map[int64]int32     // players by id
	next    snapshot            // the snapshot being built: rows, players, scens

	snap atomic.Pointer[snapshot]
}

// snapshot is the index as one sync left it. Its slices are never
// changed below their length (a later sync appends beyond it into a
// shared array, or starts new ones), so readers need no lock.
type snapshot struct {
	gen     uint64
	scen    map[string]int32
	scens   []string
	players []Player
	rows    []irow
	boards  *boardCache
}

type irow struct {
	player, scenario, score int32
	at                      int64
}

// fresh brings the index up to date for a read and returns the snapshot
// to read: it holds every result committed before the read began.
// Concurrent readers share syncs: one that waited while others synced
// skips its own once a sync that began after it arrived has finished
// (two syncs completed since: the second began after the first ended,
// which was after the reader arrived).
func (x *indexed) fresh(ctx context.Context) (*snapshot, error) {
	gen := x.synced.Load()
	x.syncing.Lock()
	defer x.syncing.Unlock()
	if x.synced.Load() >= gen+2 {
		return x.snap.Load(), nil
	}
	err := x.sync(ctx)
	x.synced.Add(1)
	return x.snap.Load(), err
}

// prober is a store that tells in one query whether anything an index
// holds may have changed: the roster version and the highest result id.
type prober interface {
	probe(ctx context.Context) (roster, maxID int64, err error)
}

// sync reads the results added since the last sync; after a player was
// renamed or removed (the roster version changed) it reads them all
// again. When nothing was added it publishes nothing: the snapshot and
// its cached boards stay.
func (x *indexed) sync(ctx context.Context) error {
	var v int64
	if p, ok := x.Store.(prober); ok {
		roster, maxID, err := p.probe(ctx)
		if err != nil {
			return err
		}
		if roster == x.roster && maxID <= x.last && len(x.gaps) == 0 && x.gen > 0 {
			return nil
		}
		v = roster
	} else {
		var err error
		if v, err = x.Store.RosterVersion(ctx); err != nil {
			return err
		}
	}
	fresh := v != x.roster || x.gen == 0
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
	if fresh {
		x.reset(v)
	}
	now := x.now()
	for _, r := range got {
		x.take(r, now)
	}
	x.publish()
	return nil
}

// publish makes what sync read the snapshot readers see.
func (x *indexed) publish() {
	x.gen++
	s := x.next
	s.gen, s.scen, s.boards = x.gen, x.scen, newBoardCache()
	x.scenPub = true
	x.snap.Store(&s)
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

// take adds result r read at now, keeping track of skipped ids; under
// syncing.
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

// reset empties the index, to be read again with roster version v. The
// published snapshot keeps its own slices and map.
func (x *indexed) reset(v int64) {
	x.roster, x.last = v, 0
	x.gaps = map[int64]time.Time{}
	x.scen, x.scenPub = map[string]int32{}, false
	x.pidx = map[int64]int32{}
	x.next = snapshot{}
}

// add puts r in the snapshot being built; under syncing.
func (x *indexed) add(r Result) {
	n := &x.next
	p, ok := x.pidx[r.PlayerID]
	if !ok {
		p = int32(len(n.players))
		x.pidx[r.PlayerID] = p
		n.players = append(n.players, Player{ID: r.PlayerID, TeamID: r.TeamID, Name: r.Player, Team: r.Team})
	}
	s, ok := x.scen[r.Scenario]
	if !ok {
		if x.scenPub { // readers of the published snapshot use this map
			x.scen, x.scenPub = maps.Clone(x.scen), false
		}
		s = int32(len(n.scens))
		x.scen[r.Scenario] = s
		n.scens = append(n.scens, r.Scenario)
	}
	n.rows = append(n.rows, irow{player: p, scenario: s, score: int32(r.Score), at: ms(r.At)})
}

// Warm loads an Indexed store's index now rather than on the first read.
func Warm(ctx context.Context, s Store) error {
	if x, ok := s.(*indexed); ok {
		_, err := x.fresh(ctx)
		return err
	}
	return nil
}

// Boards is a store that computes each board once per version of its
// data and hands the same result to every reader: the index.
type Boards interface {
	// SharedBests is Bests, except that the slice is shared by every
	// caller who asks for the same board of the same version, and must
	// not be changed. version changes whenever a result arrives or a
	// player is renamed or removed, so anything derived from a board
	// may be kept as long as the version stays.
	SharedBests(ctx context.Context, f Filter) (bs []Best, version uint64, err error)
}

// Bests computes the bests f selects from the index; the caller owns the
// slice.
func (x *indexed) Bests(ctx context.Context, f Filter) ([]Best, error) {
	bs, _, err := x.SharedBests(ctx, f)
	return slices.Clone(bs), err
}

// SharedBests computes the bests f selects from a fresh snapshot of the
// index. Readers asking for the same board while nothing changed share
// one computation: boards are cached by filter per snapshot.
func (x *indexed) SharedBests(ctx context.Context, f Filter) ([]Best, uint64, error) {
	s, err := x.fresh(ctx)
	if err != nil {
		return nil, 0, err
	}
	key := boardKey{f.Scenario, f.TeamID, 0}
	if !f.Since.IsZero() {
		key.since = ms(f.Since)
	}
	return s.boards.get(key, func() []Best { return s.compute(f) }), s.gen, nil
}

// compute scans the rows for the bests f selects.
func (x *snapshot) compute(f Filter) []Best {
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

// boardCache keeps the boards computed from one snapshot. Safe for
// concurrent use; the first reader of a board computes it while the
// others asking for it wait. It holds maxBoards boards at most: a board
// beyond is computed for its reader alone.
type boardCache struct {
	mu     sync.Mutex
	boards map[boardKey]*cachedBoard
}

// cachedBoard is a board being computed (done open) or computed.
type cachedBoard struct {
	done  chan struct{}
	bests []Best
}

// maxBoards bounds the boards cached per snapshot.
const maxBoards = 64

func newBoardCache() *boardCache {
	return &boardCache{boards: map[boardKey]*cachedBoard{}}
}

// get returns the board for key, computing it with compute unless it is
// cached or being computed.
func (c *boardCache) get(key boardKey, compute func() []Best) []Best {
	c.mu.Lock()
	b, ok := c.boards[key]
	if ok {
		c.mu.Unlock()
		<-b.done
		return b.bests
	}
	if len(c.boards) >= maxBoards {
		c.mu.Unlock()
		return compute()
	}
	b = &cachedBoard{done: make(chan struct{})}
	c.boards[key] = b
	c.mu.Unlock()
	defer close(b.done)
	b.bests = compute()
	return b.bests
}
