package flow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios/engine"
)

func TestDemoScreensInBothLanguages(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a, _ := New(Config{Pack: builtinPack(t), Lang: lang})
		s := a.Cfg.Pack.Scenarios[0]
		for _, name := range strings.Split(strings.ReplaceAll(DemoScreens, " or ", ", "), ", ") {
			scr, err := Demo(a, s, name)
			require.NoError(t, err, name)
			require.NotNil(t, scr)
			// A frame of updates (a screenshot takes three) keeps the state.
			for i := 0; i < 3; i++ {
				scr = Step(a, scr, Input{DT: 16 * time.Millisecond})
			}
			switch name {
			case "board":
				b := scr.(*Board)
				assert.Equal(t, ViewTeam, b.View, "the demo board stays the team's")
				require.NotNil(t, b.Team)
				require.NotNil(t, b.Team.You)
				assert.Equal(t, 4, b.Team.You.Rank)
			case "board-personal":
				rows, total := a.Personal()
				assert.Len(t, rows, len(a.Scenarios()))
				assert.Positive(t, total)
			case "settings-joined":
				assert.True(t, scr.(*Settings).Joined)
			}
		}
		scr, _ := Demo(a, s, "call")
		c := scr.(*Call)
		assert.Len(t, c.Conv.Turns(), 2, lang)
		require.NotNil(t, c.Live, "the draft is coached")
		assert.True(t, c.Live.Criteria.Apology, lang)
		scr, _ = Demo(a, s, "debrief")
		d := scr.(*Debrief)
		assert.Equal(t, engine.Resolved, d.Res.Outcome, "%s: the demo call ends resolved", lang)
	}
	a, _ := New(Config{Pack: builtinPack(t)})
	_, err := Demo(a, a.Cfg.Pack.Scenarios[0], "nope")
	assert.Error(t, err)
}

func TestDemoTurnsMakesALongTranscript(t *testing.T) {
	a, _ := New(Config{Pack: builtinPack(t), Lang: "en"})
	c, err := DemoTurns(a, a.Cfg.Pack.Scenarios[0], 30)
	require.NoError(t, err)
	you := 0
	for _, e := range c.Log {
		if !e.Customer {
			you++
		}
	}
	assert.Equal(t, 30, you)
}
