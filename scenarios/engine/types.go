// Package engine plays a scenario: it scores each reply, moves the
// customer's mood and walks the scenario's graph to an ending. It is pure
// Go, deterministic (no clock, randomness or goroutines of its own) and
// keeps no global state, so a server may run thousands of conversations
// at once.
package engine

import (
	"kalm/scenarios"
	"kalm/scoring"
)

// Scorer scores one reply as the answer to what the customer is saying;
// *scoring.Scorer implements it.
type Scorer interface {
	ScoreTurn(t scoring.Turn) scoring.Result
}

// Options adjust a conversation.
type Options struct {
	// Scorer scores the replies; nil means scoring.New with the
	// scenario's vocabulary. Share one scorer between conversations.
	Scorer Scorer
	// HoldMS is how long the player actually waited on hold (or until
	// they skipped it); nil means the scenario's own hold minutes.
	HoldMS *int
	// Untimed ignores the replies' elapsed times: no interruptions, no
	// slow replies (scripts and piped text play).
	Untimed bool
	// From is the id of the node the call starts at; "" means the
	// scenario's start. A trainer tries a later part of a scenario
	// without playing up to it.
	From string
	// Mood, when set, is the anger (0..100) the call starts with instead
	// of the scenario's mood plus the hold.
	Mood *int
	// Phrases are the scenario's words compiled for the call's language
	// (CompilePhrases); nil, or ones of another scenario or language,
	// means Start compiles them. A server re-playing many calls shares
	// one per scenario and language.
	Phrases *Phrases
}

// Outcome is how a conversation ended.
type Outcome string

// The outcomes. Unfinished: the replies ran out before an ending.
const (
	Resolved   Outcome = scenarios.Resolved
	HungUp     Outcome = scenarios.HungUp
	Escalated  Outcome = scenarios.Escalated
	Unfinished Outcome = "unfinished"
)

// Line is one line the customer says and how long saying it takes.
type Line struct {
	Text     string `json:"text"`
	SpeakMS  int    `json:"speak_ms"`
	Revealed string `json:"revealed,omitempty"` // fact id when the line reveals a fact
}

// Reply is one reply of a transcript with the time it took, measured
// from the moment the customer started talking.
type Reply struct {
	Text      string `json:"text"`
	ElapsedMS int    `json:"elapsed_ms"`
}

// Event kinds the engine adds to a turn's findings.
const (
	EventInterrupted = "interrupted"  // replied before the customer finished
	EventSlow        = "slow"         // took long to reply
	EventTrigger     = "trigger"      // a scenario trigger phrase
	EventFactAsked   = "fact_asked"   // a question asked for a fact
	EventFactMention = "fact_mention" // the reply mentions a known fact
	EventNoPlan      = "no_plan"      // resolution refused: no concrete next step yet
	EventRepeated    = "repeated"     // the reply says (nearly) what an earlier one said
	EventStalled     = "stalled"      // another reply in a row that moved the call nowhere
	EventSilence     = "silence"      // a silence after the rant let the customer breathe
	EventRushed      = "rushed"       // the first reply came right after the rant, without a silence
)

// Event is something the engine (not the scorer) saw in a reply.
type Event struct {
	Kind   string `json:"kind"`
	Mood   int    `json:"mood"`   // anger it added (negative calms)
	Points int    `json:"points"` // points it added
	Fact   string `json:"fact,omitempty"`
	Text   string `json:"text,omitempty"` // the words, for a trigger
	Note   string `json:"note,omitempty"` // for the trainee, in the run's language
}

// Turn records one reply and what it did.
type Turn struct {
	Index     int            `json:"index"` // 1-based
	Node      string         `json:"node"`  // the node the reply answered
	Reply     string         `json:"reply"`
	ElapsedMS int            `json:"elapsed_ms"`
	Points    int            `json:"score"` // the sum of Parts
	Parts     []Part         `json:"parts"` // what earned or cost points in this turn
	Criteria  scoring.Labels `json:"criteria"`
	// Earned are the helpful criteria that did their job in this turn
	// (earned points or calmed the customer); the rest were said again
	// without need.
	Earned    scoring.Labels    `json:"earned"`
	BlameKind scoring.BlameKind `json:"blame_kind,omitempty"`
	Findings  []scoring.Finding `json:"findings"`
	Events    []Event           `json:"events"`
	MoodDelta int               `json:"mood_delta"`
	Mood      int               `json:"mood"` // after the reply
	// Transition is the 1-based position, in the answered node's next,
	// of the transition the reply took; 0 when none was taken (the
	// customer stayed at the node). The breaking point may still have
	// ended the call after it.
	Transition int `json:"transition,omitempty"`
	// Model is the node's model answer, for the debrief.
	Model string `json:"model"`
	// Lines is what the customer says next.
	Lines   []Line  `json:"lines"`
	Ended   bool    `json:"ended"`
	Outcome Outcome `json:"outcome"`
}

// Triad says which parts of the triad model the run covered.
type Triad struct {
	Understanding bool `json:"understanding"` // empathy
	Sorry         bool `json:"sorry"`         // apology
	Solve         bool `json:"solve"`         // callback
}

// Steps says which of the six steps of complaint handling the run covered.
type Steps struct {
	Listen          bool `json:"listen"`
	Summarise       bool `json:"summarise"`
	ApologiseAndAsk bool `json:"apologise_and_ask"`
	Analyse         bool `json:"analyse"`
	Plan            bool `json:"plan"`
	Aftercare       bool `json:"aftercare"`
}

// Result is a whole run, for the debrief, text play and the leaderboard.
type Result struct {
	Scenario  string  `json:"scenario"`
	Lang      string  `json:"lang"`
	Outcome   Outcome `json:"outcome"`
	Score     int     `json:"score"` // 0..Max
	Max       int     `json:"max"`
	Breakdown []Part  `json:"breakdown"` // adds up to Score
	Bonus     int     `json:"bonus"`     // the outcome's points, included in Score
	StartMood int     `json:"start_mood"`
	Mood      int     `json:"mood"`
	Turns     []Turn  `json:"turns"`
	Triad     Triad   `json:"triad"`
	Steps     Steps   `json:"steps"`
	// FactsKnown lists the ids of the facts known at the end.
	FactsKnown []string `json:"facts_known"`
}
