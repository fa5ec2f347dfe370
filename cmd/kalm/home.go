package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"

	"kalm/game/results"
	"kalm/internal/teamlink"
)

// playerFiles are where the game keeps the player's own things.
type playerFiles struct {
	Results string // personal bests (JSON)
	Team    string // the joined team and its token (JSON)
	Outbox  string // finished calls not yet on the team server (SQLite)
	Prefs   string // the game's settings, such as the sound muted (JSON)
}

// locate finds the player's files: all in home when it is set, else the
// results, team settings and game settings in the user's config folder
// and the outbox in the user's data folder. resultsFlag overrides the results file.
func locate(home, resultsFlag string) (playerFiles, error) {
	var f playerFiles
	if home != "" {
		f = playerFiles{Results: filepath.Join(home, "results.json"), Team: filepath.Join(home, "team.json"),
			Outbox: filepath.Join(home, "outbox.db"), Prefs: filepath.Join(home, "settings.json")}
	} else {
		res, err := results.DefaultPath()
		if err != nil {
			return f, fmt.Errorf("%v (give --home DIR)", err)
		}
		data, err := teamlink.DataDir(os.Getenv)
		if err != nil {
			return f, fmt.Errorf("no data folder for the outbox: %v (give --home DIR)", err)
		}
		f = playerFiles{Results: res, Team: filepath.Join(filepath.Dir(res), "team.json"),
			Outbox: filepath.Join(data, "outbox.db"), Prefs: filepath.Join(filepath.Dir(res), "settings.json")}
	}
	if resultsFlag != "" {
		f.Results = resultsFlag
	}
	return f, nil
}

// openLink opens the team link on the player's files.
func openLink(f playerFiles) (*teamlink.Link, error) {
	return teamlink.Open(context.Background(), teamlink.Config{MembershipPath: f.Team, OutboxPath: f.Outbox, Rand: rand.Reader})
}
