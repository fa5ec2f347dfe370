package store

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNameKey(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"Tom", "tom", true},
		{"Tom", "Тom", true}, // Cyrillic Т
		{"Tom", "T0m", true},
		{"Tom", "Ｔｏｍ", true}, // full width
		{"Anne  Marie", "anne marie", true},
		{"Ilse", "IIse", true},
		{"Jeroen", "Jéroen", false},
		{"Sanne", "Sander", false},
		{"An", "Ann", false},
	}
	for _, tc := range cases {
		t.Run(tc.a+"|"+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.same, NameKey(tc.a) == NameKey(tc.b), "%q vs %q", NameKey(tc.a), NameKey(tc.b))
		})
	}
}

// TestRoster: the team lead lists, renames and removes players, revokes
// tokens and rotates a code; renames and removals change the roster
// version, so an index reloads, and the board follows at once.
func TestRoster(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		team, err := s.AddTeam(ctx, "Noord", "CODE-N", t0)
		require.NoError(t, err)
		other, err := s.AddTeam(ctx, "Zuid", "CODE-Z", t0)
		require.NoError(t, err)
		ann, err := s.Join(ctx, team.ID, "Ann", "h-ann", t0)
		require.NoError(t, err)
		bob, err := s.Join(ctx, team.ID, "Bob", "h-bob", t0)
		require.NoError(t, err)
		_, err = s.Join(ctx, team.ID, "Bob2", "h-bob2", t0)
		require.NoError(t, err)
		for _, p := range []Player{ann, bob} {
			require.NoError(t, s.AddResult(ctx, &Result{PlayerID: p.ID, TeamID: team.ID, Scenario: "fur-elise", Lang: "nl",
				Score: 50, Outcome: "resolved", Turns: 4, At: at(1), Transcript: []byte(`{}`)}))
		}
		list, err := s.Players(ctx, team.ID)
		require.NoError(t, err)
		require.Len(t, list, 3)
		assert.Equal(t, "Ann", list[0].Name)
		assert.Equal(t, 1, list[0].Results)
		assert.Equal(t, 1, list[0].Tokens)

		v0, err := s.RosterVersion(ctx)
		require.NoError(t, err)
		assert.ErrorIs(t, s.RenamePlayer(ctx, bob.ID, "ann"), ErrNameTaken)
		require.NoError(t, s.RenamePlayer(ctx, bob.ID, "Robert"))
		bests, err := s.Bests(ctx, Filter{})
		require.NoError(t, err)
		names := []string{}
		for _, b := range bests {
			names = append(names, b.Player)
		}
		assert.ElementsMatch(t, []string{"Ann", "Robert"}, names, "the board shows the new name at once")

		n, err := s.RemovePlayer(ctx, ann.ID)
		require.NoError(t, err)
		assert.Equal(t, 1, n)
		bests, err = s.Bests(ctx, Filter{})
		require.NoError(t, err)
		require.Len(t, bests, 1, "a removed player leaves the board")
		_, err = s.PlayerByToken(ctx, "h-ann")
		assert.ErrorIs(t, err, ErrNotFound)
		_, err = s.RemovePlayer(ctx, ann.ID)
		assert.ErrorIs(t, err, ErrNotFound)
		v1, err := s.RosterVersion(ctx)
		require.NoError(t, err)
		assert.Greater(t, v1, v0)

		require.NoError(t, s.RevokeToken(ctx, "h-bob"))
		assert.ErrorIs(t, s.RevokeToken(ctx, "h-bob"), ErrNotFound)
		_, err = s.PlayerByToken(ctx, "h-bob")
		assert.ErrorIs(t, err, ErrNotFound)

		require.NoError(t, s.SetTeamCode(ctx, team.ID, "CODE-N2"))
		_, err = s.TeamByCode(ctx, "CODE-N")
		assert.ErrorIs(t, err, ErrNotFound, "the old code no longer joins")
		assert.ErrorIs(t, s.SetTeamCode(ctx, team.ID, "CODE-Z"), ErrExists)
		assert.ErrorIs(t, s.SetTeamCode(ctx, 999, "CODE-X"), ErrNotFound)
		_ = other
	})
}
