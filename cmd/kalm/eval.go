package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"kalm/evaluation"
	"kalm/internal/cliflag"
	"kalm/scoring"
)

func runEval(e env) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	misses := fs.Int("misses", 10, "print up to N misclassified replies (0: none, -1: all)")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when any criterion's F1 is below this")
	only := fs.String("criterion", "", "show misses of this criterion only")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm eval [--misses N] [--min-f1 F] [--criterion C] FILE.jsonl")
		fmt.Fprintln(fs.Output(), "\nScores labelled replies and prints precision, recall and F1 per criterion.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "kalm eval: give one FILE.jsonl of labelled replies")
		return exitUsage
	}
	path := args[0]
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm eval: %v\n", err)
		return exitFindings
	}
	defer f.Close()
	examples, err := evaluation.Read(f, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm eval: %v\n", err)
		return exitFindings
	}
	if len(examples) == 0 {
		fmt.Fprintf(e.stderr, "kalm eval: %s has no labelled replies\n", path)
		return exitFindings
	}
	rep := evaluation.Run(scoring.New(scoring.Vocabulary{}), examples)
	shown := 0
	for _, m := range rep.Misses {
		if *misses >= 0 && shown >= *misses {
			break
		}
		if *only != "" && string(m.Criterion) != *only {
			continue
		}
		shown++
		kind := "missed"
		if m.Got {
			kind = "false alarm"
		}
		fmt.Fprintf(e.stdout, "%s %s (%s, line %d): %s\n", m.Criterion, kind, m.Example.ID, m.Example.Line, oneLine(m.Example.Text))
		for _, fd := range m.Result.Findings {
			if fd.Criterion == m.Criterion {
				fmt.Fprintf(e.stdout, "    %s %q %s\n", fd.Rule, fd.Text, fd.Note)
			}
		}
	}
	if shown > 0 {
		fmt.Fprintln(e.stdout)
	}
	rep.WriteTable(e.stdout)
	if *minF1 > 0 {
		if below := rep.Below(*minF1); len(below) > 0 {
			names := make([]string, len(below))
			for i, c := range below {
				names[i] = string(c)
			}
			fmt.Fprintf(e.stderr, "kalm eval: F1 below %.2f on %s\n", *minF1, strings.Join(names, ", "))
			return exitFindings
		}
	}
	return exitOK
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
