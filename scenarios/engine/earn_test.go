package engine

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scoring"
)

func TestNearSame(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"I'm so sorry, that must be really frustrating.", "i'm so sorry that must be really frustrating!!", true},
		{"I'm so sorry, that must be really frustrating.", "I'm so sorry, that must be very frustrating.", true},
		{"Het spijt me echt, wat vervelend voor u.", "Wat vervelend voor u, het spijt me echt.", true},
		{"I'm sorry about the bill.", "I'll call you back at three about the bill.", false},
		{"yes", "no", false},
		{"Ik bel u morgen om tien uur terug.", "Ik bel u morgen om elf uur terug.", true},
		{"Ik bel u morgen om tien uur terug.", "Kunt u mij zeggen welk lampje er brandt op de modem?", false},
	}
	for _, tc := range cases {
		t.Run(tc.a+" | "+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.want, nearSame(replyWords(tc.a), replyWords(tc.b)))
		})
	}
}

// TestRepeatingEarnsNothing: the same line again earns no points, does
// not calm, raises the anger and makes the customer say so.
func TestRepeatingEarnsNothing(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			c, err := Start(furElise(t), lang, tagged())
			require.NoError(t, err)
			first, err := c.Reply("#empathy #apology that must be hard", 0)
			require.NoError(t, err)
			node := c.Node()
			again, err := c.Reply("#empathy #apology that must be hard!", 0)
			require.NoError(t, err)
			assert.Positive(t, first.Points)
			assert.Equal(t, RepeatPoints, again.Points)
			assert.Equal(t, []Part{{What: PartRepeated, Points: RepeatPoints}}, again.Parts)
			assert.Equal(t, first.Mood+RepeatMood, again.Mood)
			assert.Equal(t, node, c.Node(), "nothing new was said: the customer stays put")
			require.Len(t, again.Lines, 1)
			assert.Equal(t, map[string]string{"nl": "Dat zei u net al.", "en": "You said that already."}[lang], again.Lines[0].Text)
			assert.Equal(t, scoring.Labels{}, again.Earned)
		})
	}
}

// TestRepeatedBlameStillCosts: saying a blaming line again is no way out
// of its cost.
func TestRepeatedBlameStillCosts(t *testing.T) {
	r, err := Replay(furElise(t), "en", []Reply{{Text: "#blame it is the contract"}, {Text: "#blame it is the contract"}}, tagged())
	require.NoError(t, err)
	require.Len(t, r.Turns, 2)
	assert.Equal(t, []Part{{What: "blame", Points: -15}, {What: PartRepeated, Points: RepeatPoints}}, r.Turns[1].Parts)
	assert.Equal(t, HungUp, r.Outcome, "the blame still moves the customer")
}

// TestEachHelpfulCriterionEarnsOnce: other words for the same move earn
// nothing the second time, and do not calm; empathy calms again after the
// anger flared up.
func TestEachHelpfulCriterionEarnsOnce(t *testing.T) {
	c, err := Start(furElise(t), "nl", tagged())
	require.NoError(t, err)
	t1, err := c.Reply("#empathy begrijpelijk", 0)
	require.NoError(t, err)
	assert.Equal(t, 15+ListenPoints, t1.Points)
	assert.True(t, t1.Earned.Empathy)
	t2, err := c.Reply("#empathy dat snap ik heel goed", 0)
	require.NoError(t, err)
	assert.Equal(t, 0, t2.Points)
	assert.False(t, t2.Earned.Empathy)
	assert.GreaterOrEqual(t, t2.MoodDelta, 0, "empathy nobody asked for does not calm")
	t3, err := c.Reply("#overpromise alles komt goed", 0)
	require.NoError(t, err)
	require.GreaterOrEqual(t, t3.Mood-t1.Mood, FlareUpMood, "the anger flared up")
	t4, err := c.Reply("#empathy ik hoor hoe boos u nu bent", 0)
	require.NoError(t, err)
	assert.Equal(t, 0, t4.Points, "empathy earns its points once")
	assert.True(t, t4.Earned.Empathy, "but it does its job again after a flare-up")
	assert.Negative(t, t4.MoodDelta)
}

// TestQuestionPointsFollowTheFacts: a question earns its share of the
// weight for each fact it asks for, and nothing when it asks for none.
func TestQuestionPointsFollowTheFacts(t *testing.T) {
	c, err := Start(furElise(t), "en", tagged())
	require.NoError(t, err)
	_, err = c.Reply("#empathy", 0)
	require.NoError(t, err)
	t2, err := c.Reply("#question what is the weather like?", 0)
	require.NoError(t, err)
	assert.Equal(t, 0, t2.Points, "asks for no fact of the case")
	t3, err := c.Reply("#question which light is on the modem?", 0)
	require.NoError(t, err)
	assert.Equal(t, 5, t3.Points, "one of the two facts to ask for")
	t4, err := c.Reply("#question did you restart it?", 0)
	require.NoError(t, err)
	assert.Equal(t, 5, t4.Points, "the other one")
}

// TestScoreScalesToMax: a pack's weights change what each move is worth,
// but a call's helpful parts still add up to at most MaxScore.
func TestScoreScalesToMax(t *testing.T) {
	w := scoring.DefaultWeights().With(map[scoring.Criterion]int{scoring.Empathy: 40})
	turns := []Turn{{Parts: []Part{{What: "empathy", Points: 40}, {What: "apology", Points: 10}}}}
	cs := scoreCall(turns, Resolved, 80, 0, w)
	sum := 0
	for _, p := range cs.Breakdown {
		sum += p.Points
	}
	assert.Equal(t, cs.Score, sum)
	assert.Equal(t, (40+10+ResolvedPoints+CalmPoints)*100/125, cs.Score, "80 of a possible 125, on a scale of 100")
	full := []Turn{{Parts: []Part{{What: "empathy", Points: 40}, {What: "apology", Points: 10}, {What: "callback", Points: 15},
		{What: "question", Points: 10}, {What: "summary", Points: 10}, {What: "agreement", Points: 5}, {What: PartListen, Points: ListenPoints}}}}
	assert.Equal(t, MaxScore, scoreCall(full, Resolved, 80, 0, w).Score)
}

// TestStallingCosts: sympathy in ever new words with no step in between
// moves the call nowhere. The first such reply is free, each further one
// in a row costs StallPoints with a note, and sympathy no longer calms an
// anger that rose because the agent stalled. A reply that asks for a fact
// is a step again, after which sympathy calms again.
func TestStallingCosts(t *testing.T) {
	steps := []struct {
		reply   string
		points  int
		stalled bool
		calms   bool
	}{
		{"#empathy #apology what a morning you have had", 15 + 10 + ListenPoints, false, true},
		{"#empathy I can hear how fed up you are", 0, false, false},
		{"#apology truly, my apologies for all of it", StallPoints, true, false},
		{"#empathy #apology I would be furious as well, sorry", StallPoints, true, false},
		{"#question which light is on the modem?", 5, false, false},
		{"#empathy that must be maddening", 0, false, true},
	}
	c, err := Start(furElise(t), "en", tagged())
	require.NoError(t, err)
	for i, st := range steps {
		tr, err := c.Reply(st.reply, 0)
		require.NoError(t, err)
		assert.Equal(t, st.points, tr.Points, "turn %d %q: %+v", i+1, st.reply, tr.Parts)
		stall := slices.IndexFunc(tr.Events, func(e Event) bool { return e.Kind == EventStalled })
		assert.Equal(t, st.stalled, stall >= 0, "turn %d: stalled event", i+1)
		if stall >= 0 {
			assert.NotEmpty(t, tr.Events[stall].Note)
			assert.Contains(t, tr.Parts, Part{What: PartStalled, Points: StallPoints})
		}
		assert.Equal(t, st.calms, tr.Earned.Empathy, "turn %d: empathy calmed", i+1)
	}
	assert.GreaterOrEqual(t, c.Result().Turns[3].Mood-c.Result().Turns[0].Mood, FlareUpMood,
		"the anger flared up, but from the stalling itself")
}

// TestStallStreakSurvivesContinue: a reloaded pack goes on with the same
// row of stalls, so editing a pack mid-call is no way around the cost.
func TestStallStreakSurvivesContinue(t *testing.T) {
	s := furElise(t)
	c, err := Start(s, "nl", tagged())
	require.NoError(t, err)
	for _, r := range []string{"#empathy #apology wat een ochtend", "#empathy ik hoor hoe boos u bent"} {
		_, err = c.Reply(r, 0)
		require.NoError(t, err)
	}
	n, err := c.Continue(s, tagged())
	require.NoError(t, err)
	tr, err := n.Reply("#apology echt, het spijt me", 0)
	require.NoError(t, err)
	assert.Equal(t, StallPoints, tr.Points)
}
