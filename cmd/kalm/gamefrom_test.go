package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
)

// TestGameStartsFromANode: --from and --mood start the --scenario call
// at that node with that anger (no hold with --mood), as practice that
// is neither saved nor sent to the team.
func TestGameStartsFromANode(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		hold     bool
		wantNode string
		wantMood int
	}{
		{"from a node, after the hold", []string{"--from", "heard"}, true, "heard", 70},
		{"from a node with an anger", []string{"--from", "details", "--mood", "30"}, false, "details", 30},
		{"from the start with an anger", []string{"--mood", "10"}, false, "opening", 10},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := append([]string{"--scenario", "fur-elise", "--lang", "en", "--results", filepath.Join(dir, "r.json")}, tc.args...)
			code, stderr, start, _ := gameOpts(t, args...)
			require.Equal(t, exitOK, code, stderr)
			assert.Contains(t, stderr, "is practice: it is not saved or sent to the team")
			a, s := start()
			assert.Nil(t, a.Cfg.Store, "not saved")
			assert.Nil(t, a.Cfg.Team, "not sent")
			if h, ok := s.(*flow.Hold); ok {
				assert.True(t, tc.hold, "a hold only without --mood")
				s = flow.Step(a, h, flow.Input{Presses: []flow.Press{{Key: flow.KeyEnter}}})
			} else {
				assert.False(t, tc.hold, "the hold comes first")
			}
			call, ok := s.(*flow.Call)
			require.True(t, ok, "the call, not %T", s)
			assert.Equal(t, tc.wantNode, call.Conv.Node())
			assert.Equal(t, tc.wantMood, call.Conv.Mood())
			_, err := os.Stat(filepath.Join(dir, "r.json"))
			assert.True(t, os.IsNotExist(err), "the results file is not even opened")
		})
	}
}

func TestGameFromUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--from", "heard"}, "--from and --mood need --scenario ID"},
		{[]string{"--mood", "20"}, "--from and --mood need --scenario ID"},
		{[]string{"--scenario", "fur-elise", "--from", "middle"}, `no node "middle" to start from (expected one of: opening, ignored, heard`},
		{[]string{"--scenario", "fur-elise", "--mood", "101"}, "start mood 101 is out of range"},
	}
	for _, tc := range cases {
		code, stderr, _, _ := gameOpts(t, tc.args...)
		assert.Equal(t, exitUsage, code, "%v", tc.args)
		assert.Contains(t, stderr, tc.want, "%v", tc.args)
	}
}

// TestGamePlaysADraft: a pack whose only problems are warnings opens
// the game (the warnings go to standard error); an error shows the
// error screen.
func TestGamePlaysADraft(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "draft.yaml")
	require.NoError(t, os.WriteFile(pack, []byte(unreachableDraft()), 0o644))
	code, stderr, start, _ := gameOpts(t, "--pack", pack, "--results", filepath.Join(dir, "r.json"))
	require.Equal(t, exitOK, code)
	assert.Contains(t, stderr, `warning: node "orphan" is unreachable`)
	a, s := start()
	assert.Empty(t, a.Cfg.Problems)
	_, broken := s.(*flow.Broken)
	assert.False(t, broken, "a draft plays")
}
