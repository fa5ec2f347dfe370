package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"kalm/game/flow"
	"kalm/internal/cliflag"
	"kalm/internal/teamlink"
	"kalm/leaderboard/bundle"
)

// runTeam joins or leaves a team and sends waiting calls from the
// command line: what the game's team screen does, for setting up desks
// and for machines without a display.
func runTeam(e env) int {
	fs := flag.NewFlagSet("kalm team", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	home := fs.String("home", "", "the player's files are in `DIR` (as the game's --home)")
	name := fs.String("name", "", "the player's name on the board (join)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm team join SERVER CODE --name NAME   join a team (as the game's team screen)")
		fmt.Fprintln(fs.Output(), "       kalm team status                         show the team, send the waiting calls, update the team's packs")
		fmt.Fprintln(fs.Output(), "       kalm team leave                          leave the team (unsent calls stay)")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	want := map[string]int{"join": 3, "status": 1, "leave": 1}
	if len(args) == 0 || want[args[0]] != len(args) {
		fs.Usage()
		return exitUsage
	}
	if args[0] == "join" && *name == "" {
		fmt.Fprintln(e.stderr, "kalm team join: give --name NAME (the name on the board)")
		return exitUsage
	}
	files, err := locate(*home, "")
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm team: %v\n", err)
		return exitUsage
	}
	link, err := openLink(files)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm team: %v\n", err)
		return exitFindings
	}
	defer link.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	switch args[0] {
	case "join":
		m, err := link.Join(ctx, args[1], args[2], *name)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm team join: %s\n", explain(err))
			return exitFindings
		}
		fmt.Fprintf(e.stdout, "joined team %s at %s as %s (player %d)\n", m.Team, m.Server, m.Name, m.PlayerID)
	case "leave":
		if err := link.Leave(); err != nil {
			fmt.Fprintf(e.stderr, "kalm team leave: %v\n", err)
			return exitFindings
		}
		fmt.Fprintln(e.stdout, "left the team; your results stay on this computer")
	}
	return teamStatus(ctx, e, link)
}

// teamStatus sends what waits and says where the player stands.
func teamStatus(ctx context.Context, e env, link *teamlink.Link) int {
	m, ok := link.Membership()
	if !ok {
		fmt.Fprintln(e.stdout, "no team joined (kalm team join SERVER CODE --name NAME)")
	} else {
		fmt.Fprintf(e.stdout, "team %s at %s, playing as %s\n", m.Team, m.Server, m.Name)
	}
	err := link.Flush(ctx)
	s := link.Status()
	fmt.Fprintf(e.stdout, "outbox: %d sent now, %d waiting, %d refused by the server\n", s.Sent, s.Waiting, s.Rejected)
	if refused, rerr := link.Refused(ctx); rerr == nil {
		for _, r := range refused {
			fmt.Fprintf(e.stdout, "  refused: %s played %s: %s\n", r.Scenario, r.At.Local().Format("2006-01-02 15:04"), r.Reason)
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm team: cannot send now: %s\n", explain(err))
		return exitFindings
	}
	if ok && !syncPacks(ctx, e, link) {
		return exitFindings
	}
	if ok {
		b, err := link.Board(ctx, flow.BoardQuery{Scenario: flow.AllScenarios, Period: "week"})
		switch {
		case err != nil:
			fmt.Fprintf(e.stderr, "kalm team: cannot read the board: %s\n", explain(err))
			return exitFindings
		case b.You != nil:
			fmt.Fprintf(e.stdout, "this week: number %d of %d with %d points\n", b.You.Rank, b.Players, b.You.Score)
		default:
			fmt.Fprintf(e.stdout, "this week: not on the board yet (%d players are)\n", b.Players)
		}
	}
	return exitOK
}

// syncPacks downloads the team's packs that are missing or changed and
// lists them; false when that failed.
func syncPacks(ctx context.Context, e env, link *teamlink.Link) bool {
	rep, err := link.SyncPacks(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm team: cannot download the team's packs: %s\n", explain(err))
		return false
	}
	if len(rep.Packs) == 0 {
		fmt.Fprintln(e.stdout, "team packs: none (the built-in pack needs no download)")
		return true
	}
	fmt.Fprintf(e.stdout, "team packs: %d, %d downloaded now\n", len(rep.Packs), len(rep.Downloaded))
	for _, p := range rep.Packs {
		word := "scenarios"
		if len(p.Scenarios) == 1 {
			word = "scenario"
		}
		fmt.Fprintf(e.stdout, "  %s %s (%d %s, version %s)\n", p.ID, p.Version, len(p.Scenarios), word, bundle.Short(p.Hash))
	}
	if _, err := link.Packs(); err != nil {
		fmt.Fprintf(e.stderr, "kalm team: %v\n", err)
		return false
	}
	return true
}

// explain puts the kind of a team error in English words before it.
func explain(err error) string {
	return flow.TeamErrorText("en", err)
}

// closeLink gives calls still waiting one last quick try when the game
// ends, and says so when they must wait for the next start.
func closeLink(e env, link *teamlink.Link) {
	if link.Status().Waiting > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		link.Flush(ctx)
		cancel()
		if n := link.Status().Waiting; n > 0 {
			fmt.Fprintf(e.stderr, "kalm: %d finished call(s) wait in the outbox; they are sent the next time Kalm starts (or run 'kalm team status')\n", n)
		}
	}
	link.Close()
}
