package main

import (
	"flag"
	"fmt"
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
	split := fs.String("split", "all", "score only this part of the file: train, test or all (by a fixed hash of each id)")
	by := fs.String("by", "", "also print F1 per group: lang, src or lang,src")
	rules := fs.Bool("rules", false, "also print each rule's hits and their precision")
	agreement := fs.Bool("agreement", false, "print the two annotators' agreement (items with \"a\" and \"b\" labels) instead of scoring")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm eval [--misses N] [--min-f1 F] [--criterion C] [--split S] [--by G] FILE.jsonl")
		fmt.Fprintln(fs.Output(), "       kalm eval --agreement FILE.jsonl")
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
	examples, err := evaluation.ReadFile(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm eval: %v\n", err)
		return exitFindings
	}
	if *split != "all" && *split != evaluation.Train && *split != evaluation.Test {
		fmt.Fprintf(e.stderr, "kalm eval: --split must be train, test or all, not %q\n", *split)
		return exitUsage
	}
	var key evaluation.GroupKey
	if *by != "" {
		if key, err = evaluation.ParseGroupKey(*by); err != nil {
			fmt.Fprintf(e.stderr, "kalm eval: --by: %v\n", err)
			return exitUsage
		}
	}
	examples = evaluation.InSplit(examples, *split)
	if len(examples) == 0 {
		fmt.Fprintf(e.stderr, "kalm eval: %s has no labelled replies (split %s)\n", path, *split)
		return exitFindings
	}
	if *agreement {
		pairs, err := evaluation.Pairs(examples)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm eval: %v\n", err)
			return exitFindings
		}
		evaluation.Agree(pairs).WriteTable(e.stdout)
		return exitOK
	}
	sc := scoring.New(scoring.Vocabulary{})
	rep := evaluation.Run(sc, examples)
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
	if *rules {
		fmt.Fprintln(e.stdout)
		evaluation.WriteRules(e.stdout, evaluation.Rules(sc, examples))
	}
	if key != nil {
		fmt.Fprintln(e.stdout)
		evaluation.WriteGrid(e.stdout, evaluation.RunGroups(sc, examples, key))
	}
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
