package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// runCmd runs kalm with args and stdin, returning exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(env{args: args, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errw})
	return code, out.String(), errw.String()
}

const brokenScenario = `id: broken
difficulty: 7
title: {nl: Kapot}
briefing: {nl: x, en: y}
customer: {name: Bo, persona: {nl: p, en: p}}
mood: 50
start: a
nodes:
  - id: a
    say: {nl: Hoi, en: Hi}
    model: {nl: m, en: m}
    next:
      - goto: nowhere
`

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	return p
}

func TestCheckReportsEveryProblem(t *testing.T) {
	p := writeFile(t, "broken.yaml", brokenScenario)
	code, out, errOut := runCmd(t, "", "check", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, p+":2:13: difficulty: 7 is out of range (expected 1 to 5)")
	assert.Contains(t, out, p+":3:8: title: missing the en translation")
	assert.Contains(t, out, p+":13:15: node a: next: goto \"nowhere\": no such node")
	assert.Contains(t, errOut, "problems")
}

func TestCheckJSON(t *testing.T) {
	p := writeFile(t, "broken.yaml", brokenScenario)
	code, out, _ := runCmd(t, "", "check", "--format", "json", p)
	assert.Equal(t, exitFindings, code)
	var probs []scenarios.Problem
	require.NoError(t, json.Unmarshal([]byte(out), &probs))
	require.NotEmpty(t, probs)
	assert.Equal(t, p, probs[0].File)
	assert.Equal(t, 2, probs[0].Line)
	assert.Equal(t, 13, probs[0].Col)
	assert.Contains(t, probs[0].Message, "difficulty")
}

func TestCheckHostileFile(t *testing.T) {
	p := writeFile(t, "bin.yaml", "\x00\x01\x02")
	code, out, _ := runCmd(t, "", "check", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "NUL byte")
}

func TestCheckUsage(t *testing.T) {
	code, _, errOut := runCmd(t, "", "check", "--format", "xml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--format must be text or json")
}

// TestCheckBuiltinStructure checks the built-in pack without the golden
// examples' scorer run, which TestCheckBuiltinIsClean covers once the
// scorer is real.
func TestCheckBuiltinStructure(t *testing.T) {
	code, out, _ := runCmd(t, "", "check", "--format", "json")
	var probs []scenarios.Problem
	require.NoError(t, json.Unmarshal([]byte(out), &probs))
	for _, p := range probs {
		assert.Contains(t, p.Message, "golden", "only golden mismatches may remain: %s", p)
	}
	if len(probs) == 0 {
		assert.Equal(t, exitOK, code)
	}
}

func TestListJSON(t *testing.T) {
	code, out, _ := runCmd(t, "", "list", "--format", "json")
	require.Equal(t, exitOK, code)
	var list []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	require.NotEmpty(t, list)
	var fur map[string]any
	for _, e := range list {
		assert.ElementsMatch(t, []string{"id", "langs", "title", "difficulty"}, keys(e))
		if e["id"] == "fur-elise" {
			fur = e
		}
	}
	require.NotNil(t, fur)
	assert.Equal(t, []any{"nl", "en"}, fur["langs"])
	assert.Equal(t, map[string]any{"nl": "Für Elise", "en": "Für Elise"}, fur["title"])
	assert.Equal(t, float64(1), fur["difficulty"])
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestListText(t *testing.T) {
	code, out, _ := runCmd(t, "", "list")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "fur-elise")
}

func TestListBrokenPack(t *testing.T) {
	p := writeFile(t, "broken.yaml", brokenScenario)
	code, _, errOut := runCmd(t, "", "list", "--pack", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, errOut, "difficulty: 7 is out of range")
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "schema")
	require.Equal(t, exitOK, code)
	assert.Equal(t, string(scenarios.Schema()), out)
	code, _, _ = runCmd(t, "", "schema", "extra")
	assert.Equal(t, exitUsage, code)
}
