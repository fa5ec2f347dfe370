// Package prefs keeps the player's game settings (whether the sound is
// muted, and its volume) in a small JSON file beside the results, so they last between
// runs. It implements flow.PrefsStore.
package prefs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"kalm/game/flow"
	"kalm/internal/atomicfile"
)

// File is the settings file at a path.
type File struct {
	path string
}

// stored is the file's JSON.
type stored struct {
	Muted  bool `json:"muted"`
	Volume int  `json:"volume,omitempty"` // percent; 0: the loudest
}

// Open returns the settings file at path and the settings it holds. A
// missing file holds the defaults; a damaged one gives the defaults with
// an error saying so (the game still starts, and the next save mends
// the file).
func Open(path string) (*File, flow.Prefs, error) {
	f := &File{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, flow.Prefs{}, nil
	}
	if err != nil {
		return f, flow.Prefs{}, fmt.Errorf("cannot read settings %s: %w", path, err)
	}
	var s stored
	if err := json.Unmarshal(data, &s); err != nil {
		return f, flow.Prefs{}, fmt.Errorf("settings file %s is damaged (%v); the defaults are used", path, err)
	}
	return f, flow.Prefs{Muted: s.Muted, Volume: s.Volume}, nil
}

// Save writes the settings through a temporary file, so a reader never
// sees half a file.
func (f *File) Save(p flow.Prefs) error {
	if err := atomicfile.WriteJSON(f.path, stored{Muted: p.Muted, Volume: p.Volume}); err != nil {
		return fmt.Errorf("cannot save settings: %w", err)
	}
	return nil
}
