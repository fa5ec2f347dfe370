package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/builtin"
)

func runCheck(e env) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output format: text or json")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm check [--format text|json] [PATH...]")
		fmt.Fprintln(fs.Output(), "\nChecks scenario packs (folders, one-file packs or scenario files) and runs their")
		fmt.Fprintln(fs.Output(), "golden examples through the scorer. With no PATH it checks the built-in pack.")
		fmt.Fprintln(fs.Output(), "Exit status: 0 clean, 1 problems, 2 usage error.")
		fs.PrintDefaults()
	}
	paths, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "kalm check: --format must be text or json, not %q\n", *format)
		return exitUsage
	}
	var all scenarios.Problems
	packs, count := 0, 0
	check := func(p *scenarios.Pack, probs scenarios.Problems) {
		all = append(all, probs...)
		if p != nil {
			packs++
			count += len(p.Scenarios)
			all = append(all, scenarios.CheckGolden(p, nil)...)
		}
	}
	if len(paths) == 0 {
		check(scenarios.LoadFS(builtin.FS(), ".", "builtin"))
	}
	for _, path := range paths {
		check(scenarios.Load(path))
	}
	if *format == "json" {
		out := all
		if out == nil {
			out = scenarios.Problems{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
	} else {
		for _, p := range all {
			fmt.Fprintln(e.stdout, p.String())
		}
		if len(all) == 0 {
			fmt.Fprintf(e.stdout, "ok: %d %s, %d %s, no problems\n", packs, plural(packs, "pack", "packs"), count, plural(count, "scenario", "scenarios"))
		} else {
			fmt.Fprintf(e.stderr, "kalm check: %d %s\n", len(all), plural(len(all), "problem", "problems"))
		}
	}
	if len(all) > 0 {
		return exitFindings
	}
	return exitOK
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
