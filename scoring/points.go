package scoring

// Weights maps each criterion to the points a reply earns (or loses,
// when negative) when the criterion is present. It is the one scoring
// table of the game; scenarios may override single entries.
type Weights map[Criterion]int

// DefaultWeights returns the game's scoring table:
//
//	empathy +20   apology +15   callback +25   question +10
//	summary +15   agreement +10 blame -30      overpromise -20
//
// Acknowledging the feeling and committing to a concrete next step weigh
// most, as in the triad model; blame costs more than any single good
// move earns, as the seeds warn.
func DefaultWeights() Weights {
	return Weights{
		Empathy:     20,
		Apology:     15,
		Callback:    25,
		Question:    10,
		Summary:     15,
		Agreement:   10,
		Blame:       -30,
		Overpromise: -20,
	}
}

// With returns a copy of w with the entries of override replacing its own.
func (w Weights) With(override map[Criterion]int) Weights {
	out := make(Weights, len(w)+len(override))
	for c, v := range w {
		out[c] = v
	}
	for c, v := range override {
		out[c] = v
	}
	return out
}

// Points adds up the weights of the criteria present in l.
func (w Weights) Points(l Labels) int {
	total := 0
	for _, c := range Criteria() {
		if l.Get(c) {
			total += w[c]
		}
	}
	return total
}
