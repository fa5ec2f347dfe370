package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/store/storetest"
)

// call sends one request to the server and returns status, header, body.
func call(t *testing.T, method, url, token, body string, header ...string) (int, http.Header, []byte) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, r)
	require.NoError(t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header, data
}

func jsonBody(t *testing.T, v any) string {
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return string(data)
}

// Our own runs of fur-elise (Dutch): a careful one and a harmful one.
var (
	careful = api.ResultRequest{Scenario: "fur-elise", Lang: "nl", Replies: []api.Reply{
		{Text: "Wat vervelend dat u zo lang met dat muziekje in de wacht stond, en dan ook nog een ochtend zonder internet. Het spijt me.", ElapsedMS: 25000},
		{Text: "Welke lampjes ziet u nu op het modem branden, en heeft u het al uit- en aangezet?", ElapsedMS: 22000},
		{Text: "Samengevat: sinds vanochtend geen verbinding, u werkt thuis en er liggen mails die vandaag weg moeten.", ElapsedMS: 26000},
		{Text: "Ik laat nu een monteur uw lijn controleren en ik bel u vanmiddag om drie uur terug met de uitslag. Past dat?", ElapsedMS: 28000},
	}}
	harmful = api.ResultRequest{Scenario: "fur-elise", Lang: "nl", Replies: []api.Reply{
		{Text: "Volgens uw abonnement mogen wij er 24 uur over doen, dus dit is gewoon normaal.", ElapsedMS: 15000},
		{Text: "Had eerst even op onze site gekeken, daar staan alle storingen.", ElapsedMS: 15000},
	}}
)

func decodeError(t *testing.T, body []byte) string {
	t.Helper()
	var e api.Error
	require.NoError(t, json.Unmarshal(body, &e), "error bodies are JSON: %s", body)
	require.NotEmpty(t, e.Error)
	return e.Error
}

// TestServeEndToEnd starts the real binary on SQLite and walks through
// every status code of the API, the forged score, the page and the CSV.
func TestServeEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	codeA := addTeam(t, "Servicedesk", "--db", db)
	codeB := addTeam(t, "Facturen", "--db", db)
	assert.Regexp(t, `^[A-Z2-9]{5}-[A-Z2-9]{5}$`, codeA)
	p := serve(t, "--db", db, "--burst", "3", "--rate", "6")
	u := p.url

	// join: 201, 404, 400, 405
	status, _, body := call(t, "POST", u+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: codeA, Name: "Sanne"}))
	require.Equal(t, 201, status, string(body))
	var sanne api.JoinResponse
	require.NoError(t, json.Unmarshal(body, &sanne))
	assert.Equal(t, "Servicedesk", sanne.Team.Name)
	status, _, body = call(t, "POST", u+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: "ZZZZZ-ZZZZZ", Name: "Sanne"}))
	assert.Equal(t, 404, status)
	decodeError(t, body)
	status, _, body = call(t, "POST", u+"/api/v1/join", "", `{"code": "`)
	assert.Equal(t, 400, status)
	decodeError(t, body)
	status, _, body = call(t, "DELETE", u+"/api/v1/join", "", "")
	assert.Equal(t, 405, status)
	decodeError(t, body)
	status, _, body = call(t, "POST", u+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: codeB, Name: "Joris"}))
	require.Equal(t, 201, status)
	var joris api.JoinResponse
	require.NoError(t, json.Unmarshal(body, &joris))

	// results: 201 with the server's own score
	status, _, body = call(t, "POST", u+"/api/v1/results", sanne.Token, jsonBody(t, careful))
	require.Equal(t, 201, status, string(body))
	var good api.ResultResponse
	require.NoError(t, json.Unmarshal(body, &good))
	assert.Len(t, good.Turns, 4)
	assert.NotEmpty(t, good.Outcome)

	// the forged case: the same harmful run, once honest, once claiming
	// a top score and a resolved call
	forged := map[string]any{"scenario": "fur-elise", "lang": "nl", "replies": harmful.Replies,
		"score": 5000, "outcome": "resolved", "bonus": 50}
	status, _, body = call(t, "POST", u+"/api/v1/results", joris.Token, jsonBody(t, harmful))
	require.Equal(t, 201, status, string(body))
	var honest api.ResultResponse
	require.NoError(t, json.Unmarshal(body, &honest))
	status, _, body = call(t, "POST", u+"/api/v1/results", joris.Token, jsonBody(t, forged))
	require.Equal(t, 201, status, string(body))
	var liar api.ResultResponse
	require.NoError(t, json.Unmarshal(body, &liar))
	assert.Equal(t, honest.Score, liar.Score, "the claimed 5000 is ignored")
	assert.Equal(t, honest.Outcome, liar.Outcome)
	assert.NotEqual(t, 5000, liar.Score)
	assert.Greater(t, good.Score, liar.Score, "the careful run beats the harmful one")

	// results errors: 401, 413, 422, 400 (each from a new player, as the
	// rate limit counts refused requests too)
	fresh := func(name string) string {
		status, _, body := call(t, "POST", u+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: codeA, Name: name}))
		require.Equal(t, 201, status, string(body))
		var jr api.JoinResponse
		require.NoError(t, json.Unmarshal(body, &jr))
		return jr.Token
	}
	for i, c := range []struct {
		name, token, body string
		status            int
	}{
		{"no token", "", jsonBody(t, careful), 401},
		{"wrong token", "made-up-token", jsonBody(t, careful), 401},
		{"over 256 KiB", sanne.Token, `{"scenario":"` + strings.Repeat("a", 300<<10) + `"}`, 413},
		{"51 replies", sanne.Token, jsonBody(t, withReplies(51, "Prima.")), 422},
		{"reply over 2000 characters", sanne.Token, jsonBody(t, withReplies(1, strings.Repeat("ja ", 667)+"ja")), 422},
		{"unknown scenario", sanne.Token, `{"scenario":"nope","lang":"nl","replies":[{"text":"Hallo","elapsed_ms":1}]}`, 422},
		{"malformed", sanne.Token, `{"scenario":"fur-elise",`, 400},
	} {
		token := c.token
		if token == sanne.Token {
			token = fresh("Tester " + strconv.Itoa(i))
		}
		status, _, body := call(t, "POST", u+"/api/v1/results", token, c.body)
		assert.Equal(t, c.status, status, "%s: %s", c.name, body)
		decodeError(t, body)
	}

	// 429: Joris has used 2 of his burst of 3
	status, _, _ = call(t, "POST", u+"/api/v1/results", joris.Token, jsonBody(t, harmful))
	require.Equal(t, 201, status)
	status, h, body := call(t, "POST", u+"/api/v1/results", joris.Token, jsonBody(t, harmful))
	assert.Equal(t, 429, status)
	secs, err := strconv.Atoi(h.Get("Retry-After"))
	require.NoError(t, err, "Retry-After is whole seconds")
	assert.InDelta(t, 10, secs, 1)
	decodeError(t, body)

	// the board
	status, _, body = call(t, "GET", u+"/api/v1/leaderboard?scenario=fur-elise&period=week&around="+strconv.FormatInt(joris.PlayerID, 10), "", "")
	require.Equal(t, 200, status, string(body))
	var board api.Board
	require.NoError(t, json.Unmarshal(body, &board))
	require.Len(t, board.Entries, 2)
	assert.Equal(t, "Sanne", board.Entries[0].Name)
	assert.Equal(t, good.Score, board.Entries[0].Score)
	require.NotNil(t, board.You)
	assert.Equal(t, 2, board.You.Rank)
	assert.Len(t, board.Teams, 2)
	status, _, body = call(t, "GET", u+"/api/v1/leaderboard?period=fortnight", "", "")
	assert.Equal(t, 400, status)
	decodeError(t, body)

	// the page, in both languages
	status, h, body = call(t, "GET", u+"/", "", "", "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5")
	require.Equal(t, 200, status)
	assert.Equal(t, "nl", h.Get("Content-Language"))
	assert.Contains(t, string(body), "Scorebord")
	assert.Contains(t, string(body), "Sanne")
	status, _, body = call(t, "GET", u+"/", "", "", "Accept-Language", "en-US")
	require.Equal(t, 200, status)
	assert.Contains(t, string(body), "Leaderboard")

	// the CSV over HTTP and from the command line
	status, _, body = call(t, "GET", u+"/api/v1/export.csv?code="+codeB, "", "")
	require.Equal(t, 401, status, "a join code in the URL exports nothing")
	assert.Contains(t, decodeError(t, body), "team lead token")
	rc, out, errs := cli(t, "lead", "token", "--team", "Facturen", "--db", db)
	require.Equal(t, 0, rc, errs)
	lead := strings.Fields(strings.TrimSpace(out[strings.LastIndex(out, "Token:"):]))[1]
	status, _, body = call(t, "GET", u+"/api/v1/export.csv", lead, "")
	require.Equal(t, 200, status, string(body))
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, []string{"Facturen", "Joris", "fur-elise", "3"}, rows[1][:4])
	assert.Equal(t, strconv.Itoa(honest.Score), rows[1][4], "first score")
	code, out, errs := cli(t, "export", "--db", db)
	require.Equal(t, 0, code, errs)
	rows, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 3, "both teams")

	assert.Equal(t, 0, p.stop(t), "SIGTERM stops the server cleanly")
}

func withReplies(n int, text string) api.ResultRequest {
	r := api.ResultRequest{Scenario: "fur-elise", Lang: "nl"}
	for range n {
		r.Replies = append(r.Replies, api.Reply{Text: text, ElapsedMS: 20000})
	}
	return r
}

// TestServeEndToEndPostgres runs the binary on PostgreSQL.
func TestServeEndToEndPostgres(t *testing.T) {
	url := storetest.PostgresURL(t)
	code := addTeam(t, "Servicedesk", "--postgres", url)
	p := serve(t, "--postgres", url)
	status, _, body := call(t, "POST", p.url+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: code, Name: "Sanne"}))
	require.Equal(t, 201, status, string(body))
	var sanne api.JoinResponse
	require.NoError(t, json.Unmarshal(body, &sanne))
	status, _, body = call(t, "POST", p.url+"/api/v1/results", sanne.Token, jsonBody(t, careful))
	require.Equal(t, 201, status, string(body))
	var res api.ResultResponse
	require.NoError(t, json.Unmarshal(body, &res))
	status, _, body = call(t, "GET", p.url+"/api/v1/leaderboard?scenario=all&period=month", "", "")
	require.Equal(t, 200, status)
	var board api.Board
	require.NoError(t, json.Unmarshal(body, &board))
	require.Len(t, board.Entries, 1)
	assert.Equal(t, res.Score, board.Entries[0].Score)
	assert.Equal(t, 0, p.stop(t))
	// the data outlives the server
	p = serve(t, "--postgres", url)
	status, _, body = call(t, "GET", p.url+"/api/v1/leaderboard", "", "")
	require.Equal(t, 200, status)
	require.NoError(t, json.Unmarshal(body, &board))
	assert.Len(t, board.Entries, 1)
}

func TestCommandLineErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kalm.db")
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{nil, 2, "team add NAME"},
		{[]string{"launch"}, 2, "unknown command"},
		{[]string{"team"}, 2, "team add NAME"},
		{[]string{"team", "add"}, 2, "one team name"},
		{[]string{"team", "rename", "x"}, 2, "unknown action"},
		{[]string{"team", "add", "X", "--db", db, "--postgres", "postgres://x"}, 1, "not both"},
		{[]string{"serve", "--bogus"}, 2, "flag provided but not defined"},
		{[]string{"serve", "--db", db, "--pack", filepath.Join(t.TempDir(), "missing")}, 1, "pack"},
		{[]string{"serve", "--db", db, "--addr", "256.1.1.1:99999"}, 1, "cannot listen"},
		{[]string{"export", "--db", db, "--team", "Nobody"}, 1, "no team called"},
	} {
		code, out, errs := cli(t, c.args...)
		assert.Equal(t, c.code, code, "%v: %s %s", c.args, out, errs)
		assert.Contains(t, out+errs, c.says, "%v", c.args)
	}
	addTeam(t, "Servicedesk", "--db", db)
	code, _, errs := cli(t, "team", "add", "Servicedesk", "--db", db)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "exists already")
	code, out, _ := cli(t, "team", "list", "--db", db)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Servicedesk")
}
