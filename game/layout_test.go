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
	"kalm/scenarios/catalog"
	"kalm/scoring"
)

// TestLayoutTextFitsAndNeverOverlaps draws every screen in both
// languages at several window sizes and both font sizes and checks that
// no text runs off the screen, no two texts overlap, no text is cut off
// without a scrollbar to reach it, and every text is legible (4.5:1
// against what is under it, read back with a display).
func TestLayoutTextFitsAndNeverOverlaps(t *testing.T) {
	sizes := []struct {
		w, h int
		big  bool
	}{{1280, 800, false}, {1280, 800, true}, {800, 600, false}, {800, 600, true}, {640, 480, false}, {640, 480, true}, {1920, 1080, true}}
	screens := strings.Split(strings.NewReplacer(" or ", ", ").Replace(flowdemo.Screens), ", ")
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	for _, lang := range []string{"nl", "en"} {
		for _, name := range screens {
			for _, sz := range sizes {
				t.Run(fmt.Sprintf("%s/%s/%dx%d/big=%v", lang, name, sz.w, sz.h, sz.big), func(t *testing.T) {
					g := testGameWith(t, pack, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
						a.BigFont = sz.big
						scr, err := flowdemo.Screen(a, s, name)
						require.NoError(t, err)
						return scr
					})
					g.app.Cfg.NoSound = true
					img := ebiten.NewImage(sz.w, sz.h)
					r := g.record(img)
					require.NotEmpty(t, r.texts)
					checkLayout(t, r.texts, float64(sz.w), float64(sz.h))
					checkLanguage(t, r.texts, lang)
					checkContrast(t, img, r.texts)
					assert.Empty(t, r.cuts, "text left out with no scrollbar to reach it")
				})
			}
		}
	}
}

// checkLanguage fails when a screen in lang shows a text of the other
// language: a catalogue text or a scorer hint that only exists there.
func checkLanguage(t *testing.T, rec []textBox, lang string) {
	t.Helper()
	other := map[string]string{"nl": "en", "en": "nl"}[lang]
	var foreign []string
	for _, k := range catalog.Keys() {
		if o := catalog.T(other, k); o != catalog.T(lang, k) && len(o) >= 8 && !strings.Contains(o, "%") {
			foreign = append(foreign, o)
		}
	}
	mine := map[string]bool{}
	for _, n := range scoring.NoteTexts(scoring.Lang(lang)) {
		mine[n] = true
	}
	for _, n := range scoring.NoteTexts(scoring.Lang(other)) {
		if !mine[n] && len(n) >= 8 {
			foreign = append(foreign, n)
		}
	}
	for _, b := range rec {
		for _, f := range foreign {
			if strings.Contains(b.s, f) {
				t.Errorf("a %s screen shows %s text: %q", lang, other, b.s)
			}
		}
	}
}

func checkLayout(t *testing.T, rec []textBox, w, h float64) {
	t.Helper()
	for _, b := range rec {
		assert.LessOrEqual(t, b.right, w+0.5, "runs off the right: %q", b.s)
		assert.LessOrEqual(t, b.bottom, h+0.5, "runs off the bottom: %q", b.s)
		assert.GreaterOrEqual(t, b.left, -0.5, "runs off the left: %q", b.s)
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
				c, err = flowdemo.LongCall(a, s, 30)
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

// fakeTeam is a joined team whose board and outbox the test sets.
type fakeTeam struct {
	flow.Team // unused methods panic: the layout test only draws
	info      flow.TeamInfo
	status    flow.TeamStatus
}

func (f *fakeTeam) Membership() (flow.TeamInfo, bool) { return f.info, true }
func (f *fakeTeam) Status() flow.TeamStatus           { return f.status }

// TestLayoutTeamScreensInTheirStates draws the team screens in the states
// the demos do not show: long names, a failed join, an outbox in
// trouble, a board being read, a debrief sent or waiting.
func TestLayoutTeamScreensInTheirStates(t *testing.T) {
	long := strings.Repeat("Klantenservice Zuid-Holland ", 3)
	team := &fakeTeam{
		info:   flow.TeamInfo{Server: "http://kalm-server.example.internal:8080/" + long, Team: long, Name: long},
		status: flow.TeamStatus{Waiting: 3, Rejected: 1, Problem: fmt.Errorf("post: %w", flow.ErrUnreachable)},
	}
	states := map[string]func(a *flow.App, s *scenarios.Scenario) flow.Screen{
		"joined-leaving": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			a.Cfg.Team = team
			st := flow.NewSettings(a, &flow.Title{})
			st.ConfirmLeave, st.Message, st.Failed = true, a.T("team.leave.waiting"), true
			return st
		},
		"join-failed": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			st := flow.NewSettings(a, &flow.Title{})
			st.Server.Set(long, len(long))
			st.Joining, st.Message, st.Failed = true, a.TeamError(fmt.Errorf("dial: %w", flow.ErrNoSuchTeam)), true
			return st
		},
		"title-joined": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			a.Cfg.Team = team
			return &flow.Title{Row: flow.RowTeam}
		},
		"board-loading": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, "board")
			require.NoError(t, err)
			b := scr.(*flow.Board)
			b.Loading, b.Problem, b.Scenario, b.Period = true, a.TeamError(flow.ErrUnreachable), 1, 2
			b.Team.Entries[1].Name, b.Team.Teams[0].Team = long, long
			return b
		},
		"board-empty": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, "board")
			require.NoError(t, err)
			b := scr.(*flow.Board)
			b.Team = &flow.TeamBoard{}
			return b
		},
		"debrief-waiting": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, "debrief")
			require.NoError(t, err)
			a.Cfg.Team = team
			d := scr.(*flow.Debrief)
			d.Sent = true
			return d
		},
		"debrief-failed": func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, "debrief")
			require.NoError(t, err)
			d := scr.(*flow.Debrief)
			d.SendErr = "open outbox: permission denied"
			return d
		},
	}
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	for name, start := range states {
		for _, lang := range []string{"nl", "en"} {
			for _, sz := range [][2]int{{640, 480}, {800, 600}, {1280, 800}} {
				for _, big := range []bool{false, true} {
					t.Run(fmt.Sprintf("%s/%s/%dx%d/big=%v", name, lang, sz[0], sz[1], big), func(t *testing.T) {
						g := testGameWith(t, pack, lang, func(a *flow.App, s *scenarios.Scenario) flow.Screen {
							a.BigFont = big
							return start(a, s)
						})
						var rec []textBox
						g.draw(ebiten.NewImage(sz[0], sz[1]), &rec)
						require.NotEmpty(t, rec)
						checkLayout(t, rec, float64(sz[0]), float64(sz[1]))
					})
				}
			}
		}
	}
}

func TestTeamScreensShowTheirState(t *testing.T) {
	draw := func(start func(a *flow.App, s *scenarios.Scenario) flow.Screen) []string {
		g := testGameState(t, "en", start)
		var rec []textBox
		g.draw(ebiten.NewImage(1280, 800), &rec)
		var out []string
		for _, b := range rec {
			out = append(out, strings.ReplaceAll(b.s, "\u00a0", " ")) // a no-break space reads as a space
		}
		return out
	}
	demo := func(name string) func(a *flow.App, s *scenarios.Scenario) flow.Screen {
		return func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			scr, err := flowdemo.Screen(a, s, name)
			require.NoError(t, err)
			return scr
		}
	}
	board := draw(demo("board"))
	assert.Contains(t, board, "You are number 4 of 10")
	assert.Contains(t, board, "Noor Visser", "the whole window fits at 1280×800")
	assert.Contains(t, board, "Lars Hendriks")
	assert.Contains(t, board, "Webcare", "the team totals show")

	personal := draw(demo("board-personal"))
	assert.Contains(t, personal, "Total of your best scores: 322")
	assert.Contains(t, personal, "played 4×")
	assert.Contains(t, personal, "not played yet")
	assert.Contains(t, personal, "Join a team (title screen → Team) for the team board.")

	joined := draw(demo("settings-joined"))
	assert.Contains(t, joined, "Helpdesk Noord")
	assert.Contains(t, joined, "1 call waiting to be sent")
	assert.Contains(t, joined, "Enter leave the team · Esc back")

	form := draw(demo("settings"))
	assert.Contains(t, form, "192.168.1.20:8080")
	assert.Contains(t, form, "from your team lead", "the empty code box shows its placeholder")

	title := draw(func(a *flow.App, s *scenarios.Scenario) flow.Screen { return &flow.Title{} })
	assert.Contains(t, title, "none (Enter: join)")
}

// TestBoardSaysWhatItCannotShow: on a small window with the large font
// the team board shows the rows around the player and says how many more
// there are above and below, in both tables.
func TestBoardSaysWhatItCannotShow(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		big  bool
		want []string
	}{
		{1280, 800, false, nil},
		{800, 600, true, []string{"▲ 1 more · ▼ 5 more", "▼ 2 more"}}, // 1 + 4 shown + 5 = 10 players, 1 + 2 = 3 teams
	} {
		g := testGameState(t, "en", func(a *flow.App, s *scenarios.Scenario) flow.Screen {
			a.BigFont = tc.big
			scr, err := flowdemo.Screen(a, s, "board")
			require.NoError(t, err)
			return scr
		})
		var rec []textBox
		g.draw(ebiten.NewImage(tc.w, tc.h), &rec)
		var cues []string
		for _, b := range rec {
			if strings.Contains(b.s, "more") {
				cues = append(cues, b.s)
			}
		}
		assert.Equal(t, tc.want, cues, "%dx%d big=%v", tc.w, tc.h, tc.big)
	}
}
