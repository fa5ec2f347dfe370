package main

import (
	"fmt"

	"kalm/internal/cliflag"
	"kalm/leaderboard/store"
)

// runBackup is `kalm-server backup FILE`: a consistent copy of the SQLite
// database, safe while the server runs. Restore by stopping the server and
// putting the copy in place of the database file.
func runBackup(e env) int {
	fs := newFlags("backup", e.stderr)
	var db dbFlags
	db.register(fs)
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "kalm-server backup: want one FILE to write the copy to")
		return exitUsage
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server backup: %v\n", err)
		return exitError
	}
	defer st.Close()
	b, ok := st.(store.Backuper)
	if !ok {
		fmt.Fprintf(e.stderr, "kalm-server backup: %v\n", store.ErrNoBackup)
		return exitError
	}
	if err := b.Backup(e.ctx, pos[0]); err != nil {
		fmt.Fprintf(e.stderr, "kalm-server backup: %v\n", err)
		return exitError
	}
	fmt.Fprintf(e.stdout, "Backup written to %s. To restore: stop the server, then use that file as --db.\n", pos[0])
	return exitOK
}
