package game

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// haveDisplay reports whether the tests run inside an Ebiten game (with
// a window system, e.g. under xvfb-run), so images can be drawn and read.
var haveDisplay bool

// testGame runs the tests inside Ebiten's game loop, as Ebiten's own
// tests do: images can only be read while a game runs.
type testGame struct {
	m    *testing.M
	code int
}

func (g *testGame) Update() error {
	haveDisplay = true
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*testGame) Draw(*ebiten.Image)         {}
func (*testGame) Layout(int, int) (int, int) { return 320, 240 }

func TestMain(m *testing.M) {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		os.Exit(m.Run())
	}
	ebiten.SetWindowSize(320, 240)
	ebiten.SetWindowTitle("kalm game tests")
	g := &testGame{m: m, code: 1}
	if err := ebiten.RunGame(g); err != nil {
		os.Exit(m.Run()) // no usable display after all
	}
	os.Exit(g.code)
}
