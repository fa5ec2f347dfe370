package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
)

// boardQuery reads a board's query parameters; the message says what is
// wrong with them. A scenario may be of the server's own pack or of any
// team pack; err is a database that does not answer.
func (s *Server) boardQuery(ctx context.Context, v url.Values, defPeriod string) (q leaderboard.Query, f store.Filter, msg string, err error) {
	q, f, msg = s.boardParams(v, defPeriod)
	if msg != "" || f.Scenario == "" {
		return q, f, msg, nil
	}
	known, err := s.packs.Knows(ctx, f.Scenario)
	if err != nil || known {
		return q, f, "", err
	}
	return q, f, fmt.Sprintf("unknown scenario %q (want all or one of %s)", f.Scenario, strings.Join(s.packs.ScenarioIDs(), ", ")), nil
}

// boardParams reads a board's query parameters but for checking that the
// scenario exists.
func (s *Server) boardParams(v url.Values, defPeriod string) (leaderboard.Query, store.Filter, string) {
	q := leaderboard.Query{Scenario: v.Get("scenario"), Period: v.Get("period")}
	if q.Scenario == "" {
		q.Scenario = leaderboard.AllScenarios
	}
	if q.Period == "" {
		q.Period = defPeriod
	}
	var f store.Filter
	if q.Scenario != leaderboard.AllScenarios {
		f.Scenario = q.Scenario
	}
	since, err := leaderboard.Since(q.Period, s.cfg.Now())
	if err != nil {
		return q, f, err.Error()
	}
	q.Since, f.Since = since, since
	for _, p := range []struct {
		name string
		dst  *int64
	}{{"around", &q.Around}, {"team", &f.TeamID}} {
		if raw := v.Get(p.name); raw != "" {
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil || n <= 0 {
				return q, f, fmt.Sprintf("%s=%q is not a positive number (want a player or team id)", p.name, raw)
			}
			*p.dst = n
		}
	}
	if raw := v.Get("limit"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 || n > leaderboard.MaxLimit {
			return q, f, fmt.Sprintf("limit=%q is out of range (1 to %d)", raw, leaderboard.MaxLimit)
		}
		q.Limit = n
	}
	return q, f, ""
}

// board reads and ranks a board: from the store's shared boards when it
// has them (the index), ranked once per board version and kept with its
// JSON, else from Bests.
func (s *Server) board(r *http.Request, q leaderboard.Query, f store.Filter) (*rankedBoard, error) {
	start := s.cfg.Now()
	defer func() { s.metrics.boardRead(s.cfg.Now().Sub(start)) }()
	if src, ok := s.cfg.Store.(store.Boards); ok {
		bests, version, err := src.SharedBests(r.Context(), f)
		if err != nil {
			return nil, err
		}
		key := rankKey{scenario: q.Scenario, period: q.Period, around: q.Around, limit: q.Limit, team: f.TeamID}
		if !q.Since.IsZero() {
			key.since = q.Since.UnixMilli()
		}
		return s.ranked.get(version, key, func() *rankedBoard { return newRankedBoard(leaderboard.Rank(bests, q)) }), nil
	}
	bests, err := s.cfg.Store.Bests(r.Context(), f)
	if err != nil {
		return nil, err
	}
	return newRankedBoard(leaderboard.Rank(bests, q)), nil
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	q, f, msg, err := s.boardQuery(r.Context(), r.URL.Query(), leaderboard.All)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if msg != "" {
		writeError(w, http.StatusBadRequest, "%s", msg)
		return
	}
	b, err := s.board(r, q, f)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(b.json)
}

// rankedBoard is a ranked board and its JSON answer; shared by every
// reader of the same board version, so never changed once made.
type rankedBoard struct {
	board api.Board
	json  []byte
}

func newRankedBoard(b api.Board) *rankedBoard {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(b) // as writeJSON: an api.Board always encodes
	return &rankedBoard{board: b, json: buf.Bytes()}
}

// rankKey names a ranked board: what the query asked for.
type rankKey struct {
	scenario, period string
	since            int64 // ms; 0 for all time
	team, around     int64
	limit            int
}

// rankCache keeps the ranked boards of one board version (a new version
// empties it). The first reader of a board ranks it while the others
// asking for it wait; beyond maxRanked boards a reader ranks its own.
// Safe for concurrent use.
type rankCache struct {
	mu      sync.Mutex
	version uint64
	boards  map[rankKey]*rankEntry
}

// rankEntry is a board being ranked (done open) or ranked.
type rankEntry struct {
	done  chan struct{}
	board *rankedBoard
}

// maxRanked bounds the ranked boards kept per version: each player's
// view (around) is one.
const maxRanked = 512

// get returns the board for key at version, ranking it with rank unless
// it is kept or being ranked.
func (c *rankCache) get(version uint64, key rankKey, rank func() *rankedBoard) *rankedBoard {
	c.mu.Lock()
	if c.boards == nil || version > c.version {
		c.version, c.boards = version, map[rankKey]*rankEntry{}
	}
	if version != c.version || len(c.boards) >= maxRanked {
		c.mu.Unlock() // an older version, read by a slow reader, or a full cache
		return rank()
	}
	if e, ok := c.boards[key]; ok {
		c.mu.Unlock()
		<-e.done
		return e.board
	}
	e := &rankEntry{done: make(chan struct{})}
	c.boards[key] = e
	c.mu.Unlock()
	defer close(e.done)
	e.board = rank()
	return e.board
}

// handleExport writes the CSV export for a team lead: their team, or,
// with a token for every team, the team named by ?team=ID (all without).
// The token comes in the Authorization header, never in the URL (URLs end
// up in proxy logs); guesses are rate-limited per client address.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	if ok, wait := s.export.Allow(s.clientAddr(r)); !ok {
		tooMany(w, wait, "too many exports from your address")
		return
	}
	token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	token = strings.TrimSpace(token)
	if !found || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kalm-lead"`)
		writeError(w, http.StatusUnauthorized, "the export needs a team lead token: send Authorization: Bearer TOKEN (from kalm-server lead token)")
		return
	}
	lead, err := s.cfg.Store.LeadByToken(r.Context(), leaderboard.HashToken(token))
	if errors.Is(err, store.ErrNotFound) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kalm-lead", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "unknown team lead token")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	team := lead
	if v := r.URL.Query().Get("team"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			writeError(w, http.StatusBadRequest, "team=%q is not a team id (a number, see the board's teams)", v)
			return
		}
		if lead != 0 && id != lead {
			writeError(w, http.StatusForbidden, "this team lead token exports team %d only", lead)
			return
		}
		team = id
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="kalm-results.csv"`)
	if err := Export(r.Context(), s.cfg.Store, team, w); err != nil {
		s.log.Error("export failed", "err", err)
	}
}
