package flowdemo

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

func builtinPack(t testing.TB) *scenarios.Pack {
	t.Helper()
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	return p
}

func TestScreensInBothLanguages(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a, _ := flow.New(flow.Config{Pack: builtinPack(t), Lang: lang})
		s := a.Cfg.Pack.Scenarios[0]
		for _, name := range strings.Split(strings.ReplaceAll(Screens, " or ", ", "), ", ") {
			require.NoError(t, Check(name))
			scr, err := Screen(a, s, name)
			require.NoError(t, err, name)
			require.NotNil(t, scr)
			// A frame of updates (a screenshot takes three) keeps the state.
			for i := 0; i < 3; i++ {
				scr = flow.Step(a, scr, flow.Input{DT: 16 * time.Millisecond})
			}
			switch name {
			case "board":
				b := scr.(*flow.Board)
				assert.Equal(t, flow.ViewTeam, b.View, "the demo board stays the team's")
				require.NotNil(t, b.Team)
				require.NotNil(t, b.Team.You)
				assert.Equal(t, 4, b.Team.You.Rank)
			case "board-personal":
				rows, total := a.Personal()
				assert.Len(t, rows, len(a.Scenarios()))
				assert.Positive(t, total)
			case "settings-joined":
				assert.True(t, scr.(*flow.Settings).Joined)
			}
		}
		scr, _ := Screen(a, s, "call")
		c := scr.(*flow.Call)
		assert.Len(t, c.Conv.Turns(), 2, lang)
		assert.Equal(t, drafts[lang], c.Reply.Text, "the draft is typed")
		require.NotNil(t, c.Live, "the draft is coached")
		assert.True(t, c.Live.Criteria.Apology, lang)
		assert.False(t, c.Confirm)
		scr, _ = Screen(a, s, "hangup")
		assert.True(t, scr.(*flow.Call).Confirm, "the hang-up question shows")
		scr, _ = Screen(a, s, "debrief")
		d := scr.(*flow.Debrief)
		assert.Equal(t, engine.Resolved, d.Res.Outcome, "%s: the demo call ends resolved", lang)
		assert.Len(t, d.Res.Turns, len(replies[lang]))
	}
	a, _ := flow.New(flow.Config{Pack: builtinPack(t)})
	_, err := Screen(a, a.Cfg.Pack.Scenarios[0], "nope")
	assert.ErrorContains(t, err, `unknown screen "nope"`)
	assert.Error(t, Check("nope"))
}

// TestATrainersScenarioPlaysItsModelAnswers: a scenario the scripted
// replies are not written for reaches its debrief on its model answers.
func TestATrainersScenarioPlaysItsModelAnswers(t *testing.T) {
	a, _ := flow.New(flow.Config{Pack: builtinPack(t), Lang: "en"})
	for _, s := range a.Scenarios() {
		if s.ID == demoScenario {
			continue
		}
		scr, err := Screen(a, s, "debrief")
		require.NoError(t, err, s.ID)
		d, ok := scr.(*flow.Debrief)
		require.True(t, ok, "%s: %T", s.ID, scr)
		assert.NotEmpty(t, d.Res.Turns, s.ID)
	}
}

func TestLongCallMakesALongTranscript(t *testing.T) {
	a, _ := flow.New(flow.Config{Pack: builtinPack(t), Lang: "en"})
	c, err := LongCall(a, a.Cfg.Pack.Scenarios[0], 30)
	require.NoError(t, err)
	you := 0
	for i, e := range c.Log {
		if !e.Customer {
			you++
		}
		assert.Equal(t, e.Text, c.Shown(i), "every line is said whole")
	}
	assert.Equal(t, 30, you)
}
