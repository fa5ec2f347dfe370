package engine

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scoring"
)

// tagScorer labels a reply by the #criterion tags written in it, so the
// engine's mechanics are tested apart from the real scorer's rules.
type tagScorer struct{}

func (tagScorer) ScoreTurn(t scoring.Turn) scoring.Result {
	reply := t.Reply
	res := scoring.Result{Lang: t.Lang}
	for _, c := range scoring.Criteria() {
		if i := strings.Index(reply, "#"+string(c)); i >= 0 {
			res.Criteria.Set(c, true)
			res.Findings = append(res.Findings, scoring.Finding{Criterion: c, Hit: true, Start: i, End: i + 1 + len(c), Text: "#" + string(c), Rule: "tag"})
		}
	}
	if res.Criteria.Blame {
		res.BlameKind = scoring.BlameContract
	}
	return res
}

func furElise(t testing.TB) *scenarios.Scenario {
	t.Helper()
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	s := p.Scenario("fur-elise")
	require.NotNil(t, s)
	return s
}

func tagged() Options { return Options{Scorer: tagScorer{}, Untimed: true} }

func ms(n int) *int { return &n }

func TestStartMoodAddsHold(t *testing.T) {
	s := furElise(t)
	cases := []struct {
		name string
		hold *int
		want int
	}{
		{"scenario's 20 minutes", nil, 70},
		{"skipped the hold", ms(0), 50},
		{"waited five minutes", ms(5*60000 + 59000), 55},
		{"an hour is capped", ms(60 * 60000), 50 + MaxHoldAnger},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tagged()
			opt.HoldMS = tc.hold
			c, err := Start(s, "nl", opt)
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Mood())
			assert.Equal(t, tc.want, c.Result().StartMood)
		})
	}
}

func TestStartRejectsBadInput(t *testing.T) {
	s := furElise(t)
	_, err := Start(s, "fr", tagged())
	assert.ErrorContains(t, err, `not written in "fr"`)
	_, err = Start(nil, "nl", tagged())
	assert.Error(t, err)
}

func TestSeedPathResolves(t *testing.T) {
	s := furElise(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			c, err := Start(s, lang, tagged())
			require.NoError(t, err)
			assert.Len(t, c.Lines(), 3, "the opening rant")
			assert.NotEmpty(t, c.Model())

			tr, err := c.Reply("#empathy #apology", 0)
			require.NoError(t, err)
			assert.Equal(t, "heard", c.Node())
			w := scoring.DefaultWeights()
			assert.Equal(t, w[scoring.Empathy]+w[scoring.Apology]+ListenPoints, tr.Points, "untimed, not interrupting is listening")
			assert.Equal(t, 70-18, tr.Mood)

			// A question with the fact's ask words reveals both facts.
			tr, err = c.Reply("#question modem? geprobeerd? tried?", 0)
			require.NoError(t, err)
			assert.Equal(t, "details", c.Node())
			assert.True(t, c.Known("modem-light"))
			assert.True(t, c.Known("restarted"))
			require.GreaterOrEqual(t, len(tr.Lines), 3)
			assert.Equal(t, "modem-light", tr.Lines[0].Revealed)

			tr, err = c.Reply("#summary ochtend, thuis, mail; morning, from home, email", 0)
			require.NoError(t, err)
			assert.Equal(t, "summarised", c.Node())

			tr, err = c.Reply("#callback #agreement", 0)
			require.NoError(t, err)
			assert.True(t, tr.Ended)
			assert.Equal(t, Resolved, c.Outcome())

			r := c.Result()
			calm := calmPoints(r.StartMood, r.Mood, r.Outcome)
			assert.Positive(t, calm)
			assert.Equal(t, 65+ListenPoints+ResolvedPoints+calm, r.Score, "every helpful criterion earned once, listened, resolved, anger down")
			assert.Equal(t, MaxScore, r.Max)
			assertBreakdownSums(t, r)
			assert.Equal(t, Triad{Understanding: true, Sorry: true, Solve: true}, r.Triad)
			assert.Equal(t, Steps{Listen: true, Summarise: true, ApologiseAndAsk: true, Analyse: true, Plan: true, Aftercare: true}, r.Steps)
			assert.Len(t, r.Turns, 4)
			for _, turn := range r.Turns {
				assert.NotEmpty(t, turn.Model, "every turn carries the node's model answer")
			}

			_, err = c.Reply("anything", 0)
			assert.ErrorIs(t, err, ErrEnded)
		})
	}
}

func TestBlameDrivesTheCustomerAway(t *testing.T) {
	s := furElise(t)
	r, err := Replay(s, "en", []Reply{{Text: "#blame"}, {Text: "#blame"}, {Text: "#empathy"}}, tagged())
	require.NoError(t, err)
	assert.Equal(t, HungUp, r.Outcome)
	assert.Len(t, r.Turns, 2, "replies after the ending are ignored")
	assert.Equal(t, "brushed-off", r.Turns[1].Node)
	assert.Equal(t, 0, r.Score, "two blames and a hang-up: nothing left")
	assert.Equal(t, []Part{{What: "blame", Points: -30}, {What: PartListen, Points: ListenPoints}, {What: PartHungUp, Points: HungUpPoints},
		{What: PartFloor, Points: 30 - ListenPoints - HungUpPoints}}, r.Breakdown)
	assert.False(t, r.Triad.Understanding)
}

func TestOverpromiseIsDoubted(t *testing.T) {
	s := furElise(t)
	c, err := Start(s, "nl", tagged())
	require.NoError(t, err)
	tr, err := c.Reply("#overpromise", 0)
	require.NoError(t, err)
	assert.Equal(t, "doubtful", c.Node())
	assert.Equal(t, 70+10+5, tr.Mood)
	assert.Equal(t, scoring.DefaultWeights()[scoring.Overpromise]+ListenPoints, tr.Points)
}

func TestTriggerPhraseAngers(t *testing.T) {
	s := furElise(t)
	c, err := Start(s, "en", tagged())
	require.NoError(t, err)
	tr, err := c.Reply("Please CALM DOWN, sir.", 0)
	require.NoError(t, err)
	require.NotEmpty(t, tr.Events)
	assert.Equal(t, EventTrigger, tr.Events[0].Kind)
	assert.Equal(t, "CALM DOWN", tr.Events[0].Text, "the event quotes the reply's own words")
	assert.NotEmpty(t, tr.Events[0].Note)
	assert.Equal(t, -10+ListenPoints, tr.Points)
	assert.Equal(t, 70+15+5, tr.Mood, "trigger plus the default transition's +5")
}

func TestTiming(t *testing.T) {
	s := furElise(t)
	opt := Options{Scorer: tagScorer{}}
	c, err := Start(s, "nl", opt)
	require.NoError(t, err)
	speak := c.SpeakMS()
	assert.Greater(t, speak, 10000, "the opening rant takes a while to say")

	t.Run("interrupting the rant costs", func(t *testing.T) {
		c, _ := Start(s, "nl", opt)
		tr, err := c.Reply("#empathy", speak/2)
		require.NoError(t, err)
		require.Len(t, tr.Events, 1)
		assert.Equal(t, EventInterrupted, tr.Events[0].Kind)
		assert.Contains(t, tr.Events[0].Note, "onderbrak")
		assert.Equal(t, scoring.DefaultWeights()[scoring.Empathy]+InterruptPoints, tr.Points)
		assert.Equal(t, 70-10+InterruptMood, tr.Mood)
		assert.False(t, c.Result().Steps.Listen)
	})
	t.Run("answering right after the rant gets a hint", func(t *testing.T) {
		c, _ := Start(s, "nl", opt)
		_, _, ok := c.Silence()
		require.True(t, ok)
		tr, err := c.Reply("#empathy", speak+SilenceMinMS-1000)
		require.NoError(t, err)
		require.Len(t, tr.Events, 1)
		assert.Equal(t, EventRushed, tr.Events[0].Kind)
		assert.Contains(t, tr.Events[0].Note, "stilte")
		assert.Equal(t, 60, tr.Mood)
		assert.False(t, c.Result().Steps.Listen, "no silence, no listening step")
		_, _, ok = c.Silence()
		assert.False(t, ok, "the silence is only before the first reply")
	})
	t.Run("a silence after the rant lets the customer breathe", func(t *testing.T) {
		c, _ := Start(s, "en", opt)
		speak := c.SpeakMS()
		at, lines, ok := c.Silence()
		require.True(t, ok)
		assert.Equal(t, speak+SilenceMinMS, at)
		require.Len(t, lines, 1)
		assert.Equal(t, "Hello? Are you still there?", lines[0].Text)
		tr, err := c.Reply("#empathy", speak+SilenceMinMS+2000)
		require.NoError(t, err)
		require.Len(t, tr.Events, 1)
		assert.Equal(t, EventSilence, tr.Events[0].Kind)
		assert.Equal(t, 70-10+SilenceMood, tr.Mood)
		assert.Contains(t, tr.Parts, Part{What: PartListen, Points: ListenPoints})
		assert.True(t, c.Result().Steps.Listen)
	})
	t.Run("a much longer silence is no longer a good one", func(t *testing.T) {
		c, _ := Start(s, "nl", opt)
		tr, err := c.Reply("#empathy", speak+SilenceMaxMS+5000)
		require.NoError(t, err)
		require.Len(t, tr.Events, 1)
		assert.Equal(t, EventSlow, tr.Events[0].Kind)
		assert.Greater(t, tr.Mood, 60)
		assert.NotContains(t, tr.Parts, Part{What: PartListen, Points: ListenPoints})
	})
	t.Run("a scenario can switch the silence off", func(t *testing.T) {
		off := *s
		off.Silence = scenarios.Silence{Off: true}
		c, _ := Start(&off, "nl", opt)
		_, _, ok := c.Silence()
		assert.False(t, ok)
		tr, err := c.Reply("#empathy", speak+1000)
		require.NoError(t, err)
		assert.Empty(t, tr.Events)
		assert.True(t, c.Result().Steps.Listen, "without the silence, not interrupting is listening")
	})
	t.Run("slow replies raise anger", func(t *testing.T) {
		c, _ := Start(s, "nl", opt)
		allow := speak + SlowGraceMS + SlowPerWordMS*1
		tr, err := c.Reply("#empathy", allow+2*SlowStepMS+1)
		require.NoError(t, err)
		require.Len(t, tr.Events, 1)
		assert.Equal(t, EventSlow, tr.Events[0].Kind)
		assert.Equal(t, 3*SlowStepMood, tr.Events[0].Mood)
		assert.Equal(t, 70-10+3*SlowStepMood, tr.Mood)
	})
	t.Run("very slow is capped", func(t *testing.T) {
		c, _ := Start(s, "nl", opt)
		tr, err := c.Reply("#empathy", speak+10*60000)
		require.NoError(t, err)
		assert.Equal(t, SlowMaxMood, tr.Events[0].Mood)
	})
	t.Run("untimed ignores elapsed time", func(t *testing.T) {
		c, _ := Start(s, "nl", tagged())
		tr, err := c.Reply("#empathy", 1)
		require.NoError(t, err)
		assert.Empty(t, tr.Events)
	})
}

// loose reads a scenario even if the loader finds problems, to test the
// engine's own guards.
func loose(t *testing.T, src string) *scenarios.Scenario {
	t.Helper()
	s, _ := scenarios.ParseScenario("test.yaml", []byte(src))
	require.NotNil(t, s)
	return s
}

const tinyScenario = `
id: tiny
difficulty: 1
title: {nl: t, en: t}
briefing: {nl: b, en: b}
customer: {name: Ann, persona: {nl: p, en: p}}
mood: 60
max_turns: 3
start: a
nodes:
  - id: a
    say: {nl: Hallo, en: Hello}
    model: {nl: m, en: m}
    next:
      - when: {any: [agreement]}
        goto: done
      - goto: a
  - id: done
    end: resolved
    say: {nl: Dag, en: Bye}
  - id: gone
    end: hung_up
    say: {nl: Klik, en: Click}
`

func TestNoConcretePlanNoResolution(t *testing.T) {
	s := loose(t, tinyScenario)
	c, err := Start(s, "en", tagged())
	require.NoError(t, err)
	tr, err := c.Reply("#agreement", 0)
	require.NoError(t, err)
	assert.False(t, tr.Ended, "agreement without any callback cannot resolve")
	assert.Equal(t, EventNoPlan, tr.Events[len(tr.Events)-1].Kind)
	tr, err = c.Reply("#callback #agreement", 0)
	require.NoError(t, err)
	assert.Equal(t, Resolved, tr.Outcome)
}

func TestMaxTurnsEndsTheCall(t *testing.T) {
	s := loose(t, tinyScenario)
	r, err := Replay(s, "nl", []Reply{{Text: "a"}, {Text: "b"}, {Text: "c"}, {Text: "d"}}, tagged())
	require.NoError(t, err)
	assert.Equal(t, HungUp, r.Outcome)
	assert.Len(t, r.Turns, 3)
}

func TestBreakingPointHangsUp(t *testing.T) {
	s := loose(t, tinyScenario)
	c, err := Start(s, "nl", tagged())
	require.NoError(t, err)
	tr, err := c.Reply("#blame #overpromise", 0) // 60+20+10 = 90
	require.NoError(t, err)
	assert.False(t, tr.Ended)
	tr, err = c.Reply("#blame", 0)
	require.NoError(t, err)
	assert.Equal(t, 100, tr.Mood)
	assert.Equal(t, HungUp, tr.Outcome)
	assert.Equal(t, "Klik", tr.Lines[0].Text)
}

func TestUnfinishedWhenRepliesRunOut(t *testing.T) {
	r, err := Replay(furElise(t), "nl", []Reply{{Text: "#empathy"}}, tagged())
	require.NoError(t, err)
	assert.Equal(t, Unfinished, r.Outcome)
	assert.Equal(t, scoring.DefaultWeights()[scoring.Empathy]+ListenPoints+calmPoints(r.StartMood, r.Mood, r.Outcome), r.Score)
	assert.Equal(t, 0, r.Bonus, "no outcome points for an unfinished call")
}

func TestDeterministic(t *testing.T) {
	s := furElise(t)
	script := []Reply{{"#empathy rustig maar", 30000}, {"#question lampje?", 1000}, {"#summary ochtend", 90000}, {"#callback", 20000}, {"#agreement", 20000}}
	opt := Options{Scorer: tagScorer{}}
	a, err := Replay(s, "nl", script, opt)
	require.NoError(t, err)
	b, err := Replay(s, "nl", script, opt)
	require.NoError(t, err)
	assert.Equal(t, a, b)

	c, err := Start(s, "nl", opt)
	require.NoError(t, err)
	for _, r := range script {
		if c.Ended() {
			break
		}
		_, err := c.Reply(r.Text, r.ElapsedMS)
		require.NoError(t, err)
	}
	assert.Equal(t, a, c.Result(), "Replay equals playing turn by turn")
	assert.Len(t, a.Turns, len(script))
	assert.Equal(t, EventInterrupted, a.Turns[1].Events[0].Kind)
}

func TestConcurrentConversationsShareScenarioAndScorer(t *testing.T) {
	s := furElise(t)
	opt := Options{Scorer: scoring.New(s.Vocabulary.Scoring()), Untimed: true}
	want, err := Replay(s, "en", []Reply{{Text: "I'm sorry."}, {Text: "What does the modem light show?"}}, opt)
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([]Result, 64)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = Replay(s, "en", []Reply{{Text: "I'm sorry."}, {Text: "What does the modem light show?"}}, opt)
		}()
	}
	wg.Wait()
	for _, r := range results {
		assert.Equal(t, want, r)
	}
}

func TestLongRepliesAreCut(t *testing.T) {
	c, err := Start(furElise(t), "nl", tagged())
	require.NoError(t, err)
	tr, err := c.Reply(strings.Repeat("é", MaxReplyBytes), 0)
	require.NoError(t, err)
	assert.LessOrEqual(t, len(tr.Reply), MaxReplyBytes)
	assert.True(t, strings.HasPrefix(tr.Reply, "é"))
}

// TestPhraseMatching: packs' triggers and fact words are matched with
// the scorer's reading of the reply: spacing, case, accents and spelling
// variants do not matter, a negation before the phrase keeps it from
// firing, and a phrase of the other language is understood too.
func TestPhraseMatching(t *testing.T) {
	cases := []struct {
		name, lang string
		words      scenarios.Lines
		reply      string
		want       bool
	}{
		{"two spaces", "en", enLines("calm down"), "Please calm  down, sir.", true},
		{"upper case", "en", enLines("calm down"), "CALM DOWN!", true},
		{"negated far back", "en", enLines("calm down"), "I would never tell you to calm down.", false},
		{"negated nl", "nl", nlLines("rustig maar"), "Ik zou nooit rustig maar tegen u zeggen.", false},
		{"nl plain", "nl", nlLines("rustig maar"), "Rustig maar, meneer.", true},
		{"accents", "nl", nlLines("kalm blijven"), "Kálm blijven alstublieft.", true},
		{"contraction", "en", enLines("do not shout"), "Don't shout at me.", true},
		{"stem", "nl", nlLines("modem"), "Brandt het modemlampje rood?", true},
		{"inside a word", "nl", nlLines("modem"), "Is dat een batmodem?", false},
		{"other language", "nl", enLines("error"), "Welke error krijgt u te zien?", true},
		{"negation elsewhere", "en", enLines("calm down"), "Don't worry. Calm down, we'll fix it.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, got := compileLines(c.words, c.lang).find(scoring.Read(c.reply))
			assert.Equal(t, c.want, got)
		})
	}
}

func enLines(s ...string) scenarios.Lines { return scenarios.Lines{EN: s} }
func nlLines(s ...string) scenarios.Lines { return scenarios.Lines{NL: s} }

// assertBreakdownSums checks that a result's breakdown adds up to its
// score and that the score is within 0..Max.
func assertBreakdownSums(t *testing.T, r Result) {
	t.Helper()
	sum := 0
	for _, p := range r.Breakdown {
		sum += p.Points
	}
	assert.Equal(t, r.Score, sum, "the breakdown adds up to the score: %+v", r.Breakdown)
	assert.GreaterOrEqual(t, r.Score, 0)
	assert.LessOrEqual(t, r.Score, r.Max)
}
