package engine

import (
	"errors"
	"fmt"
	"strings"

	"kalm/scenarios"
	"kalm/scoring"
)

// Timing and scoring constants of the engine (docs/scenario-format.md).
const (
	MaxHoldAnger      = 30   // the hold adds at most this much anger
	SpeakBaseMS       = 1000 // every customer turn takes this long to start
	SpeakPerWordMS    = 400  // and this much per word
	InterruptMood     = 10   // anger an interruption adds
	InterruptPoints   = -5   // points an interruption costs
	SlowGraceMS       = 15000
	SlowPerWordMS     = 1500 // typing allowance per word of the reply
	SlowStepMS        = 15000
	SlowStepMood      = 3
	SlowMaxMood       = 12
	BreakingPointMood = 100
	MaxReplyBytes     = scoring.MaxReplyBytes // longer replies are cut before scoring
)

// DefaultReactions returns the mood change each criterion causes.
func DefaultReactions() map[scoring.Criterion]int {
	return map[scoring.Criterion]int{
		scoring.Empathy:     -10,
		scoring.Apology:     -8,
		scoring.Callback:    -12,
		scoring.Question:    -4,
		scoring.Summary:     -6,
		scoring.Agreement:   -5,
		scoring.Blame:       20,
		scoring.Overpromise: 10,
	}
}

// OutcomeBonus returns the points an outcome adds to a call's score.
func OutcomeBonus(o Outcome) int {
	switch o {
	case Resolved:
		return ResolvedPoints
	case HungUp:
		return HungUpPoints
	}
	return 0
}

// ErrEnded is returned when a reply is sent after the conversation ended.
var ErrEnded = errors.New("the conversation has ended")

// Conversation is one run of a scenario. It is not safe for concurrent
// use; run each conversation in one goroutine.
type Conversation struct {
	sc        *scenarios.Scenario
	lang      string
	slang     scoring.Lang
	scorer    Scorer
	weights   scoring.Weights
	reactions map[scoring.Criterion]int
	untimed   bool

	// the scenario's phrases, compiled once with the scorer's matcher
	triggers []phrases // per Triggers entry
	mentions []phrases // per Facts entry
	asks     []phrases // per Facts entry

	node      *scenarios.Node
	lines     []Line
	mood      int
	startMood int
	known     map[string]bool
	plan      bool
	outcome   Outcome
	turns     []Turn
	earn      earning
	silence   silenceRule
}

// Start begins a conversation with scenario s in lang ("nl" or "en").
func Start(s *scenarios.Scenario, lang string, opt Options) (*Conversation, error) {
	if s == nil {
		return nil, errors.New("no scenario")
	}
	if !s.HasLang(lang) {
		return nil, fmt.Errorf("scenario %s is not written in %q (it has %s)", s.ID, lang, strings.Join(s.Languages(), ", "))
	}
	sl, err := scoring.ParseLang(lang)
	if err != nil || sl == scoring.Auto {
		return nil, fmt.Errorf("unknown language %q (want nl or en)", lang)
	}
	start, err := startNode(s, opt)
	if err != nil {
		return nil, err
	}
	c := &Conversation{
		sc:        s,
		lang:      lang,
		slang:     sl,
		scorer:    opt.Scorer,
		weights:   scoring.DefaultWeights(),
		reactions: DefaultReactions(),
		untimed:   opt.Untimed,
		node:      start,
		known:     make(map[string]bool, len(s.Facts)),
		outcome:   Unfinished,
	}
	if c.scorer == nil {
		c.scorer = ScorerFor(s)
	}
	c.weights = c.weights.With(criteria(s.Weights))
	for k, v := range s.Reactions {
		c.reactions[scoring.Criterion(k)] = v
	}
	askable := 0
	for _, f := range s.Facts {
		if f.Known {
			c.known[f.ID] = true
		} else {
			askable++
		}
	}
	ph := opt.Phrases
	if ph == nil || ph.sc != s || ph.lang != lang {
		ph = CompilePhrases(s, lang)
	}
	c.triggers, c.mentions, c.asks = ph.triggers, ph.mentions, ph.asks
	c.earn = newEarning(askable)
	c.silence = newSilence(s.Silence, lang)
	c.mood = clamp(s.Mood + holdAnger(s.Customer.Hold, opt.HoldMS))
	if opt.Mood != nil {
		c.mood = *opt.Mood
	}
	c.startMood = c.mood
	c.lines = c.speak(nil, start.Say.Get(lang))
	if start.End != "" {
		c.outcome = Outcome(start.End)
	}
	return c, nil
}

// startNode returns the node the call starts at (opt.From, else the
// scenario's start) after checking opt.Mood.
func startNode(s *scenarios.Scenario, opt Options) (*scenarios.Node, error) {
	if opt.Mood != nil && (*opt.Mood < 0 || *opt.Mood > BreakingPointMood) {
		return nil, fmt.Errorf("start mood %d is out of range (expected 0 to %d)", *opt.Mood, BreakingPointMood)
	}
	if opt.From == "" {
		start := s.Node(s.Start)
		if start == nil {
			return nil, fmt.Errorf("scenario %s: start node %q does not exist", s.ID, s.Start)
		}
		return start, nil
	}
	n := s.Node(opt.From)
	if n == nil {
		return nil, fmt.Errorf("scenario %s has no node %q to start from (expected one of: %s)", s.ID, opt.From, strings.Join(NodeIDs(s), ", "))
	}
	return n, nil
}

// CheckStart reports whether a conversation with s could start with
// opt's From and Mood, with the error Start would give.
func CheckStart(s *scenarios.Scenario, opt Options) error {
	if s == nil {
		return errors.New("no scenario")
	}
	_, err := startNode(s, opt)
	return err
}

// NodeIDs returns the ids of s's nodes in the order they are written.
func NodeIDs(s *scenarios.Scenario) []string {
	ids := make([]string, 0, len(s.Nodes))
	for _, n := range s.Nodes {
		if n != nil {
			ids = append(ids, n.ID)
		}
	}
	return ids
}

// holdAnger is the anger the hold adds.
func holdAnger(h scenarios.Hold, holdMS *int) int {
	minutes := h.Minutes
	if holdMS != nil {
		minutes = *holdMS / 60000
	}
	per := 1
	if h.AngerPerMinute != nil {
		per = *h.AngerPerMinute
	}
	a := minutes * per
	if a > MaxHoldAnger {
		a = MaxHoldAnger
	}
	if a < 0 {
		a = 0
	}
	return a
}

// Scenario returns the scenario being played.
func (c *Conversation) Scenario() *scenarios.Scenario { return c.sc }

// Lang returns the language of the run.
func (c *Conversation) Lang() string { return c.lang }

// Lines returns what the customer is saying now (the opening before the
// first reply, then the answer to the last reply).
func (c *Conversation) Lines() []Line { return c.lines }

// SpeakMS returns how long the customer takes to say Lines.
func (c *Conversation) SpeakMS() int {
	t := 0
	for _, l := range c.lines {
		t += l.SpeakMS
	}
	return t
}

// Mood returns the customer's anger, 0..100.
func (c *Conversation) Mood() int { return c.mood }

// Node returns the id of the node the customer is at.
func (c *Conversation) Node() string { return c.node.ID }

// Model returns the model answer at the current node ("" at an ending).
func (c *Conversation) Model() string { return c.node.Model.Get(c.lang) }

// Ended reports whether the conversation has reached an ending.
func (c *Conversation) Ended() bool { return c.outcome != Unfinished }

// Outcome returns the ending, or Unfinished.
func (c *Conversation) Outcome() Outcome { return c.outcome }

// Turns returns the turns so far.
func (c *Conversation) Turns() []Turn { return c.turns }

// Known reports whether fact id is known by now.
func (c *Conversation) Known(id string) bool { return c.known[id] }

// Score returns the call's score out of MaxScore so far (with the
// outcome once ended).
func (c *Conversation) Score() int { return c.CallScore().Score }

// CallScore returns the call's score so far with its breakdown.
func (c *Conversation) CallScore() CallScore {
	return scoreCall(c.turns, c.outcome, c.startMood, c.mood, c.weights)
}

// Weights returns the scoring table of the run: the defaults with the
// scenario's overrides.
func (c *Conversation) Weights() scoring.Weights { return c.weights }

// criteria turns a scenario's weights (criterion names) into scoring's.
func criteria(m map[string]int) map[scoring.Criterion]int {
	out := make(map[scoring.Criterion]int, len(m))
	for k, v := range m {
		out[scoring.Criterion(k)] = v
	}
	return out
}

// speak turns texts into lines with their speaking time.
func (c *Conversation) speak(dst []Line, texts []string) []Line {
	for _, t := range texts {
		dst = append(dst, Line{Text: t, SpeakMS: SpeakMS(t)})
	}
	return dst
}

// SpeakMS is how long the customer takes to say text: a pause plus a
// fixed time per word (about 150 words a minute).
func SpeakMS(text string) int {
	return SpeakBaseMS + SpeakPerWordMS*len(strings.Fields(text))
}

func clamp(m int) int {
	if m < 0 {
		return 0
	}
	if m > 100 {
		return 100
	}
	return m
}

// ScorerFor returns a scorer with s's vocabulary. Building one takes a
// few milliseconds, so a server should build it once per scenario and
// pass it in Options to every conversation.
func ScorerFor(s *scenarios.Scenario) Scorer {
	return scoring.New(s.Vocabulary.Scoring())
}
