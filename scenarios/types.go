// Package scenarios holds Kalm's scenario packs: the YAML format that
// trainers write (see docs/scenario-format.md), its strict loader and
// linter, and the built-in pack. The conversation engine that plays a
// scenario lives in the engine subpackage.
package scenarios

import "kalm/scoring"

// Pack is a set of scenarios with a title, an author and a version. It is
// a folder with pack.yaml and one file per scenario, or one file holding
// the pack fields plus a `scenarios` list.
type Pack struct {
	ID          string      `yaml:"id" kalm:"required,id"`
	Title       Text        `yaml:"title" kalm:"required"`
	Author      string      `yaml:"author" kalm:"required"`
	Version     string      `yaml:"version" kalm:"required"`
	Description Text        `yaml:"description,omitempty"`
	Scenarios   []*Scenario `yaml:"scenarios,omitempty"`
	Meta        `yaml:"-"`
}

// Scenario is one angry-customer conversation.
type Scenario struct {
	// ID is stable: results and leaderboards refer to it.
	ID string `yaml:"id" kalm:"required,id"`
	// Langs lists the languages every text is written in; nl and en
	// when absent.
	Langs []string `yaml:"langs,omitempty" kalm:"enum=lang"`
	// Difficulty runs from 1 (gentle) to 5 (hard).
	Difficulty int  `yaml:"difficulty" kalm:"required,min=1,max=5"`
	Title      Text `yaml:"title" kalm:"required"`
	// Briefing is what the player reads before the call.
	Briefing Text     `yaml:"briefing" kalm:"required"`
	Customer Customer `yaml:"customer" kalm:"required"`
	// Mood is the customer's anger (0 calm, 100 hangs up) before the
	// hold; the hold adds to it.
	Mood  int    `yaml:"mood" kalm:"required,min=0,max=100"`
	Facts []Fact `yaml:"facts,omitempty"`
	// Vocabulary adds the scenario's suppliers and products to the scorer.
	Vocabulary Vocabulary `yaml:"vocabulary,omitempty"`
	// Weights override the scorer's points per criterion.
	Weights map[string]int `yaml:"weights,omitempty" kalm:"keys=criteria,min=-100,max=100"`
	// Reactions override the engine's mood change per criterion.
	Reactions map[string]int `yaml:"reactions,omitempty" kalm:"keys=criteria,min=-50,max=50"`
	Triggers  []Trigger      `yaml:"triggers,omitempty"`
	// Silence tunes the magic silence after the opening rant.
	Silence Silence `yaml:"silence,omitempty"`
	// MaxTurns ends the call (the customer gives up) after that many
	// replies; 12 when absent.
	MaxTurns int `yaml:"max_turns,omitempty" kalm:"min=1,max=50"`
	// Start is the id of the node the customer opens with.
	Start  string   `yaml:"start" kalm:"required,id"`
	Nodes  []*Node  `yaml:"nodes" kalm:"required"`
	Golden []Golden `yaml:"golden,omitempty"`

	// File is where the scenario was read from ("" when built in code).
	File string `yaml:"-"`
	Meta `yaml:"-"`

	index map[string]*Node
}

// Customer is who calls.
type Customer struct {
	Name    string `yaml:"name" kalm:"required"`
	Persona Text   `yaml:"persona" kalm:"required"`
	Hold    Hold   `yaml:"hold,omitempty"`
	Meta    `yaml:"-"`
}

// Hold is how long the customer waited before the call and to what.
type Hold struct {
	Minutes int    `yaml:"minutes,omitempty" kalm:"min=0,max=240"`
	Music   string `yaml:"music,omitempty"`
	// AngerPerMinute is the anger one minute on hold adds (default 1).
	AngerPerMinute *int `yaml:"anger_per_minute,omitempty" kalm:"min=0,max=10"`
	Meta           `yaml:"-"`
}

// Silence is the magic silence of the first seed step: once the opening
// rant has been said, a pause of at least MinMS before the first reply
// lets the customer breathe (their anger changes by Mood) and they ask
// whether anyone is still there (Say). A pause beyond MaxMS counts as a
// slow reply instead. Unset fields take the engine's defaults.
type Silence struct {
	// Off switches the silence off: no question, no effect.
	Off   bool  `yaml:"off,omitempty"`
	MinMS *int  `yaml:"min_ms,omitempty" kalm:"min=500,max=60000"`
	MaxMS *int  `yaml:"max_ms,omitempty" kalm:"min=1000,max=120000"`
	Mood  *int  `yaml:"mood,omitempty" kalm:"min=-50,max=0"`
	Say   Lines `yaml:"say,omitempty"`
	Meta  `yaml:"-"`
}

// Fact is one fact of the case. Known facts are in the opening; the
// others the customer reveals when a reply asks about them.
type Fact struct {
	ID   string `yaml:"id" kalm:"required,id"`
	Text Text   `yaml:"text" kalm:"required"`
	// Known facts are told without being asked (in the opening rant).
	Known bool `yaml:"known,omitempty"`
	// Ask lists words that, in a reply that asks a question, ask for
	// this fact.
	Ask Lines `yaml:"ask,omitempty"`
	// Reveal is what the customer says when asked.
	Reveal Lines `yaml:"reveal,omitempty"`
	// Mention lists words that show a reply (a summary) mentions the fact.
	Mention Lines `yaml:"mention" kalm:"required"`
	Meta    `yaml:"-"`
}

// Vocabulary is the scenario's own words for the scorer.
type Vocabulary struct {
	Suppliers []string `yaml:"suppliers,omitempty"`
	Products  []string `yaml:"products,omitempty"`
	Meta      `yaml:"-"`
	// ext is the pack's language file (LanguageFile), nil for none.
	ext *scoring.Extension
}

// Scoring returns v as the scorer's vocabulary, with the pack's own
// language file.
func (v Vocabulary) Scoring() scoring.Vocabulary {
	return scoring.Vocabulary{Suppliers: v.Suppliers, Products: v.Products, Extension: v.ext}
}

// Trigger is a phrase that changes the mood whatever the scorer says,
// such as "calm down" to an angry customer.
type Trigger struct {
	Words  Lines `yaml:"words" kalm:"required"`
	Mood   int   `yaml:"mood" kalm:"required,min=-50,max=50"`
	Points int   `yaml:"points,omitempty" kalm:"min=-100,max=100"`
	Note   Text  `yaml:"note" kalm:"required"`
	Meta   `yaml:"-"`
}

// Node is one moment of the conversation: what the customer says, and
// where each kind of reply leads. A node with End is an ending.
type Node struct {
	ID  string `yaml:"id" kalm:"required,id"`
	Say Lines  `yaml:"say" kalm:"required"`
	// Model is a good reply at this node, shown in the debrief.
	Model Text `yaml:"model,omitempty"`
	// End is resolved, hung_up or escalated on an ending node.
	End  string       `yaml:"end,omitempty" kalm:"enum=ending"`
	Next []Transition `yaml:"next,omitempty"`
	Meta `yaml:"-"`
}

// Transition leads to another node when its condition holds. The first
// transition whose condition holds is taken; the last has none.
type Transition struct {
	When *Cond `yaml:"when,omitempty"`
	// Mood is added to the mood change the reply already caused.
	Mood int    `yaml:"mood,omitempty" kalm:"min=-50,max=50"`
	Goto string `yaml:"goto" kalm:"required,id"`
	// Say replaces the target node's lines for this move.
	Say  Lines `yaml:"say,omitempty"`
	Meta `yaml:"-"`
}

// Cond is a transition's condition; every field set must hold.
type Cond struct {
	// All, Any and None name criteria of the reply (see scoring.Criteria).
	All  []string `yaml:"all,omitempty" kalm:"enum=criteria"`
	Any  []string `yaml:"any,omitempty" kalm:"enum=criteria"`
	None []string `yaml:"none,omitempty" kalm:"enum=criteria"`
	// MoodMin and MoodMax bound the mood after the reply (inclusive).
	MoodMin *int `yaml:"mood_min,omitempty" kalm:"min=0,max=100"`
	MoodMax *int `yaml:"mood_max,omitempty" kalm:"min=0,max=100"`
	// TurnsMin holds from the TurnsMin-th reply on.
	TurnsMin int `yaml:"turns_min,omitempty" kalm:"min=1,max=50"`
	// Asked holds when this reply asked for each of these facts.
	Asked []string `yaml:"asked,omitempty" kalm:"id"`
	// Known holds when each of these facts is known by now.
	Known []string `yaml:"known,omitempty" kalm:"id"`
	// MentionsMin holds when the reply mentions at least this many
	// known facts.
	MentionsMin int `yaml:"mentions_min,omitempty" kalm:"min=1,max=50"`
	// Plan true holds once a reply committed to a concrete callback
	// (this one or an earlier one).
	Plan bool `yaml:"plan,omitempty"`
	Meta `yaml:"-"`
}

// Golden is a reply with the labels the author expects from the scorer.
type Golden struct {
	Lang string `yaml:"lang" kalm:"required,enum=lang"`
	Text string `yaml:"text" kalm:"required"`
	// Labels lists the criteria checked; criteria not listed are not.
	Labels    map[string]bool `yaml:"labels" kalm:"required,keys=criteria"`
	BlameKind string          `yaml:"blame_kind,omitempty" kalm:"enum=blame_kind"`
	Meta      `yaml:"-"`
}

// Endings.
const (
	Resolved  = "resolved"
	HungUp    = "hung_up"
	Escalated = "escalated"
)

// DefaultMaxTurns is the reply limit when a scenario sets none.
const DefaultMaxTurns = 12

// Node returns the node with the given id, or nil. It only reads, so a
// loaded scenario is safe to share between goroutines.
func (s *Scenario) Node(id string) *Node {
	if s.index != nil {
		return s.index[id]
	}
	for _, n := range s.Nodes {
		if n != nil && n.ID == id {
			return n
		}
	}
	return nil
}

// buildIndex indexes the nodes by id (the first of duplicates wins).
func (s *Scenario) buildIndex() {
	s.index = make(map[string]*Node, len(s.Nodes))
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if _, dup := s.index[n.ID]; !dup {
			s.index[n.ID] = n
		}
	}
}

// BreakingPoint returns the ending the call goes to when the mood
// reaches 100 or the turns run out: the first hung_up ending, else the
// first escalated one, else nil.
func (s *Scenario) BreakingPoint() *Node {
	var esc *Node
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if n.End == HungUp {
			return n
		}
		if n.End == Escalated && esc == nil {
			esc = n
		}
	}
	return esc
}

// Languages returns the scenario's languages (nl and en by default).
func (s *Scenario) Languages() []string {
	if len(s.Langs) == 0 {
		return []string{"nl", "en"}
	}
	return s.Langs
}

// HasLang reports whether the scenario is written in lang.
func (s *Scenario) HasLang(lang string) bool {
	for _, l := range s.Languages() {
		if l == lang {
			return true
		}
	}
	return false
}

// Turns returns the reply limit.
func (s *Scenario) Turns() int {
	if s.MaxTurns <= 0 {
		return DefaultMaxTurns
	}
	return s.MaxTurns
}

// Fact returns the fact with the given id, or nil.
func (s *Scenario) Fact(id string) *Fact {
	for i := range s.Facts {
		if s.Facts[i].ID == id {
			return &s.Facts[i]
		}
	}
	return nil
}
