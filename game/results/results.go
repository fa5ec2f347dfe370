// Package results keeps the player's best result per scenario in a JSON
// file in the user's config folder (the personal board; team boards come from the leaderboard server).
package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"kalm/game/flow"
	"kalm/internal/atomicfile"
	"kalm/scenarios/engine"
)

// Best is the best run of one scenario.
type Best struct {
	Score   int            `json:"score"`
	Outcome engine.Outcome `json:"outcome"`
	Name    string         `json:"name,omitempty"`
	Lang    string         `json:"lang"`
	When    time.Time      `json:"when"`
	Plays   int            `json:"plays"`
	// Scale is the scale of Score: engine.ScoreScale when recorded, or 0
	// for a score kept before scores were out of 100. Such a best is not
	// shown and the next run replaces it, so old and new scores never
	// compare. A best on an earlier scale out of 100 is kept: later scales
	// only lower some scores (stalling costs since 3), and the file has
	// no transcript to re-play it with.
	Scale int `json:"scale,omitempty"`
}

// current reports whether b's score is out of 100, like the engine's.
func (b Best) current() bool { return b.Scale >= engine.ScaleOutOf100 }

// File is a results file. Its methods are safe for concurrent use.
type File struct {
	path string
	now  func() time.Time
	mu   sync.Mutex
	best map[string]Best
}

// DefaultPath returns where results live: kalm/results.json in the
// user's config folder.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no config folder for results: %w", err)
	}
	return filepath.Join(dir, "kalm", "results.json"), nil
}

// Open reads the results at path (a missing file is an empty one). now
// stamps new records; nil means time.Now.
func Open(path string, now func() time.Time) (*File, error) {
	if now == nil {
		now = time.Now
	}
	f := &File{path: path, now: now, best: map[string]Best{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read results %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &f.best); err != nil {
		return nil, fmt.Errorf("results file %s is damaged (%v); move it away to start afresh", path, err)
	}
	if f.best == nil {
		f.best = map[string]Best{}
	}
	return f, nil
}

// Best returns the best run of a scenario, as the game shows it.
func (f *File) Best(id string) (flow.Best, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, ok := f.best[id]
	if !ok || !b.current() {
		return flow.Best{}, false
	}
	return flow.Best{Score: b.Score, Outcome: b.Outcome, Plays: b.Plays, When: b.When}, true
}

// Get returns the whole best record for a scenario.
func (f *File) Get(id string) (Best, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, ok := f.best[id]
	return b, ok
}

// Record counts a finished run, keeps it when it beats the best, and
// writes the file.
func (f *File) Record(name string, r engine.Result) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	old, ok := f.best[r.Scenario]
	b := old
	if !ok || !old.current() || r.Score > old.Score {
		b = Best{Score: r.Score, Outcome: r.Outcome, Name: name, Lang: r.Lang, When: f.now().UTC(), Scale: engine.ScoreScale}
	}
	b.Plays = old.Plays + 1
	f.best[r.Scenario] = b
	return f.save()
}

func (f *File) save() error {
	if err := atomicfile.WriteJSON(f.path, f.best); err != nil {
		return fmt.Errorf("cannot write results: %w", err)
	}
	return nil
}
