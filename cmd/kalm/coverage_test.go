package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// coveredPack is a small scenario whose example replies take every
// transition: the model answer resolves, one golden reply blames, the
// other does neither.
const coveredPack = `id: cov
langs: [en]
difficulty: 1
title: {en: Coverage}
briefing: {en: A parcel is late.}
customer: {name: Ann, persona: {en: Curt.}}
mood: 50
start: open
nodes:
  - id: open
    say: {en: "Where is my parcel?"}
    model: {en: "I'm so sorry. I'll call you back today at three. Does that suit you?"}
    next:
      - when: {all: [callback, agreement]}
        goto: done
      - when: {any: [blame]}
        goto: gone
      - goto: open
        say: {en: "Hello? Anyone there?"}
  - id: done
    end: resolved
    say: {en: "Fine."}
  - id: gone
    end: hung_up
    say: {en: "Forget it."}
golden:
  - lang: en
    text: "That's the courier's fault, not ours."
    labels: {blame: true}
  - lang: en
    text: "Let me look into it."
    labels: {blame: false}
`

// withoutGolden drops the golden reply with text from coveredPack.
func withoutGolden(t *testing.T, text string) string {
	t.Helper()
	i := strings.Index(coveredPack, "  - lang: en\n    text: \""+text)
	require.Positive(t, i)
	rest := coveredPack[i+1:]
	j := strings.Index(rest, "  - lang: en")
	if j < 0 {
		return coveredPack[:i]
	}
	return coveredPack[:i] + rest[j:]
}

func TestCheckCoverage(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		args    []string
		code    int
		summary string
		want    []string // problems on stdout
		none    string   // not on stdout
	}{
		{"every transition taken", coveredPack, nil, exitOK,
			"coverage: cov: 3 of 3 nodes, 3 of 3 transitions\n", []string{"no problems"}, "warning"},
		{"no reply that blames", withoutGolden(t, "That's the courier"), nil, exitOK,
			"coverage: cov: 2 of 3 nodes, 2 of 3 transitions (not reached: gone)\n",
			[]string{`:16:9: warning: node "open": transition 2 (any: blame → gone) is taken by no golden reply or model answer (expected a golden reply that takes it)`,
				"ok: 1 pack, 1 scenario, 1 warning (--strict makes them errors)"}, "transition 1"},
		{"no reply for otherwise", withoutGolden(t, "Let me look"), nil, exitOK,
			"coverage: cov: 3 of 3 nodes, 2 of 3 transitions\n",
			[]string{`:18:9: warning: node "open": transition 3 (otherwise → open) is taken by no golden reply`}, "transition 2"},
		{"strict makes it an error", withoutGolden(t, "Let me look"), []string{"--strict"}, exitFindings,
			"coverage: cov: 3 of 3 nodes, 2 of 3 transitions\n",
			[]string{`:18:9: node "open": transition 3 (otherwise → open) is taken by no golden reply`}, "warning"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "cov.yaml", tc.src)
			args := append([]string{"check", "--coverage"}, tc.args...)
			code, out, errOut := runCmd(t, "", append(args, p)...)
			assert.Equal(t, tc.code, code, out+errOut)
			assert.Contains(t, out, tc.summary)
			for _, w := range tc.want {
				assert.Contains(t, out, w)
			}
			assert.NotContains(t, out, tc.none)
		})
	}
}

func TestCheckCoverageJSONMarksWarnings(t *testing.T) {
	p := writeFile(t, "cov.yaml", withoutGolden(t, "Let me look"))
	code, out, _ := runCmd(t, "", "check", "--coverage", "--format", "json", p)
	assert.Equal(t, exitOK, code)
	var probs []scenarios.Problem
	require.NoError(t, json.Unmarshal([]byte(out), &probs), out)
	require.Len(t, probs, 1)
	assert.True(t, probs[0].Warning)
	assert.Equal(t, 18, probs[0].Line)
	assert.Contains(t, out, `"warning": true`)
}

func TestCheckCoverageSkipsAScenarioWithErrors(t *testing.T) {
	p := writeFile(t, "cov.yaml", strings.Replace(coveredPack, "goto: gone", "goto: nowhere", 1))
	code, out, _ := runCmd(t, "", "check", "--coverage", p)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "coverage: cov: skipped, the scenario has errors")
}

func TestCheckWarningsPassUnlessStrict(t *testing.T) {
	draft := coveredPack + "  - id: orphan\n    end: escalated\n    say: {en: \"No.\"}\n"
	draft = moveGoldenLast(t, draft)
	p := writeFile(t, "draft.yaml", draft)
	code, out, _ := runCmd(t, "", "check", p)
	assert.Equal(t, exitOK, code, out)
	assert.Contains(t, out, `warning: node "orphan" is unreachable`)
	assert.Contains(t, out, "1 warning (--strict makes them errors)")
	code, out, errOut := runCmd(t, "", "check", "--strict", p)
	assert.Equal(t, exitFindings, code, out)
	assert.Contains(t, out, `: node "orphan" is unreachable`)
	assert.Contains(t, errOut, "kalm check: 1 problem (1 error)")
}

// moveGoldenLast puts the golden list after the nodes again once nodes
// were appended after it.
func moveGoldenLast(t *testing.T, src string) string {
	t.Helper()
	i := strings.Index(src, "golden:\n")
	j := strings.Index(src, "  - id: orphan")
	require.True(t, i > 0 && j > i)
	return src[:i] + src[j:] + src[i:j]
}
