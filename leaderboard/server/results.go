package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// MaxHoldMS is the longest hold a client may report (an hour).
const MaxHoldMS = 60 * 60 * 1000

// handleResult re-plays a submitted transcript, with the pack version it
// names, and stores the server's own score. Whatever score the client
// sent is never read.
func (s *Server) handleResult(w http.ResponseWriter, r *http.Request) {
	p, _, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	// Per player, not per token: joining again brings no fresh burst.
	if ok, wait := s.submit.Allow(strconv.FormatInt(p.ID, 10)); !ok {
		tooMany(w, wait, "too many results for this player")
		return
	}
	if !s.underDailyCap(w, r, p) {
		return
	}
	var req api.ResultRequest
	if !readJSON(w, r, api.MaxBodyBytes, &req) {
		return
	}
	pl, ok := s.packFor(w, r, req.Pack)
	if !ok {
		return
	}
	if msg := checkResult(&req, pl); msg != "" {
		writeError(w, http.StatusUnprocessableEntity, "%s", msg)
		return
	}
	sc := pl.pack.Scenario(req.Scenario)
	res, err := replay(pl, sc, req.Lang, req.Replies)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, "cannot replay this transcript: %v", err)
		return
	}
	// Keep what was played: replies after the ending were never scored.
	played := req
	played.Replies = req.Replies[:len(res.Turns)]
	transcript, err := json.Marshal(played)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	row := &store.Result{PlayerID: p.ID, TeamID: p.TeamID, Scenario: sc.ID, Lang: req.Lang, Score: res.Score,
		Outcome: string(res.Outcome), Turns: len(res.Turns), At: s.cfg.Now(), Transcript: transcript, RunID: req.RunID,
		Scorer: scoring.Version, Pack: pl.hash}
	status := http.StatusCreated
	err = s.cfg.Store.AddResult(r.Context(), row)
	if errors.Is(err, store.ErrExists) {
		if !bytes.Equal(row.Transcript, transcript) {
			writeError(w, http.StatusConflict, "run_id %q was already sent with other replies (a run id names one call)", req.RunID)
			return
		}
		// A resent run: answer with what was stored the first time.
		status = http.StatusOK
		res.Score, res.Outcome = row.Score, engine.Outcome(row.Outcome)
	} else if err != nil {
		s.internal(w, r, err)
		return
	} else {
		s.metrics.submitted()
	}
	writeJSON(w, status, api.ResultResponse{ID: row.ID, PlayerID: p.ID, At: row.At.UTC(), RunID: req.RunID,
		Duplicate: status == http.StatusOK, Scorer: row.Scorer, Result: wireResult(res)})
}

// underDailyCap answers 429 and false when the player, or their team,
// has stored its most results today (UTC); Retry-After is midnight.
func (s *Server) underDailyCap(w http.ResponseWriter, r *http.Request, p store.Player) bool {
	now := s.cfg.Now().UTC()
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	caps := []struct {
		max   int
		count func() (int, error)
		who   string
	}{
		{s.cfg.MaxDaily, func() (int, error) { return s.cfg.Store.CountResults(r.Context(), p.ID, day) }, "from one player"},
		{s.cfg.MaxDailyTeam, func() (int, error) { return s.cfg.Store.CountTeamResults(r.Context(), p.TeamID, day) }, "from one team"},
	}
	for _, c := range caps {
		if c.max <= 0 {
			continue
		}
		n, err := c.count()
		if err != nil {
			s.internal(w, r, err)
			return false
		}
		if n >= c.max {
			tooMany(w, day.Add(24*time.Hour).Sub(now), fmt.Sprintf("%d calls today: the most this server keeps %s a day", n, c.who))
			return false
		}
	}
	return true
}

// authenticate finds the player of the request's bearer token, answering
// 401 itself when there is none.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) (store.Player, string, bool) {
	h := r.Header.Get("Authorization")
	token, found := strings.CutPrefix(h, "Bearer ")
	token = strings.TrimSpace(token)
	if !found || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kalm"`)
		writeError(w, http.StatusUnauthorized, "missing token: send Authorization: Bearer TOKEN (from POST /api/v1/join)")
		return store.Player{}, "", false
	}
	p, err := s.cfg.Store.PlayerByToken(r.Context(), leaderboard.HashToken(token))
	if errors.Is(err, store.ErrNotFound) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kalm", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "unknown token: join the team again")
		return store.Player{}, "", false
	}
	if err != nil {
		s.internal(w, r, err)
		return store.Player{}, "", false
	}
	noteInfo(r).playerID = p.ID
	return p, token, true
}

// packFor finds the pack version a run names ("" for the server's own),
// answering 422 itself for a version the server never stored or cannot
// load.
func (s *Server) packFor(w http.ResponseWriter, r *http.Request, hash string) (*playable, bool) {
	if hash != "" && !bundle.ValidHash(hash) {
		writeError(w, http.StatusUnprocessableEntity, "pack %q is not a pack version (want the 64-digit hash GET /api/v1/packs lists, or none for the server's own pack)", clip(hash, 80))
		return nil, false
	}
	pl, err := s.packs.get(r.Context(), hash)
	var unknown *UnknownPackError
	var broken *BrokenPackError
	switch {
	case errors.As(err, &unknown) || errors.As(err, &broken):
		writeError(w, http.StatusUnprocessableEntity, "%v", err)
		return nil, false
	case err != nil:
		s.internal(w, r, err)
		return nil, false
	}
	return pl, true
}

// replay plays a submitted transcript on sc of pl. The server owns the
// call: the scenario's own hold sets the starting anger, whatever
// hold_ms a client reports.
func replay(pl *playable, sc *scenarios.Scenario, lang string, rs []api.Reply) (engine.Result, error) {
	replies := make([]engine.Reply, len(rs))
	for i, rp := range rs {
		replies[i] = engine.Reply{Text: rp.Text, ElapsedMS: rp.ElapsedMS}
	}
	return engine.Replay(sc, lang, replies, engine.Options{Scorer: pl.scorers[sc.ID], Phrases: pl.phrases[phraseKey{sc.ID, lang}]})
}

// checkResult says what makes a submission unplayable with pl, or "".
func checkResult(req *api.ResultRequest, pl *playable) string {
	sc := pl.pack.Scenario(req.Scenario)
	switch {
	case req.Scenario == "":
		return "scenario is missing"
	case sc == nil:
		return fmt.Sprintf("unknown scenario %q (%s)", req.Scenario, scenarioList(pl))
	case !sc.HasLang(req.Lang):
		return fmt.Sprintf("scenario %s is not played in %q (it has %s)", sc.ID, req.Lang, strings.Join(sc.Languages(), ", "))
	case len(req.Replies) == 0:
		return "replies is empty (a finished call has at least one reply)"
	case len(req.Replies) > api.MaxReplies:
		return fmt.Sprintf("%d replies (at most %d)", len(req.Replies), api.MaxReplies)
	case len(req.RunID) > api.MaxRunIDBytes:
		return fmt.Sprintf("run_id has %d bytes (at most %d)", len(req.RunID), api.MaxRunIDBytes)
	case req.HoldMS != nil && (*req.HoldMS < 0 || *req.HoldMS > MaxHoldMS):
		return fmt.Sprintf("hold_ms %d is out of range (0 to %d)", *req.HoldMS, MaxHoldMS)
	}
	for i, rp := range req.Replies {
		if n := utf8.RuneCountInString(rp.Text); n > api.MaxReplyChars {
			return fmt.Sprintf("reply %d has %d characters (at most %d)", i+1, n, api.MaxReplyChars)
		}
		if scoring.TooLong(rp.Text) {
			return fmt.Sprintf("reply %d has %d bytes (the scorer reads at most %d)", i+1, len(rp.Text), scoring.MaxReplyBytes)
		}
		if !utf8.ValidString(rp.Text) {
			return fmt.Sprintf("reply %d is not valid UTF-8", i+1)
		}
		if rp.ElapsedMS < 0 {
			return fmt.Sprintf("reply %d has a negative elapsed_ms", i+1)
		}
	}
	return ""
}

// clip shortens s to at most n bytes (on a rune boundary) for a message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
