package teamlink

import (
	"context"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
	"kalm/leaderboard/packtest"
	"kalm/leaderboard/servertest"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

const teamCode = "NOORD-CODE1"

// newOffice starts a real leaderboard server with teams Noord and Zuid.
func newOffice(t *testing.T) *servertest.Server {
	return servertest.New(t, servertest.Team{Name: "Noord", Code: teamCode}, servertest.Team{Name: "Zuid", Code: "ZUID0-CODE2"})
}

func builtin(t *testing.T) *scenarios.Pack {
	pack, err := scenarios.Builtin()
	require.NoError(t, err)
	return pack
}

// play plays the replies on fur-elise in English with the real scorer.
func play(t *testing.T, replies ...string) engine.Result {
	s := builtin(t).Scenario("fur-elise")
	conv, err := engine.Start(s, "en", engine.Options{Scorer: scoring.New(s.Vocabulary.Scoring())})
	require.NoError(t, err)
	for i, r := range replies {
		_, err := conv.Reply(r, 8000+1000*i)
		require.NoError(t, err)
	}
	return conv.Result()
}

func openLink(t *testing.T, dir string) *Link {
	t.Helper()
	l, err := Open(context.Background(), Config{
		MembershipPath: filepath.Join(dir, "config", "team.json"),
		OutboxPath:     filepath.Join(dir, "data", "outbox.db"),
		Rand:           rand.Reader,
		Retry:          20 * time.Millisecond,
		MaxRetry:       100 * time.Millisecond,
	})
	require.NoError(t, err)
	return l
}

// eventually waits for cond, polling.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	require.Eventually(t, cond, 10*time.Second, 5*time.Millisecond, what)
}

func TestJoinErrorsHaveKinds(t *testing.T) {
	o := newOffice(t)
	l := openLink(t, t.TempDir())
	defer l.Close()
	ctx := context.Background()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := ln.Addr().String()
	ln.Close()
	for _, c := range []struct {
		server, code string
		kind         error
	}{
		{"", teamCode, flow.ErrBadAddress},
		{"ftp://files", teamCode, flow.ErrBadAddress},
		{"my server", teamCode, flow.ErrBadAddress},
		{o.Addr, "WRONG-CODE0", flow.ErrNoSuchTeam},
		{dead, teamCode, flow.ErrUnreachable},
	} {
		_, err := l.Join(ctx, c.server, c.code, "Sanne")
		require.Error(t, err, c.server)
		assert.ErrorIs(t, err, c.kind, "%s %s: %v", c.server, c.code, err)
	}
	_, joined := l.Membership()
	assert.False(t, joined, "a failed join joins nothing")
}

func TestJoinIsKeptAcrossStarts(t *testing.T) {
	o := newOffice(t)
	dir := t.TempDir()
	l := openLink(t, dir)
	info, err := l.Join(context.Background(), o.Addr, " "+teamCode+" ", "Sanne")
	require.NoError(t, err)
	assert.Equal(t, "Noord", info.Team)
	assert.Equal(t, "Sanne", info.Name)
	assert.Equal(t, "http://"+o.Addr, info.Server)
	require.NoError(t, l.Close())

	st, err := os.Stat(filepath.Join(dir, "config", "team.json"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "the token is for the player's eyes only")

	again := openLink(t, dir)
	got, ok := again.Membership()
	require.True(t, ok)
	assert.Equal(t, info, got)
	require.NoError(t, again.Leave())
	_, ok = again.Membership()
	assert.False(t, ok)
	_, err = again.Board(context.Background(), flow.BoardQuery{Scenario: flow.AllScenarios, Period: "week"})
	assert.ErrorIs(t, err, flow.ErrNotMember)
	require.NoError(t, again.Close())
	_, err = os.Stat(filepath.Join(dir, "config", "team.json"))
	assert.True(t, os.IsNotExist(err), "leaving deletes the token")
}

func TestCallsWaitWhileTheServerIsDownAndGoOutWhenItIsBack(t *testing.T) {
	o := newOffice(t)
	dir := t.TempDir()
	l := openLink(t, dir)
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)

	o.Stop()
	good := play(t, "I'm so sorry you waited that long, I understand how annoying a morning without internet is.",
		"I will call you back today at two o'clock with what the technician found.")
	require.NoError(t, l.Send(good))
	eventually(t, "the failed send is reported", func() bool {
		s := l.Status()
		return s.Waiting == 1 && s.Problem != nil
	})
	assert.ErrorIs(t, l.Status().Problem, flow.ErrUnreachable)

	// The game is closed and started again while the server is still down.
	require.NoError(t, l.Close())
	l = openLink(t, dir)
	defer l.Close()
	assert.Equal(t, 1, l.Status().Waiting, "the call is still in the outbox")
	require.NoError(t, l.Send(play(t, "That's the contract, not my problem.")))

	o.Start() // the sender retries by itself
	eventually(t, "both calls are sent", func() bool { return l.Status().Waiting == 0 && l.Status().Sent == 2 })
	assert.NoError(t, l.Status().Problem)

	b, err := l.Board(context.Background(), flow.BoardQuery{Scenario: "fur-elise", Period: "week"})
	require.NoError(t, err)
	require.NotNil(t, b.You)
	assert.True(t, b.You.You)
	assert.Equal(t, good.Score, b.You.Score, "the server's re-scored best is the better run's local score")
	assert.Equal(t, 1, b.Players)
	require.Len(t, b.Entries, 1)
	assert.Equal(t, flow.BoardEntry{Rank: 1, Name: "Sanne", Team: "Noord", Score: good.Score, Scenarios: 1, You: true}, b.Entries[0])
	require.Len(t, b.Teams, 1)
	assert.Equal(t, flow.TeamScore{Rank: 1, Team: "Noord", Total: good.Score, Players: 1, Yours: true}, b.Teams[0])
}

func TestBoardMarksOnlyThePlayer(t *testing.T) {
	o := newOffice(t)
	ctx := context.Background()
	var links []*Link
	for _, p := range []struct{ name, code string }{{"Sanne", teamCode}, {"Ahmed", "ZUID0-CODE2"}} {
		l := openLink(t, t.TempDir())
		defer l.Close()
		_, err := l.Join(ctx, o.Addr, p.code, p.name)
		require.NoError(t, err)
		links = append(links, l)
	}
	require.NoError(t, links[0].Send(play(t, "I understand, I'm sorry.")))
	require.NoError(t, links[1].Send(play(t, "I'm so sorry, I understand completely how frustrating this is, I'll call you back at three.")))
	for _, l := range links {
		eventually(t, "sent", func() bool { return l.Status().Sent == 1 })
	}
	b, err := links[0].Board(ctx, flow.BoardQuery{Scenario: flow.AllScenarios, Period: "all"})
	require.NoError(t, err)
	require.Len(t, b.Entries, 2)
	you := 0
	for _, e := range b.Entries {
		if e.You {
			you++
			assert.Equal(t, "Sanne", e.Name)
		}
	}
	assert.Equal(t, 1, you)
	require.Len(t, b.Teams, 2)
	for _, tm := range b.Teams {
		assert.Equal(t, tm.Team == "Noord", tm.Yours, tm.Team)
	}
}

func TestForgottenPlayerMustJoinAgain(t *testing.T) {
	o := newOffice(t)
	l := openLink(t, t.TempDir())
	defer l.Close()
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	// The team lead started over with a new database: the token is unknown.
	l.mu.Lock()
	l.member.Token = "not-a-token"
	l.mu.Unlock()
	require.NoError(t, l.Send(play(t, "Sorry.")))
	eventually(t, "the refusal is reported", func() bool { return l.Status().Problem != nil })
	assert.ErrorIs(t, l.Status().Problem, flow.ErrNotMember)
	assert.Equal(t, 1, l.Status().Waiting, "the call waits for the new membership")

	_, err = l.Join(context.Background(), o.Addr, teamCode, "Sanne V.") // her old name is still an account
	require.NoError(t, err)
	eventually(t, "sent after joining again", func() bool { return l.Status().Waiting == 0 })
}

func TestDataDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	d, err := DataDir(env(map[string]string{"HOME": "/home/sanne"}))
	require.NoError(t, err)
	if filepath.Separator == '/' && d != "/home/sanne/Library/Application Support/Kalm" {
		assert.Equal(t, "/home/sanne/.local/share/kalm", d)
		d, err = DataDir(env(map[string]string{"HOME": "/home/sanne", "XDG_DATA_HOME": "/data"}))
		require.NoError(t, err)
		assert.Equal(t, "/data/kalm", d)
		d, err = DataDir(env(map[string]string{"HOME": "/home/sanne", "XDG_DATA_HOME": "relative"}))
		require.NoError(t, err)
		assert.Equal(t, "/home/sanne/.local/share/kalm", d, "a relative XDG_DATA_HOME is ignored, as the spec says")
	}
	_, err = DataDir(env(nil))
	assert.Error(t, err)
}

func TestDamagedMembershipIsAClearError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config", "team.json")
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(`{"server": `), 0o600))
	_, err := Open(context.Background(), Config{MembershipPath: path, OutboxPath: filepath.Join(dir, "o.db"), Rand: rand.Reader})
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
	assert.Contains(t, err.Error(), "join again")
}

func TestFlushesNeverSendACallTwice(t *testing.T) {
	o := newOffice(t)
	l := openLink(t, t.TempDir())
	defer l.Close()
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	const calls = 6
	for i := 0; i < calls; i++ {
		require.NoError(t, l.Send(play(t, "I'm sorry, I'll call you back at four.")))
	}
	done := make(chan error, 4)
	for i := 0; i < cap(done); i++ {
		go func() { done <- l.Flush(context.Background()) }()
	}
	for i := 0; i < cap(done); i++ {
		require.NoError(t, <-done)
	}
	eventually(t, "all sent", func() bool { return l.Status().Waiting == 0 })
	assert.Equal(t, calls, l.Status().Sent, "each call is counted (and sent) once")
}

func TestRefusedCallsAreKeptAsideWithTheReason(t *testing.T) {
	o := newOffice(t)
	l := openLink(t, t.TempDir())
	defer l.Close()
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	own := play(t, "I'm sorry.")
	own.Scenario = "our-own-pack-call" // a trainer's pack the server does not have
	require.NoError(t, l.Send(own))
	require.NoError(t, l.Send(play(t, "I understand, I'm sorry.")))
	eventually(t, "both handled", func() bool { s := l.Status(); return s.Waiting == 0 && s.Sent == 1 })
	assert.Equal(t, 1, l.Status().Rejected)
	assert.NoError(t, l.Status().Problem, "a refused call does not stop the others")
	refused, err := l.Refused(context.Background())
	require.NoError(t, err)
	require.Len(t, refused, 1)
	assert.Equal(t, "our-own-pack-call", refused[0].Scenario)
	assert.Contains(t, refused[0].Reason, "unknown scenario")
}

// TestLeaveRevokesTheTokenOnTheServer: after leaving, a copy of the old
// token (a stolen team.json) no longer posts for the player.
func TestLeaveRevokesTheTokenOnTheServer(t *testing.T) {
	o := newOffice(t)
	dir := t.TempDir()
	l := openLink(t, dir)
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	m, err := readMembership(filepath.Join(dir, "config", "team.json"))
	require.NoError(t, err)
	require.NotNil(t, m)
	require.NoError(t, l.Leave())
	require.NoError(t, l.Close(), "Close waits for the revocation")

	run := api.ResultRequest{Scenario: "fur-elise", Lang: "en", Replies: []api.Reply{{Text: "I'm sorry.", ElapsedMS: 30000}}}
	_, err = client.New(*m, nil).Submit(context.Background(), run)
	var se *client.StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 401, se.Status)
}

// TestJoinWithATakenNameSaysSo: joining under a teammate's name is the
// game's "name taken" error, not a generic failure.
func TestJoinWithATakenNameSaysSo(t *testing.T) {
	o := newOffice(t)
	first := openLink(t, t.TempDir())
	defer first.Close()
	_, err := first.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	second := openLink(t, t.TempDir())
	defer second.Close()
	_, err = second.Join(context.Background(), o.Addr, teamCode, "SANNE")
	assert.ErrorIs(t, err, flow.ErrNameTaken)
	assert.Contains(t, flow.TeamErrorText("en", err), "A teammate already has this name")
	_, joined := second.Membership()
	assert.False(t, joined)
}

// playOn plays replies on scenario id of pack in English with the real
// scorer, as the game does.
func playOn(t *testing.T, pack *scenarios.Pack, id string, replies ...string) engine.Result {
	t.Helper()
	s := pack.Scenario(id)
	require.NotNil(t, s, id)
	conv, err := engine.Start(s, "en", engine.Options{Scorer: scoring.New(s.Vocabulary.Scoring())})
	require.NoError(t, err)
	for i, r := range replies {
		_, err := conv.Reply(r, 8000+1000*i)
		require.NoError(t, err)
	}
	return conv.Result()
}

// TestTeamPacksTravelWithTheTeam: joining downloads the team's packs next
// to the outbox; a call of one of their scenarios is sent naming its
// version and the server accepts it; leaving forgets them.
func TestTeamPacksTravelWithTheTeam(t *testing.T) {
	o := newOffice(t)
	hash := o.AddPack(packtest.Write(t, "noord", "lekkage", "Leaking machine"))
	dir := t.TempDir()
	l := openLink(t, dir)
	_, err := l.SyncPacks(context.Background())
	assert.ErrorIs(t, err, flow.ErrNotMember, "no team, no packs")
	_, err = l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	require.NoError(t, l.PacksProblem())
	_, err = os.Stat(filepath.Join(dir, "data", PacksFolder, hash, "pack.yaml"))
	require.NoError(t, err, "the pack is kept next to the outbox")

	packs, err := l.Packs()
	require.NoError(t, err)
	require.Len(t, packs, 1)
	assert.Equal(t, hash, packs[0].Info.Hash)
	own := playOn(t, packs[0].Pack, "lekkage", "How annoying, I'm really sorry. Where is the water coming from?",
		"I'll call you back today at four o'clock with the technician's time. Is that all right?")
	require.NoError(t, l.Send(own))
	require.NoError(t, l.Send(play(t, "I understand, I'm sorry.")))
	eventually(t, "both sent", func() bool { s := l.Status(); return s.Waiting == 0 && s.Sent == 2 })
	assert.Zero(t, l.Status().Rejected)
	stored := map[string]store.Result{}
	require.NoError(t, o.Store.History(context.Background(), 0, func(r store.Result) error { stored[r.Scenario] = r; return nil }))
	assert.Equal(t, hash, stored["lekkage"].Pack, "the run names the version it was played from")
	assert.Equal(t, own.Score, stored["lekkage"].Score, "and the server scored it with that version")
	assert.Empty(t, stored["fur-elise"].Pack, "a built-in run names none")

	// The next start knows the packs before the game loads them.
	require.NoError(t, l.Close())
	l = openLink(t, dir)
	assert.Equal(t, hash, l.packFor("lekkage"))
	require.NoError(t, l.Leave())
	packs, err = l.Packs()
	require.NoError(t, err)
	assert.Empty(t, packs, "the team's packs leave with the team")
	assert.Empty(t, l.packFor("lekkage"))
	require.NoError(t, l.Close())
}

// TestSyncPacksLaterFetchesInTheBackground: a pack the team lead adds
// after the join arrives through SyncPacksLater, which Close waits for.
func TestSyncPacksLaterFetchesInTheBackground(t *testing.T) {
	o := newOffice(t)
	dir := t.TempDir()
	l := openLink(t, dir)
	_, err := l.Join(context.Background(), o.Addr, teamCode, "Sanne")
	require.NoError(t, err)
	before, err := l.Packs()
	require.NoError(t, err)
	o.AddPack(packtest.Write(t, "later-pack", "later-call", "A later call"))
	l.SyncPacksLater(10 * time.Second)
	require.NoError(t, l.Close())
	again := openLink(t, dir)
	defer again.Close()
	after, err := again.Packs()
	require.NoError(t, err)
	assert.Len(t, after, len(before)+1, "the new pack was downloaded before Close returned")
}
