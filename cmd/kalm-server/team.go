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
		fmt.Fprintln(e.stderr, "kalm-server team: want `team add NAME` or `team list`")
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
	}
	fmt.Fprintf(e.stderr, "kalm-server team: unknown action %q (want add or list)\n", pos[0])
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
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", t.ID, t.Code, t.Name)
	}
	return exitOK
}
