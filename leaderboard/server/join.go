package server

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/leaderboard/store"
)

// MaxNameChars is the longest player name.
const MaxNameChars = 40

func (s *Server) handleJoin(w http.ResponseWriter, r *http.Request) {
	if ok, wait := s.join.Allow(s.clientAddr(r)); !ok {
		tooMany(w, wait, "too many joins from your address")
		return
	}
	var req api.JoinRequest
	if !readJSON(w, r, 4<<10, &req) {
		return
	}
	name := strings.TrimSpace(req.Name)
	if msg := checkName(name); msg != "" {
		writeError(w, http.StatusUnprocessableEntity, "%s", msg)
		return
	}
	team, err := s.cfg.Store.TeamByCode(r.Context(), strings.ToUpper(strings.TrimSpace(req.Code)))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no team has this join code; ask your team lead for it")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	token, hash, err := leaderboard.NewToken(s.cfg.Rand)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	p, err := s.cfg.Store.Join(r.Context(), team.ID, name, hash, s.cfg.Now())
	if errors.Is(err, store.ErrNameTaken) {
		writeError(w, http.StatusConflict, "that name is taken: ask your team lead (a new device: kalm-server player reset; else pick another name)")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.log.Info("joined", "team", team.Name, "player", p.Name, "player_id", p.ID)
	writeJSON(w, http.StatusCreated, api.JoinResponse{Token: token, PlayerID: p.ID, Team: api.Team{ID: team.ID, Name: team.Name}})
}

// checkName says what is wrong with a player name, or "".
func checkName(name string) string {
	if name == "" {
		return "name is empty (want the name your colleagues know you by)"
	}
	if n := utf8.RuneCountInString(name); n > MaxNameChars {
		return "name has " + strconv.Itoa(n) + " characters (at most " + strconv.Itoa(MaxNameChars) + ")"
	}
	for _, c := range name {
		if !unicode.IsPrint(c) {
			return "name has a control character"
		}
	}
	return ""
}

// readJSON reads a JSON body of at most limit bytes into v, answering
// 413 or 400 itself when it cannot.
func readJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) bool {
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, "request body is %d bytes (at most %d)", r.ContentLength, limit)
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value")
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "request body is larger than %d bytes", limit)
		return false
	case err != nil:
		writeError(w, http.StatusBadRequest, "malformed JSON body: %v", err)
		return false
	}
	return true
}

// tooMany answers 429 with a Retry-After in whole seconds.
func tooMany(w http.ResponseWriter, wait time.Duration, msg string) {
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeError(w, http.StatusTooManyRequests, "%s; try again in %d s", msg, secs)
}

// handleLeave revokes the request's own token: a player leaving a team on
// one device (kalm team leave) leaves no working token behind.
func (s *Server) handleLeave(w http.ResponseWriter, r *http.Request) {
	_, token, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	if err := s.cfg.Store.RevokeToken(r.Context(), leaderboard.HashToken(token)); err != nil && !errors.Is(err, store.ErrNotFound) {
		s.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
