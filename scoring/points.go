package scoring

// Weights maps each criterion to the points it is worth in a call's
// score out of 100: a helpful criterion earns its weight once, when it
// does its job in the conversation (the engine decides when); a harmful
// one (negative weight) costs its weight every time. It is the one
// scoring table of the game; scenarios override entries with With.
type Weights map[Criterion]int

// DefaultWeights returns the game's scoring table:
//
//	empathy +15   apology +10   callback +15   question +10
//	summary +10   agreement +5  blame -15      overpromise -10
//
// The helpful criteria add up to 65 of a call's 100 points (the outcome
// and the anger brought down give the rest). Acknowledging the feeling
// and committing to a concrete next step weigh most, as in the triad
// model; blame costs as much as any good move earns, as the seeds warn.
func DefaultWeights() Weights {
	return Weights{
		Empathy:     15,
		Apology:     10,
		Callback:    15,
		Question:    10,
		Summary:     10,
		Agreement:   5,
		Blame:       -15,
		Overpromise: -10,
	}
}

// Hurts reports whether c is a harmful criterion: one a reply should not
// show (blame, overpromise). Views mark it as a warning, not a success.
func (c Criterion) Hurts() bool {
	return c == Blame || c == Overpromise
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
