package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlayFromANode(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		code    int
		out     []string // on stdout
		notOut  []string // not on stdout
		errWant string   // on stderr
	}{
		{"from a node", []string{"--from", "heard"}, exitOK,
			[]string{"Mark Peeters: Yes. Well. Good that someone finally gets it.", "Mark Peeters was on hold for 20 minutes"},
			[]string{"Finally!"}, `the call starts at node "heard" with anger 70`},
		{"from a node with an anger", []string{"--from", "heard", "--mood", "30"}, exitOK,
			[]string{"Good that someone finally gets it."}, []string{"Finally!", "on hold for 20 minutes"}, `the call starts at node "heard" with anger 30`},
		{"the start with an anger", []string{"--mood", "0"}, exitOK,
			[]string{"Finally!"}, nil, `the call starts at node "opening" with anger 0`},
		{"an unknown node", []string{"--from", "middle"}, exitFindings, nil, nil,
			`kalm play: scenario fur-elise has no node "middle" to start from (expected one of: opening, ignored, heard,`},
		{"an anger out of range", []string{"--mood", "150"}, exitFindings, nil, nil, "start mood 150 is out of range (expected 0 to 100)"},
		{"an anger that is no number", []string{"--mood", "angry"}, exitUsage, nil, nil, `"angry" is not a whole number`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"play", "--text", "--scenario", "fur-elise", "--lang", "en"}, tc.args...)
			code, out, errOut := runCmd(t, "", args...)
			assert.Equal(t, tc.code, code, errOut)
			for _, w := range tc.out {
				assert.Contains(t, out, w)
			}
			for _, w := range tc.notOut {
				assert.NotContains(t, out, w)
			}
			assert.Contains(t, errOut, tc.errWant)
		})
	}
}

// TestPlayFromAResolvingNode: from "heard" at a low anger a plan with
// the customer's agreement resolves the call at once.
func TestPlayFromAResolvingNode(t *testing.T) {
	code, out, errOut := runCmd(t, "I'll call you back today at three o'clock. Does that suit you?\n",
		"play", "--text", "--scenario", "fur-elise", "--lang", "en", "--from", "heard", "--mood", "30")
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "(resolved)")
}

// unreachableDraft is coveredPack with a node no transition leads to: a
// warning, not an error.
func unreachableDraft() string {
	i := strings.Index(coveredPack, "golden:\n")
	return coveredPack[:i] + "  - id: orphan\n    end: escalated\n    say: {en: \"No.\"}\n" + coveredPack[i:]
}

func TestPlayDrafts(t *testing.T) {
	cases := []struct {
		name string
		src  string
		code int
		err  []string
		out  string
	}{
		{"only warnings: it plays", unreachableDraft(), exitOK,
			[]string{`warning: node "orphan" is unreachable`, "kalm play: a draft with 1 warning; it plays, but run 'kalm check"}, "Ann: Where is my parcel?"},
		{"an error: it does not", strings.Replace(unreachableDraft(), "goto: gone", "goto: nowhere", 1), exitFindings,
			[]string{`goto "nowhere": no such node`, "kalm play: the pack has 1 error (run 'kalm check"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "draft.yaml", tc.src)
			code, out, errOut := runCmd(t, "", "play", "--text", "--pack", p, "--scenario", "cov", "--lang", "en")
			assert.Equal(t, tc.code, code, errOut)
			for _, w := range tc.err {
				assert.Contains(t, errOut, w)
			}
			assert.Contains(t, out, tc.out)
		})
	}
}
