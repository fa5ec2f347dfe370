// Package evaluation measures the reply scorer on labelled replies: the
// format of ../shared/eval/dev.jsonl, read line by line, scored, and
// compared per criterion as precision, recall and F1.
package evaluation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"kalm/scoring"
)

// Example is one labelled reply.
type Example struct {
	ID      string         `json:"id"`
	Lang    string         `json:"lang"`
	Src     string         `json:"src,omitempty"`
	Text    string         `json:"text"`
	Context string         `json:"context,omitempty"`
	Labels  scoring.Labels `json:"labels"`
	// BlameKind is read from labels.blame_kind.
	BlameKind scoring.BlameKind `json:"-"`
	// Line is the line number the example was read from.
	Line int `json:"-"`
	// A and B are the two annotators' own labels, before disagreements
	// were settled (corpus files only; nil elsewhere).
	A, B *Annotation `json:"-"`
}

// Annotation is one annotator's labels of an item: the criteria found
// present, and the blame kind.
type Annotation struct {
	Pos       []scoring.Criterion `json:"pos"`
	BlameKind scoring.BlameKind   `json:"blame_kind"`
}

// Labels returns the annotation as Labels.
func (a Annotation) Labels() scoring.Labels {
	var l scoring.Labels
	for _, c := range a.Pos {
		l.Set(c, true)
	}
	return l
}

type rawLabels struct {
	scoring.Labels
	BlameKind scoring.BlameKind `json:"blame_kind"`
}

// ReadFile reads the labelled replies of the file at path (see Read).
func ReadFile(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read parses JSON lines of labelled replies. It reports every bad line,
// not just the first, in one error, and returns the good ones.
func Read(r io.Reader, name string) ([]Example, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Example
	var problems []string
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var ex struct {
			Example
			Labels *rawLabels  `json:"labels"`
			A      *Annotation `json:"a"`
			B      *Annotation `json:"b"`
		}
		if err := json.Unmarshal([]byte(line), &ex); err != nil {
			problems = append(problems, fmt.Sprintf("%s:%d: malformed JSON: %v", name, n, err))
			continue
		}
		if ex.Labels == nil {
			problems = append(problems, fmt.Sprintf("%s:%d: missing \"labels\"", name, n))
			continue
		}
		e := ex.Example
		e.Labels = ex.Labels.Labels
		e.BlameKind = ex.Labels.BlameKind
		e.Line = n
		e.A, e.B = ex.A, ex.B
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", name, err))
	}
	if len(problems) > 0 {
		return out, fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return out, nil
}

// Counts are the confusion counts of one criterion.
type Counts struct {
	TP, FP, FN, TN int
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 1 when nothing was there to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Miss is one example the scorer got wrong on one criterion.
type Miss struct {
	Example   Example
	Criterion scoring.Criterion
	Want, Got bool
	Result    scoring.Result
}

// Report is the outcome of one evaluation run.
type Report struct {
	N         int
	Counts    map[scoring.Criterion]Counts
	KindRight int // blame examples found as blame with the right kind
	KindTotal int // blame examples found as blame
	Misses    []Miss
}

// Turn is the example as the scorer reads it: its reply in lang, as the
// answer to its customer message (Context).
func (ex Example) Turn(lang scoring.Lang) scoring.Turn {
	return scoring.Turn{Customer: ex.Context, Reply: ex.Text, Lang: lang}
}

// Run scores every example in its own language and compares.
func Run(sc *scoring.Scorer, examples []Example) Report {
	rep := Report{N: len(examples), Counts: map[scoring.Criterion]Counts{}}
	for _, ex := range examples {
		lang, err := scoring.ParseLang(ex.Lang)
		if err != nil {
			lang = scoring.Auto
		}
		res := sc.ScoreTurn(ex.Turn(lang))
		for _, c := range scoring.Criteria() {
			want, got := ex.Labels.Get(c), res.Criteria.Get(c)
			cnt := rep.Counts[c]
			switch {
			case want && got:
				cnt.TP++
			case !want && got:
				cnt.FP++
			case want && !got:
				cnt.FN++
			default:
				cnt.TN++
			}
			rep.Counts[c] = cnt
			if want != got {
				rep.Misses = append(rep.Misses, Miss{Example: ex, Criterion: c, Want: want, Got: got, Result: res})
			}
		}
		if ex.Labels.Blame && res.Criteria.Blame {
			rep.KindTotal++
			if ex.BlameKind == res.BlameKind {
				rep.KindRight++
			}
		}
	}
	return rep
}

// Below returns the criteria whose F1 is under min.
func (r Report) Below(min float64) []scoring.Criterion {
	var out []scoring.Criterion
	for _, c := range scoring.Criteria() {
		if r.Counts[c].F1() < min {
			out = append(out, c)
		}
	}
	return out
}

// WriteTable prints the per-criterion table.
func (r Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-12s %5s %5s %5s %9s %7s %6s\n", "criterion", "TP", "FP", "FN", "precision", "recall", "F1")
	for _, c := range scoring.Criteria() {
		k := r.Counts[c]
		fmt.Fprintf(w, "%-12s %5d %5d %5d %9.3f %7.3f %6.3f\n", c, k.TP, k.FP, k.FN, k.Precision(), k.Recall(), k.F1())
	}
	if r.KindTotal > 0 {
		fmt.Fprintf(w, "blame_kind right on %d of %d blames found (%.3f)\n", r.KindRight, r.KindTotal, float64(r.KindRight)/float64(r.KindTotal))
	}
	fmt.Fprintf(w, "%d replies\n", r.N)
}

// RuleStat is how one rule id fared as evidence: how often it gave a
// hit finding, and how often the reply really had that criterion.
type RuleStat struct {
	Criterion scoring.Criterion
	Rule      string
	Fired     int // replies where the rule gave a hit
	Right     int // ... and the label agrees
}

// Precision is Right/Fired.
func (s RuleStat) Precision() float64 { return ratio(s.Right, s.Fired) }

// Rules scores the examples and counts, per criterion and rule id, the
// replies where the rule gave a hit and how many of them are labelled
// with the criterion. A rule counts once per reply.
func Rules(sc *scoring.Scorer, examples []Example) []RuleStat {
	type key struct {
		c    scoring.Criterion
		rule string
	}
	stats := map[key]*RuleStat{}
	for _, ex := range examples {
		lang, err := scoring.ParseLang(ex.Lang)
		if err != nil {
			lang = scoring.Auto
		}
		res := sc.ScoreTurn(ex.Turn(lang))
		seen := map[key]bool{}
		for _, f := range res.Findings {
			k := key{f.Criterion, f.Rule}
			if !f.Hit || seen[k] {
				continue
			}
			seen[k] = true
			st := stats[k]
			if st == nil {
				st = &RuleStat{Criterion: f.Criterion, Rule: f.Rule}
				stats[k] = st
			}
			st.Fired++
			if ex.Labels.Get(f.Criterion) {
				st.Right++
			}
		}
	}
	out := make([]RuleStat, 0, len(stats))
	for _, s := range stats {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b RuleStat) int {
		if a.Criterion != b.Criterion {
			return strings.Compare(string(a.Criterion), string(b.Criterion))
		}
		return b.Fired - a.Fired
	})
	return out
}

// WriteRules prints one line per rule: criterion, id, fired, precision.
func WriteRules(w io.Writer, stats []RuleStat) {
	fmt.Fprintf(w, "%-12s %-32s %6s %6s %9s\n", "criterion", "rule", "fired", "right", "precision")
	for _, s := range stats {
		fmt.Fprintf(w, "%-12s %-32s %6d %6d %9.3f\n", s.Criterion, s.Rule, s.Fired, s.Right, s.Precision())
	}
}
