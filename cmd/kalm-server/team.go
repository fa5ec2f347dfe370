package main

import (
	"errors"
	"fmt"
	"strings"

	"kalm/internal/cliflag"
	"kalm/leaderboard"
	"kalm/leaderboard/store"
)

// runTeam is `kalm-server team add NAME` and `kalm-server team list`.
func runTeam(e env) int {
	fs := newFlags("team", e.stderr)
	var db dbFlags
	db.register(fs)
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "kalm-server team: want `team add NAME`, `team list` or `team rotate-code NAME`")
		return exitUsage
	}
	switch pos[0] {
	case "add":
		if len(pos) != 2 || strings.TrimSpace(pos[1]) == "" {
			fmt.Fprintln(e.stderr, "kalm-server team add: want one team name (quote a name with spaces)")
			return exitUsage
		}
		return teamAdd(e, &db, strings.TrimSpace(pos[1]))
	case "list":
		return teamList(e, &db)
	case "rotate-code":
		if len(pos) != 2 {
			fmt.Fprintln(e.stderr, "kalm-server team rotate-code: want one team name (quote a name with spaces)")
			return exitUsage
		}
		return teamRotate(e, &db, strings.TrimSpace(pos[1]))
	}
	fmt.Fprintf(e.stderr, "kalm-server team: unknown action %q (want add, list or rotate-code)\n", pos[0])
	return exitUsage
}

func teamAdd(e env, db *dbFlags, name string) int {
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server team add: %v\n", err)
		return exitError
	}
	defer st.Close()
	for range 5 { // a new code on the rare clash with another team's
		code, err := leaderboard.NewCode(e.rand)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server team add: %v\n", err)
			return exitError
		}
		t, err := st.AddTeam(e.ctx, name, code, e.now())
		if errors.Is(err, store.ErrExists) {
			if teams, lerr := st.Teams(e.ctx); lerr == nil && hasTeam(teams, name) {
				fmt.Fprintf(e.stderr, "kalm-server team add: a team called %q exists already (see `kalm-server team list`)\n", name)
				return exitError
			}
			continue
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server team add: %v\n", err)
			return exitError
		}
		fmt.Fprintf(e.stdout, "Team %q created (id %d).\nJoin code: %s\n", t.Name, t.ID, t.Code)
		return exitOK
	}
	fmt.Fprintln(e.stderr, "kalm-server team add: could not find a free join code; try again")
	return exitError
}

func hasTeam(teams []store.Team, name string) bool {
	for _, t := range teams {
		if t.Name == name {
			return true
		}
	}
	return false
}

func teamList(e env, db *dbFlags) int {
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server team list: %v\n", err)
		return exitError
	}
	defer st.Close()
	teams, err := st.Teams(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server team list: %v\n", err)
		return exitError
	}
	if len(teams) == 0 {
		fmt.Fprintln(e.stdout, "No teams yet: kalm-server team add NAME")
	}
	for _, t := range teams {
		fmt.Fprintf(e.stdout, "%d\t%s\n", t.ID, t.Name)
	}
	if len(teams) > 0 {
		fmt.Fprintln(e.stdout, "(Join codes are stored hashed and shown only when made: `team rotate-code NAME` makes a new one.)")
	}
	return exitOK
}

// teamRotate gives a team a new join code; the old one no longer joins
// (players already in keep playing).
func teamRotate(e env, db *dbFlags, name string) int {
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server team rotate-code: %v\n", err)
		return exitError
	}
	defer st.Close()
	t, err := findTeam(e, st, name)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server team rotate-code: %v\n", err)
		return exitError
	}
	for range 5 {
		code, err := leaderboard.NewCode(e.rand)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server team rotate-code: %v\n", err)
			return exitError
		}
		err = st.SetTeamCode(e.ctx, t.ID, code)
		if errors.Is(err, store.ErrExists) {
			continue
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server team rotate-code: %v\n", err)
			return exitError
		}
		fmt.Fprintf(e.stdout, "Team %q has a new join code; the old one no longer joins.\nJoin code: %s\n", t.Name, code)
		return exitOK
	}
	fmt.Fprintln(e.stderr, "kalm-server team rotate-code: could not find a free join code; try again")
	return exitError
}

// findTeam finds a team by its exact name.
func findTeam(e env, st store.Store, name string) (store.Team, error) {
	teams, err := st.Teams(e.ctx)
	if err != nil {
		return store.Team{}, err
	}
	for _, t := range teams {
		if t.Name == name {
			return t, nil
		}
	}
	return store.Team{}, fmt.Errorf("no team called %q (see `kalm-server team list`)", name)
}
