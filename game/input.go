package game

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"

	"kalm/game/flow"
)

// focuser is a screen with a text box.
type focuser interface{ Focused() *flow.Editor }

func (g *Game) focused() *flow.Editor {
	if f, ok := g.screen.(focuser); ok {
		return f.Focused()
	}
	return nil
}

// initComposer connects the input-method composer to the focused box:
// commits become typed text, the composition is drawn at the caret.
func (g *Game) initComposer() {
	g.composer.OnNewSession = func() *textinput.SessionOptions {
		ed := g.focused()
		if ed == nil {
			return nil
		}
		before, after := lineAround(ed.Text, ed.Cursor)
		s := ebiten.Monitor().DeviceScaleFactor()
		r := g.caret
		caret := image.Rect(int(float64(r.Min.X)/s), int(float64(r.Min.Y)/s), int(float64(r.Max.X)/s), int(float64(r.Max.Y)/s))
		return &textinput.SessionOptions{CaretBounds: caret, TextBeforeCaret: before, TextAfterCaret: after}
	}
	g.composer.OnComposition = func(c *textinput.Composition) { g.composition = c.Text() }
	g.composer.OnCommit = func(c *textinput.Commit) {
		for _, r := range c.Text() {
			if r >= ' ' && r != 0x7f {
				g.pending = append(g.pending, r)
			}
		}
	}
}

// lineAround returns the line's text on either side of the cursor.
func lineAround(t string, cursor int) (string, string) {
	cursor = max(0, min(cursor, len(t)))
	start := strings.LastIndexByte(t[:cursor], '\n') + 1
	end := strings.IndexByte(t[cursor:], '\n')
	if end < 0 {
		end = len(t)
	} else {
		end += cursor
	}
	return t[start:cursor], t[cursor:end]
}

// readInput gathers keys and text; a focused text box takes its text
// through the input-method composer.
func (g *Game) readInput() flow.Input {
	in := flow.Input{Presses: g.keys.read()}
	if g.keys.mute() {
		in.Presses = append(in.Presses, flow.Press{Key: flow.KeyMute})
	}
	if g.focused() == nil {
		if g.composing {
			g.composer.Cancel()
			g.composing = false
		}
		g.composition = ""
		in.Runes = ebiten.AppendInputChars(nil)
		return in
	}
	g.composing = true
	// Keys belong to the input method only while it composes: then Enter
	// confirms the composition rather than sending the reply. Plain typing
	// commits at once, and an Enter in the same frame is the player's.
	wasComposing := g.composition != ""
	handled, err := g.composer.Update()
	if err != nil {
		g.app.Err = "text input: " + err.Error()
	}
	if handled && (wasComposing || g.composition != "") {
		in.Presses = keepNonText(in.Presses)
	} else if len(in.Presses) > 0 {
		g.composer.Confirm() // a key edits the box: settle the composition first
	}
	in.Runes, g.pending = g.pending, nil
	return in
}

type pasteResult struct {
	text string
	err  error
}

// paste starts reading the clipboard on Ctrl+V (without stopping the
// game) and types its text once it arrives.
func (g *Game) paste(in *flow.Input) {
	select {
	case r := <-g.pasted:
		if r.err != nil {
			g.app.Err = r.err.Error()
		} else {
			in.Runes = append(in.Runes, []rune(strings.ReplaceAll(r.text, "\r\n", "\n"))...)
		}
	default:
	}
	if g.keys.paste() && g.focused() != nil {
		go func() {
			s, err := g.opt.Paste()
			g.pasted <- pasteResult{s, err}
		}()
	}
}

// keepNonText drops the editing keys while the input method composes.
func keepNonText(ps []flow.Press) []flow.Press {
	var out []flow.Press
	for _, p := range ps {
		switch p.Key {
		case flow.KeyEscape, flow.KeyF2, flow.KeyMute:
			out = append(out, p)
		}
	}
	return out
}
