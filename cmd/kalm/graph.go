package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"kalm/internal/cliflag"
	"kalm/scenarios"
	"kalm/scenarios/graph"
)

// runGraph runs `kalm graph`: a scenario's node graph as DOT or SVG.
func runGraph(e env) int {
	fs := flag.NewFlagSet("graph", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	id := fs.String("scenario", "", "id of the scenario to draw (see 'kalm list')")
	packPath := fs.String("pack", "", "pack folder or file (default: the built-in pack)")
	format := fs.String("format", "svg", "output format: svg (an image) or dot (Graphviz text)")
	lang := fs.String("lang", "en", "language of the customer's lines shown in the nodes: nl or en")
	out := fs.String("o", "", "write to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm graph --scenario ID [--pack PATH] [--format svg|dot] [--lang nl|en] [-o FILE]")
		fmt.Fprintln(fs.Output(), "\nDraws a scenario's nodes and transitions: each transition labelled with its")
		fmt.Fprintln(fs.Output(), "condition and mood change, endings coloured by outcome, unreachable nodes and dead")
		fmt.Fprintln(fs.Output(), "ends marked. A draft with problems is drawn as far as it goes; the problems are")
		fmt.Fprintln(fs.Output(), "listed on standard error.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if !scenarioUsage(e, "graph", args, *id, *lang) {
		return exitUsage
	}
	if *format != "svg" && *format != "dot" {
		fmt.Fprintf(e.stderr, "kalm graph: --format must be svg or dot, not %q\n", *format)
		return exitUsage
	}
	sc, code := draftScenario(e, *packPath, *id)
	if sc == nil {
		return code
	}
	g := graph.Build(sc, *lang)
	return writeGraph(e, g, *format, *out)
}

// draftScenario loads scenario id from the pack at path (the built-in
// pack when ""). Problems are printed as warnings: a draft is drawn as
// far as it could be read.
func draftScenario(e env, path, id string) (*scenarios.Scenario, int) {
	pack, probs := readPack(e, path)
	if pack == nil {
		fmt.Fprintf(e.stderr, "kalm graph: cannot read the pack %s\n", path)
		return nil, exitFindings
	}
	sc := findScenario(e, "graph", pack, id)
	if sc == nil {
		return nil, exitFindings
	}
	if len(probs) > 0 {
		fmt.Fprintf(e.stderr, "kalm graph: the pack has %d %s; drawn as far as it goes (run 'kalm check')\n", len(probs), plural(len(probs), "problem", "problems"))
	}
	return sc, exitOK
}

// writeGraph renders g to the file out, or to standard output.
func writeGraph(e env, g *graph.Graph, format, out string) int {
	var w io.Writer = e.stdout
	var f *os.File
	if out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			fmt.Fprintf(e.stderr, "kalm graph: %v\n", err)
			return exitFindings
		}
		w = f
	}
	var err error
	if format == "dot" {
		err = g.DOT(w)
	} else {
		err = g.SVG(w)
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm graph: writing the graph: %v\n", err)
		return exitFindings
	}
	return exitOK
}
