package engine

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
)

func TestStartFromANode(t *testing.T) {
	s := furElise(t)
	cases := []struct {
		name     string
		from     string
		mood     *int
		wantNode string
		wantMood int
		wantLine string
		wantErr  string
	}{
		{"the scenario's start", "", nil, "opening", 70, "Eindelijk! Ik hang al twintig minuten", ""},
		{"a later node keeps mood and hold", "heard", nil, "heard", 70, "", ""},
		{"a later node with its own anger", "details", ms(35), "details", 35, "", ""},
		{"the start with another anger", "", ms(0), "opening", 0, "Eindelijk! Ik hang al twintig minuten", ""},
		{"an ending ends at once", "resolved", nil, "resolved", 70, "", ""},
		{"an unknown node lists the ids", "middle", nil, "", 0, "", `scenario fur-elise has no node "middle" to start from (expected one of: opening, ignored, heard, details`},
		{"anger above 100", "heard", ms(101), "", 0, "", "start mood 101 is out of range (expected 0 to 100)"},
		{"anger below 0", "", ms(-1), "", 0, "", "start mood -1 is out of range"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tagged()
			opt.From, opt.Mood = tc.from, tc.mood
			c, err := Start(s, "nl", opt)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.wantNode, c.Node())
			assert.Equal(t, tc.wantMood, c.Mood())
			assert.Equal(t, tc.wantMood, c.Result().StartMood)
			require.NotEmpty(t, c.Lines())
			assert.Equal(t, s.Node(tc.wantNode).Say.Get("nl")[0], c.Lines()[0].Text, "the customer opens with the node's lines")
			if tc.wantLine != "" {
				assert.True(t, strings.HasPrefix(c.Lines()[0].Text, tc.wantLine), c.Lines()[0].Text)
			}
			assert.Equal(t, s.Node(tc.wantNode).End != "", c.Ended())
		})
	}
}

func TestStartFromPlaysOnFromThere(t *testing.T) {
	opt := tagged()
	opt.From, opt.Mood = "heard", ms(40)
	c, err := Start(furElise(t), "en", opt)
	require.NoError(t, err)
	tr, err := c.Reply("#callback #agreement", 0)
	require.NoError(t, err)
	assert.Equal(t, "heard", tr.Node)
	assert.Equal(t, Resolved, tr.Outcome, "at 40 anger a plan resolves at once from heard")
}

func TestTurnNamesTheTransitionTaken(t *testing.T) {
	s := loose(t, tinyScenario)
	cases := []struct {
		name  string
		reply string
		want  int
	}{
		{"agreement without a plan falls through to the last", "#agreement", 2},
		{"a plan and agreement take the first", "#callback #agreement", 1},
		{"anything else takes the last", "#empathy", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Start(s, "en", tagged())
			require.NoError(t, err)
			tr, err := c.Reply(tc.reply, 0)
			require.NoError(t, err)
			assert.Equal(t, tc.want, tr.Transition)
		})
	}
	c, err := Start(s, "en", tagged())
	require.NoError(t, err)
	_, err = c.Reply("#empathy #apology here we go", 0)
	require.NoError(t, err)
	tr, err := c.Reply("#empathy #apology here we go", 0)
	require.NoError(t, err)
	assert.Zero(t, tr.Transition, "a repeated reply stays without a transition")
}

// edited returns tinyScenario with old replaced by new, loaded as a new
// version of the scenario.
func edited(t *testing.T, old, new string) *scenarios.Scenario {
	t.Helper()
	require.Contains(t, tinyScenario, old)
	return loose(t, strings.Replace(tinyScenario, old, new, 1))
}

func TestContinueWithANewVersion(t *testing.T) {
	s := loose(t, tinyScenario)
	c, err := Start(s, "en", tagged())
	require.NoError(t, err)
	first, err := c.Reply("#empathy #callback", 0)
	require.NoError(t, err)
	require.Equal(t, "a", c.Node())

	v2 := edited(t, "say: {nl: Hallo, en: Hello}", "say: {nl: Hallo, en: Hello again}")
	n, err := c.Continue(v2, Options{Scorer: tagScorer{}})
	require.NoError(t, err)
	assert.Equal(t, "a", n.Node())
	assert.Equal(t, c.Mood(), n.Mood())
	assert.Equal(t, c.Lines(), n.Lines(), "what the customer said is still what they said")
	assert.Equal(t, c.Turns(), n.Turns())
	assert.Equal(t, c.Result().StartMood, n.Result().StartMood)

	tr, err := n.Reply("#question", 0)
	require.NoError(t, err)
	assert.Equal(t, "Hello again", tr.Lines[0].Text, "the next turn uses the new text")
	assert.Len(t, n.Turns(), 2)
	assert.Len(t, c.Turns(), 1, "the old conversation is left as it was")

	tr, err = n.Reply("#agreement", 0)
	require.NoError(t, err)
	assert.Equal(t, Resolved, tr.Outcome, "the plan made before the reload still counts")
	assert.Equal(t, first.Points, n.Result().Turns[0].Points)
	assertBreakdownSums(t, n.Result())

	_, err = c.Continue(edited(t, "id: a\n", "id: b\n"), Options{Scorer: tagScorer{}})
	assert.ErrorIs(t, err, ErrNodeGone)
}

func TestContinueForksTheCall(t *testing.T) {
	s := furElise(t)
	c, err := Start(s, "nl", tagged())
	require.NoError(t, err)
	_, err = c.Reply("#empathy", 0)
	require.NoError(t, err)
	_, err = c.Reply("#question modem?", 0)
	require.NoError(t, err)
	fork, err := c.Continue(s, Options{Scorer: tagScorer{}})
	require.NoError(t, err)
	assert.True(t, fork.Known("modem-light"), "facts asked before the fork stay known")

	want, err := c.Reply("#summary ochtend, thuis", 0)
	require.NoError(t, err)
	got, err := fork.Reply("#summary ochtend, thuis", 0)
	require.NoError(t, err)
	assert.Equal(t, want, got, "a fork plays on exactly as the original")
	assert.Equal(t, c.Result(), fork.Result())
}
