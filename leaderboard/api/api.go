// Package api holds the JSON types of the leaderboard server's HTTP API
// (version 1, under /api/v1), shared by the server and the game's client.
package api

import (
	"time"
)

// Limits of a submitted run.
const (
	MaxBodyBytes  = 256 << 10 // larger request bodies get 413
	MaxReplies    = 50        // more replies get 422
	MaxReplyChars = 2000      // a longer reply (in characters) gets 422
)

// JoinRequest joins a team with its join code under a display name.
type JoinRequest struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// JoinResponse is the player's bearer token and identity.
type JoinResponse struct {
	Token    string `json:"token"`
	PlayerID int64  `json:"player_id"`
	Team     Team   `json:"team"`
}

// Team names a team.
type Team struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Reply is one reply of a transcript and the milliseconds it took,
// counted from the moment the customer started talking.
type Reply struct {
	Text      string `json:"text"`
	ElapsedMS int    `json:"elapsed_ms"`
}

// ResultRequest submits a finished call. The server re-plays the replies
// itself; a score or outcome in the body is ignored.
type ResultRequest struct {
	Scenario string  `json:"scenario"`
	Lang     string  `json:"lang"`
	Replies  []Reply `json:"replies"`
	// HoldMS is how long the player waited on hold. The server checks
	// its range but scores with the scenario's own hold: a client does
	// not set the customer's starting anger.
	HoldMS *int `json:"hold_ms,omitempty"`
	// RunID is the client's own id for the run (at most MaxRunIDBytes).
	// A run sent again with the same id is stored once: the answer is
	// 200 with the first copy's id instead of 201.
	RunID string `json:"run_id,omitempty"`
	// Pack is the version (content hash, see PackInfo.Hash) of the team
	// pack the scenario was played from; empty for the server's own pack
	// (the built-in one unless it was started with --pack). The server
	// re-plays the run with exactly that version.
	Pack string `json:"pack,omitempty"`
}

// MaxRunIDBytes is the longest run id.
const MaxRunIDBytes = 64

// Error is the body of every error response.
type Error struct {
	Error string `json:"error"`
}

// Entry is one player's line on a board.
type Entry struct {
	Rank      int       `json:"rank"`
	PlayerID  int64     `json:"player_id"`
	Name      string    `json:"name"`
	TeamID    int64     `json:"team_id"`
	Team      string    `json:"team"`
	Score     int       `json:"score"`
	Scenarios int       `json:"scenarios"` // scenarios counted in Score
	At        time.Time `json:"at"`        // when Score was reached
}

// TeamTotal is a team's sum of its players' board scores.
type TeamTotal struct {
	Rank    int    `json:"rank"`
	TeamID  int64  `json:"team_id"`
	Team    string `json:"team"`
	Total   int    `json:"total"`
	Players int    `json:"players"`
}

// Board is a leaderboard: the players in rank order (a window of them)
// and the team totals.
type Board struct {
	Scenario string      `json:"scenario"` // a scenario id or "all"
	Period   string      `json:"period"`   // week, month or all
	Since    *time.Time  `json:"since,omitempty"`
	Players  int         `json:"players"` // ranked players in total
	Entries  []Entry     `json:"entries"`
	Teams    []TeamTotal `json:"teams"`
	// You is the requested player's entry (around=PLAYER), if ranked.
	You *Entry `json:"you,omitempty"`
}

// ResultResponse is the server's own verdict on a submitted run (score,
// outcome, turns...) and where it was stored.
type ResultResponse struct {
	ID       int64     `json:"id"`
	PlayerID int64     `json:"player_id"`
	At       time.Time `json:"at"`
	RunID    string    `json:"run_id,omitempty"`
	// Duplicate is true when the run id was seen before and nothing new
	// was stored.
	Duplicate bool `json:"duplicate,omitempty"`
	// Scorer is the version of the scorer that judged the run (see
	// scoring.Version); a resent run reports the one stored first.
	Scorer string `json:"scorer,omitempty"`
	Result
}

// PackInfo describes one version of a team pack a server hands out.
type PackInfo struct {
	ID string `json:"id"` // the pack's id (pack.yaml)
	// Hash is the version: the SHA-256 of the pack's files (package
	// kalm/leaderboard/bundle), in lower-case hex.
	Hash    string `json:"hash"`
	Version string `json:"version"` // what pack.yaml calls its version
	// Title is the pack's title by language ("nl", "en").
	Title     map[string]string `json:"title"`
	Scenarios []PackScenario    `json:"scenarios"`
	Added     time.Time         `json:"added"`
}

// PackScenario is a scenario of a pack: its id and title by language.
type PackScenario struct {
	ID    string            `json:"id"`
	Title map[string]string `json:"title"`
}

// PackList is the answer to GET /api/v1/packs: the current version of
// each team pack (the built-in pack is not listed: every game has it).
type PackList struct {
	Packs []PackInfo `json:"packs"`
}

// PackBundle is the answer to GET /api/v1/packs/{hash}: a pack version
// with its files by name. A client checks that the files hash to Hash.
type PackBundle struct {
	PackInfo
	Files map[string]string `json:"files"`
}
