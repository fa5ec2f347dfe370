package engine

import (
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios"
	"kalm/scoring"
)

// Scripts for fur-elise with the real scorer. The seed script follows the
// seeds: acknowledge, apologise, ask, summarise, then a concrete callback
// with a check that the time suits; the harmful one is the seeds' list of
// harmful replies: contract, website, supplier, management.
var (
	seedScript = map[string][]string{
		"nl": {
			"Twintig minuten in de wacht en dan de hele ochtend niet kunnen werken: ik snap heel goed dat u boos bent. Het spijt me echt.",
			"Wat ziet u precies op uw modem: welk lampje brandt er? En wat heeft u zelf al geprobeerd?",
			"Ik heb even meegeschreven. Als ik het goed begrijp, heeft u sinds vanochtend geen internet, knippert het lampje op de modem rood en moet u vanuit huis dringend mails versturen.",
			"Ik laat uw lijn nu doormeten en bel u vandaag om 14.00 uur terug met de uitkomst. Schikt dat tijdstip?",
		},
		"en": {
			"Twenty minutes on hold and a whole morning without internet while you need to work: I completely understand why you're angry. I'm really sorry.",
			"What exactly do you see on your modem: which light is on? And have you already tried anything yourself?",
			"Let me sum up what I've noted: you've had no internet since this morning, the light on the modem is blinking red, and you urgently need to send emails from home.",
			"I'll have your line tested now and call you back today at 2 pm with the result. Does that time work for you?",
		},
	}
	harmfulScript = map[string][]string{
		"nl": {
			"Dat staat gewoon in uw contract: een storing van een paar uur valt daaronder.",
			"Storingen kunt u zelf bekijken op onze website.",
			"Dat ligt aan onze leverancier, daar kunnen wij niets aan doen.",
			"Dat is een beslissing van het management, daar ga ik niet over.",
		},
		"en": {
			"That's covered by your contract: a few hours of downtime is allowed.",
			"You can check outages yourself on our website.",
			"That's our supplier's fault, there's nothing we can do about it.",
			"That's a management decision, it's not up to me.",
		},
	}
	// expected labels per seed reply, for a precise failure message.
	seedLabels = []scoring.Labels{
		{Empathy: true, Apology: true},
		{Question: true},
		{Summary: true},
		{Callback: true, Agreement: true},
	}
)

// requireRealScorer skips while the scorer is still the stub that finds
// nothing (it lands during the same session as the engine).
func requireRealScorer(t *testing.T) {
	t.Helper()
	r := scoring.New(scoring.Vocabulary{}).Score("Het spijt me echt, dat is heel vervelend voor u.", scoring.NL)
	if !r.Criteria.Apology && !r.Criteria.Empathy {
		t.Skip("the scorer is still a stub: it finds no apology in a plain apology")
	}
}

func script(lines []string) []Reply {
	out := make([]Reply, len(lines))
	for i, l := range lines {
		out[i] = Reply{Text: l}
	}
	return out
}

func TestSeedScriptResolvesFurElise(t *testing.T) {
	requireRealScorer(t)
	s := furElise(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			good, err := Replay(s, lang, script(seedScript[lang]), Options{Untimed: true})
			require.NoError(t, err)
			for i, turn := range good.Turns {
				want := seedLabels[i]
				for _, c := range scoring.Criteria() {
					if want.Get(c) {
						assert.True(t, turn.Criteria.Get(c), "reply %d %q: expected %s", i+1, turn.Reply, c)
					}
				}
				assert.False(t, turn.Criteria.Blame, "reply %d: no blame", i+1)
			}
			assert.Equal(t, Resolved, good.Outcome, "nodes: %v", nodes(good))

			bad, err := Replay(s, lang, script(harmfulScript[lang]), Options{Untimed: true})
			require.NoError(t, err)
			assert.NotEqual(t, Resolved, bad.Outcome)
			for i, turn := range bad.Turns {
				assert.True(t, turn.Criteria.Blame, "harmful reply %d %q: expected blame", i+1, turn.Reply)
			}
			assert.GreaterOrEqual(t, good.Score-bad.Score, 70, "good %d vs harmful %d", good.Score, bad.Score)
			assert.Equal(t, Triad{Understanding: true, Sorry: true, Solve: true}, good.Triad)
			assert.False(t, bad.Triad.Solve)
		})
	}
}

func nodes(r Result) []string {
	out := make([]string, len(r.Turns))
	for i, t := range r.Turns {
		out[i] = t.Node
	}
	return out
}

// TestModelAnswersResolveEveryBuiltinScenario replies with the current
// node's model answer at every turn: the debrief shows them as the way
// to do it, so they must lead to a resolution, in every language.
func TestModelAnswersResolveEveryBuiltinScenario(t *testing.T) {
	requireRealScorer(t)
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	for _, s := range p.Scenarios {
		for _, lang := range s.Languages() {
			t.Run(s.ID+"/"+lang, func(t *testing.T) {
				r := playModel(t, s, lang, nil)
				assert.Equal(t, Resolved, r.Outcome, "model answers at nodes %v", nodes(r))
				for _, turn := range r.Turns {
					assert.False(t, turn.Criteria.Blame || turn.Criteria.Overpromise, "model answer at %s blames or overpromises: %q", turn.Node, turn.Reply)
				}
			})
		}
	}
}

// callRuns are the whole calls TestCallScoreIsFair plays in every
// built-in scenario: the model answers, the same sympathetic line five
// times before following the model answers, and blaming replies.
var farmLine = map[string]string{
	"nl": "Het spijt me zo, dat moet echt heel frustrerend zijn.",
	"en": "I'm so sorry, that must be really frustrating.",
}

// sympathyLines say sorry and show understanding five times in other
// words each time (no repeat), without a step: a farm the repeat check
// cannot see.
var sympathyLines = map[string][]string{
	"nl": {"Het spijt me zo, dat moet echt heel frustrerend zijn.", "Wat vervelend voor u, ik begrijp hoe boos u bent.",
		"Sorry hoor, ik snap echt dat dit u irriteert.", "Mijn excuses, dit is heel naar voor u.", "Ik kan me voorstellen hoe frustrerend dit is, het spijt me."},
	"en": {"I'm so sorry, that must be really frustrating.", "I totally understand how annoyed you are, I apologise.",
		"That sounds awful, I'm really sorry.", "My apologies, I can imagine how upsetting this is.", "I get why you're angry, and I'm sorry about it."},
}

var blameLines = map[string][]string{
	"nl": {"Dat staat zo in uw contract, daar kan ik niets aan doen.", "Dat is de schuld van de leverancier, niet van ons.", "Kijkt u maar op onze website, daar staat alles."},
	"en": {"That's what your contract says, I can't do anything about it.", "That's the supplier's fault, not ours.", "Just look on our website, it's all there."},
}

// playModel replies with the current node's model answer until the end,
// after the replies in first.
func playModel(t *testing.T, s *scenarios.Scenario, lang string, first []string) Result {
	t.Helper()
	c, err := Start(s, lang, Options{Untimed: true})
	require.NoError(t, err)
	for _, r := range first {
		if c.Ended() {
			break
		}
		_, err := c.Reply(r, 0)
		require.NoError(t, err)
	}
	for !c.Ended() {
		_, err := c.Reply(c.Model(), 0)
		require.NoError(t, err)
	}
	return c.Result()
}

// TestCallScoreIsFair: in every built-in scenario and language the model
// answers score at least 85 and never stall, repeating one sympathetic
// line scores below them, sympathy in five different wordings before the
// first step scores at least 10 below them, blaming scores at most 20,
// and each breakdown adds up.
func TestCallScoreIsFair(t *testing.T) {
	requireRealScorer(t)
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	for _, s := range p.Scenarios {
		for _, lang := range s.Languages() {
			t.Run(s.ID+"/"+lang, func(t *testing.T) {
				model := playModel(t, s, lang, nil)
				farm := playModel(t, s, lang, slices.Repeat([]string{farmLine[lang]}, 5))
				stall := playModel(t, s, lang, sympathyLines[lang])
				blame, err := Replay(s, lang, script(slices.Repeat(blameLines[lang], 4)), Options{Untimed: true})
				require.NoError(t, err)
				for _, r := range []Result{model, farm, stall, blame} {
					assertBreakdownSums(t, r)
				}
				t.Logf("%s/%s: model %d (%d turns), repeated %d (%d turns), sympathy in other words %d, blaming %d", s.ID, lang,
					model.Score, len(model.Turns), farm.Score, len(farm.Turns), stall.Score, blame.Score)
				assert.GreaterOrEqual(t, model.Score, 85, "model answers: %+v", model.Breakdown)
				assert.NotContains(t, partNames(model.Breakdown), PartStalled, "a model answer always takes a step")
				assert.Less(t, farm.Score, model.Score, "repeated line: %+v", farm.Breakdown)
				assert.LessOrEqual(t, stall.Score, model.Score-10, "sympathy in other words, no step: %+v", stall.Breakdown)
				assert.LessOrEqual(t, blame.Score, 20, "blaming: %+v", blame.Breakdown)
			})
		}
	}
}

// TestAgreementCheckIsNoQuestion: asking whether a proposed time suits
// the customer is agreement; the customer is not left waiting for an
// answer to a "question", and the reply earns agreement's points.
func TestAgreementCheckIsNoQuestion(t *testing.T) {
	requireRealScorer(t)
	cases := []struct{ lang, reply string }{
		{"nl", "Ik bel u vandaag om vier uur terug. Komt vier uur u uit?"},
		{"nl", "Ik laat morgenvroeg een technieker langskomen, schikt dat voor u?"},
		{"en", "I'll call you back at 3 this afternoon, would 3 in the afternoon work?"},
		{"en", "I can ring you tomorrow at ten with the result. Does that suit you?"},
	}
	for _, tc := range cases {
		t.Run(tc.reply, func(t *testing.T) {
			c, err := Start(furElise(t), tc.lang, Options{Untimed: true})
			require.NoError(t, err)
			tr, err := c.Reply(tc.reply, 0)
			require.NoError(t, err)
			assert.True(t, tr.Criteria.Agreement)
			assert.False(t, tr.Criteria.Question, "a check that the plan suits is no open question")
			assert.Contains(t, tr.Parts, Part{What: "agreement", Points: scoring.DefaultWeights()[scoring.Agreement]})
		})
	}
}

// TestResolvedEndingsDoNotNameATime: the player chooses when to call
// back, so a built-in ending that answers it ("Within the hour, then")
// would contradict a player who said "at four". Endings stay general.
func TestResolvedEndingsDoNotNameATime(t *testing.T) {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	times := regexp.MustCompile(`(?i)\b(tomorrow|tonight|morgen|vanavond|within|binnen|o'clock|uur|hour|minutes|minuten|\d)\b`)
	for _, s := range p.Scenarios {
		for _, n := range s.Nodes {
			if n.End != scenarios.Resolved {
				continue
			}
			for _, lang := range s.Languages() {
				for _, line := range n.Say.Get(lang) {
					assert.False(t, times.MatchString(line), "%s/%s %s: %q names a time", s.ID, n.ID, lang, line)
				}
			}
		}
	}
}

// partNames returns the What of each part.
func partNames(parts []Part) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.What
	}
	return out
}
