package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/builtin"
)

// listEntry is one scenario in `kalm list --format json`.
type listEntry struct {
	ID         string            `json:"id"`
	Langs      []string          `json:"langs"`
	Title      map[string]string `json:"title"`
	Difficulty int               `json:"difficulty"`
}

func runList(e env) int {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	packPath := fs.String("pack", "", "pack folder or file (default: the built-in pack)")
	format := fs.String("format", "text", "output format: text or json")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm list [--format text|json] [PATH]")
		fmt.Fprintln(fs.Output(), "\nLists a pack's scenarios. PATH (or --pack PATH) is a pack folder, a one-file pack")
		fmt.Fprintln(fs.Output(), "or a scenario file, as for 'kalm check'; without it, the built-in pack.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	path, err := packArg(*packPath, args)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm list: %v\n", err)
		return exitUsage
	}
	*packPath = path
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "kalm list: --format must be text or json, not %q\n", *format)
		return exitUsage
	}
	pack, code := loadPack(e, "list", *packPath)
	if pack == nil {
		return code
	}
	if *format == "json" {
		out := make([]listEntry, 0, len(pack.Scenarios))
		for _, s := range pack.Scenarios {
			title := map[string]string{}
			for _, l := range s.Languages() {
				title[l] = s.Title.Get(l)
			}
			out = append(out, listEntry{ID: s.ID, Langs: s.Languages(), Title: title, Difficulty: s.Difficulty})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
		return exitOK
	}
	for _, s := range pack.Scenarios {
		title := s.Title.Get("en")
		if title == "" {
			title = s.Title.Get(s.Languages()[0])
		}
		fmt.Fprintf(e.stdout, "%-24s %s  %-5s  %s\n", s.ID, strings.Repeat("*", s.Difficulty)+strings.Repeat(" ", 5-min(5, s.Difficulty)), strings.Join(s.Languages(), ","), title)
	}
	return exitOK
}

// packArg returns the pack path given either as --pack or as the one
// positional argument ("" for the built-in pack).
func packArg(flagPath string, args []string) (string, error) {
	switch {
	case len(args) > 1:
		return "", fmt.Errorf("unexpected argument %q (give one pack: PATH or --pack PATH)", args[1])
	case len(args) == 1 && flagPath != "" && flagPath != args[0]:
		return "", fmt.Errorf("two packs: --pack %s and %s (expected one)", flagPath, args[0])
	case len(args) == 1:
		return args[0], nil
	}
	return flagPath, nil
}

// loadPack loads the pack at path (the built-in pack when ""). On
// errors it prints every problem and returns nil with the exit code; a
// draft whose only problems are warnings is returned, with the warnings
// printed.
func loadPack(e env, cmd, path string) (*scenarios.Pack, int) {
	pack, probs := readPack(e, path)
	if errs := probs.Errors(); pack == nil || len(errs) > 0 {
		n := max(len(errs), 1)
		fmt.Fprintf(e.stderr, "kalm %s: the pack has %d %s (run 'kalm check %s' for details)\n", cmd, n, plural(n, "error", "errors"), path)
		return nil, exitFindings
	}
	if n := len(probs); n > 0 {
		fmt.Fprintf(e.stderr, "kalm %s: a draft with %d %s; it plays, but run 'kalm check %s' before handing it out\n", cmd, n, plural(n, "warning", "warnings"), path)
	}
	return pack, exitOK
}

// readPack reads the pack at path (the built-in pack when "") and prints
// its problems on stderr; the pack is returned as far as it could be read.
func readPack(e env, path string) (*scenarios.Pack, scenarios.Problems) {
	var pack *scenarios.Pack
	var probs scenarios.Problems
	if path == "" {
		pack, probs = scenarios.LoadFS(builtin.FS(), ".", "builtin")
	} else {
		pack, probs = scenarios.Load(path)
	}
	for _, p := range probs {
		fmt.Fprintln(e.stderr, p.String())
	}
	return pack, probs
}

// findScenario returns scenario id of pack, or says on stderr which ids
// the pack has.
func findScenario(e env, cmd string, pack *scenarios.Pack, id string) *scenarios.Scenario {
	sc := pack.Scenario(id)
	if sc == nil {
		ids := make([]string, 0, len(pack.Scenarios))
		for _, s := range pack.Scenarios {
			ids = append(ids, s.ID)
		}
		fmt.Fprintf(e.stderr, "kalm %s: no scenario %q in the pack (expected one of: %s)\n", cmd, id, strings.Join(ids, ", "))
	}
	return sc
}

// scenarioUsage checks the arguments every command that works on one
// scenario shares: no positional argument, a --scenario ID and a --lang of
// nl or en. It prints what is wrong, as "kalm CMD: …", and reports
// whether all is well.
func scenarioUsage(e env, cmd string, args []string, id, lang string) bool {
	switch {
	case len(args) > 0:
		fmt.Fprintf(e.stderr, "kalm %s: unexpected argument %q (give the scenario with --scenario ID)\n", cmd, args[0])
	case id == "":
		fmt.Fprintf(e.stderr, "kalm %s: missing --scenario ID (run 'kalm list' to see the ids)\n", cmd)
	case lang != "nl" && lang != "en":
		fmt.Fprintf(e.stderr, "kalm %s: --lang must be nl or en, not %q\n", cmd, lang)
	default:
		return true
	}
	return false
}
