package server

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPickLang(t *testing.T) {
	for header, want := range map[string]string{
		"":                             "en",
		"nl":                           "nl",
		"nl-NL,nl;q=0.9,en;q=0.8":      "nl",
		"en-GB,en;q=0.9,nl;q=0.8":      "en",
		"de-DE,de;q=0.9,nl;q=0.7":      "nl",
		"en;q=0.5, nl-BE;q=0.9":        "nl",
		"fr":                           "en",
		"nl;q=0, en;q=0.1":             "en",
		"nl;q=bad, en":                 "en",
		"NL-be":                        "nl",
		"*":                            "en",
		"en, nl":                       "en",
		",,;;==":                       "en",
		"nl;q=0.8, en;q=0.8":           "nl",
		"de, fr;q=0.9, en-US;q=0.1, x": "en",
	} {
		assert.Equal(t, want, PickLang(header), "%q", header)
	}
}

func TestOfficePage(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.Refresh = 45 * time.Second })
	f.submit(f.join(f.codeA, "Sanne").Token, carefulRun)
	f.submit(f.join(f.codeB, "<b>Joris</b>").Token, harmfulRun)

	status, h, body := f.do(http.MethodGet, "/", "", nil, "Accept-Language", "nl-NL,nl;q=0.9")
	require.Equal(t, 200, status)
	page := string(body)
	assert.Equal(t, "nl", h.Get("Content-Language"))
	assert.Contains(t, page, `<html lang="nl">`)
	assert.Contains(t, page, "Scorebord")
	assert.Contains(t, page, "deze week")
	assert.Contains(t, page, `http-equiv="refresh" content="45"`)
	assert.Contains(t, page, "Sanne")
	assert.Contains(t, page, "Klantenservice Zuid")
	assert.Contains(t, page, "&lt;b&gt;Joris&lt;/b&gt;", "names are escaped")
	assert.NotContains(t, page, "<b>Joris")

	status, _, body = f.do(http.MethodGet, "/?scenario=fur-elise&period=all", "", nil, "Accept-Language", "en-GB")
	require.Equal(t, 200, status)
	assert.Contains(t, string(body), "Leaderboard")
	assert.Contains(t, string(body), "all time")
	assert.Contains(t, string(body), f.pack.Scenario("fur-elise").Title.Get("en"))

	status, _, body = f.do(http.MethodGet, "/?team=2&period=all", "", nil, "Accept-Language", "en")
	require.Equal(t, 200, status)
	assert.Contains(t, string(body), "Klantenservice Zuid · All scenarios")
	assert.NotContains(t, string(body), "Sanne", "another team's player")

	status, _, _ = f.do(http.MethodGet, "/?period=decade", "", nil)
	assert.Equal(t, 400, status)
	status, _, _ = f.do(http.MethodGet, "/favicon.ico", "", nil)
	assert.Equal(t, 404, status)
	status, _, _ = f.do(http.MethodPost, "/", "", nil)
	assert.Equal(t, 405, status)
}

func TestEmptyOfficePage(t *testing.T) {
	f := newFixture(t, nil)
	status, _, body := f.do(http.MethodGet, "/", "", nil, "Accept-Language", "nl")
	require.Equal(t, 200, status)
	assert.Contains(t, string(body), "Nog geen gesprekken")
}

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLimiter(2, 3, func() time.Time { return now })
	for i := range 3 {
		ok, _ := l.Allow("a")
		assert.True(t, ok, "burst %d", i)
	}
	ok, wait := l.Allow("a")
	assert.False(t, ok)
	assert.Equal(t, 500*time.Millisecond, wait)
	ok, _ = l.Allow("b")
	assert.True(t, ok, "keys are separate")
	now = now.Add(500 * time.Millisecond)
	ok, _ = l.Allow("a")
	assert.True(t, ok, "refilled one")
	now = now.Add(time.Hour)
	for range 3 {
		ok, _ = l.Allow("a")
		assert.True(t, ok, "refills up to the burst only")
	}
	ok, _ = l.Allow("a")
	assert.False(t, ok)
	off := NewLimiter(0, 0, nil)
	ok, _ = off.Allow("x")
	assert.True(t, ok, "rate 0 is off")
	var none *Limiter
	ok, _ = none.Allow("x")
	assert.True(t, ok)
}
