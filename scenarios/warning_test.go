package scenarios_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

// TestDraftProblemsAreWarnings: an incomplete graph is a warning (the
// draft still plays); a broken reference or a bad value is an error.
func TestDraftProblemsAreWarnings(t *testing.T) {
	orphan := "  - id: orphan\n    end: escalated\n    say: {nl: Nee., en: No.}\n"
	loop := edit(t, "      - goto: open", "      - when: {any: [question]}\n        goto: loop\n      - goto: open") +
		"  - id: loop\n    say: {nl: \"Nou?\", en: \"Well?\"}\n    model: {nl: Sorry., en: Sorry.}\n    next:\n      - goto: loop\n"
	cases := []struct {
		name, src, want string
		warning         bool
	}{
		{"unreachable node", mini + orphan, `node "orphan" is unreachable`, true},
		{"dead end", loop, `node "loop" cannot reach an ending`, true},
		{"no resolution yet", edit(t, "      - when: {all: [callback, agreement]}\n        goto: done\n", ""), "no reachable resolved ending", true},
		{"no breaking point yet", strings.Replace(edit(t, "      - when: {any: [blame]}\n        goto: gone\n", ""),
			"  - id: gone\n    end: hung_up\n    say: {nl: Dag., en: Bye.}\n", "", 1), "no hung_up or escalated ending", true},
		{"dangling goto", edit(t, "        goto: gone", "        goto: nowhere"), `goto "nowhere": no such node`, false},
		{"out of range", edit(t, "mood: 60", "mood: 160"), "mood: 160 is out of range", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := scenarios.LoadBytes("test.yaml", []byte(tc.src))
			var hit *scenarios.Problem
			for i := range probs {
				if strings.Contains(probs[i].Message, tc.want) {
					hit = &probs[i]
				}
			}
			require.NotNil(t, hit, "want %q among:\n%s", tc.want, probs.Error())
			assert.Equal(t, tc.warning, hit.Warning, hit.String())
			assert.Equal(t, tc.warning, strings.Contains(hit.String(), ": warning: "+tc.want), hit.String())
		})
	}
}

func TestProblemsSplitIntoErrorsAndWarnings(t *testing.T) {
	ps := scenarios.Problems{
		{File: "a.yaml", Line: 1, Col: 1, Message: "broken"},
		{File: "a.yaml", Line: 2, Col: 1, Message: "unreachable", Warning: true},
	}
	require.Len(t, ps.Errors(), 1)
	assert.Equal(t, "broken", ps.Errors()[0].Message)
	require.Len(t, ps.Warnings(), 1)
	assert.Equal(t, "a.yaml:2:1: warning: unreachable", ps.Warnings()[0].String())
	assert.Empty(t, ps.Warnings().Errors())
	strict := ps.Strict()
	assert.Len(t, strict.Errors(), 2, "strict: every warning is an error")
	assert.True(t, ps[1].Warning, "Strict leaves the original alone")
	assert.Nil(t, scenarios.Problems{}.Errors())
}
