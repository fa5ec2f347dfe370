package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrainerWorkshop walks docs/authoring.md: kalm new, kalm check,
// kalm list, kalm new scenario, kalm graph and kalm play --text.
func TestTrainerWorkshop(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "team-noord")

	code, out, errOut := runCmd(t, "", "new", "--author", "Kim", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "wrote "+filepath.Join(dir, "pack.yaml"))
	assert.Contains(t, out, "kalm check "+dir)

	code, out, errOut = runCmd(t, "", "check", dir)
	require.Equal(t, exitOK, code, out+errOut)
	assert.Contains(t, out, "ok: 1 pack, 1 scenario, no problems")

	code, out, errOut = runCmd(t, "", "new", "scenario", "noisy-neighbour", "--pack", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "wrote "+filepath.Join(dir, "noisy-neighbour.yaml"))

	code, out, errOut = runCmd(t, "", "list", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "first-call")
	assert.Contains(t, out, "noisy-neighbour")

	svg := filepath.Join(t.TempDir(), "first-call.svg")
	code, _, errOut = runCmd(t, "", "graph", "--pack", dir, "--scenario", "first-call", "-o", svg)
	require.Equal(t, exitOK, code, errOut)
	data, err := os.ReadFile(svg)
	require.NoError(t, err)
	assert.Contains(t, string(data), "listening")

	script := "I'm so sorry, that must be really annoying. Where is the water coming from?\n" +
		"I'll call you back tomorrow at ten with an engineer's visit. Is that all right?\n"
	code, out, errOut = runCmd(t, script, "play", "--text", "--pack", dir, "--scenario", "first-call", "--lang", "en")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "(resolved)")
}

func TestNewCommandErrors(t *testing.T) {
	full := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(full, "notes.txt"), []byte("x"), 0o644))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no folder", []string{"new"}, exitUsage, "expected one PACKDIR"},
		{"two folders", []string{"new", "a", "b"}, exitUsage, "expected one PACKDIR"},
		{"folder not empty", []string{"new", full}, exitFindings, "is not empty (expected a new or empty folder"},
		{"scenario without a pack", []string{"new", "scenario", "calm"}, exitUsage, "missing --pack PACKDIR"},
		{"scenario without an id", []string{"new", "scenario", "--pack", full}, exitUsage, "expected one ID"},
		{"scenario in a folder that is no pack", []string{"new", "scenario", "calm", "--pack", full}, exitFindings, "has no pack.yaml"},
		{"bad scenario id", []string{"new", "scenario", "Calm Down", "--pack", full}, exitFindings, "is not a valid scenario id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, errOut, tc.want)
		})
	}
}

func TestListTakesAPath(t *testing.T) {
	p := writeFile(t, "late.yaml", lateRefund(t))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"path", []string{"list", p}, exitOK, "late-refund"},
		{"--pack", []string{"list", "--pack", p}, exitOK, "late-refund"},
		{"both, the same", []string{"list", "--pack", p, p}, exitOK, "late-refund"},
		{"path then flags", []string{"list", p, "--format", "json"}, exitOK, `"id": "late-refund"`},
		{"both, different", []string{"list", "--pack", "other", p}, exitUsage, "two packs"},
		{"two paths", []string{"list", p, p}, exitUsage, "give one pack"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, out+errOut, tc.want)
		})
	}
}

// lateRefund is the complete example of docs/scenario-format.md.
func lateRefund(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "scenario-format.md"))
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(doc), "## Complete example")
	require.True(t, ok)
	_, rest, ok = strings.Cut(rest, "```yaml\n")
	require.True(t, ok)
	src, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	return src
}

func TestGraphCommand(t *testing.T) {
	draft := strings.Replace(lateRefund(t), "        goto: escalated\n", "        goto: manager\n", 1)
	p := writeFile(t, "draft.yaml", draft)
	cases := []struct {
		name      string
		args      []string
		code      int
		out, err  string
		xmlOutput bool
	}{
		{"svg of a built-in scenario", []string{"graph", "--scenario", "fur-elise"}, exitOK, "heard", "", true},
		{"dot in Dutch", []string{"graph", "--scenario", "fur-elise", "--format", "dot", "--lang", "nl"}, exitOK, `"opening" -> "heard" [label="4. any: empathy, apology"`, "", false},
		{"a draft is drawn with its problems listed", []string{"graph", "--pack", p, "--scenario", "late-refund", "--format", "dot"}, exitOK,
			`"manager" [label="manager\n✗ missing: no such node"`, `goto "manager": no such node`, false},
		{"unknown scenario", []string{"graph", "--scenario", "nope"}, exitFindings, "", `no scenario "nope" in the pack (expected one of: fur-elise`, false},
		{"no scenario", []string{"graph"}, exitUsage, "", "missing --scenario ID", false},
		{"bad format", []string{"graph", "--scenario", "fur-elise", "--format", "png"}, exitUsage, "", "--format must be svg or dot", false},
		{"bad language", []string{"graph", "--scenario", "fur-elise", "--lang", "de"}, exitUsage, "", "--lang must be nl or en", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, out, tc.out)
			assert.Contains(t, errOut, tc.err)
			if tc.xmlOutput {
				d := xml.NewDecoder(bytes.NewReader([]byte(out)))
				for {
					_, err := d.Token()
					if err == io.EOF {
						break
					}
					require.NoError(t, err)
				}
			}
		})
	}
}

func TestHelpListsTheWorkshopCommands(t *testing.T) {
	code, out, _ := runCmd(t, "", "help")
	require.Equal(t, exitOK, code)
	for _, c := range []string{"new", "graph", "check", "list"} {
		assert.Contains(t, out, "\n  "+c+" ")
	}
	var probs []any
	code, out, _ = runCmd(t, "", "check", "--format", "json", writeFile(t, "de.yaml", "langs: [nl, en, de]\n"+lateRefund(t)))
	assert.Equal(t, exitFindings, code)
	require.NoError(t, json.Unmarshal([]byte(out), &probs))
	assert.Len(t, probs, 1, "one unsupported language is one problem: %s", out)
}
