package scoring

// fuzzyIndex finds the fuzzy target one edit (insertion, deletion,
// substitution or transposition) away from a word. Candidates are
// looked up by their first two letters (in the order the language files
// list them), so a check costs an array index and a few short
// comparisons.
type fuzzyIndex struct {
	byFirst [256][]string // first byte → the targets starting with it
}

func newFuzzyIndex(targets []string) *fuzzyIndex {
	idx := &fuzzyIndex{}
	for _, t := range targets {
		idx.byFirst[t[0]] = append(idx.byFirst[t[0]], t)
	}
	return idx
}

// correct returns the target w is a typo of, or "".
func (idx *fuzzyIndex) correct(w string) string {
	if len(w) < 6 || std.noFuzzy[w] {
		return ""
	}
	return idx.candidate(w)
}

// candidate is correct for a word known not to be in std.noFuzzy.
func (idx *fuzzyIndex) candidate(w string) string {
	if len(w) < 6 {
		return ""
	}
	for _, t := range idx.byFirst[w[0]] {
		if t[1] != w[1] {
			continue // another first two letters
		}
		if t == w {
			return ""
		}
		if oneEdit(w, t) {
			return t
		}
	}
	return ""
}

// oneEdit reports whether a and b are exactly one edit apart.
func oneEdit(a, b string) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 || a == b {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		// transposition
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
