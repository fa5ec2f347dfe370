package main

import (
	"fmt"
	"io"

	"kalm/leaderboard/client"
	"kalm/scenarios"
)

// teamPacks lists the team packs downloaded for the game; *teamlink.Link
// implements it (a join or `kalm team status` downloads them).
type teamPacks interface {
	Packs() ([]client.LocalPack, error)
}

// withTeamPacks returns base with the scenarios of the team's downloaded
// packs added after its own, so the picker offers them beside the
// built-in calls; base itself is not changed. A team scenario whose id
// base already has is left out (the server refuses such packs; a local
// --pack may still clash) and said on w.
func withTeamPacks(base *scenarios.Pack, link teamPacks, w io.Writer) *scenarios.Pack {
	packs, err := link.Packs()
	if err != nil {
		fmt.Fprintf(w, "kalm: some team packs were not loaded: %v (run 'kalm team status' to download them again)\n", err)
	}
	if len(packs) == 0 {
		return base
	}
	out := *base
	out.Scenarios = append([]*scenarios.Scenario(nil), base.Scenarios...)
	for _, p := range packs {
		for _, sc := range p.Pack.Scenarios {
			if sc == nil {
				continue
			}
			if base.Scenario(sc.ID) != nil {
				fmt.Fprintf(w, "kalm: team pack %s: scenario %q is also in %s; the team's is left out\n", p.Info.ID, sc.ID, base.ID)
				continue
			}
			out.Scenarios = append(out.Scenarios, sc)
		}
	}
	return &out
}
