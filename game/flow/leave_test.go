package flow

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/scenarios/engine"
)

// leaveTeam is a joined team whose Leave counts its calls and fails with
// err.
type leaveTeam struct {
	joined bool
	leaves int
	err    error
}

func (t *leaveTeam) Membership() (TeamInfo, bool) {
	return TeamInfo{Team: "Noord", Server: "127.0.0.1:1", Name: "Sanne"}, t.joined
}
func (t *leaveTeam) Join(context.Context, string, string, string) (TeamInfo, error) {
	return TeamInfo{}, errors.New("not here")
}
func (t *leaveTeam) Leave() error {
	t.leaves++
	if t.err != nil {
		return t.err
	}
	t.joined = false
	return nil
}
func (t *leaveTeam) Send(engine.Result) error                             { return nil }
func (t *leaveTeam) Board(context.Context, BoardQuery) (TeamBoard, error) { return TeamBoard{}, nil }
func (t *leaveTeam) Status() TeamStatus                                   { return TeamStatus{} }

// TestLeavingRunsOffTheGameGoroutine: Leave removes a file, so Enter on
// Leave only starts a job; the screen says it is leaving until the job's
// outcome arrives at the next step.
func TestLeavingRunsOffTheGameGoroutine(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantJoined bool
		wantMsg    string
	}{
		{"left", nil, false, "You left the team"},
		{"the file could not be removed", errors.New("read-only disk"), true, "read-only disk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, _ := newApp(t, false)
			team := &leaveTeam{joined: true, err: tc.err}
			a.Cfg.Team = team
			var queued []func()
			a.Cfg.Background = func(job func()) { queued = append(queued, job) }
			s := NewSettings(a, &Title{})
			require.True(t, s.Joined)

			p := &player{t: t, a: a, s: s}
			p.key(KeyEnter)
			assert.Zero(t, team.leaves, "nothing removed on the game's goroutine")
			assert.True(t, s.Leaving)
			assert.True(t, s.Animating(), "the screen is redrawn while it leaves")
			require.Len(t, queued, 1)
			p.key(KeyEnter)
			assert.Len(t, queued, 1, "a second Enter while leaving starts nothing")

			queued[0]() // the worker leaves
			assert.Equal(t, 1, team.leaves)
			assert.True(t, s.Leaving, "its outcome waits for the game's goroutine")
			p.step(Input{})
			assert.False(t, s.Leaving)
			assert.Equal(t, tc.wantJoined, s.Joined)
			assert.Contains(t, s.Message, tc.wantMsg)
			assert.Equal(t, tc.err != nil, s.Failed)
		})
	}
}
