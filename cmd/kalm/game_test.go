package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game"
	"kalm/game/flow"
	"kalm/internal/cliflag"
	"kalm/scenarios/engine"
)

func gameOpts(t *testing.T, args ...string) (int, string, func() (*flow.App, flow.Screen), string) {
	t.Helper()
	var errb bytes.Buffer
	args = append(args, "--home", t.TempDir())
	e := env{args: args, stderr: &errb, stdout: &errb}
	fs, g := gameFlagSet(e)
	_, err := cliflag.Parse(fs, args)
	require.NoError(t, err)
	opt, done, code := gameOptions(e, g)
	t.Cleanup(done)
	start := func() (*flow.App, flow.Screen) {
		a, s := flow.New(opt.Flow)
		if opt.Start != nil {
			s = opt.Start(a)
		}
		return a, s
	}
	return code, errb.String(), start, opt.Screenshot
}

func TestGameFlagsUsageErrors(t *testing.T) {
	dir := t.TempDir()
	results := filepath.Join(dir, "r.json")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "fr"}, "--lang must be nl or en"},
		{[]string{"--size", "huge"}, "--size must be WxH"},
		{[]string{"--size", "10x10"}, "--size must be WxH"},
		{[]string{"--scenario", "nope", "--results", results}, `no scenario "nope"`},
		{[]string{"--screen", "lobby", "--results", results}, "unknown screen"},
	}
	for _, tc := range tests {
		code, stderr, _, _ := gameOpts(t, tc.args...)
		assert.Equal(t, exitUsage, code, "%v", tc.args)
		assert.Contains(t, stderr, tc.want, "%v", tc.args)
	}
}

func TestGameUnknownCommandAndHelp(t *testing.T) {
	code, _, stderr := runCmd(t, "", "--lang", "en", "extra")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown command "extra"`)
	code, _, stderr = runCmd(t, "", "--nope")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "flag provided but not defined")
}

func TestGameStartsAtTheScenarioAndWritesResults(t *testing.T) {
	dir := t.TempDir()
	res := filepath.Join(dir, "run.json")
	code, stderr, start, _ := gameOpts(t, "--scenario", "fur-elise", "--lang", "en", "--result", res, "--results", filepath.Join(dir, "best.json"))
	require.Equal(t, exitOK, code, stderr)
	a, s := start()
	h, ok := s.(*flow.Hold)
	require.True(t, ok, "--scenario starts at the hold")
	s = flow.Step(a, h, flow.Input{Presses: []flow.Press{{Key: flow.KeyEnter}}})
	s = flow.Step(a, s, flow.Input{Runes: []rune("I'm sorry")})
	flow.Step(a, s, flow.Input{Presses: []flow.Press{{Key: flow.KeyEnter}}})
	var data []byte
	require.Eventually(t, func() bool { // written by the background worker
		var err error
		data, err = os.ReadFile(res)
		return err == nil && len(data) > 0
	}, 10*time.Second, 10*time.Millisecond, "--result is written after the reply")
	var r engine.Result
	require.NoError(t, json.Unmarshal(data, &r))
	require.Len(t, r.Turns, 1)
	assert.Equal(t, "I'm sorry", r.Turns[0].Reply)
}

func TestGameShowsABrokenPack(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(pack, []byte(brokenScenario), 0o644))
	code, _, start, _ := gameOpts(t, "--pack", pack, "--results", filepath.Join(dir, "r.json"))
	require.Equal(t, exitOK, code)
	_, s := start()
	b, ok := s.(*flow.Broken)
	require.True(t, ok)
	assert.NotEmpty(t, b.Problems)
}

func TestGameScreenshotDefaultsToTheCall(t *testing.T) {
	code, _, start, shot := gameOpts(t, "--screenshot", "x.png", "--lang", "en")
	require.Equal(t, exitOK, code)
	assert.Equal(t, "x.png", shot)
	_, s := start()
	assert.IsType(t, &flow.Call{}, s)
}

func TestGameDamagedResultsFileIsAnError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "r.json")
	require.NoError(t, os.WriteFile(bad, []byte("{"), 0o644))
	code, stderr, _, _ := gameOpts(t, "--results", bad)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stderr, "damaged")
}

func TestGameRestartedAfterASoundFailurePlaysMuted(t *testing.T) {
	t.Setenv(noSoundEnv, "1")
	var errb bytes.Buffer
	e := env{stderr: &errb, stdout: &errb}
	fs, g := gameFlagSet(e)
	_, err := cliflag.Parse(fs, []string{"--home", t.TempDir()})
	require.NoError(t, err)
	g.noDevice = os.Getenv(noSoundEnv) != ""
	opt, done, code := gameOptions(e, g)
	t.Cleanup(done)
	require.Equal(t, exitOK, code)
	assert.False(t, opt.Sound)
	assert.True(t, opt.Flow.NoSound, "the sound control says there is no device")
}

// TestGameRemembersTheSoundSetting: muting and the volume set in the
// game are saved (by the worker, off the game's goroutine) in the
// player's settings file, and the next run starts so; --mute mutes one
// run without saving.
func TestGameRemembersTheSoundSetting(t *testing.T) {
	home := t.TempDir()
	start := func(args ...string) (*flow.App, func()) {
		var errb bytes.Buffer
		e := env{stderr: &errb, stdout: &errb}
		fs, g := gameFlagSet(e)
		_, err := cliflag.Parse(fs, append(args, "--home", home))
		require.NoError(t, err)
		opt, done, code := gameOptions(e, g)
		var once sync.Once
		stop := func() { once.Do(done) }
		t.Cleanup(stop)
		require.Equal(t, exitOK, code, errb.String())
		require.NotNil(t, opt.Flow.Background, "saves run on the worker")
		opt.Flow.NoSound = false // as on a computer with a sound device
		a, _ := flow.New(opt.Flow)
		return a, stop
	}
	a, done := start()
	assert.False(t, a.Muted, "sound on at first")
	assert.Equal(t, 100, a.Volume, "at full volume")
	a.StepVolume(-1)
	a.ToggleMute()
	done() // the game ends: the worker finishes the saves
	assert.FileExists(t, filepath.Join(home, "settings.json"))

	a, done = start()
	assert.True(t, a.Muted, "the next run starts muted")
	assert.Equal(t, 75, a.Volume, "with the volume set")
	a.ToggleMute()
	done()
	a, done = start("--mute")
	assert.True(t, a.Muted, "--mute mutes this run")
	done()
	a, _ = start()
	assert.False(t, a.Muted, "--mute was not saved")
}

// TestGameEndedByTypedErrors: the game's typed errors, wrapped as
// game.Run returns them, decide what kalm says and whether it starts
// again muted; no error text is matched.
func TestGameEndedByTypedErrors(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		code      int
		again     bool
		wantWords string
	}{
		{"played to the end", nil, exitOK, false, ""},
		{"no display", fmt.Errorf("%w: %w", game.ErrNoDisplay, errors.New("glfw: x11: failed to open display :7")), exitFindings, false, "no display: the game needs a window system"},
		{"no display names the display", fmt.Errorf("%w: %w", game.ErrNoDisplay, errors.New("glfw: x11: failed to open display :7")), exitFindings, false, "failed to open display :7"},
		{"the sound device failed", fmt.Errorf("%w: %w", game.ErrNoAudio, errors.New("audio: boom")), exitFindings, true, "starting again without sound"},
		{"an error naming DISPLAY is not typed", errors.New("DISPLAY is broken"), exitFindings, false, "the game stopped: DISPLAY is broken"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var errb bytes.Buffer
			code, again := gameEnded(env{stderr: &errb}, tc.err)
			assert.Equal(t, tc.code, code)
			assert.Equal(t, tc.again, again)
			if tc.wantWords == "" {
				assert.Empty(t, errb.String())
			} else {
				assert.Contains(t, errb.String(), tc.wantWords)
			}
		})
	}
}
