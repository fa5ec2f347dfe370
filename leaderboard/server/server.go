// Package server is the leaderboard's HTTP side: the JSON API under
// /api/v1 (join a team, submit a finished call, read the board, export
// CSV, hand out team packs) and the office page at /. It re-plays every
// submitted transcript through the scenario engine, with the pack version
// it was played from, and never takes a score from a client.
package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

// Config is what a server needs; Store, Pack, Now and Rand are required.
type Config struct {
	Store store.Store
	// Pack is the server's own pack (runs that name no pack version);
	// team packs come from the Store.
	Pack *scenarios.Pack
	Now  func() time.Time
	Rand io.Reader
	Log  *slog.Logger // nil: discard
	// SubmitRate and SubmitBurst limit result submissions per player
	// (per second and at once); SubmitRate 0 turns the limit off.
	SubmitRate  float64
	SubmitBurst int
	// MaxDaily caps the results one player may store per UTC day (0: no
	// cap); it bounds what one member can add to the database.
	MaxDaily int
	// MaxDailyTeam caps a whole team's results per UTC day (0: no cap):
	// new accounts under other names bring no fresh room.
	MaxDailyTeam int
	// JoinRate and JoinBurst limit joins per client address.
	JoinRate  float64
	JoinBurst int
	// Refresh is how often the office page reloads itself.
	Refresh time.Duration
	// RescoreTime is how long the start-up re-score took (for /metrics).
	RescoreTime time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (for the access log and the join limit); none: trust no
	// header, the peer is the client.
	TrustedProxies []netip.Prefix
}

// Defaults for the limits: a call takes minutes, so 10 at once and one
// every 6 seconds is generous for a player and stops a flood.
const (
	DefaultSubmitRate   = 1.0 / 6
	DefaultSubmitBurst  = 10
	DefaultJoinRate     = 0.5
	DefaultJoinBurst    = 20
	DefaultRefresh      = 30 * time.Second
	DefaultMaxDaily     = 200
	DefaultMaxDailyTeam = 5000
	// ExportRate and ExportBurst limit CSV exports per client address:
	// a few at once, then one every 10 s; token guessing goes nowhere.
	ExportRate  = 0.1
	ExportBurst = 5
)

// Server serves the API and the office page.
type Server struct {
	cfg     Config
	log     *slog.Logger
	packs   *PackSet // the server's own pack and the team packs
	submit  *Limiter
	join    *Limiter
	export  *Limiter
	metrics *metrics
	ranked  rankCache // boards ranked per board version
}

// New checks cfg and builds a server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Pack == nil || cfg.Now == nil || cfg.Rand == nil {
		return nil, errors.New("server: Store, Pack, Now and Rand are required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Refresh <= 0 {
		cfg.Refresh = DefaultRefresh
	}
	packs, err := NewPackSet(cfg.Pack, cfg.Store)
	if err != nil {
		return nil, err
	}
	if len(packs.own.scorers) == 0 {
		return nil, errors.New("server: the pack has no scenarios")
	}
	s := &Server{cfg: cfg, log: cfg.Log, packs: packs,
		submit:  NewLimiter(cfg.SubmitRate, cfg.SubmitBurst, cfg.Now),
		join:    NewLimiter(cfg.JoinRate, cfg.JoinBurst, cfg.Now),
		export:  NewLimiter(ExportRate, ExportBurst, cfg.Now),
		metrics: newMetrics(cfg.RescoreTime)}
	return s, nil
}

// Handler returns the server's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v1/join", s.method(http.MethodPost, s.handleJoin))
	mux.HandleFunc("/api/v1/results", s.method(http.MethodPost, s.handleResult))
	mux.HandleFunc("/api/v1/token", s.method(http.MethodDelete, s.handleLeave))
	mux.HandleFunc("/api/v1/leaderboard", s.method(http.MethodGet, s.handleBoard))
	mux.HandleFunc("/api/v1/export.csv", s.method(http.MethodGet, s.handleExport))
	mux.HandleFunc("/api/v1/health", s.method(http.MethodGet, s.handleHealth))
	mux.HandleFunc("/api/v1/packs", s.method(http.MethodGet, s.handlePacks))
	mux.HandleFunc("/api/v1/packs/{hash}", s.method(http.MethodGet, s.handlePackBundle))
	mux.HandleFunc("/metrics", s.method(http.MethodGet, s.handleMetrics))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint %s (see /api/v1/...)", r.URL.Path)
	})
	mux.HandleFunc("/{$}", s.method(http.MethodGet, s.handlePage))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	return s.logged(mux)
}

// handleHealth answers 200 when the database answers, else 503.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if err := s.cfg.Store.Ping(r.Context()); err != nil {
		s.log.Error("health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"ok": false, "error": "the database does not answer"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}

// method answers 405 to any other method than m.
func (s *Server) method(m string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != m && !(m == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", m)
			writeError(w, http.StatusMethodNotAllowed, "%s %s is not supported (use %s)", r.Method, r.URL.Path, m)
			return
		}
		h(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, api.Error{Error: fmt.Sprintf(format, args...)})
}

// internal logs err and answers 500 without details.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "the server could not do this; its log has the reason")
}
