package flow_test

import (
	"context"
	"crypto/rand"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/game/results"
	"kalm/internal/teamlink"
	"kalm/leaderboard/servertest"
	"kalm/scenarios"
)

// These tests drive the team screens with the real team link against a
// real leaderboard server on a loopback port.

const code = "NOORD-CODE1"

type teamWorld struct {
	t      *testing.T
	office *servertest.Server
	addr   string
	link   *teamlink.Link
	a      *flow.App
	s      flow.Screen
}

func newTeamWorld(t *testing.T, lang string) *teamWorld {
	t.Helper()
	ctx := context.Background()
	office := servertest.New(t, servertest.Team{Name: "Noord", Code: code})
	pack, err := scenarios.Builtin()
	require.NoError(t, err)

	dir := t.TempDir()
	link, err := teamlink.Open(ctx, teamlink.Config{MembershipPath: filepath.Join(dir, "team.json"),
		OutboxPath: filepath.Join(dir, "outbox.db"), Rand: rand.Reader, Retry: 20 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { link.Close() })
	res, err := results.Open(filepath.Join(dir, "results.json"), nil)
	require.NoError(t, err)
	a, first := flow.New(flow.Config{Pack: pack, Lang: lang, Store: res, Team: link})
	return &teamWorld{t: t, office: office, addr: office.Addr, link: link, a: a, s: first}
}

func (w *teamWorld) step(in flow.Input) { w.s = flow.Step(w.a, w.s, in) }
func (w *teamWorld) key(k flow.Key)     { w.step(flow.Input{Presses: []flow.Press{{Key: k}}}) }
func (w *teamWorld) typ(s string)       { w.step(flow.Input{Runes: []rune(s)}) }

// until steps the screen until cond holds (the network answers in the
// background).
func (w *teamWorld) until(what string, cond func() bool) {
	w.t.Helper()
	require.Eventually(w.t, func() bool {
		w.step(flow.Input{DT: 10 * time.Millisecond})
		return cond()
	}, 10*time.Second, 5*time.Millisecond, what)
}

// toTitleRow moves the title's selection to row.
func (w *teamWorld) toTitleRow(row int) {
	tt := w.s.(*flow.Title)
	for tt.Row != row {
		w.key(flow.KeyDown)
	}
}

// join fills the team screen in and joins.
func (w *teamWorld) join(server, code, name string) *flow.Settings {
	w.t.Helper()
	w.toTitleRow(flow.RowTeam)
	w.key(flow.KeyEnter)
	s, ok := w.s.(*flow.Settings)
	require.True(w.t, ok, "Enter on the team row opens the team screen")
	w.typ(server)
	w.key(flow.KeyEnter)
	w.typ(code)
	w.key(flow.KeyEnter)
	s.Name.Clear()
	w.typ(name)
	w.key(flow.KeyEnter)
	require.Equal(w.t, flow.SetJoin, s.Row)
	w.key(flow.KeyEnter)
	w.until("the join is answered", func() bool { return !s.Joining })
	return s
}

// playToEnd plays fur-elise from the picker with replies until the call
// ends, and returns the debrief.
func (w *teamWorld) playToEnd(replies ...string) *flow.Debrief {
	w.t.Helper()
	w.s = flow.NewCall(w.a, w.a.Cfg.Pack.Scenario("fur-elise"), nil)
	for i := 0; i < 20; i++ {
		c := w.s.(*flow.Call)
		if c.Conv.Ended() {
			break
		}
		w.step(flow.Input{DT: 3 * time.Second})
		w.typ(replies[min(i, len(replies)-1)])
		w.key(flow.KeyEnter)
	}
	require.True(w.t, w.s.(*flow.Call).Conv.Ended(), "the call ends")
	w.key(flow.KeyEnter)
	d, ok := w.s.(*flow.Debrief)
	require.True(w.t, ok)
	return d
}

func TestJoinPlayAndSeeTheTeamBoard(t *testing.T) {
	w := newTeamWorld(t, "en")
	s := w.join(w.addr, code, "Sanne")
	require.True(t, s.Joined, s.Message)
	assert.False(t, s.Failed)
	assert.Contains(t, s.Message, "Noord")
	assert.Equal(t, "Sanne", w.a.Name, "the name typed on the team screen is the player's")
	w.key(flow.KeyEscape)
	require.IsType(t, &flow.Title{}, w.s)

	d := w.playToEnd("That is in your contract, not my problem.")
	assert.True(t, d.Sent, "the ended call goes to the outbox")
	w.until("the outbox is empty", func() bool { return w.link.Status().Waiting == 0 && w.link.Status().Sent == 1 })

	w.typ("l")
	b, ok := w.s.(*flow.Board)
	require.True(t, ok, "L on the debrief opens the board")
	assert.Equal(t, flow.ViewTeam, b.View, "a joined player sees the team board first")
	w.until("the board arrives", func() bool { return b.Team != nil })
	require.NotNil(t, b.Team.You)
	assert.Equal(t, 1, b.Team.You.Rank)
	assert.Equal(t, d.Res.Score, b.Team.You.Score, "the server's score is the game's")
	assert.Equal(t, flow.BoardQuery{Scenario: "all", Period: "week"}, b.Query(w.a))

	// Another period and one scenario: the board is read again.
	w.key(flow.KeyDown)
	w.key(flow.KeyRight)
	assert.Equal(t, w.a.Scenarios()[0].ID, b.Query(w.a).Scenario)
	w.key(flow.KeyDown)
	w.key(flow.KeyRight)
	assert.Equal(t, "month", b.Query(w.a).Period)
	assert.True(t, b.Loading)
	w.until("the new board arrives", func() bool { return !b.Loading })
	assert.Empty(t, b.Problem)

	// The personal board has the same run.
	w.key(flow.KeyDown) // wraps to the view row
	require.Equal(t, flow.BoardRowView, b.Row)
	w.key(flow.KeyRight)
	assert.Equal(t, flow.ViewPersonal, b.View)
	rows, total := w.a.Personal()
	assert.Equal(t, d.Res.Score, total)
	played := 0
	for _, r := range rows {
		if r.Played {
			played++
			assert.Equal(t, "fur-elise", r.Scn.ID)
			assert.Equal(t, 1, r.Best.Plays)
		}
	}
	assert.Equal(t, 1, played)
	w.key(flow.KeyEscape)
	assert.Same(t, d, w.s, "Escape returns to where the board was opened")
}

func TestJoinMistakesAreExplainedInDutch(t *testing.T) {
	w := newTeamWorld(t, "nl")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := ln.Addr().String()
	ln.Close()
	for _, c := range []struct {
		server, code, name, want string
		row                      int
	}{
		{"", code, "Sanne", "Vul het adres van de server in.", flow.SetServer},
		{w.addr, "", "Sanne", "Vul de teamcode in.", flow.SetCode},
		{w.addr, code, "", "Vul je naam in", flow.SetName},
		{"mijn server", code, "Sanne", "Dat is geen serveradres", flow.SetJoin},
		{w.addr, "FOUT0-CODE0", "Sanne", "Geen team met deze code", flow.SetJoin},
		{dead, code, "Sanne", "De server antwoordt niet", flow.SetJoin},
	} {
		w.s = &flow.Title{}
		s := w.join(c.server, c.code, c.name)
		assert.True(t, s.Failed, c.want)
		assert.Contains(t, s.Message, c.want)
		assert.False(t, s.Joined)
		assert.Equal(t, c.row, s.Row, "the cursor goes to the field to fix: %s", c.want)
		w.key(flow.KeyEscape)
	}
	_, joined := w.a.Membership()
	assert.False(t, joined)
}

func TestLeavingWithCallsWaitingAsksFirst(t *testing.T) {
	w := newTeamWorld(t, "en")
	s := w.join(w.addr, code, "Sanne")
	require.True(t, s.Joined)
	w.office.Stop() // the server goes away
	d := w.playToEnd("I'm sorry, that is the supplier's fault.")
	require.True(t, d.Sent)
	w.until("the send fails", func() bool { return w.link.Status().Problem != nil })
	assert.Equal(t, 1, w.link.Status().Waiting)

	w.s = flow.NewSettings(w.a, &flow.Title{})
	s = w.s.(*flow.Settings)
	require.True(t, s.Joined)
	w.key(flow.KeyEnter)
	assert.True(t, s.ConfirmLeave)
	assert.True(t, s.Joined, "one Enter does not leave while calls wait")
	assert.Contains(t, s.Message, "Enter again")
	w.key(flow.KeyEnter)
	assert.False(t, s.Joined)
	_, joined := w.a.Membership()
	assert.False(t, joined)
	assert.Equal(t, 1, w.link.Status().Waiting, "the call stays in the outbox")
}

func TestWithoutATeamTheBoardIsPersonal(t *testing.T) {
	w := newTeamWorld(t, "en")
	d := w.playToEnd("That is in your contract, not my problem.")
	assert.False(t, d.Sent, "no team: nothing goes to an outbox")
	assert.Equal(t, 0, w.link.Status().Waiting)

	w.s = &flow.Title{}
	w.toTitleRow(flow.RowBoard)
	w.key(flow.KeyEnter)
	b, ok := w.s.(*flow.Board)
	require.True(t, ok)
	assert.Equal(t, flow.ViewPersonal, b.View)
	assert.Equal(t, 1, b.Rows())
	w.key(flow.KeyRight)
	assert.Equal(t, flow.ViewPersonal, b.View, "no team view without a team")
	assert.Contains(t, b.Problem, "Join a team")
	_, total := w.a.Personal()
	assert.Equal(t, d.Res.Score, total)
}

func TestWithoutATeamLinkTheTeamScreenSaysSo(t *testing.T) {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	a, first := flow.New(flow.Config{Pack: pack, Lang: "en"})
	w := &teamWorld{t: t, a: a, s: first}
	s := w.join("127.0.0.1:1", code, "Sanne")
	assert.True(t, s.Failed)
	assert.Equal(t, a.T("team.none"), s.Message)
	assert.False(t, s.Joining)
}

func TestTheBoardIsReadAgainWhenAWaitingCallGoesOut(t *testing.T) {
	w := newTeamWorld(t, "nl")
	require.True(t, w.join(w.addr, code, "Sanne").Joined)
	w.office.Stop()
	d := w.playToEnd("Dat staat in uw contract, daar kan ik niets aan doen.")
	require.True(t, d.Sent)
	w.typ("L")
	b := w.s.(*flow.Board)
	w.until("the board cannot be read", func() bool { return !b.Loading })
	assert.Contains(t, b.Problem, "De server antwoordt niet")
	assert.Nil(t, b.Team)

	w.office.Start() // the outbox sends the call; the board follows
	w.until("the board shows the call", func() bool { return b.Team != nil && b.Team.You != nil })
	assert.Equal(t, d.Res.Score, b.Team.You.Score)
	assert.Empty(t, b.Problem)
}
