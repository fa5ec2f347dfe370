// Package client is the game's side of the team leaderboard: join a team,
// send finished calls through a durable SQLite outbox that resends until
// the server has them, fetch the board, and keep the team's packs in a
// folder (PackCache). It has no Ebiten imports;
// the game calls it from its own goroutine.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
)

// Membership is what joining a team gives a player; the game keeps it in
// its settings.
type Membership struct {
	Server   string   `json:"server"` // base URL, such as http://10.0.0.5:8080
	Token    string   `json:"token"`
	PlayerID int64    `json:"player_id"`
	Name     string   `json:"name"` // the name joined under
	Team     api.Team `json:"team"`
}

// StatusError is an answer from the server other than success.
type StatusError struct {
	Status     int
	Message    string        // the server's error text
	RetryAfter time.Duration // for 429
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("server answered %d: %s", e.Status, e.Message)
}

// Permanent reports whether sending the same request again cannot help:
// a 4xx other than 401 (join again), 408 and 429.
func (e *StatusError) Permanent() bool {
	return e.Status >= 400 && e.Status < 500 && e.Status != http.StatusUnauthorized &&
		e.Status != http.StatusRequestTimeout && e.Status != http.StatusTooManyRequests
}

// Client talks to one server as one player.
type Client struct {
	m    Membership
	http *http.Client
}

// New returns a client for m using hc (http.DefaultClient when nil).
func New(m Membership, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{m: m, http: hc}
}

// Membership returns the client's membership.
func (c *Client) Membership() Membership { return c.m }

// Join joins the team with code at server under name.
func Join(ctx context.Context, hc *http.Client, server, code, name string) (Membership, error) {
	base, err := baseURL(server)
	if err != nil {
		return Membership{}, err
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	var jr api.JoinResponse
	if _, err := do(ctx, hc, http.MethodPost, base+"/api/v1/join", "", api.JoinRequest{Code: code, Name: name}, &jr); err != nil {
		return Membership{}, err
	}
	return Membership{Server: base, Token: jr.Token, PlayerID: jr.PlayerID, Name: strings.TrimSpace(name), Team: jr.Team}, nil
}

// ErrBadAddress is wrapped by the error for a server address that is not
// one.
var ErrBadAddress = errors.New("not a server address")

// baseURL checks a server address typed by a player; "host:port" means
// http://host:port.
func baseURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("%w: none given (want something like 192.168.1.20:8080)", ErrBadAddress)
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || strings.ContainsAny(u.Hostname(), " \t") {
		return "", fmt.Errorf("%w: %q (want something like 192.168.1.20:8080)", ErrBadAddress, s)
	}
	return strings.TrimRight(s, "/"), nil
}

// Submit sends one run now and returns the server's verdict. Most
// callers want Outbox.Add, which survives being offline.
func (c *Client) Submit(ctx context.Context, run api.ResultRequest) (api.ResultResponse, error) {
	var rr api.ResultResponse
	_, err := do(ctx, c.http, http.MethodPost, c.m.Server+"/api/v1/results", c.m.Token, run, &rr)
	return rr, err
}

// Revoke asks the server to make this membership's token invalid (the
// player leaves the team on this device).
func (c *Client) Revoke(ctx context.Context) error {
	_, err := do(ctx, c.http, http.MethodDelete, c.m.Server+"/api/v1/token", c.m.Token, nil, nil)
	return err
}

// BoardQuery selects a board; empty fields take the server's defaults.
type BoardQuery struct {
	Scenario string // a scenario id or "all"
	Period   string // week, month or all
	Around   bool   // centre the board on this player
	TeamOnly bool   // only this player's team
	Limit    int
}

// Board fetches a board.
func (c *Client) Board(ctx context.Context, q BoardQuery) (api.Board, error) {
	v := url.Values{}
	if q.Scenario != "" {
		v.Set("scenario", q.Scenario)
	}
	if q.Period != "" {
		v.Set("period", q.Period)
	}
	if q.Around {
		v.Set("around", strconv.FormatInt(c.m.PlayerID, 10))
	}
	if q.TeamOnly {
		v.Set("team", strconv.FormatInt(c.m.Team.ID, 10))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var b api.Board
	_, err := do(ctx, c.http, http.MethodGet, c.m.Server+"/api/v1/leaderboard?"+v.Encode(), "", nil, &b)
	return b, err
}

// Packs lists the current version of each of the team's packs.
func (c *Client) Packs(ctx context.Context) ([]api.PackInfo, error) {
	var list api.PackList
	if _, err := do(ctx, c.http, http.MethodGet, c.m.Server+"/api/v1/packs", c.m.Token, nil, &list); err != nil {
		return nil, err
	}
	return list.Packs, nil
}

// ErrPackHash is wrapped by the error for pack files that do not hash to
// the version they were fetched (or kept) as: changed on the way or on
// disk. They are not used.
var ErrPackHash = errors.New("the pack's files do not match its version")

// maxBundleAnswer caps how much of a pack download is read: the files
// (at most bundle.MaxBytes) as JSON strings, escapes included.
const maxBundleAnswer = 6*bundle.MaxBytes + 64<<10

// PackBundle downloads pack version hash and checks that its files hash
// to it (else the error wraps ErrPackHash) and are a valid bundle.
func (c *Client) PackBundle(ctx context.Context, hash string) (api.PackInfo, bundle.Bundle, error) {
	if !bundle.ValidHash(hash) {
		return api.PackInfo{}, bundle.Bundle{}, fmt.Errorf("%q is not a pack version (want 64 hex digits)", hash)
	}
	var pb api.PackBundle
	if _, err := doLimit(ctx, c.http, http.MethodGet, c.m.Server+"/api/v1/packs/"+hash, c.m.Token, nil, &pb, maxBundleAnswer); err != nil {
		return api.PackInfo{}, bundle.Bundle{}, err
	}
	b := bundle.Bundle{Files: pb.Files}
	if err := b.Check(); err != nil {
		return api.PackInfo{}, bundle.Bundle{}, fmt.Errorf("pack %s from the server: %w", bundle.Short(hash), err)
	}
	if got := b.Hash(); got != hash {
		return api.PackInfo{}, bundle.Bundle{}, fmt.Errorf("%w: asked the server for version %s, its files are version %s", ErrPackHash, bundle.Short(hash), bundle.Short(got))
	}
	pb.PackInfo.Hash = hash
	return pb.PackInfo, b, nil
}

// maxAnswer caps how much of an answer is read.
const maxAnswer = 4 << 20

// do sends a JSON request and decodes a JSON answer into out.
func do(ctx context.Context, hc *http.Client, method, u, token string, in, out any) (int, error) {
	return doLimit(ctx, hc, method, u, token, in, out, maxAnswer)
}

// doLimit is do reading at most limit bytes of the answer.
func doLimit(ctx context.Context, hc *http.Client, method, u, token string, in, out any, limit int64) (int, error) {
	var body io.Reader
	if in != nil {
		data, err := json.Marshal(in)
		if err != nil {
			return 0, err
		}
		body = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return 0, err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode >= 300 {
		se := &StatusError{Status: resp.StatusCode, Message: http.StatusText(resp.StatusCode)}
		var e api.Error
		if json.Unmarshal(data, &e) == nil && e.Error != "" {
			se.Message = e.Error
		}
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
			se.RetryAfter = time.Duration(s) * time.Second
		}
		return resp.StatusCode, se
	}
	if out == nil {
		return resp.StatusCode, nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return resp.StatusCode, fmt.Errorf("unreadable answer from the server: %w", err)
	}
	return resp.StatusCode, nil
}
