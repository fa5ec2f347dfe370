package main

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
	"kalm/scenarios"
)

type fakePacks struct {
	packs []client.LocalPack
	err   error
}

func (f fakePacks) Packs() ([]client.LocalPack, error) { return f.packs, f.err }

// TestTeamPacksJoinThePicker: the team's downloaded scenarios are offered
// after the built-in ones; a clashing id is left out and said; the
// built-in pack itself is not changed.
func TestTeamPacksJoinThePicker(t *testing.T) {
	base, err := scenarios.Builtin()
	require.NoError(t, err)
	n := len(base.Scenarios)
	team := client.LocalPack{Info: api.PackInfo{ID: "helpdesk"}, Pack: &scenarios.Pack{ID: "helpdesk",
		Scenarios: []*scenarios.Scenario{{ID: "printer-jam"}, {ID: "fur-elise"}}}}
	var w bytes.Buffer
	got := withTeamPacks(base, fakePacks{packs: []client.LocalPack{team}}, &w)
	require.Len(t, got.Scenarios, n+1)
	assert.Equal(t, "printer-jam", got.Scenarios[n].ID)
	assert.Len(t, base.Scenarios, n, "the built-in pack is not changed")
	assert.Contains(t, w.String(), `scenario "fur-elise" is also in`)

	w.Reset()
	same := withTeamPacks(base, fakePacks{err: errors.New("pack abc: files changed")}, &w)
	assert.Same(t, base, same, "no team packs: the built-in pack as it is")
	assert.Contains(t, w.String(), "files changed")
}

// TestWorkerRunsJobsInOrderAndStopWaits: the game's background jobs run
// one after another, in order, and stopping waits for those given.
func TestWorkerRunsJobsInOrderAndStopWaits(t *testing.T) {
	run, stop := worker()
	var got []int
	for i := range 20 {
		run(func() { got = append(got, i) })
	}
	stop()
	stop() // twice is harmless
	want := make([]int, 20)
	for i := range want {
		want[i] = i
	}
	assert.Equal(t, want, got)
}
