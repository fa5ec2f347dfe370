// Package game is Kalm's Ebiten front end: it turns keyboard input into
// flow inputs, draws the screens of kalm/game/flow, plays the hold music
// and takes screenshots. The rules live in kalm/scoring and
// kalm/scenarios/engine, the screen logic in kalm/game/flow.
package game

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"

	"kalm/game/clipboard"
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
	// Sound is set when there is a sound device (see SoundAvailable):
	// the game plays the hold music unless the player muted it
	// (flow.App.SoundOn). The device is opened the first time the music
	// plays, so a game started muted never touches it.
	Sound bool
	// Now is the clock; nil means time.Now. Screenshots use a stopped one.
	Now func() time.Time
	// FirstFrame is called once with the time from Run to the first
	// drawn frame.
	FirstFrame func(time.Duration)
	// Paste reads the clipboard for Ctrl+V; nil means clipboard.Read.
	Paste func() (string, error)
}

// Game is the running game: it implements ebiten.Game.
type Game struct {
	opt    Options
	app    *flow.App
	screen flow.Screen
	f      *fonts
	cache  *wrapCache
	spr    *sprites
	keys   keyState
	// composer brings typed text, with input-method support.
	composer    textinput.Composer
	composing   bool
	composition string
	pending     []rune
	// title is the window's title, which names the screen.
	title string
	// notice is the error notice shown, for noticeAge.
	notice    string
	noticeAge time.Duration
	// pasted receives the clipboard's text read for Ctrl+V.
	pasted  chan pasteResult
	caret   image.Rectangle
	last    time.Time
	started time.Time
	frames  int
	shot    error
	shotted bool
	// music plays the hold music once it has played (nil before); pcm
	// is the rendered music until then, when there is a sound device;
	// audio is set once the device was opened.
	music *holdMusic
	pcm   []byte
	audio bool
	// view decides which frames are drawn (see redraw).
	view *redraw
	// hits are what the mouse can act on in the frame on the screen;
	// ms is the mouse; dragStep is how far a drag scrolls one step.
	hits     []hit
	ms       mouse
	dragStep float64
	// hasFocus is whether the window had the focus when last asked.
	hasFocus   bool
	focusAsked time.Time
	// tick is where the frame on the screen has its call timer.
	tick tickArea
	// sleep waits between still frames (see redraw.rest): time.Sleep in
	// a window, nil (no wait) otherwise.
	sleep func(time.Duration)
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
	g := &Game{opt: opt, f: f, cache: newWrapCache(), view: newRedraw(), ms: mouse{x: -1, y: -1, over: -1, drag: -1}}
	g.app, g.screen = flow.New(opt.Flow)
	if opt.Start != nil {
		g.screen = opt.Start(g.app)
	}
	if opt.Paste == nil {
		g.opt.Paste = func() (string, error) { return clipboard.Read(time.Second) }
	}
	g.pasted = make(chan pasteResult, 1)
	g.initComposer()
	g.title = "Kalm"
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
	// A still screen is not drawn again (see redraw): what was drawn
	// stays.
	ebiten.SetScreenClearedEveryFrame(false)
	if opt.Sound {
		g.pcm = renderMusic()
	}
	g.sleep = time.Sleep
	// Ebiten's default threads (window, game, drawing). Its single-thread
	// mode saved about 0.6% of a core when idle, but with it the game
	// once failed to open an Xvfb display in CI; the still screen's rest
	// (see redraw) does the saving.
	err = ebiten.RunGame(g)
	if g.music != nil {
		g.music.stop()
	}
	if g.shot != nil {
		return g.shot
	}
	return classify(err, g.audio)
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
	g.paste(&in)
	hover := false
	if g.opt.Screenshot == "" { // a screenshot shows nothing hovered
		hover = g.ms.read(g.hits, max(g.dragStep, 1), &in)
	}
	g.Step(in)
	g.expireNotice(dt)
	g.view.update(frameKeyOf(g.app, g.screen, g.composition, g.focus(now)), hover || len(in.Presses)+len(in.Runes) > 0, now)
	if t := windowTitle(g.app, g.screen); t != g.title {
		g.title = t
		ebiten.SetWindowTitle(t)
	}
	g.playMusic()
	return nil
}

// playMusic plays the hold music while the hold screen shows and the
// sound is on, opening the sound device the first time.
func (g *Game) playMusic() {
	_, hold := g.screen.(*flow.Hold)
	on := hold && g.app.SoundOn()
	if on && g.pcm != nil { // once: a process has one audio context
		g.music, g.pcm, g.audio = newMusic(g.pcm), nil, true
	}
	g.music.play(on, g.app.MusicVolume())
}

// focus reports whether the window has the focus, asking the window
// system at most every focusEvery (an X11 round trip each time).
func (g *Game) focus(now time.Time) bool {
	if now.Sub(g.focusAsked) >= focusEvery {
		g.hasFocus, g.focusAsked = ebiten.IsFocused(), now
	}
	return g.hasFocus
}

// focusEvery is how often the window's focus is asked for.
const focusEvery = 500 * time.Millisecond

// Step applies one frame's input to the current screen.
func (g *Game) Step(in flow.Input) {
	g.screen = flow.Step(g.app, g.screen, in)
}

// expireNotice clears the error notice after a few seconds.
func (g *Game) expireNotice(dt time.Duration) {
	if g.app.Err == "" || g.app.Err != g.notice {
		g.notice, g.noticeAge = g.app.Err, 0
		return
	}
	g.noticeAge += dt
	if g.noticeAge > 6*time.Second {
		g.app.Err, g.notice = "", ""
	}
}

// Layout lays the screen out in device pixels, so text stays sharp on
// HiDPI screens.
func (g *Game) Layout(w, h int) (int, int) {
	s := ebiten.Monitor().DeviceScaleFactor()
	return int(float64(w) * s), int(float64(h) * s)
}

// Draw draws the current screen when it changed (the screen is not
// cleared between frames), and saves the screenshot when asked. A frame
// that has nothing to draw or show waits while the screen rests (see
// redraw.rest), which slows Ebiten's loop down.
func (g *Game) Draw(dst *ebiten.Image) {
	now, size := g.opt.Now(), dst.Bounds().Size()
	if g.view.draw(size) {
		g.DrawTo(dst)
		g.view.didDraw(size, now)
	} else if g.view.tickOnly(size) {
		if !g.drawTick(dst) {
			g.DrawTo(dst)
		}
		g.view.didDraw(size, now)
	} else if g.view.present(now) {
		g.spr.touch(dst)
	} else if d := g.view.rest(now); d > 0 && g.sleep != nil {
		g.sleep(d) // paces Ebiten's loop: nothing to draw or show
	}
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
func (g *Game) DrawTo(dst *ebiten.Image) { g.draw(dst, nil) }

// draw draws the current screen on dst, recording where the texts go
// when rec is set (layout tests).
func (g *Game) draw(dst *ebiten.Image, rec *[]textBox) {
	g.paint(dst, func(p *painter) { p.rec = rec })
}

// layoutRecord is what the layout tests read of a drawn frame.
type layoutRecord struct {
	texts []textBox
	// cuts are texts left out with no scrollbar to reach them.
	cuts []string
	// bars is the number of scrollbars drawn.
	bars int
}

// record draws the current screen on dst and returns its layout record.
func (g *Game) record(dst *ebiten.Image) layoutRecord {
	var r layoutRecord
	g.paint(dst, func(p *painter) { p.rec, p.cuts, p.bars = &r.texts, &r.cuts, &r.bars })
	return r
}

// paint draws the current screen on dst with a painter set up by setup.
func (g *Game) paint(dst *ebiten.Image, setup func(p *painter)) {
	if g.spr == nil {
		g.spr = newSprites()
	}
	p := newPainter(dst, g.f, g.app.BigFont, g.cache, g.spr)
	var hits []hit
	p.hits, p.mx, p.my = &hits, g.ms.x, g.ms.y
	g.tick = tickArea{}
	p.tick = &g.tick
	setup(p)
	defer func() { g.hits, g.dragStep = hits, float64(flow.ScrollStep)*lh(p.body) }()
	p.composition = g.composition
	v := viewOf(g.screen)
	p.sound = soundButton(g.app, v)
	dst.Fill(colBG)
	if c, ok := v.draw(p, g.app); ok {
		g.caret = c
	}
	if g.app.Err != "" {
		drawNotice(p, g.app.Err)
	}
	if len(g.app.Overlay) > 0 {
		drawOverlay(p, g.app.Overlay)
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
