package main

import (
	"fmt"

	"kalm/internal/cliflag"
	"kalm/leaderboard/server"
)

// runExport writes the CSV export to stdout.
func runExport(e env) int {
	fs := newFlags("export", e.stderr)
	var db dbFlags
	db.register(fs)
	team := fs.String("team", "", "export only this team (by name)")
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "kalm-server export: unexpected %q (use --team NAME)\n", pos[0])
		return exitUsage
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server export: %v\n", err)
		return exitError
	}
	defer st.Close()
	var id int64
	if *team != "" {
		teams, err := st.Teams(e.ctx)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server export: %v\n", err)
			return exitError
		}
		for _, t := range teams {
			if t.Name == *team {
				id = t.ID
			}
		}
		if id == 0 {
			fmt.Fprintf(e.stderr, "kalm-server export: no team called %q (see `kalm-server team list`)\n", *team)
			return exitError
		}
	}
	if err := server.Export(e.ctx, st, id, e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "kalm-server export: %v\n", err)
		return exitError
	}
	return exitOK
}
