package game

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
)

func TestLineAround(t *testing.T) {
	tests := []struct {
		text          string
		cursor        int
		before, after string
	}{
		{"abc", 1, "a", "bc"},
		{"one\ntwo\nthree", 6, "tw", "o"},
		{"x\n", 2, "", ""},
		{"", 5, "", ""},
	}
	for _, tc := range tests {
		b, a := lineAround(tc.text, tc.cursor)
		assert.Equal(t, tc.before, b, tc.text)
		assert.Equal(t, tc.after, a, tc.text)
	}
}

func callGame(t *testing.T) *Game {
	return testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		return flow.NewCall(a, s, nil)
	})
}

func TestPastedTextIsTypedIntoTheReply(t *testing.T) {
	g := callGame(t)
	g.pasted <- pasteResult{text: "Het spijt me.\r\nIk bel u terug."}
	var in flow.Input
	g.paste(&in)
	g.Step(in)
	assert.Equal(t, "Het spijt me.\nIk bel u terug.", g.Screen().(*flow.Call).Reply.Text)
}

func TestPasteFailureIsANoticeThatExpires(t *testing.T) {
	g := callGame(t)
	g.pasted <- pasteResult{err: errors.New("clipboard: nobody answered")}
	var in flow.Input
	g.paste(&in)
	assert.Equal(t, "clipboard: nobody answered", g.App().Err)
	g.expireNotice(0)
	g.expireNotice(3 * time.Second)
	assert.NotEmpty(t, g.App().Err)
	g.expireNotice(4 * time.Second)
	assert.Empty(t, g.App().Err)
}

func TestNewStartsAtTheTitleOrTheGivenScreen(t *testing.T) {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	g, err := New(Options{Flow: flow.Config{Pack: p}})
	require.NoError(t, err)
	assert.IsType(t, &flow.Title{}, g.Screen())
	assert.Equal(t, "nl", g.App().Lang)
}

func TestTypingGoesToTheTeamScreensBoxAndTheWindowNamesIt(t *testing.T) {
	var st *flow.Settings
	g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		st = flow.NewSettings(a, &flow.Title{})
		return st
	})
	assert.Same(t, &st.Server, g.focused(), "the server box has the focus first")
	st.Row = flow.SetName
	assert.Same(t, &st.Name, g.focused())
	st.Row = flow.SetJoin
	assert.Nil(t, g.focused(), "the join row takes no text")
	assert.Equal(t, "Kalm — Play in a team", windowTitle(g.App(), st))
	assert.Equal(t, "Kalm — Leaderboard", windowTitle(g.App(), &flow.Board{}))
}
