package game

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
)

// TestLayoutTextFitsAndNeverOverlaps draws every screen in both
// languages at several window sizes and checks that no text runs off the
// screen and no two texts overlap. Drawing is only recorded, so it runs
// without a display.
func TestLayoutTextFitsAndNeverOverlaps(t *testing.T) {
	sizes := []struct {
		w, h int
		big  bool
	}{{1280, 800, false}, {800, 600, false}, {800, 600, true}, {640, 480, false}, {1920, 1080, true}}
	screens := []string{"title", "picker", "hold", "call", "debrief"}
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	for _, lang := range []string{"nl", "en"} {
		for _, name := range screens {
			for _, sz := range sizes {
				t.Run(fmt.Sprintf("%s/%s/%dx%d/big=%v", lang, name, sz.w, sz.h, sz.big), func(t *testing.T) {
					g := testGameWith(t, pack, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
						a.BigFont = sz.big
						scr, err := flow.Demo(a, s, name)
						require.NoError(t, err)
						return scr
					})
					g.app.Cfg.Muted = flow.MutedNoDevice
					var rec []textBox
					g.draw(ebiten.NewImage(sz.w, sz.h), &rec)
					require.NotEmpty(t, rec)
					checkLayout(t, rec, float64(sz.w), float64(sz.h))
				})
			}
		}
	}
}

func checkLayout(t *testing.T, rec []textBox, w, h float64) {
	t.Helper()
	for _, b := range rec {
		assert.LessOrEqual(t, b.right, w+0.5, "runs off the right: %q", b.s)
		assert.LessOrEqual(t, b.bottom, h+0.5, "runs off the bottom: %q", b.s)
		assert.GreaterOrEqual(t, b.x0, 0.0, "runs off the left: %q", b.s)
	}
	for i := range rec {
		for j := i + 1; j < len(rec); j++ {
			a, b := rec[i], rec[j]
			ox := min(a.x1, b.x1) - max(a.x0, b.x0)
			oy := min(a.y1, b.y1) - max(a.y0, b.y0)
			if ox > 1 && oy > 1 {
				t.Errorf("texts overlap: %q and %q", a.s, b.s)
			}
		}
	}
}

func TestLayoutLongCallAndDebrief(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for _, sz := range [][2]int{{800, 600}, {1280, 800}} {
			var c *flow.Call
			g := testGameState(t, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
				var err error
				c, err = flow.DemoTurns(a, s, 30)
				require.NoError(t, err)
				return c
			})
			var rec []textBox
			g.draw(ebiten.NewImage(sz[0], sz[1]), &rec)
			checkLayout(t, rec, float64(sz[0]), float64(sz[1]))

			res := c.Conv.Result()
			require.NotEmpty(t, res.Turns)
			g.screen = &flow.Debrief{Scn: c.Scn, Res: res, Sel: len(res.Turns) - 1}
			rec = nil
			g.draw(ebiten.NewImage(sz[0], sz[1]), &rec)
			checkLayout(t, rec, float64(sz[0]), float64(sz[1]))
			found := false
			for _, b := range rec {
				found = found || b.s == fmt.Sprint(len(res.Turns))
			}
			assert.True(t, found, "the selected last turn shows in the strip")
		}
	}
}
