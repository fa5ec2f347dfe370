// Command kalm-server is Kalm's team leaderboard server: a team lead
// creates teams, players' games send finished calls to it, and an office
// screen shows the board. It re-scores every call itself.
//
//	kalm-server team add NAME [--db PATH | --postgres URL]
//	kalm-server team list [--db PATH | --postgres URL]
//	kalm-server serve [--addr 127.0.0.1:8080] [--db PATH | --postgres URL] [--pack PATH]
//	kalm-server export [--team NAME] [--db PATH | --postgres URL]
//	kalm-server player list|rename|remove|reset --team TEAM …
//	kalm-server token revoke --team TEAM NAME
//	kalm-server lead token [--team TEAM]
//	kalm-server backup FILE [--db PATH]
//	kalm-server pack add PACKDIR | pack list [--db PATH | --postgres URL]
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Exit codes, as in the kalm command.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// env is what a subcommand may touch.
type env struct {
	ctx    context.Context
	args   []string
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
	rand   io.Reader
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(env{ctx: ctx, args: os.Args[1:], stdout: os.Stdout, stderr: os.Stderr,
		now: time.Now, rand: rand.Reader}))
}

func run(e env) int {
	if len(e.args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	sub := e
	sub.args = e.args[1:]
	switch e.args[0] {
	case "serve":
		return runServe(sub)
	case "team":
		return runTeam(sub)
	case "export":
		return runExport(sub)
	case "player":
		return runPlayer(sub)
	case "token":
		return runToken(sub)
	case "lead":
		return runLead(sub)
	case "backup":
		return runBackup(sub)
	case "pack":
		return runPack(sub)
	case "help", "-h", "-help", "--help":
		usage(e.stdout)
		return exitOK
	}
	fmt.Fprintf(e.stderr, "kalm-server: unknown command %q (want serve, team, pack, player, token, lead, backup or export)\n", e.args[0])
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `kalm-server: Kalm's team leaderboard server

  kalm-server team add NAME [--db PATH | --postgres URL]   create a team; prints its join code last
  kalm-server team list [--db PATH | --postgres URL]       list the teams (codes are shown only when made)
  kalm-server team rotate-code NAME                        a new join code; the old one stops joining
  kalm-server pack add PACKDIR                             check a scenario pack and hand it to the teams' games
  kalm-server pack list                                    the team packs and their versions (content hashes)
  kalm-server player list [--team TEAM]                    players, their results and tokens
  kalm-server player rename --team TEAM NAME NEW-NAME
  kalm-server player remove --team TEAM NAME               delete a player, their results and tokens
  kalm-server player reset --team TEAM NAME                revoke their tokens; allow one re-join (new device)
  kalm-server token revoke --team TEAM NAME                revoke every token of a player
  kalm-server lead token [--team TEAM]                     a team lead token for GET /api/v1/export.csv
  kalm-server backup FILE [--db PATH]                      a consistent copy of the SQLite database (also while serving)
  kalm-server serve [--addr 127.0.0.1:8080] [--db PATH | --postgres URL] [--pack PATH]
  kalm-server export [--team NAME] [--db PATH | --postgres URL]   CSV of first, best and trend

The database is an SQLite file (default kalm-server.db) unless --postgres is given.
`)
}
