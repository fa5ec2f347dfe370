package main

import (
	"errors"
	"fmt"
	"strings"

	"kalm/internal/cliflag"
	"kalm/leaderboard/store"
)

// playerActions are the arguments of each `kalm-server player` action.
var playerActions = map[string]string{
	"list":   "",
	"rename": "NAME NEW-NAME",
	"remove": "NAME",
	"reset":  "NAME",
}

// runPlayer is `kalm-server player list|rename|remove|reset --team T …`.
func runPlayer(e env) int {
	fs := newFlags("player", e.stderr)
	var db dbFlags
	db.register(fs)
	team := fs.String("team", "", "the team's name (required except for list)")
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "kalm-server player: want list, rename, remove or reset (see kalm-server help)")
		return exitUsage
	}
	want, known := playerActions[pos[0]]
	switch {
	case !known:
		fmt.Fprintf(e.stderr, "kalm-server player: unknown action %q (want list, rename, remove or reset)\n", pos[0])
		return exitUsage
	case len(pos)-1 != len(strings.Fields(want)):
		fmt.Fprintf(e.stderr, "kalm-server player %s: want --team TEAM %s (quote names with spaces)\n", pos[0], want)
		return exitUsage
	case pos[0] != "list" && *team == "":
		fmt.Fprintf(e.stderr, "kalm-server player %s: missing --team TEAM\n", pos[0])
		return exitUsage
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server player: %v\n", err)
		return exitError
	}
	defer st.Close()
	if err := playerAction(e, st, pos[0], *team, pos[1:]); err != nil {
		fmt.Fprintf(e.stderr, "kalm-server player %s: %v\n", pos[0], err)
		return exitError
	}
	return exitOK
}

// playerAction does one action; args are the action's names.
func playerAction(e env, st store.Store, action, teamName string, args []string) error {
	var teamID int64
	if teamName != "" {
		t, err := findTeam(e, st, teamName)
		if err != nil {
			return err
		}
		teamID = t.ID
	}
	if action == "list" {
		return listPlayers(e, st, teamID)
	}
	p, err := findPlayer(e, st, teamID, args[0])
	if err != nil {
		return err
	}
	switch action {
	case "rename":
		if err := st.RenamePlayer(e.ctx, p.ID, strings.TrimSpace(args[1])); err != nil {
			if errors.Is(err, store.ErrNameTaken) {
				return fmt.Errorf("a teammate already has a name that looks like %q", args[1])
			}
			return err
		}
		fmt.Fprintf(e.stdout, "%q is now %q.\n", p.Name, strings.TrimSpace(args[1]))
	case "remove":
		n, err := st.RemovePlayer(e.ctx, p.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Removed %q with %d results and their tokens.\n", p.Name, n)
	case "reset":
		if err := st.AllowRejoin(e.ctx, p.ID); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%q may join once more with the team code (a new device); their old tokens no longer work.\n", p.Name)
	}
	return nil
}

// findPlayer finds a team's player by name (compared as NameKey).
func findPlayer(e env, st store.Store, teamID int64, name string) (store.PlayerInfo, error) {
	players, err := st.Players(e.ctx, teamID)
	if err != nil {
		return store.PlayerInfo{}, err
	}
	for _, p := range players {
		if store.NameKey(p.Name) == store.NameKey(name) {
			return p, nil
		}
	}
	return store.PlayerInfo{}, fmt.Errorf("no player called %q in that team (see `kalm-server player list --team TEAM`)", name)
}

func listPlayers(e env, st store.Store, teamID int64) error {
	players, err := st.Players(e.ctx, teamID)
	if err != nil {
		return err
	}
	if len(players) == 0 {
		fmt.Fprintln(e.stdout, "No players yet.")
	}
	for _, p := range players {
		note := ""
		if p.Rejoin {
			note = "\tmay re-join"
		}
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%d results\t%d tokens%s\n", p.ID, p.Team, p.Name, p.Results, p.Tokens, note)
	}
	return nil
}

// runToken is `kalm-server token revoke --team T NAME`: every device of
// the player stops posting; they join again after a player reset.
func runToken(e env) int {
	fs := newFlags("token", e.stderr)
	var db dbFlags
	db.register(fs)
	team := fs.String("team", "", "the team's name")
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) != 2 || pos[0] != "revoke" || *team == "" {
		fmt.Fprintln(e.stderr, "kalm-server token: want `token revoke --team TEAM NAME`")
		return exitUsage
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server token revoke: %v\n", err)
		return exitError
	}
	defer st.Close()
	t, err := findTeam(e, st, *team)
	if err == nil {
		var p store.PlayerInfo
		if p, err = findPlayer(e, st, t.ID, pos[1]); err == nil {
			var n int
			if n, err = st.RevokePlayerTokens(e.ctx, p.ID); err == nil {
				fmt.Fprintf(e.stdout, "Revoked %d token(s) of %q; to play again they need `kalm-server player reset`.\n", n, p.Name)
				return exitOK
			}
		}
	}
	fmt.Fprintf(e.stderr, "kalm-server token revoke: %v\n", err)
	return exitError
}
