package game

import (
	"image"

	"kalm/game/flow"
)

// view draws one kind of flow screen and names it. Each screen's view
// lives in its drawing file, beside its draw function; a new screen is
// that file plus one line in viewOf.
type view interface {
	// draw draws the screen; a screen with a text box returns its
	// caret's bounds and true (the input method's box goes there).
	draw(p *painter, a *flow.App) (caret image.Rectangle, ok bool)
	// title is the window title's part after "Kalm — ", or "" for the
	// bare "Kalm".
	title(a *flow.App) string
	// sound reports whether the screen shows the sound button.
	sound() bool
}

// viewOf returns the view of screen s: the one place that knows every
// screen type. An unknown screen (or none) gets noView.
func viewOf(s flow.Screen) view {
	switch s := s.(type) {
	case *flow.Title:
		return titleView{s}
	case *flow.Picker:
		return pickerView{s}
	case *flow.Hold:
		return holdView{s}
	case *flow.Call:
		return callView{s}
	case *flow.Debrief:
		return debriefView{s}
	case *flow.Broken:
		return brokenView{s}
	case *flow.Settings:
		return settingsView{s}
	case *flow.Board:
		return boardView{s}
	}
	return noView{}
}

// noView is the view of a screen the game cannot draw: nothing drawn,
// the bare title, no sound button.
type noView struct{}

func (noView) draw(*painter, *flow.App) (image.Rectangle, bool) { return image.Rectangle{}, false }
func (noView) title(*flow.App) string                           { return "" }
func (noView) sound() bool                                      { return false }

// windowTitle names the game and the screen, so the window list (and
// the end-to-end test) can tell where the player is.
func windowTitle(a *flow.App, s flow.Screen) string {
	if t := viewOf(s).title(a); t != "" {
		return "Kalm — " + t
	}
	return "Kalm"
}
