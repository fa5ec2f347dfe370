// Package game is Kalm's Ebiten front end: it turns keyboard input into
// flow inputs, draws the screens of kalm/game/flow, plays the hold music
// and takes screenshots. The rules live in kalm/scoring and
// kalm/scenarios/engine, the screen logic in kalm/game/flow.
package game

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"

	"kalm/game/flow"
)

// Options start the game.
type Options struct {
	Flow flow.Config
	// Start, when set, replaces the title as the first screen (a
	// scripted state for screenshots); it is given the app.
	Start func(a *flow.App) flow.Screen
	// Width and Height are the window size (0: 1280×800).
	Width, Height int
	// Screenshot, when set, saves the frame after a few frames as a PNG
	// there and ends the game.
	Screenshot string
	// Sound turns the hold music on (see SoundAvailable).
	Sound bool
	// Now is the clock; nil means time.Now. Screenshots use a stopped one.
	Now func() time.Time
	// FirstFrame is called once with the time from Run to the first
	// drawn frame.
	FirstFrame func(time.Duration)
}

// Game is the running game: it implements ebiten.Game.
type Game struct {
	opt     Options
	app     *flow.App
	screen  flow.Screen
	f       *fonts
	cache   *wrapCache
	keys    keyState
	field   textinput.Field
	caret   image.Rectangle
	last    time.Time
	started time.Time
	frames  int
	shot    error
	shotted bool
	music   *holdMusic
	pending flow.Input
	// sent tracks what was put into the text field, to tell the input
	// method's commits from our own edits.
	sent flow.Edit
}

// New prepares the game without opening a window.
func New(opt Options) (*Game, error) {
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	g := &Game{opt: opt, f: f, cache: newWrapCache()}
	g.app, g.screen = flow.New(opt.Flow)
	if opt.Start != nil {
		g.screen = opt.Start(g.app)
	}
	g.started = opt.Now()
	g.last = g.started
	return g, nil
}

// Run opens the window and plays until the player quits.
func Run(opt Options) error {
	g, err := New(opt)
	if err != nil {
		return err
	}
	w, h := opt.Width, opt.Height
	if w <= 0 || h <= 0 {
		w, h = 1280, 800
	}
	ebiten.SetWindowSize(w, h)
	ebiten.SetWindowTitle("Kalm")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetWindowSizeLimits(640, 480, -1, -1)
	if opt.Sound {
		g.music = newMusic()
	}
	err = ebiten.RunGame(g)
	if g.music != nil {
		g.music.stop()
	}
	if g.shot != nil {
		return g.shot
	}
	return err
}

// App returns the game's app state (for tests).
func (g *Game) App() *flow.App { return g.app }

// Screen returns the current screen.
func (g *Game) Screen() flow.Screen { return g.screen }

// Update reads the input and steps the screen.
func (g *Game) Update() error {
	if g.shotted || g.app.Quit {
		return ebiten.Termination
	}
	now := g.opt.Now()
	dt := now.Sub(g.last)
	g.last = now
	dt = max(0, min(dt, 250*time.Millisecond))
	in := g.readInput()
	in.DT = dt
	g.Step(in)
	if g.music != nil {
		_, hold := g.screen.(*flow.Hold)
		g.music.play(hold)
	}
	return nil
}

// Step applies one frame's input to the current screen.
func (g *Game) Step(in flow.Input) {
	g.screen = flow.Step(g.app, g.screen, in)
}

// focuser is a screen with a text box.
type focuser interface{ Focused() *flow.Editor }

// readInput gathers keys and text; a focused text box takes text from
// the input-method field.
func (g *Game) readInput() flow.Input {
	in := flow.Input{Presses: g.keys.read()}
	var ed *flow.Editor
	if f, ok := g.screen.(focuser); ok {
		ed = f.Focused()
	}
	if ed == nil {
		if g.field.IsFocused() {
			g.field.Blur()
		}
		in.Runes = ebiten.AppendInputChars(nil)
		return in
	}
	if !g.field.IsFocused() {
		g.field.Focus()
	}
	if g.field.UncommittedTextLengthInBytes() == 0 && (g.field.Text() != ed.Text || g.sent.Cursor != ed.Cursor) {
		g.field.SetTextAndSelection(ed.Text, ed.Cursor, ed.Cursor)
		g.sent = flow.Edit{Text: ed.Text, Cursor: ed.Cursor}
	}
	handled, err := g.field.HandleInputWithBounds(g.caret)
	if err != nil {
		g.app.Err = "text input: " + err.Error()
	}
	if t := g.field.Text(); t != ed.Text {
		s, _ := g.field.Selection()
		t, s = clean(t, s)
		in.Edit = &flow.Edit{Text: t, Cursor: s}
		g.sent = *in.Edit
	}
	if handled {
		in.Presses = keepNonText(in.Presses)
	}
	return in
}

// clean drops carriage returns and tabs an input method may commit.
func clean(t string, cursor int) (string, int) {
	out := make([]byte, 0, len(t))
	c := cursor
	for i := 0; i < len(t); i++ {
		if t[i] == '\r' || t[i] == '\t' {
			if i < cursor {
				c--
			}
			continue
		}
		out = append(out, t[i])
	}
	return string(out), c
}

// keepNonText drops the editing keys while the input method composes.
func keepNonText(ps []flow.Press) []flow.Press {
	var out []flow.Press
	for _, p := range ps {
		switch p.Key {
		case flow.KeyEscape, flow.KeyF2:
			out = append(out, p)
		}
	}
	return out
}

// Layout lays the screen out in device pixels, so text stays sharp on
// HiDPI screens.
func (g *Game) Layout(w, h int) (int, int) {
	s := ebiten.Monitor().DeviceScaleFactor()
	return int(float64(w) * s), int(float64(h) * s)
}

// Draw draws the current screen, and saves the screenshot when asked.
func (g *Game) Draw(dst *ebiten.Image) {
	g.DrawTo(dst)
	g.frames++
	if g.frames == 1 && g.opt.FirstFrame != nil {
		g.opt.FirstFrame(g.opt.Now().Sub(g.started))
	}
	if g.opt.Screenshot != "" && g.frames == 3 && !g.shotted {
		g.shot = savePNG(dst, g.opt.Screenshot)
		g.shotted = true
	}
}

// DrawTo draws the current screen on dst.
func (g *Game) DrawTo(dst *ebiten.Image) {
	p := newPainter(dst, g.f, g.app.BigFont, g.cache)
	dst.Fill(colBG)
	switch s := g.screen.(type) {
	case *flow.Title:
		g.caret = drawTitle(p, g.app, s)
	case *flow.Picker:
		drawPicker(p, g.app, s)
	case *flow.Hold:
		drawHold(p, g.app, s, g.opt.Flow.Muted)
	case *flow.Call:
		g.caret = drawCall(p, g.app, s)
	case *flow.Debrief:
		drawDebrief(p, g.app, s)
	case *flow.Broken:
		drawBroken(p, g.app, s)
	}
	if g.app.Err != "" {
		drawNotice(p, g.app.Err)
	}
}

func savePNG(img *ebiten.Image, path string) error {
	b := img.Bounds()
	rgba := image.NewRGBA(b)
	img.ReadPixels(rgba.Pix)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	if err := png.Encode(f, rgba); err != nil {
		f.Close()
		return fmt.Errorf("screenshot: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	return nil
}

// ErrNoDisplay is returned by Run when there is no window system.
var ErrNoDisplay = errors.New("no display: the game needs a window system (run it on a desktop, or under xvfb-run for tests)")
