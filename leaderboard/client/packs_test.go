package client

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/packtest"
)

// tamperer changes pack downloads on their way when its function is set.
type tamperer struct {
	change atomic.Pointer[func(*api.PackBundle)]
}

// wrap serves h, changing the files of GET /api/v1/packs/{hash} answers.
func (tm *tamperer) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		change := tm.change.Load()
		if change == nil || !strings.HasPrefix(r.URL.Path, "/api/v1/packs/") {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		var pb api.PackBundle
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &pb) != nil {
			w.WriteHeader(rec.Code)
			w.Write(rec.Body.Bytes())
			return
		}
		(*change)(&pb)
		json.NewEncoder(w).Encode(pb)
	})
}

// packBackend is a real server with a tamperer in front and a player.
func packBackend(t *testing.T) (*backend, *tamperer, *Client) {
	t.Helper()
	b := newBackend(t)
	tm := &tamperer{}
	b.Wrap(tm.wrap)
	m, err := Join(context.Background(), nil, b.URL, code, "Sanne")
	require.NoError(t, err)
	return b, tm, New(m, nil)
}

func TestPackCacheDownloadsTheTeamsPacks(t *testing.T) {
	b, _, c := packBackend(t)
	ctx := context.Background()
	pc := NewPackCache(filepath.Join(t.TempDir(), "packs"))
	packs, err := pc.Load()
	require.NoError(t, err)
	assert.Empty(t, packs, "nothing before the first sync")
	rep, err := pc.Sync(ctx, c)
	require.NoError(t, err)
	assert.Empty(t, rep.Packs, "no team packs yet")

	dir := packtest.Write(t, "noord", "lekkage", "Leaking machine")
	v1 := b.AddPack(dir)
	zuid := b.AddPack(packtest.Write(t, "zuid", "retour", "A return"))
	rep, err = pc.Sync(ctx, c)
	require.NoError(t, err)
	assert.Len(t, rep.Packs, 2)
	assert.Len(t, rep.Downloaded, 2)
	packs, err = pc.Load()
	require.NoError(t, err)
	require.Len(t, packs, 2)
	assert.Equal(t, v1, packs[0].Info.Hash)
	assert.Equal(t, "noord", packs[0].Pack.ID)
	require.NotNil(t, packs[0].Pack.Scenario("lekkage"), "ready to play")
	assert.Equal(t, filepath.Join(pc.Dir(), v1), packs[0].Dir)
	assert.Equal(t, zuid, packs[1].Info.Hash)
	_, err = os.Stat(filepath.Join(packs[0].Dir, "scenario-pack.schema.json"))
	assert.True(t, os.IsNotExist(err), "only the files the game loads travel")

	rep, err = pc.Sync(ctx, c)
	require.NoError(t, err)
	assert.Empty(t, rep.Downloaded, "nothing changed, nothing downloaded")

	packtest.SetMood(t, dir, "lekkage", 20)
	v2 := b.AddPack(dir)
	rep, err = pc.Sync(ctx, c)
	require.NoError(t, err)
	require.Len(t, rep.Downloaded, 1)
	assert.Equal(t, v2, rep.Downloaded[0].Hash, "the changed pack")
	assert.Equal(t, 1, rep.Removed, "the old version's folder went")
	_, err = os.Stat(filepath.Join(pc.Dir(), v1))
	assert.True(t, os.IsNotExist(err))
	packs, err = pc.Load()
	require.NoError(t, err)
	require.Len(t, packs, 2)
	assert.Equal(t, v2, packs[0].Info.Hash)

	require.NoError(t, pc.Forget())
	packs, err = pc.Load()
	require.NoError(t, err)
	assert.Empty(t, packs, "a player who left the team is offered none")
	_, err = os.Stat(filepath.Join(pc.Dir(), v2))
	assert.True(t, os.IsNotExist(err))
}

// TestTamperedPacksAreRefused: files changed on the way are never
// written; files changed on this computer are not loaded and the next
// sync downloads them again.
func TestTamperedPacksAreRefused(t *testing.T) {
	b, tm, c := packBackend(t)
	ctx := context.Background()
	pc := NewPackCache(filepath.Join(t.TempDir(), "packs"))
	hash := b.AddPack(packtest.Write(t, "noord", "lekkage", "Leaking machine"))

	for _, c2 := range []struct {
		name   string
		change func(*api.PackBundle)
		kind   error
	}{
		{"a changed line", func(pb *api.PackBundle) { pb.Files["lekkage.yaml"] += "\n# weights: {blame: 100}\n" }, ErrPackHash},
		{"a file more", func(pb *api.PackBundle) { pb.Files["extra.yaml"] = "id: extra\n" }, ErrPackHash},
		{"a file outside the folder", func(pb *api.PackBundle) { pb.Files["../../evil.yaml"] = "x" }, bundle.ErrInvalid},
	} {
		t.Run(c2.name, func(t *testing.T) {
			tm.change.Store(&c2.change)
			defer tm.change.Store(nil)
			_, err := pc.Sync(ctx, c)
			require.ErrorIs(t, err, c2.kind)
			assert.Contains(t, err.Error(), "noord")
			_, err = os.Stat(filepath.Join(pc.Dir(), hash))
			assert.True(t, os.IsNotExist(err), "nothing written")
			_, err = os.Stat(filepath.Join(filepath.Dir(pc.Dir()), "evil.yaml"))
			assert.True(t, os.IsNotExist(err))
			packs, err := pc.Load()
			require.NoError(t, err)
			assert.Empty(t, packs, "the list of the last good sync stays")
		})
	}

	_, err := pc.Sync(ctx, c)
	require.NoError(t, err)
	file := filepath.Join(pc.Dir(), hash, "lekkage.yaml")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(file, bytes.Replace(data, []byte("mood: 55"), []byte("mood: 0 "), 1), 0o644))
	packs, err := pc.Load()
	require.ErrorIs(t, err, ErrPackHash)
	assert.Contains(t, err.Error(), "changed on this computer")
	assert.Empty(t, packs)
	rep, err := pc.Sync(ctx, c)
	require.NoError(t, err)
	assert.Len(t, rep.Downloaded, 1, "the damaged copy is downloaded again")
	packs, err = pc.Load()
	require.NoError(t, err)
	assert.Len(t, packs, 1)
}

func TestPackDownloadErrors(t *testing.T) {
	b, _, c := packBackend(t)
	ctx := context.Background()
	hash := b.AddPack(packtest.Write(t, "noord", "lekkage", "Leaking machine"))
	stranger := New(Membership{Server: b.URL, Token: "not-a-token"}, nil)
	for _, tc := range []struct {
		name   string
		call   func() error
		status int
		says   string
	}{
		{"list with an unknown token", func() error { _, err := stranger.Packs(ctx); return err }, 401, "unknown token"},
		{"bundle with an unknown token", func() error { _, _, err := stranger.PackBundle(ctx, hash); return err }, 401, "unknown token"},
		{"a version the server lacks", func() error { _, _, err := c.PackBundle(ctx, strings.Repeat("0", 64)); return err }, 404, "no pack version"},
		{"not a version", func() error { _, _, err := c.PackBundle(ctx, "../join"); return err }, 0, "not a pack version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.says)
			var se *StatusError
			if tc.status == 0 {
				assert.NotErrorAs(t, err, &se, "refused before asking")
				return
			}
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.status, se.Status)
		})
	}
}
