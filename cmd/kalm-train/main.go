// Command kalm-train trains the scorer's learned layer and measures it
// against the rules.
//
//	go run ./cmd/kalm-train --data real.jsonl --data written.jsonl
//
// For each criterion it trains an L2-regularised logistic regression on
// the scorer's Features, in k-fold cross-validation (folds by FNV-1a of
// each reply's id), and compares the F1 of the learned decision with the
// F1 of the rules, per language and over both. It prints the comparison
// as a markdown table and writes the weights of the criteria where the
// model wins to scoring/model/weights.txt (docs/learned.md). Training
// is deterministic: the same files give byte-identical output.
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"kalm/evaluation"
	"kalm/internal/cliflag"
	"kalm/scoring"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// dataFlags is the repeatable --data flag.
type dataFlags []string

func (d *dataFlags) String() string { return strings.Join(*d, ",") }

// fileNames lists the data files' base names, for messages.
func fileNames(files []dataFile) string {
	var names []string
	for _, f := range files {
		names = append(names, f.name)
	}
	return strings.Join(names, ", ")
}

// weightFlags is the repeatable --weight NAME=W flag: a data file's
// weight in the criteria's loss.
type weightFlags struct{ m map[string]float64 }

func (w *weightFlags) String() string {
	var out []string
	for name, v := range w.m {
		out = append(out, name+"="+strconv.FormatFloat(v, 'g', -1, 64))
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

// Set reads NAME=W, W a number above 0.
func (w *weightFlags) Set(v string) error {
	name, num, ok := strings.Cut(v, "=")
	if !ok || name == "" {
		return fmt.Errorf("%q: expected NAME=W, as real.jsonl=3", v)
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || !(f > 0) || math.IsInf(f, 1) {
		return fmt.Errorf("%q: expected a weight above 0 after =", v)
	}
	if w.m == nil {
		w.m = map[string]float64{}
	}
	w.m[name] = f
	return nil
}

func (d *dataFlags) Set(v string) error {
	*d = append(*d, v)
	return nil
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kalm-train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var data dataFlags
	fs.Var(&data, "data", "a JSON lines file of labelled replies (repeat for more files)")
	out := fs.String("out", filepath.Join("scoring", "model", "weights.txt"), "where to write the weights (\"\": nowhere)")
	folds := fs.Int("folds", 5, "cross-validation folds (at least 2)")
	crits := fs.String("criteria", "all", "the criteria the model may be kept for, comma-separated, or all or none (the others are only measured)")
	guard := fs.String("guard", "", "a JSON lines file of settled cases (scoring/testdata/cases.jsonl): a model that breaks one the rules pass is not kept")
	minGain := fs.Float64("min-gain", defaultOptions().keepGain, "the cross-validated F1 over both languages a model must add to the rules to be kept")
	guardTrain := fs.Int("guard-train", 0, "train the criteria's models on the --guard cases too, N times each (never measured); 0: only guard")
	guardCrits := fs.String("guard-train-criteria", "", "with --guard-train: the criteria the settled cases train, comma-separated (default: all)")
	var weights weightFlags
	fs.Var(&weights, "weight", "NAME=W: weigh the replies of the data file NAME (its base name, e.g. real.jsonl) W times in the criteria's loss (repeat for more files)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm-train --data FILE.jsonl [--data FILE.jsonl …] [--guard FILE.jsonl] [--out FILE] [--folds N] [--criteria LIST] [--min-gain F] [--weight NAME=W …] [--guard-train N [--guard-train-criteria LIST]]")
		fmt.Fprintln(fs.Output(), "\nTrains the scorer's learned layer, prints how it compares with the rules in cross-validation")
		fmt.Fprintln(fs.Output(), "and writes the weights of the criteria where it wins.")
		fs.PrintDefaults()
	}
	pos, code, ok := cliflag.ParseOrExit(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kalm-train: unexpected argument %q (give files with --data)\n", pos[0])
		return 2
	}
	if len(data) == 0 {
		fmt.Fprintln(stderr, "kalm-train: give at least one --data FILE.jsonl")
		return 2
	}
	if *folds < 2 {
		fmt.Fprintf(stderr, "kalm-train: --folds %d (expected at least 2)\n", *folds)
		return 2
	}
	if *minGain < 0 || *minGain > 1 {
		fmt.Fprintf(stderr, "kalm-train: --min-gain %g (expected an F1 difference from 0 to 1)\n", *minGain)
		return 2
	}
	opt := defaultOptions()
	opt.folds = *folds
	opt.keepGain = *minGain
	opt.fileWeight = weights.m
	if *guardTrain < 0 || *guardTrain > 0 && *guard == "" {
		fmt.Fprintf(stderr, "kalm-train: --guard-train %d (expected 0, or a count of at least 1 with --guard)\n", *guardTrain)
		return 2
	}
	opt.guardTrain = *guardTrain
	var err error
	if *guardCrits != "" {
		if opt.guardCrits, err = parseCriteria(*guardCrits); err != nil {
			fmt.Fprintf(stderr, "kalm-train: --guard-train-criteria: %v (expected some of %v)\n", err, scoring.Criteria())
			return 2
		}
	}
	switch *crits {
	case "all":
	case "none":
		opt.allowed = nil
	default:
		if opt.allowed, err = parseCriteria(*crits); err != nil {
			fmt.Fprintf(stderr, "kalm-train: --criteria: %v (expected all, none or some of %v)\n", err, scoring.Criteria())
			return 2
		}
	}
	if *guard != "" {
		g, code := readGuard(*guard, stderr)
		if code != 0 {
			return code
		}
		opt.guard = g
	}
	var files []dataFile
	for _, path := range data {
		exs, err := evaluation.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "kalm-train: %v\n", err)
			return 1
		}
		// the test split is measured, never trained on: only the train
		// part of a file takes part, whatever file is given
		train := evaluation.InSplit(exs, evaluation.Train)
		if left := len(exs) - len(train); left > 0 {
			fmt.Fprintf(stderr, "kalm-train: %s: %d replies of the test split left out\n", path, left)
		}
		files = append(files, dataFile{name: filepath.Base(path), examples: train})
	}
	for name := range weights.m {
		if !slices.ContainsFunc(files, func(f dataFile) bool { return f.name == name }) {
			fmt.Fprintf(stderr, "kalm-train: --weight %s: no --data file is named %s (expected one of %s)\n", name, name, fileNames(files))
			return 2
		}
	}
	ds, dups := prepare(scoring.New(scoring.Vocabulary{}), files, opt.folds)
	for _, d := range dups {
		fmt.Fprintf(stderr, "kalm-train: %s: id %q seen before; this copy is left out\n", d.file, d.id)
	}
	if len(ds.examples) == 0 {
		fmt.Fprintln(stderr, "kalm-train: no labelled replies in the data")
		return 1
	}
	res := train(ds, opt)
	if _, err := scoring.ParseModel("weights", string(res.weights)); err != nil {
		fmt.Fprintf(stderr, "kalm-train: the weights it made do not parse (a bug):\n%v\n", err)
		return 1
	}
	if _, err := stdout.Write(res.report); err != nil {
		fmt.Fprintf(stderr, "kalm-train: %v\n", err)
		return 1
	}
	if *out != "" {
		if err := os.WriteFile(*out, res.weights, 0o644); err != nil {
			fmt.Fprintf(stderr, "kalm-train: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "kalm-train: wrote %s (%s)\n", *out, keptList(res.kept))
	}
	return 0
}

// keptList names the kept criteria for a message.
func keptList(kept []scoring.Criterion) string {
	if len(kept) == 0 {
		return "no criterion kept"
	}
	var s []string
	for _, c := range kept {
		s = append(s, string(c))
	}
	return "kept: " + strings.Join(s, ", ")
}

// readGuard reads the --guard file of settled cases: every case counts,
// whatever split its id falls in.
func readGuard(path string, stderr io.Writer) ([]evaluation.Example, int) {
	exs, err := evaluation.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "kalm-train: --guard: %v\n", err)
		return nil, 1
	}
	if len(exs) == 0 {
		fmt.Fprintf(stderr, "kalm-train: --guard %s holds no cases\n", path)
		return nil, 1
	}
	return exs, 0
}

// parseCriteria reads a comma-separated list of criteria ("blame,
// question"), or says which name is no criterion.
func parseCriteria(list string) ([]scoring.Criterion, error) {
	var out []scoring.Criterion
	for _, name := range strings.Split(list, ",") {
		c := scoring.Criterion(strings.TrimSpace(name))
		if !slices.Contains(scoring.Criteria(), c) {
			return nil, fmt.Errorf("unknown criterion %q", c)
		}
		out = append(out, c)
	}
	return out, nil
}
