package game

import (
	"errors"
	"fmt"
	"strings"
)

// The ways Run fails that the caller acts on; Run wraps them (with %w)
// around Ebiten's own error, so errors.Is finds them.
var (
	// ErrNoDisplay: there is no window system to open the window on.
	ErrNoDisplay = errors.New("no display: the game needs a window system (run it on a desktop, or under xvfb-run for tests)")
	// ErrNoAudio: the sound device looked present but failed; the game
	// can be started again muted.
	ErrNoAudio = errors.New("the sound device failed")
)

// classify wraps an error of Ebiten's game loop in ErrNoDisplay or
// ErrNoAudio when it is one. Ebiten's errors carry no types, so their
// text is read here, once, at the edge of the game: "ui: no window
// system is available" without DISPLAY, "glfw: x11: failed to open
// display" with a wrong one, "audio: ..." from the audio context (only
// when sound was on: the game made one).
func classify(err error, sound bool) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, s := range []string{"no window system", "failed to open display", "DISPLAY"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w", ErrNoDisplay, err)
		}
	}
	if sound && strings.HasPrefix(msg, "audio:") {
		return fmt.Errorf("%w: %w", ErrNoAudio, err)
	}
	return err
}
