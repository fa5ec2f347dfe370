package main

import (
	"fmt"

	"kalm/internal/cliflag"
	"kalm/leaderboard"
)

// runLead is `kalm-server lead token [--team TEAM]`: a team lead's token
// for the CSV export (of one team, or of every team without --team). It
// is printed once; the database keeps only its hash.
func runLead(e env) int {
	fs := newFlags("lead", e.stderr)
	var db dbFlags
	db.register(fs)
	team := fs.String("team", "", "the team the token exports (default: every team)")
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) != 1 || pos[0] != "token" {
		fmt.Fprintln(e.stderr, "kalm-server lead: want `lead token [--team TEAM]`")
		return exitUsage
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server lead token: %v\n", err)
		return exitError
	}
	defer st.Close()
	var teamID int64
	what := "every team"
	if *team != "" {
		t, err := findTeam(e, st, *team)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server lead token: %v\n", err)
			return exitError
		}
		teamID, what = t.ID, fmt.Sprintf("team %q", t.Name)
	}
	token, hash, err := leaderboard.NewToken(e.rand)
	if err == nil {
		err = st.AddLeadToken(e.ctx, hash, teamID, e.now())
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server lead token: %v\n", err)
		return exitError
	}
	fmt.Fprintf(e.stdout, "A team lead token for the CSV export of %s (shown once; keep it safe):\n", what)
	fmt.Fprintf(e.stdout, "  curl -H 'Authorization: Bearer %s' http://SERVER/api/v1/export.csv\n", token)
	fmt.Fprintf(e.stdout, "Token: %s\n", token)
	return exitOK
}
