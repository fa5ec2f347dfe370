package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"kalm/leaderboard"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

// FuzzResultBody sends arbitrary bodies to POST /api/v1/results: the
// server answers with one of the documented statuses and never panics.
func FuzzResultBody(f *testing.F) {
	for _, seed := range []string{
		`{"scenario":"fur-elise","lang":"nl","replies":[{"text":"Het spijt me.","elapsed_ms":20000}]}`,
		`{"scenario":"fur-elise","lang":"en","replies":[{"text":"","elapsed_ms":-1}],"score":99}`,
		`{"scenario":"fur-elise","lang":"en","replies":[],"hold_ms":-3}`,
		`{"scenario":"x"}`, `[]`, `null`, `{`, ``, `{"replies":[{"text":5}]}`,
	} {
		f.Add([]byte(seed))
	}
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(f.TempDir(), "fuzz.db"), false)
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	pack, err := scenarios.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	team, _ := st.AddTeam(ctx, "T", "FUZZ", time.Now())
	token, hash, _ := leaderboard.NewToken(rand.Reader)
	if _, err := st.Join(ctx, team.ID, "Fuzzer", hash, time.Now()); err != nil {
		f.Fatal(err)
	}
	s, err := New(Config{Store: st, Pack: pack, Now: time.Now, Rand: rand.Reader})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/results", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case 200, 201, 400, 413, 422:
		default:
			t.Fatalf("status %d for %q: %s", w.Code, body, w.Body)
		}
		if w.Code >= 400 && !bytes.HasPrefix(w.Body.Bytes(), []byte(`{"error":`)) {
			t.Fatalf("error body is not JSON: %s", w.Body)
		}
	})
}

// FuzzPickLang: any header gives nl or en.
func FuzzPickLang(f *testing.F) {
	for _, s := range []string{"nl-NL,nl;q=0.9", "en;q=0.5,nl", "", ";q=", "nl;q=NaN", "en;q=1e309"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		if l := PickLang(header); l != "nl" && l != "en" {
			t.Fatalf("PickLang(%q) = %q", header, l)
		}
	})
}
