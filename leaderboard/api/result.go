package api

// The verdict on a run, API v1. These are the wire's own types: the
// server maps the engine's result onto them (server/wire.go), so renaming
// a field in the engine cannot change the API unnoticed; a golden JSON
// test (server/wire_test.go) pins them.

// Result is the server's verdict on a run.
type Result struct {
	Scenario  string `json:"scenario"`
	Lang      string `json:"lang"`
	Outcome   string `json:"outcome"` // resolved, hung_up, escalated or unfinished
	Score     int    `json:"score"`   // 0..Max
	Max       int    `json:"max"`
	Breakdown []Part `json:"breakdown"` // adds up to Score
	Bonus     int    `json:"bonus"`     // the outcome's part of Score
	StartMood int    `json:"start_mood"`
	Mood      int    `json:"mood"`
	Turns     []Turn `json:"turns"`
	Triad     Triad  `json:"triad"`
	Steps     Steps  `json:"steps"`
	// FactsKnown lists the ids of the facts known at the end.
	FactsKnown []string `json:"facts_known"`
}

// Part is one line of a score: what earned or cost points.
type Part struct {
	What   string `json:"what"`
	Points int    `json:"points"`
}

// Turn is one reply and what it did.
type Turn struct {
	Index     int       `json:"index"`
	Node      string    `json:"node"`
	Reply     string    `json:"reply"`
	ElapsedMS int       `json:"elapsed_ms"`
	Score     int       `json:"score"` // the sum of Parts
	Parts     []Part    `json:"parts"`
	Criteria  Criteria  `json:"criteria"`
	Earned    Criteria  `json:"earned"` // helpful criteria that did their job
	BlameKind string    `json:"blame_kind,omitempty"`
	Findings  []Finding `json:"findings"`
	Events    []Event   `json:"events"`
	MoodDelta int       `json:"mood_delta"`
	Mood      int       `json:"mood"`
	Model     string    `json:"model"`
	Lines     []Line    `json:"lines"`
	Ended     bool      `json:"ended"`
	Outcome   string    `json:"outcome"`
}

// Criteria are the eight yes/no criteria of a reply.
type Criteria struct {
	Empathy     bool `json:"empathy"`
	Apology     bool `json:"apology"`
	Blame       bool `json:"blame"`
	Callback    bool `json:"callback"`
	Question    bool `json:"question"`
	Summary     bool `json:"summary"`
	Overpromise bool `json:"overpromise"`
	Agreement   bool `json:"agreement"`
}

// Finding is the words behind a criterion (hit) or a near miss.
type Finding struct {
	Criterion string `json:"criterion"`
	Hit       bool   `json:"hit"`
	Kind      string `json:"kind,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Rule      string `json:"rule"`
	Note      string `json:"note,omitempty"`
	NoteID    string `json:"note_id,omitempty"`
}

// Event is something the engine saw in a reply (an interruption, a
// trigger phrase, a fact asked for, a repeat…).
type Event struct {
	Kind   string `json:"kind"`
	Mood   int    `json:"mood"`
	Points int    `json:"points"`
	Fact   string `json:"fact,omitempty"`
	Text   string `json:"text,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Line is one line the customer says.
type Line struct {
	Text     string `json:"text"`
	SpeakMS  int    `json:"speak_ms"`
	Revealed string `json:"revealed,omitempty"`
}

// Triad says which parts of the triad model the run covered.
type Triad struct {
	Understanding bool `json:"understanding"`
	Sorry         bool `json:"sorry"`
	Solve         bool `json:"solve"`
}

// Steps says which of the six steps the run covered.
type Steps struct {
	Listen          bool `json:"listen"`
	Summarise       bool `json:"summarise"`
	ApologiseAndAsk bool `json:"apologise_and_ask"`
	Analyse         bool `json:"analyse"`
	Plan            bool `json:"plan"`
	Aftercare       bool `json:"aftercare"`
}
