package server

import (
	"context"
	"errors"
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

// board reads and ranks a board.
func (s *Server) board(r *http.Request, q leaderboard.Query, f store.Filter) (api.Board, error) {
	start := s.cfg.Now()
	defer func() { s.metrics.boardRead(s.cfg.Now().Sub(start)) }()
	bests, err := s.cfg.Store.Bests(r.Context(), f)
	if err != nil {
		return api.Board{}, err
	}
	return leaderboard.Rank(bests, q), nil
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
	writeJSON(w, http.StatusOK, b)
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
