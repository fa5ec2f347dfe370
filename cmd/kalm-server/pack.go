package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"kalm/internal/cliflag"
	"kalm/leaderboard/bundle"
	"kalm/leaderboard/server"
	"kalm/leaderboard/store"
	"kalm/scenarios"
)

// runPack is `kalm-server pack add PACKDIR` and `kalm-server pack list`.
func runPack(e env) int {
	fs := newFlags("pack", e.stderr)
	var db dbFlags
	db.register(fs)
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 2 && pos[0] == "add":
		return packAdd(e, &db, pos[1])
	case len(pos) == 1 && pos[0] == "list":
		return packList(e, &db)
	case len(pos) > 0 && pos[0] == "add":
		fmt.Fprintln(e.stderr, "kalm-server pack add: want one pack folder (kalm-server pack add PACKDIR)")
		return exitUsage
	}
	fmt.Fprintln(e.stderr, "kalm-server pack: want `pack add PACKDIR` or `pack list`")
	return exitUsage
}

// packAdd checks the pack folder dir as `kalm check` does and stores it
// as a new version, unless that content is stored already.
func packAdd(e env, db *dbFlags, dir string) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(e.stderr, "kalm-server pack add: "+format+"\n", args...)
		return exitError
	}
	b, err := bundle.FromDir(dir)
	if err != nil {
		return fail("%v", err)
	}
	rec, err := server.PreparePack(b, dir, e.now())
	var probs scenarios.Problems
	if errors.As(err, &probs) {
		for _, p := range probs {
			fmt.Fprintln(e.stderr, p.String())
		}
		return fail("%d %s; nothing added (see `kalm check %s`)", len(probs), plural(len(probs), "problem", "problems"), shellQuote(dir))
	}
	if err != nil {
		return fail("%v", err)
	}
	st, err := db.open(e.ctx)
	if err != nil {
		return fail("%v", err)
	}
	defer st.Close()
	stored, err := st.Packs(e.ctx)
	if err != nil {
		return fail("%v", err)
	}
	own, err := scenarios.Builtin()
	if err != nil {
		return fail("%v", err)
	}
	if err := server.CheckClashes(own, stored, rec); err != nil {
		return fail("%v; nothing added", err)
	}
	err = st.AddPack(e.ctx, rec)
	if errors.Is(err, store.ErrExists) {
		fmt.Fprintf(e.stdout, "Pack %q version %s is stored already with this content (%s); nothing to add.\n", rec.ID, rec.Version, bundle.Short(rec.Hash))
		return exitOK
	}
	if err != nil {
		return fail("%v", err)
	}
	what := "added"
	if hasPack(stored, rec.ID, "") {
		what = "added as a new version (results played with an older one keep re-playing with it)"
	}
	fmt.Fprintf(e.stdout, "Pack %q version %s %s: %d %s.\nPack hash: %s\n", rec.ID, rec.Version, what,
		len(rec.Scenarios), plural(len(rec.Scenarios), "scenario", "scenarios"), rec.Hash)
	if hasPack(stored, rec.ID, rec.Version) {
		fmt.Fprintf(e.stdout, "(pack.yaml still says version %s: raise it when you change the pack, so trainers can tell the versions apart.)\n", rec.Version)
	}
	return exitOK
}

// hasPack reports whether a version of pack id is stored (with the
// version text version, unless that is "").
func hasPack(stored []store.Pack, id, version string) bool {
	for _, p := range stored {
		if p.ID == id && (version == "" || p.Version == version) {
			return true
		}
	}
	return false
}

// shellQuote quotes a path for a command to copy when it has spaces.
func shellQuote(p string) string {
	if strings.ContainsAny(p, " \t'\"") {
		return strconv.Quote(p)
	}
	return p
}

// packList prints every stored version, the current one of each pack
// marked.
func packList(e env, db *dbFlags) int {
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server pack list: %v\n", err)
		return exitError
	}
	defer st.Close()
	all, err := st.Packs(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server pack list: %v\n", err)
		return exitError
	}
	if len(all) == 0 {
		fmt.Fprintln(e.stdout, "No team packs yet (the built-in pack needs none): kalm-server pack add PACKDIR")
		return exitOK
	}
	current := map[string]bool{}
	for _, p := range store.Current(all) {
		current[p.Hash] = true
	}
	for _, p := range all {
		ids := make([]string, len(p.Scenarios))
		for i, sc := range p.Scenarios {
			ids[i] = sc.ID
		}
		mark := "old"
		if current[p.Hash] {
			mark = "current"
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.Version, bundle.Short(p.Hash), mark,
			p.Added.Local().Format("2006-01-02 15:04"), strings.Join(ids, ","))
	}
	return exitOK
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
