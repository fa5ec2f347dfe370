package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios/engine"
)

// TestGameEndToEnd starts the real binary under xvfb-run (no sound card),
// types a reply with xdotool, sends it and checks the result file the
// game writes. scripts/deps.sh installs Xvfb, xdotool and ImageMagick.
func TestGameEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end game test skipped in -short mode")
	}
	for _, tool := range []string{"xvfb-run", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end game test skipped: %s is not installed (run scripts/deps.sh as root)", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kalm")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	typed := "I'm so sorry, I understand how annoying this is."
	reply := typed
	cmd := e2eScript(bin, dir, "E2E_REPLY="+typed, "HOME="+dir, "XDG_CONFIG_HOME="+dir)
	if _, err := exec.LookPath("xclip"); err == nil {
		pasted := " Héél vervelend voor u, ik bel u om drie uur terug."
		reply += pasted
		cmd.Env = append(cmd.Env, "E2E_PASTE="+pasted)
	} else {
		t.Log("xclip is not installed: Ctrl+V paste not tested (scripts/deps.sh installs it)")
	}
	runE2E(t, cmd, dir)

	data, err := os.ReadFile(filepath.Join(dir, "result.json"))
	require.NoError(t, err, "the game writes the run after the reply")
	var res engine.Result
	require.NoError(t, json.Unmarshal(data, &res))
	assert.Equal(t, "fur-elise", res.Scenario)
	assert.Equal(t, "en", res.Lang)
	require.Len(t, res.Turns, 1)
	assert.Equal(t, reply, res.Turns[0].Reply, "the typed (and pasted) text arrives whole")
	assert.True(t, res.Turns[0].Criteria.Apology, "the reply was scored")
	var kinds []string
	for _, e := range res.Turns[0].Events {
		kinds = append(kinds, e.Kind)
	}
	assert.Contains(t, kinds, engine.EventInterrupted, "replying during the rant interrupts")
	assert.Equal(t, 70, res.StartMood, "picking up early still counts the whole hold")

	presses, err := os.ReadFile(filepath.Join(dir, "presses.txt"))
	require.NoError(t, err)
	assert.Equal(t, "1", strings.TrimSpace(string(presses)), "one Enter sends the reply typed just before it")

	info, err := os.Stat(filepath.Join(dir, "screen.png"))
	if err == nil {
		assert.Greater(t, info.Size(), int64(1000))
	}
	stderr, _ := os.ReadFile(filepath.Join(dir, "stderr.txt"))
	if m := regexp.MustCompile(`first frame after (\d+) ms`).FindSubmatch(stderr); m != nil {
		ms, _ := strconv.Atoi(string(m[1]))
		t.Logf("first frame after %d ms", ms)
	}
}

// e2eScript returns the command that runs scripts/e2e-game.sh on the
// game binary kalm under xvfb-run, with Xvfb's own messages kept in
// out/xvfb.log and env added to the environment.
func e2eScript(kalm, out string, env ...string) *exec.Cmd {
	cmd := exec.Command("xvfb-run", "-a", "-e", filepath.Join(out, "xvfb.log"),
		"-s", "-screen 0 1280x1024x24", "../../scripts/e2e-game.sh", kalm, out)
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// runE2E runs an e2eScript command and fails with what it printed and
// what Xvfb said; a game start the script had to retry is logged.
func runE2E(t *testing.T, cmd *exec.Cmd, out string) {
	t.Helper()
	log, err := cmd.CombinedOutput()
	if retried, rerr := os.ReadFile(filepath.Join(out, "retried.txt")); rerr == nil {
		t.Logf("%s", retried)
	}
	if err != nil {
		xvfb, _ := os.ReadFile(filepath.Join(out, "xvfb.log"))
		require.NoError(t, err, "e2e script: %s\nXvfb: %s", log, xvfb)
	}
}
