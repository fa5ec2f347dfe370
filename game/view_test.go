package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/scenarios"
)

// TestEveryDemoScreenHasItsViewTitleAndSoundButton: for every screen
// the demo produces, in both languages, viewOf gives the screen's view,
// which names the window and shows the sound button on the call, the
// hold and the team screen only; the screens with a text box set the
// caret when drawn (with a display).
func TestEveryDemoScreenHasItsViewTitleAndSoundButton(t *testing.T) {
	tests := []struct {
		name   string
		view   view
		nl, en string // the window titles
		sound  bool
		caret  bool // the screen has a text box, whose caret it returns
	}{
		{"title", titleView{}, "Kalm", "Kalm", false, true},
		{"picker", pickerView{}, "Kalm — Kies een gesprek", "Kalm — Choose a call", false, false},
		{"hold", holdView{}, "Kalm — De klant hangt in de wacht", "Kalm — The customer is on hold", true, false},
		{"call", callView{}, "Kalm — In gesprek met Mark Peeters", "Kalm — On the line with Mark Peeters", true, true},
		{"hangup", callView{}, "Kalm — In gesprek met Mark Peeters", "Kalm — On the line with Mark Peeters", true, true},
		{"debrief", debriefView{}, "Kalm — Nabespreking", "Kalm — Debrief", false, false},
		{"settings", settingsView{}, "Kalm — Speel mee in een team", "Kalm — Play in a team", true, true},
		{"settings-joined", settingsView{}, "Kalm — Speel mee in een team", "Kalm — Play in a team", true, true},
		{"board", boardView{}, "Kalm — Ranglijst", "Kalm — Leaderboard", false, false},
		{"board-personal", boardView{}, "Kalm — Ranglijst", "Kalm — Leaderboard", false, false},
	}
	var names []string
	for _, tt := range tests {
		names = append(names, tt.name)
	}
	assert.Equal(t, strings.Split(strings.NewReplacer(" or ", ", ").Replace(flowdemo.Screens), ", "), names,
		"the table lists every screen the demo knows")
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	for _, lang := range []string{"nl", "en"} {
		for _, tt := range tests {
			t.Run(lang+"/"+tt.name, func(t *testing.T) {
				require.NoError(t, flowdemo.Check(tt.name))
				g := testGameWith(t, pack, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
					scr, err := flowdemo.Screen(a, s, tt.name)
					require.NoError(t, err)
					return scr
				})
				v := viewOf(g.Screen())
				assert.IsType(t, tt.view, v)
				want := map[string]string{"nl": tt.nl, "en": tt.en}[lang]
				assert.Equal(t, want, windowTitle(g.App(), g.Screen()))
				assert.Equal(t, tt.sound, v.sound())
				if b := soundButton(g.App(), v); tt.sound {
					require.NotNil(t, b)
					assert.Equal(t, g.App().SoundButton(), b.label)
				} else {
					assert.Nil(t, b)
				}
				if haveDisplay {
					sentinel := image.Rect(1, 2, 3, 4)
					g.caret = sentinel
					g.record(ebiten.NewImage(800, 600))
					assert.Equal(t, tt.caret, g.caret != sentinel, "the caret is set by a screen with a text box only")
				}
			})
		}
	}
}

// strayScreen is a screen type the game does not know.
type strayScreen struct{}

func (s strayScreen) Update(*flow.App, flow.Input) flow.Screen { return s }

// TestAnUnknownScreenGetsTheBareTitleNoSoundAndNoDrawing: a screen the
// game has no view for never panics: the window says "Kalm", there is
// no sound button, nothing is drawn and the caret stays where it was.
func TestAnUnknownScreenGetsTheBareTitleNoSoundAndNoDrawing(t *testing.T) {
	g := testGameState(t, "en", func(*flow.App, *scenarios.Scenario) flow.Screen { return strayScreen{} })
	for _, s := range []flow.Screen{strayScreen{}, nil} {
		v := viewOf(s)
		assert.Equal(t, noView{}, v)
		assert.Equal(t, "Kalm", windowTitle(g.App(), s))
		assert.Empty(t, v.title(g.App()))
		assert.False(t, v.sound())
		assert.Nil(t, soundButton(g.App(), v))
		caret, ok := v.draw(nil, g.App()) // a nil painter: it must not be touched
		assert.Zero(t, caret)
		assert.False(t, ok)
	}

	needDisplay(t)
	g.caret = image.Rect(1, 2, 3, 4)
	img := ebiten.NewImage(320, 240)
	r := g.record(img)
	assert.Empty(t, r.texts, "nothing drawn but the background")
	assert.Empty(t, g.hits, "no buttons")
	assert.Equal(t, image.Rect(1, 2, 3, 4), g.caret, "the caret is left alone")
}
