package evaluation

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"kalm/scoring"
)

// GroupKey names what examples are grouped by: "lang", "src" or both,
// comma-separated ("lang,src").
type GroupKey []string

// ParseGroupKey checks a --by value.
func ParseGroupKey(s string) (GroupKey, error) {
	var k GroupKey
	for _, f := range strings.Split(s, ",") {
		switch f = strings.TrimSpace(f); f {
		case "lang", "src":
			k = append(k, f)
		default:
			return nil, fmt.Errorf("cannot group by %q (want lang, src or lang,src)", f)
		}
	}
	return k, nil
}

// Of returns the group name of ex, such as "nl/written".
func (k GroupKey) Of(ex Example) string {
	parts := make([]string, len(k))
	for i, f := range k {
		switch f {
		case "lang":
			parts[i] = ex.Lang
		case "src":
			parts[i] = ex.Src
		}
		if parts[i] == "" {
			parts[i] = "-"
		}
	}
	return strings.Join(parts, "/")
}

// Group is one group's name and report.
type Group struct {
	Name   string
	Report Report
}

// RunGroups scores examples and reports per group, groups sorted by name,
// followed by the whole set as "all".
func RunGroups(sc *scoring.Scorer, examples []Example, key GroupKey) []Group {
	by := map[string][]Example{}
	for _, ex := range examples {
		by[key.Of(ex)] = append(by[key.Of(ex)], ex)
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]Group, 0, len(names)+1)
	for _, n := range names {
		out = append(out, Group{Name: n, Report: Run(sc, by[n])})
	}
	return append(out, Group{Name: "all", Report: Run(sc, examples)})
}

// WriteGrid prints F1 per criterion (rows) and group (columns), with each
// group's size and the number of positives behind each F1.
func WriteGrid(w io.Writer, groups []Group) {
	fmt.Fprintf(w, "%-12s", "F1 (pos)")
	for _, g := range groups {
		fmt.Fprintf(w, " %16s", g.Name)
	}
	fmt.Fprintln(w)
	for _, c := range scoring.Criteria() {
		fmt.Fprintf(w, "%-12s", c)
		for _, g := range groups {
			k := g.Report.Counts[c]
			fmt.Fprintf(w, " %16s", fmt.Sprintf("%.3f (%d)", k.F1(), k.TP+k.FN))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-12s", "replies")
	for _, g := range groups {
		fmt.Fprintf(w, " %16d", g.Report.N)
	}
	fmt.Fprintln(w)
}
