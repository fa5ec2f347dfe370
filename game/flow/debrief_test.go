package flow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios/engine"
	"kalm/scoring"
)

// playCall plays replies in a call of the first scenario, each after
// the customer finished, and returns the call.
func playCall(t *testing.T, a *App, replies ...string) *Call {
	t.Helper()
	p := &player{t: t, a: a, s: NewCall(a, a.Cfg.Pack.Scenarios[0], nil)}
	for _, r := range replies {
		p.waitCustomer()
		p.typ(r)
		p.key(KeyEnter)
	}
	c, ok := p.s.(*Call)
	require.True(t, ok)
	return c
}

func TestExamShowsNothingOfTheScoringUntilTheDebrief(t *testing.T) {
	for _, exam := range []bool{true, false} {
		a, _, _ := newApp(t, exam)
		c := playCall(t, a, "I understand, sorry. It says so in your contract.")
		require.Len(t, c.Conv.Turns(), 1)
		p := &player{t: t, a: a, s: c}
		p.waitCustomer()
		p.typ("I will call you at three")

		fb := c.Feedback(a)
		if exam {
			assert.Equal(t, Feedback{Later: true}, fb, "exam: no chips, evidence, notes, anger or score")
		} else {
			require.NotNil(t, fb.Live, "practice: the reply being typed is coached")
			assert.True(t, fb.Live.Criteria.Callback)
			require.NotNil(t, fb.Last, "practice: the last reply's chips and evidence")
			assert.True(t, fb.Last.Criteria.Blame)
			assert.NotEmpty(t, fb.Last.Findings)
			assert.True(t, fb.Score)
			assert.True(t, fb.Anger)
			assert.False(t, fb.Later)
		}
		customer := 0
		for _, e := range c.Log {
			if e.Customer && e.Batch == 2 {
				customer++
			}
		}
		assert.Positive(t, customer, "exam=%v: the customer still reacts", exam)

		p.key(KeyEscape)
		p.key(KeyEscape)
		d, ok := p.s.(*Debrief)
		require.True(t, ok)
		assert.NotEmpty(t, d.Res.Breakdown, "exam=%v: the debrief shows the score", exam)
	}
}

func TestHintsListFactsThenTimingThenTips(t *testing.T) {
	a, _, _ := newApp(t, false)
	tr := engine.Turn{
		Events: []engine.Event{
			{Kind: engine.EventFactMention},
			{Kind: engine.EventSlow, Mood: 5, Note: "slow"},
			{Kind: engine.EventFactAsked, Note: "red light"},
			{Kind: engine.EventTrigger, Mood: -5, Note: "kind words"},
		},
		Findings: []scoring.Finding{
			{Hit: true, Note: "hit"}, {Criterion: scoring.Empathy, Note: "near"},
			{Criterion: scoring.Overpromise, Note: "no promise"}, // a harm avoided is praise
		},
	}
	want := []Hint{
		{Text: "red light", Good: true, Kind: HintFact},
		{Text: "slow", Kind: HintTiming},
		{Text: "kind words", Good: true, Kind: HintTip},
		{Text: "near", Kind: HintTip},
		{Text: "no promise", Good: true, Kind: HintTip},
	}
	assert.Equal(t, want, Hints(a, tr))
	assert.Empty(t, Hints(a, engine.Turn{}))
	for _, k := range []HintKind{HintFact, HintTiming, HintTip} {
		assert.NotEqual(t, HintLabel(k), a.T(HintLabel(k)), "kind %d has a label in the catalogue", k)
	}
}

func TestDebriefMovesBetweenTurnsWithBothArrowPairs(t *testing.T) {
	a, _, _ := newApp(t, false)
	c := playCall(t, a, "I understand", "I am sorry", "Why?")
	d := NewDebrief(c.Scn, c.Conv.Result())
	require.Len(t, d.Res.Turns, 3)
	steps := []struct {
		key  Key
		want int
	}{
		{KeyRight, 1}, {KeyDown, 2}, {KeyDown, 2}, {KeyLeft, 1}, {KeyUp, 0}, {KeyLeft, 0},
	}
	for _, s := range steps {
		before := d.Sel
		d.Fit(10)
		d.Scroll = 4
		scr := d.Update(a, Input{Presses: []Press{{Key: s.key}}})
		assert.Same(t, d, scr)
		assert.Equal(t, s.want, d.Sel, "after %v", s.key)
		if d.Sel != before {
			assert.Zero(t, d.Scroll, "a new turn shows from its top")
		} else {
			assert.Equal(t, 4, d.Scroll, "no turn further: the scroll stays")
		}
	}
}

func TestDebriefScrollsWithinWhatTheDrawingFound(t *testing.T) {
	a, _, _ := newApp(t, false)
	d := NewDebrief(a.Cfg.Pack.Scenarios[0], engine.Result{})
	page := func(k Key) { d.Update(a, Input{Presses: []Press{{Key: k}}}) }
	d.Fit(4)
	page(KeyPageDown)
	assert.Equal(t, ScrollStep, d.Scroll)
	page(KeyPageDown)
	assert.Equal(t, 4, d.Scroll, "no further than the end")
	page(KeyPageUp)
	assert.Equal(t, 4-ScrollStep, d.Scroll)
	page(KeyPageUp)
	assert.Equal(t, 0, d.Scroll)
	page(KeyEnd)
	assert.Equal(t, 4, d.Scroll)
	page(KeyHome)
	assert.Equal(t, 0, d.Scroll)
	d.Scroll = 9
	d.Fit(2)
	assert.Equal(t, 2, d.Scroll, "a smaller window keeps the scroll in range")
}

func TestDebriefShowsEachTurnWithWhatItAnswered(t *testing.T) {
	a, _, _ := newApp(t, false)
	c := playCall(t, a, "I understand", "What happened?")
	d := NewDebrief(c.Scn, c.Conv.Result())
	require.Len(t, d.Res.Turns, 2)
	start := c.Scn.Node(c.Scn.Start)
	assert.Equal(t, start.Say.Get("en"), d.Answered(0), "the first reply answers the opening")
	var after []string
	for _, l := range d.Res.Turns[0].Lines {
		after = append(after, l.Text)
	}
	require.NotEmpty(t, after)
	assert.Equal(t, after, d.Answered(1), "a later reply answers what the customer said after the one before")
	assert.Nil(t, d.Answered(2))

	for i, tr := range d.Res.Turns {
		d.Sel = i
		got, ok := d.Turn()
		require.True(t, ok)
		assert.Equal(t, c.Scn.Node(tr.Node).Model.Get("en"), got.Model, "turn %d: the model answer of the node it answered", i+1)
	}
	_, ok := NewDebrief(c.Scn, engine.Result{}).Turn()
	assert.False(t, ok)
}

func TestDebriefExplainsTheStepsAndStartsAtOneMissed(t *testing.T) {
	a, _, _ := newApp(t, false)
	r := engine.Result{Triad: engine.Triad{Understanding: true, Sorry: true}}
	d := NewDebrief(a.Cfg.Pack.Scenarios[0], r)
	items := d.Coverage()
	require.Len(t, items, 9)
	assert.Equal(t, "t.solve", items[d.Item].Key, "the first item missed is explained first")
	for _, it := range items {
		assert.Equal(t, it.Key+".why", it.Why)
		for _, lang := range []string{"nl", "en"} {
			assert.NotEqual(t, it.Why, T(lang, it.Why), "%s explains %s", lang, it.Key)
		}
	}
	d.Update(a, Input{Presses: []Press{{Key: KeyTab}}})
	assert.Equal(t, "s.listen", items[d.Item].Key)
	d.Update(a, Input{Presses: []Press{{Key: KeyTab, Shift: true}}})
	d.Update(a, Input{Presses: []Press{{Key: KeyTab, Shift: true}}})
	assert.Equal(t, "t.sorry", items[d.Item].Key)
	d.Item = 0
	d.Update(a, Input{Presses: []Press{{Key: KeyTab, Shift: true}}})
	assert.Equal(t, "s.aftercare", items[d.Item].Key, "Shift+Tab wraps round")
}

func TestPartBadAndUnearned(t *testing.T) {
	tests := []struct {
		part engine.Part
		bad  bool
	}{
		{engine.Part{What: "empathy", Points: 15}, false},
		{engine.Part{What: "blame", Points: -30}, true},
		{engine.Part{What: "blame", Points: 5}, true},
		{engine.Part{What: engine.PartRepeated, Points: -5}, true},
		{engine.Part{What: engine.PartFloor, Points: 20}, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.bad, PartBad(tc.part), tc.part.What)
	}
	var tr engine.Turn
	tr.Criteria.Set(scoring.Empathy, true)
	tr.Criteria.Set(scoring.Apology, true)
	tr.Criteria.Set(scoring.Blame, true)
	tr.Earned.Set(scoring.Apology, true)
	assert.Equal(t, []scoring.Criterion{scoring.Empathy}, Unearned(tr), "said again for nothing; blame always counts")
}
