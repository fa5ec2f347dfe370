package evaluation

import (
	"fmt"
	"io"

	"kalm/scoring"
)

// Pair is one item labelled by two annotators.
type Pair struct {
	A, B         scoring.Labels
	KindA, KindB scoring.BlameKind
}

// Agreement is how far two annotators agree on one criterion.
type Agreement struct {
	Both, OnlyA, OnlyB, Neither int
}

// N is the number of items.
func (a Agreement) N() int { return a.Both + a.OnlyA + a.OnlyB + a.Neither }

// Observed is the share of items both labelled the same.
func (a Agreement) Observed() float64 { return ratio(a.Both+a.Neither, a.N()) }

// Kappa is Cohen's κ: agreement corrected for what chance would give
// with each annotator's rate of positives. It is 1 when both annotators
// never saw the criterion (nothing to disagree on).
func (a Agreement) Kappa() float64 {
	n := float64(a.N())
	if n == 0 {
		return 1
	}
	pa := float64(a.Both+a.OnlyA) / n
	pb := float64(a.Both+a.OnlyB) / n
	pe := pa*pb + (1-pa)*(1-pb)
	if pe == 1 {
		return 1
	}
	return (a.Observed() - pe) / (1 - pe)
}

// F1 treats one annotator as truth and the other as a prediction: it is
// symmetric, 2·both / (2·both + onlyA + onlyB).
func (a Agreement) F1() float64 {
	return Counts{TP: a.Both, FP: a.OnlyB, FN: a.OnlyA}.F1()
}

// AgreementReport is the agreement per criterion, and on the blame kind
// where both annotators found blame.
type AgreementReport struct {
	N         int
	Criteria  map[scoring.Criterion]Agreement
	KindSame  int
	KindTotal int
}

// Agree compares two annotators over pairs.
func Agree(pairs []Pair) AgreementReport {
	rep := AgreementReport{N: len(pairs), Criteria: map[scoring.Criterion]Agreement{}}
	for _, p := range pairs {
		for _, c := range scoring.Criteria() {
			a, b := p.A.Get(c), p.B.Get(c)
			g := rep.Criteria[c]
			switch {
			case a && b:
				g.Both++
			case a:
				g.OnlyA++
			case b:
				g.OnlyB++
			default:
				g.Neither++
			}
			rep.Criteria[c] = g
		}
		if p.A.Blame && p.B.Blame {
			rep.KindTotal++
			if p.KindA == p.KindB {
				rep.KindSame++
			}
		}
	}
	return rep
}

// WriteTable prints κ, F1 and the positives of each annotator per criterion.
func (r AgreementReport) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-12s %6s %6s %6s %6s %6s %9s\n", "criterion", "kappa", "F1", "pos A", "pos B", "both", "observed")
	for _, c := range scoring.Criteria() {
		g := r.Criteria[c]
		fmt.Fprintf(w, "%-12s %6.3f %6.3f %6d %6d %6d %9.3f\n", c, g.Kappa(), g.F1(), g.Both+g.OnlyA, g.Both+g.OnlyB, g.Both, g.Observed())
	}
	if r.KindTotal > 0 {
		fmt.Fprintf(w, "blame_kind the same on %d of %d items both called blame (%.3f)\n", r.KindSame, r.KindTotal, ratio(r.KindSame, r.KindTotal))
	}
	fmt.Fprintf(w, "%d items\n", r.N)
}

// Pairs returns the two annotations of every example, or an error naming
// the first example that lacks one or names an unknown criterion.
func Pairs(examples []Example) ([]Pair, error) {
	known := map[scoring.Criterion]bool{}
	for _, c := range scoring.Criteria() {
		known[c] = true
	}
	out := make([]Pair, 0, len(examples))
	for _, ex := range examples {
		if ex.A == nil || ex.B == nil {
			return nil, fmt.Errorf("line %d (%s): no \"a\" and \"b\" annotations to compare", ex.Line, ex.ID)
		}
		for _, an := range []*Annotation{ex.A, ex.B} {
			for _, c := range an.Pos {
				if !known[c] {
					return nil, fmt.Errorf("line %d (%s): unknown criterion %q", ex.Line, ex.ID, c)
				}
			}
		}
		out = append(out, Pair{A: ex.A.Labels(), B: ex.B.Labels(), KindA: ex.A.BlameKind, KindB: ex.B.BlameKind})
	}
	return out, nil
}
