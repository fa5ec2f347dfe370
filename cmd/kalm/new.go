package main

import (
	"flag"
	"fmt"
	"strings"

	"kalm/internal/cliflag"
	"kalm/scenarios/starter"
)

// runNew runs `kalm new PACKDIR` and `kalm new scenario ID --pack PACKDIR`.
func runNew(e env) int {
	if len(e.args) > 0 && e.args[0] == "scenario" {
		return runNewScenario(e)
	}
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	author := fs.String("author", "", "the pack's author, written to pack.yaml (default: Trainer)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm new [--author NAME] PACKDIR")
		fmt.Fprintln(fs.Output(), "       kalm new scenario ID --pack PACKDIR")
		fmt.Fprintln(fs.Output(), "\nStarts a scenario pack: a commented pack.yaml and a first scenario in Dutch and")
		fmt.Fprintln(fs.Output(), "English that passes 'kalm check' and can end in each of the three ways, with the")
		fmt.Fprintln(fs.Output(), "JSON Schema beside them for editors. PACKDIR must be new or empty. 'kalm new")
		fmt.Fprintln(fs.Output(), "scenario' adds a scenario ID.yaml to an existing pack. Nothing is overwritten.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "kalm new: expected one PACKDIR (kalm new mypack)")
		return exitUsage
	}
	dir := args[0]
	written, err := starter.WritePack(dir, starter.Options{Author: *author})
	for _, p := range written {
		fmt.Fprintf(e.stdout, "wrote %s\n", p)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm new: %v\n", err)
		return exitFindings
	}
	nextSteps(e, dir, starter.FirstScenario)
	return exitOK
}

// runNewScenario runs `kalm new scenario ID --pack PACKDIR`.
func runNewScenario(e env) int {
	fs := flag.NewFlagSet("new scenario", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	pack := fs.String("pack", "", "the pack folder to add the scenario to (required)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm new scenario ID --pack PACKDIR")
		fmt.Fprintln(fs.Output(), "\nAdds a starter scenario ID.yaml to a pack folder; refuses an id the pack has.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args[1:])
	if !ok {
		return code
	}
	switch {
	case len(args) != 1:
		fmt.Fprintln(e.stderr, "kalm new scenario: expected one ID (kalm new scenario late-refund --pack mypack)")
		return exitUsage
	case *pack == "":
		fmt.Fprintln(e.stderr, "kalm new scenario: missing --pack PACKDIR (the pack folder to add it to)")
		return exitUsage
	}
	p, err := starter.WriteScenario(*pack, args[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm new scenario: %v\n", err)
		return exitFindings
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", p)
	nextSteps(e, *pack, args[0])
	return exitOK
}

// nextSteps tells the trainer what to run next.
func nextSteps(e env, dir, id string) {
	dir = shellArg(dir)
	fmt.Fprintln(e.stdout, "\nNext:")
	fmt.Fprintf(e.stdout, "  kalm check %s\n", dir)
	fmt.Fprintf(e.stdout, "  kalm graph --pack %s --scenario %s -o %s.svg\n", dir, id, id)
	fmt.Fprintf(e.stdout, "  kalm play --text --pack %s --scenario %s --lang en\n", dir, id)
	fmt.Fprintln(e.stdout, "A tutorial: docs/authoring.md.")
}

// shellArg quotes a path for a command line when it holds spaces or
// quotes, so the printed commands can be pasted.
func shellArg(s string) string {
	if !strings.ContainsAny(s, " '\"\t$&;|") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
