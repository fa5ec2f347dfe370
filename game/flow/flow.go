// Package flow is the game's screen state machine in plain Go: each
// screen takes input as data (keys, typed text, elapsed time) and returns
// the next screen. It draws nothing and imports no Ebiten, so whole games
// are played in tests with scripted input. Scoring and the conversation
// rules come from kalm/scoring and kalm/scenarios/engine.
package flow

import (
	"time"

	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// Key is a key the screens react to. Typed characters come as runes.
type Key int

// The keys.
const (
	KeyEnter Key = iota + 1
	KeyBackspace
	KeyDelete
	KeyLeft
	KeyRight
	KeyUp
	KeyDown
	KeyHome
	KeyEnd
	KeyTab
	KeyEscape
	KeyPageUp
	KeyPageDown
	KeyF1   // toggles practice/exam on the title
	KeyF2   // toggles the larger font anywhere
	KeyMute // turns the sound off or on anywhere (Ctrl+M, the sound button)
)

// Press is one key press with its modifiers.
type Press struct {
	Key   Key
	Shift bool
	Ctrl  bool
}

// Input is what happened since the last update.
type Input struct {
	Presses []Press
	// Runes is the text typed (or pasted, or committed by an input
	// method) into the focused text box.
	Runes []rune
	// DT is the time since the last update.
	DT time.Duration
}

// Store keeps the player's best result per scenario on this computer.
type Store interface {
	// Best returns the best run of a scenario, if any.
	Best(scenario string) (Best, bool)
	// Record saves a finished run; it keeps the best per scenario.
	Record(name string, r engine.Result) error
}

// Config is what the game is started with.
type Config struct {
	// Pack is the pack to play. When nil, Problems explains why.
	Pack *scenarios.Pack
	// Problems are the pack's `kalm check` messages; any problem shows
	// the error screen instead of the title.
	Problems []string
	// NewScorer makes a scorer for a scenario's vocabulary; nil means
	// scoring.New.
	NewScorer func(scoring.Vocabulary) engine.Scorer
	// Store keeps results; nil keeps none.
	Store Store
	// Team links the game to a team leaderboard server; nil hides the
	// team settings (screenshots, tests).
	Team Team
	// Lang is "nl" or "en" ("" means nl).
	Lang string
	Name string
	Exam bool
	// BigFont starts with the larger font.
	BigFont bool
	// NoSound is set when there is no sound device: the game plays
	// muted and its sound control says so.
	NoSound bool
	// Muted starts the game with the sound off (the player's saved
	// setting, or kalm --mute).
	Muted bool
	// Volume is the music's volume in percent (25, 50, 75 or 100; 0: the
	// loudest), the player's saved setting.
	Volume int
	// Prefs keeps the player's settings between runs; nil keeps none.
	Prefs PrefsStore
	// HoldSpeed is how many seconds on hold pass per real second (the
	// hold screen speeds up time); 0 means 60.
	HoldSpeed int
	// OnTurn is called after every reply with the run so far.
	OnTurn func(engine.Result)
	// Reloads brings new versions of the pack (kalm --watch); nil: none.
	Reloads <-chan Reload
	// Background runs a job off the game's goroutine (saving a result,
	// sending it to the team, writing --result); nil runs it at once.
	Background func(job func())
}

// Screen is one screen of the game.
type Screen interface {
	// Update handles one frame's input and returns the next screen
	// (itself to stay).
	Update(a *App, in Input) Screen
}

// Animator is a screen that changes with time alone (a timer, text
// streaming in, an answer awaited): the game redraws it only while
// Animating reports true, or when input arrives.
type Animator interface {
	Animating() bool
}

// App is the state shared by the screens: the configuration and the
// player's settings.
type App struct {
	Cfg     Config
	Lang    string
	Name    string
	Exam    bool
	BigFont bool
	// Muted is whether the player turned the sound off; Volume is how
	// loud it plays when on, in percent (25, 50, 75 or 100).
	Muted  bool
	Volume int
	// Quit is set when the player asked to leave the game.
	Quit bool
	// Err is the last error the game could not act on (a failed save),
	// shown as a notice.
	Err string
	// Overlay lists the problems of an edited pack that did not load
	// (--watch); it stays until a version loads.
	Overlay []string
	// done brings the results of background jobs to the game's goroutine.
	done chan func(*App)
}

// New returns the app and its first screen: the title, or the error
// screen when the pack is broken.
func New(cfg Config) (*App, Screen) {
	a := &App{Cfg: cfg, Lang: cfg.Lang, Name: cfg.Name, Exam: cfg.Exam, BigFont: cfg.BigFont, Muted: cfg.Muted, Volume: volume(cfg.Volume),
		done: make(chan func(*App), 64)}
	if a.Lang != "en" {
		a.Lang = "nl"
	}
	if cfg.Pack == nil || len(cfg.Problems) > 0 {
		probs := cfg.Problems
		if len(probs) == 0 {
			probs = []string{"no scenario pack"}
		}
		return a, &Broken{Problems: probs}
	}
	return a, &Title{}
}

// Step runs s.Update and applies the keys every screen shares.
func Step(a *App, s Screen, in Input) Screen {
	a.takeDone()
	s = a.takeReload(s)
	for _, p := range in.Presses {
		if p.Key == KeyF2 {
			a.BigFont = !a.BigFont
		}
	}
	return s.Update(a, a.soundKeys(s, in))
}

func (a *App) scorer(s *scenarios.Scenario) engine.Scorer {
	if a.Cfg.NewScorer != nil {
		return a.Cfg.NewScorer(s.Vocabulary.Scoring())
	}
	return scoring.New(s.Vocabulary.Scoring())
}

// T returns the UI text for key in the player's language.
func (a *App) T(key string) string { return T(a.Lang, key) }

// Broken is the error screen for a pack that cannot be played.
type Broken struct {
	Problems []string
}

// Update leaves the game on Escape or Enter.
func (b *Broken) Update(a *App, in Input) Screen {
	for _, p := range in.Presses {
		if p.Key == KeyEscape || p.Key == KeyEnter {
			a.Quit = true
		}
	}
	return b
}

func pressed(in Input, k Key) bool {
	for _, p := range in.Presses {
		if p.Key == k {
			return true
		}
	}
	return false
}
