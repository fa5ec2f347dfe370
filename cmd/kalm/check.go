package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/builtin"
	"kalm/scenarios/engine"
)

func runCheck(e env) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output format: text or json")
	withCoverage := fs.Bool("coverage", false, "play the golden replies and model answers and report the nodes and transitions they exercise; an untested transition is a warning")
	strict := fs.Bool("strict", false, "treat warnings (unreachable nodes, untested transitions, ...) as errors")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm check [--format text|json] [--coverage] [--strict] [PATH...]")
		fmt.Fprintln(fs.Output(), "\nChecks scenario packs (folders, one-file packs or scenario files) and runs their")
		fmt.Fprintln(fs.Output(), "golden examples through the scorer. With no PATH it checks the built-in pack.")
		fmt.Fprintln(fs.Output(), "Warnings mark a draft that plays but is not finished (an unreachable node, a dead")
		fmt.Fprintln(fs.Output(), "end, a transition no example reply takes); --strict makes them errors.")
		fmt.Fprintln(fs.Output(), "Exit status: 0 no errors, 1 errors, 2 usage error.")
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
	var summaries strings.Builder
	packs, count := 0, 0
	check := func(p *scenarios.Pack, probs scenarios.Problems) {
		all = append(all, probs...)
		if p == nil {
			return
		}
		packs++
		count += len(p.Scenarios)
		all = append(all, scenarios.CheckGolden(p, nil)...)
		if *withCoverage {
			all = append(all, checkCoverage(&summaries, p, probs)...)
		}
	}
	if len(paths) == 0 {
		check(scenarios.LoadFS(builtin.FS(), ".", "builtin"))
	}
	for _, path := range paths {
		check(scenarios.Load(path))
	}
	if *strict {
		all = all.Strict()
	}
	errs, warns := len(all.Errors()), len(all.Warnings())
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
		fmt.Fprint(e.stdout, summaries.String())
		switch {
		case errs > 0:
			fmt.Fprintf(e.stderr, "kalm check: %d %s (%s)\n", errs+warns, plural(errs+warns, "problem", "problems"), countProblems(errs, warns))
		case warns > 0:
			fmt.Fprintf(e.stdout, "ok: %d %s, %d %s, %s (--strict makes them errors)\n", packs, plural(packs, "pack", "packs"), count, plural(count, "scenario", "scenarios"), countProblems(0, warns))
		default:
			fmt.Fprintf(e.stdout, "ok: %d %s, %d %s, no problems\n", packs, plural(packs, "pack", "packs"), count, plural(count, "scenario", "scenarios"))
		}
	}
	if errs > 0 {
		return exitFindings
	}
	return exitOK
}

// checkCoverage plays each scenario of p with its own example replies,
// writes a summary line per scenario to w and returns a warning per
// transition no example reply takes. A scenario with errors is skipped:
// it cannot be played reliably.
func checkCoverage(w io.Writer, p *scenarios.Pack, probs scenarios.Problems) scenarios.Problems {
	broken := map[string]bool{}
	for _, pr := range probs.Errors() {
		broken[pr.File] = true
	}
	var out scenarios.Problems
	for _, s := range p.Scenarios {
		if s == nil {
			continue
		}
		if broken[s.File] {
			fmt.Fprintf(w, "coverage: %s: skipped, the scenario has errors\n", s.ID)
			continue
		}
		cv := exercise(s, newMemoScorer(engine.ScorerFor(s)), coverageBudget)
		cv.summary(w, s)
		out = append(out, cv.problems(s)...)
	}
	return out
}

// countProblems says "2 errors, 1 warning" (leaving out a zero count).
func countProblems(errs, warns int) string {
	var parts []string
	if errs > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", errs, plural(errs, "error", "errors")))
	}
	if warns > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", warns, plural(warns, "warning", "warnings")))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
