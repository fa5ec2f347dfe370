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

// TestLayoutCards: cards that fit show all, no cues; more cards scroll
// with the selection, with a cue on each side that hides some.
func TestLayoutCards(t *testing.T) {
	// A box of 100 high fits 4 cards of 20 with gaps of 5 and no cues,
	// 3 with one cue of 20 and 2 with two.
	tests := []struct {
		count, sel       int
		first, n         int
		up, down         bool
		wantTop, wantCue float64
	}{
		{3, 0, 0, 3, false, false, 0, 20},
		{4, 3, 0, 4, false, false, 0, 20},
		{9, 0, 0, 3, false, true, 0, 20},
		{9, 2, 0, 3, false, true, 0, 20},
		{9, 3, 2, 2, true, true, 20, 20},
		{9, 5, 4, 2, true, true, 20, 20},
		{9, 6, 6, 3, true, false, 20, 20},
		{9, 8, 6, 3, true, false, 20, 20},
		{9, 42, 6, 3, true, false, 20, 20},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d cards, at %d", tc.count, tc.sel), func(t *testing.T) {
			l := layoutCards(tc.count, tc.sel, 0, 100, 20, 5, 20)
			assert.Equal(t, tc.first, l.first, "first")
			assert.Equal(t, tc.n, l.n, "shown")
			assert.Equal(t, tc.up, l.up, "cue above")
			assert.Equal(t, tc.down, l.down, "cue below")
			assert.Equal(t, tc.wantTop, l.top)
			sel := min(tc.sel, tc.count-1)
			assert.True(t, sel >= l.first && sel < l.first+l.n, "the selected card shows")
			bottom := l.top + float64(l.n)*l.step - 5
			if l.down {
				bottom += tc.wantCue
			}
			assert.LessOrEqual(t, bottom, 100.0, "the cards and cues fit")
		})
	}
}

// bigPack is the built-in pack with its calls repeated under new ids,
// more than fit on a picker.
func bigPack(t *testing.T, times int) *scenarios.Pack {
	p, err := scenarios.Builtin()
	require.NoError(t, err)
	n := len(p.Scenarios)
	for i := 1; i < times; i++ {
		for _, s := range p.Scenarios[:n] {
			c := *s
			c.ID = fmt.Sprintf("%s-%d", s.ID, i)
			p.Scenarios = append(p.Scenarios, &c)
		}
	}
	return p
}

// TestPickerCardsClick: a click on a card selects it, a click on the
// selected card calls; the scroll cue below shows and brings the next
// cards; the keys scroll the cards with the selection.
func TestPickerCardsClick(t *testing.T) {
	needDisplay(t)
	for _, sz := range [][2]int{{640, 480}, {800, 600}, {1280, 800}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			pack := bigPack(t, 3)
			var pk *flow.Picker
			g := testGameWith(t, pack, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
				pk = flow.NewPicker(a)
				return pk
			})
			list := g.App().Scenarios()
			require.Greater(t, len(list), 20)
			frame := func() layoutRecord { return g.record(ebiten.NewImage(sz[0], sz[1])) }
			clickText := func(s string) {
				t.Helper()
				for _, b := range frame().texts {
					if b.s == s {
						i := g.ms.at(g.hits, (b.x0+b.x1)/2, (b.y0+b.y1)/2)
						require.GreaterOrEqual(t, i, 0, "%q is clickable", s)
						g.Step(g.hits[i].act())
						return
					}
				}
				require.Failf(t, "not shown", "%q", s)
			}
			shows := func(s string) bool {
				for _, b := range frame().texts {
					if b.s == s {
						return true
					}
				}
				return false
			}
			// A click on the customer's name (anywhere on the card) selects it.
			clickText(list[1].Customer.Name)
			assert.Equal(t, 1, pk.Sel)
			r := frame()
			cue := ""
			for _, b := range r.texts {
				if len(b.s) > 3 && b.s[:3] == "▼" {
					cue = b.s
				}
			}
			require.NotEmpty(t, cue, "a cue says more cards are below")
			assert.Positive(t, r.bars, "and a scrollbar")
			assert.False(t, shows(list[len(list)-1].Title.Get("en")), "the last card is out of view")
			clickText(cue)
			assert.Greater(t, pk.Sel, 1, "the cue brings the next card")
			g.Step(keys(flow.KeyEnd))
			assert.Equal(t, len(list)-1, pk.Sel)
			assert.True(t, shows(list[len(list)-1].Title.Get("en")), "the last card scrolled into view")
			g.Step(keys(flow.KeyHome))
			assert.Equal(t, 0, pk.Sel)
			assert.True(t, shows(list[0].Title.Get("en")))
			clickText(list[0].Title.Get("en"))
			assert.IsType(t, &flow.Hold{}, g.Screen(), "a click on the selected card calls")
		})
	}
}

// TestPickerCardShowsTheCall: each card shows the situation, the
// customer, the difficulty and the best score.
func TestPickerCardShowsTheCall(t *testing.T) {
	needDisplay(t)
	g := testGameState(t, "nl", func(a *flow.App, s *scenarios.Scenario) flow.Screen { return flow.NewPicker(a) })
	a := g.App()
	var texts []string
	for _, b := range g.record(ebiten.NewImage(1280, 800)).texts {
		texts = append(texts, b.s)
	}
	sc := a.Scenarios()[1]
	assert.Contains(t, texts, sc.Title.Get("nl"))
	assert.Contains(t, texts, sc.Customer.Name)
	assert.Contains(t, texts, stars(sc.Difficulty))
	assert.Contains(t, texts, a.T("best.none"))
}
