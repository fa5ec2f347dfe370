package game

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/flow/flowdemo"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// joined is every text of a frame, in drawing order, one space apart:
// a wrapped text shows in it whole.
func joined(r layoutRecord) string {
	var out []string
	for _, b := range r.texts {
		out = append(out, b.s)
	}
	return strings.Join(out, " ")
}

// has reports whether a frame shows s as one text.
func has(r layoutRecord, s string) bool {
	for _, b := range r.texts {
		if b.s == s {
			return true
		}
	}
	return false
}

func TestExamCallShowsNothingOfTheScoring(t *testing.T) {
	for _, exam := range []bool{true, false} {
		for _, lang := range []string{"nl", "en"} {
			g := testGameState(t, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
				a.Exam = exam
				scr, err := flowdemo.Screen(a, s, "call")
				require.NoError(t, err)
				return scr
			})
			a := g.App()
			r := g.record(ebiten.NewImage(1280, 800))
			all := joined(r)
			var shown []string
			for _, c := range scoring.Criteria() {
				for _, chip := range []string{a.T("c." + string(c)), "● " + a.T("c."+string(c)), "▲ " + a.T("c."+string(c))} {
					if has(r, chip) {
						shown = append(shown, chip)
					}
				}
			}
			feedback := []string{a.T("score") + " ", a.T("last"), a.T("live"), a.T("anger") + " "}
			if exam {
				assert.Empty(t, shown, "%s exam: no criteria chips", lang)
				for _, f := range feedback {
					assert.NotContains(t, all, f, "%s exam: nothing of the scoring", lang)
				}
				assert.Contains(t, all, a.T("exam.later"))
			} else {
				assert.NotEmpty(t, shown, "%s practice: the chips show", lang)
				for _, f := range feedback {
					assert.Contains(t, all, f, "%s practice: the coaching shows", lang)
				}
			}
			c := g.Screen().(*flow.Call)
			last := c.Conv.Turns()[len(c.Conv.Turns())-1]
			assert.Contains(t, all, strings.Fields(last.Lines[0].Text)[0], "%s exam=%v: the customer still reacts", lang, exam)
		}
	}
}

func TestDebriefShowsTheScoreItsPartsAndWhatEachTurnAnswered(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		var d *flow.Debrief
		g := testGameState(t, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, "debrief")
			require.NoError(t, err)
			d = scr.(*flow.Debrief)
			return d
		})
		a := g.App()
		res := d.Res
		require.NotEmpty(t, res.Breakdown, "the demo debrief is scored by the engine")
		sum := 0
		for _, p := range res.Breakdown {
			sum += p.Points
		}
		require.Equal(t, res.Score, sum)

		r := g.record(ebiten.NewImage(1280, 800))
		checkLayout(t, r.texts, 1280, 800)
		assert.Empty(t, r.cuts)
		all := joined(r)
		assert.Contains(t, all, fmt.Sprintf(a.T("score.of"), res.Score, res.Max))
		for _, p := range res.Breakdown {
			assert.True(t, has(r, a.T("part."+p.What)), "%s: the part %s is named", lang, p.What)
			assert.True(t, has(r, fmt.Sprintf("%+d", p.Points)), "%s: the part %s has its points", lang, p.What)
		}
		for _, line := range d.Scn.Node(d.Scn.Start).Say.Get(lang) {
			assert.Contains(t, all, line, "%s: turn 1 shows the opening it answered", lang)
		}
		assert.Contains(t, all, res.Turns[0].Model)
		assert.True(t, has(r, fmt.Sprint(res.Turns[0].Mood)), "the plot shows the selected turn's anger")
		sel := d.Coverage()[d.Item]
		assert.Contains(t, all, a.T(sel.Why), "the selected step is explained")

		g.Step(flow.Input{Presses: []flow.Press{{Key: flow.KeyRight}}})
		require.Equal(t, 1, d.Sel)
		r = g.record(ebiten.NewImage(1280, 800))
		all = joined(r)
		for _, l := range res.Turns[0].Lines {
			assert.Contains(t, all, l.Text, "%s: turn 2 shows what the customer said after turn 1", lang)
		}
		assert.Contains(t, all, res.Turns[1].Model, "turn 2 shows its own model answer")
		assert.True(t, has(r, fmt.Sprint(res.Turns[1].Mood)))
	}
}

// TestDebriefLongReplyScrollsAndIsNeverCut plays a 600-character reply
// through the engine and draws its debrief: nothing is cut off without a
// scrollbar, and scrolling reaches every word.
func TestDebriefLongReplyScrollsAndIsNeverCut(t *testing.T) {
	var b strings.Builder
	for i := 1; b.Len() < 600; i++ {
		fmt.Fprintf(&b, "[%d] I understand how annoying this is. ", i)
	}
	long := strings.TrimSpace(b.String()[:600])
	var markers []string
	for i := 1; strings.Contains(long, fmt.Sprintf("[%d]", i)); i++ {
		markers = append(markers, fmt.Sprintf("[%d]", i))
	}
	require.Greater(t, len(markers), 10)

	sizes := []struct {
		w, h int
		big  bool
	}{{800, 600, true}, {800, 600, false}, {1280, 800, false}, {640, 480, true}}
	for _, lang := range []string{"nl", "en"} {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d/big=%v", lang, sz.w, sz.h, sz.big), func(t *testing.T) {
				var d *flow.Debrief
				g := testGameState(t, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
					a.BigFont = sz.big
					scr := flow.NewCall(a, s, []engine.Reply{{Text: long, ElapsedMS: 60000}})
					c, ok := scr.(*flow.Call)
					require.True(t, ok)
					d = flow.NewDebrief(s, c.Conv.Result())
					return d
				})
				require.Len(t, d.Res.Turns, 1)
				require.Equal(t, long, d.Res.Turns[0].Reply)
				img := ebiten.NewImage(sz.w, sz.h)
				seen := map[string]bool{}
				for page := 0; ; page++ {
					r := g.record(img)
					checkLayout(t, r.texts, float64(sz.w), float64(sz.h))
					assert.Empty(t, r.cuts, "text left out with no scrollbar to reach it")
					all := joined(r)
					for _, m := range markers {
						seen[m] = seen[m] || strings.Contains(all, m)
					}
					if page == 0 && sz.big && sz.h == 600 {
						assert.Positive(t, r.bars, "the long reply scrolls, with a scrollbar")
					}
					if d.Scroll >= d.ScrollMax || page > 100 {
						break
					}
					g.Step(flow.Input{Presses: []flow.Press{{Key: flow.KeyPageDown}}})
				}
				for _, m := range markers {
					assert.True(t, seen[m], "scrolling reaches %s", m)
				}
			})
		}
	}
}
