package main

import (
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
)

// chromium finds the headless browser, or skips saying how to get it.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium is not installed: `make test` installs it (scripts/deps.sh, Debian package chromium)")
	return ""
}

// browse runs headless Chromium on url with the extra flags and returns
// its standard output.
func browse(t *testing.T, bin, url string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	out, err := cmd.Output()
	require.NoError(t, err, "chromium %v", extra)
	return string(out)
}

// TestOfficePageInChromium renders the office page in headless Chromium:
// the Dutch DOM it builds, and a screenshot that shows a board.
func TestOfficePageInChromium(t *testing.T) {
	bin := chromium(t)
	db := filepath.Join(t.TempDir(), "kalm.db")
	codeA := addTeam(t, "Servicedesk", "--db", db)
	codeB := addTeam(t, "Facturen", "--db", db)
	p := serve(t, "--db", db, "--refresh", "20s")
	for i, who := range []struct{ code, name string }{
		{codeA, "Sanne de Vries"}, {codeB, "Joris Bakker"}, {codeA, "Ahmed El Amrani"}, {codeB, "Fleur Jansen"},
	} {
		status, _, body := call(t, "POST", p.url+"/api/v1/join", "", jsonBody(t, api.JoinRequest{Code: who.code, Name: who.name}))
		require.Equal(t, 201, status, string(body))
		var jr api.JoinResponse
		require.NoError(t, json.Unmarshal(body, &jr))
		run := careful
		if i%2 == 1 {
			run = harmful
		}
		status, _, body = call(t, "POST", p.url+"/api/v1/results", jr.Token, jsonBody(t, run))
		require.Equal(t, 201, status, string(body))
	}

	dom := browse(t, bin, p.url+"/", "--lang=nl-NL", "--accept-lang=nl-NL,nl", "--dump-dom")
	assert.Contains(t, dom, `lang="nl"`)
	assert.Contains(t, dom, "Scorebord")
	assert.Contains(t, dom, "Sanne de Vries")
	assert.Contains(t, dom, `content="20"`, "it refreshes itself")
	dom = browse(t, bin, p.url+"/", "--lang=en-US", "--accept-lang=en-US,en", "--dump-dom")
	assert.Contains(t, dom, "Leaderboard")

	shot := filepath.Join(t.TempDir(), "office.png")
	browse(t, bin, p.url+"/", "--lang=nl-NL", "--accept-lang=nl-NL,nl", "--window-size=1600,900", "--screenshot="+shot)
	f, err := os.Open(shot)
	require.NoError(t, err, "chromium wrote no screenshot")
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, image.Rect(0, 0, 1600, 900), img.Bounds())
	// The dark background fills the corner; light text covers a fair
	// part of the page, large enough to read across the room.
	r, g, b, _ := img.At(3, 3).RGBA()
	assert.InDelta(t, 0x12, r>>8, 6)
	assert.InDelta(t, 0x20, g>>8, 6)
	assert.InDelta(t, 0x2b, b>>8, 6)
	light := 0
	for y := 0; y < 900; y += 2 {
		for x := 0; x < 1600; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			if (r>>8)+(g>>8)+(b>>8) > 3*150 {
				light++
			}
		}
	}
	edge := 0
	for y := 0; y < 900; y++ {
		for x := 1600 - 40; x < 1600; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if (r>>8)+(g>>8)+(b>>8) > 3*150 {
				edge++
			}
		}
	}
	assert.Zero(t, edge, "nothing runs off the right edge")
	share := float64(light) / float64(800*450)
	assert.Greater(t, share, 0.02, "text is visible")
	assert.Less(t, share, 0.5, "the page is not blank white")
	if dir := os.Getenv("KALM_SCREENSHOT_DIR"); dir != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(filepath.Join(dir, "office-page.png"), data, 0o644)
	}
}
