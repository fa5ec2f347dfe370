package game

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/scenarios"
)

// TestLayoutOfTheLook draws the states the demos do not show (the
// customer speaking, a cut line, a long hold, a long list of calls
// scrolled to its middle) at 640×480, 800×600 and 1280×800 with both
// font sizes in both languages: no text overlaps, runs off or is cut
// without a scrollbar, every text is legible, and the call keeps the
// phone frame (name, state, timer), the transcript and the reply box.
func TestLayoutOfTheLook(t *testing.T) {
	states := map[string]func(t *testing.T, a *flow.App, s *scenarios.Scenario) flow.Screen{
		"speaking": func(t *testing.T, a *flow.App, s *scenarios.Scenario) flow.Screen {
			c := flow.NewCall(a, s, nil).(*flow.Call)
			flow.Step(a, c, flow.Input{DT: time.Duration(c.Log[0].SpeakMS+c.Log[1].SpeakMS/2) * time.Millisecond})
			return c
		},
		"cut": func(t *testing.T, a *flow.App, s *scenarios.Scenario) flow.Screen {
			c := flow.NewCall(a, s, nil).(*flow.Call)
			flow.Step(a, c, flow.Input{DT: time.Duration(c.Log[0].SpeakMS/2) * time.Millisecond})
			flow.Step(a, c, flow.Input{Runes: []rune("Sorry!")})
			flow.Step(a, c, flow.Input{Presses: []flow.Press{{Key: flow.KeyEnter}}})
			require.True(t, c.Log[0].Cut)
			return c
		},
		"hold-late": func(t *testing.T, a *flow.App, s *scenarios.Scenario) flow.Screen {
			h := flow.NewHold(a, s).(*flow.Hold)
			h.Elapsed = 19 * time.Second
			return h
		},
		"picker-middle": func(t *testing.T, a *flow.App, s *scenarios.Scenario) flow.Screen {
			p := flow.NewPicker(a)
			p.Sel = len(a.Scenarios()) / 2
			return p
		},
	}
	pack := bigPack(t, 3)
	for name, start := range states {
		for _, lang := range []string{"nl", "en"} {
			for _, sz := range [][2]int{{640, 480}, {800, 600}, {1280, 800}} {
				for _, big := range []bool{false, true} {
					t.Run(fmt.Sprintf("%s/%s/%dx%d/big=%v", name, lang, sz[0], sz[1], big), func(t *testing.T) {
						g := testGameWith(t, pack, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
							a.BigFont = big
							return start(t, a, s)
						})
						img := ebiten.NewImage(sz[0], sz[1])
						r := g.record(img)
						require.NotEmpty(t, r.texts)
						checkLayout(t, r.texts, float64(sz[0]), float64(sz[1]))
						checkContrast(t, img, r.texts)
						assert.Empty(t, r.cuts, "text left out with no scrollbar to reach it")
						c, ok := g.Screen().(*flow.Call)
						if !ok {
							return
						}
						var shown []string
						for _, b := range r.texts {
							shown = append(shown, b.s)
						}
						a := g.App()
						assert.Contains(t, shown, c.Scn.Customer.Name, "the phone frame names the caller")
						assert.Contains(t, shown, a.T(c.State()), "and the line's state")
						assert.Contains(t, shown, mmss(c.Talked()), "and the timer")
						label := false
						for _, s := range shown {
							label = label || strings.HasPrefix(s, a.T("reply"))
						}
						assert.True(t, label, "the reply box shows")
					})
				}
			}
		}
	}
}
