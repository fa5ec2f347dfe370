package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
)

// boardQuery reads a board's query parameters; the message says what is
// wrong with them.
func (s *Server) boardQuery(v url.Values, defPeriod string) (leaderboard.Query, store.Filter, string) {
	q := leaderboard.Query{Scenario: v.Get("scenario"), Period: v.Get("period")}
	if q.Scenario == "" {
		q.Scenario = leaderboard.AllScenarios
	}
	if q.Period == "" {
		q.Period = defPeriod
	}
	var f store.Filter
	if q.Scenario != leaderboard.AllScenarios {
		if s.cfg.Pack.Scenario(q.Scenario) == nil {
			return q, f, fmt.Sprintf("unknown scenario %q (want all or one of %s)", q.Scenario, strings.Join(s.scenarioIDs(), ", "))
		}
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

// board reads and ranks a board.
func (s *Server) board(r *http.Request, q leaderboard.Query, f store.Filter) (api.Board, error) {
	bests, err := s.cfg.Store.Bests(r.Context(), f)
	if err != nil {
		return api.Board{}, err
	}
	return leaderboard.Rank(bests, q), nil
}

func (s *Server) handleBoard(w http.ResponseWriter, r *http.Request) {
	q, f, msg := s.boardQuery(r.URL.Query(), leaderboard.All)
	if msg != "" {
		writeError(w, http.StatusBadRequest, "%s", msg)
		return
	}
	b, err := s.board(r, q, f)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// handleExport writes the CSV of the team whose join code is given.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("code")))
	if code == "" {
		writeError(w, http.StatusBadRequest, "missing code: export.csv?code=JOINCODE exports that team")
		return
	}
	team, err := s.cfg.Store.TeamByCode(r.Context(), code)
	if err != nil {
		if err == store.ErrNotFound {
			writeError(w, http.StatusNotFound, "no team has this join code")
			return
		}
		s.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="kalm-results.csv"`)
	if err := Export(r.Context(), s.cfg.Store, team.ID, w); err != nil {
		s.log.Error("export failed", "err", err)
	}
}
