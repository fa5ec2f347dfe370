// Package scoring judges one reply to an angry customer on the eight
// criteria of the rubric: empathy, apology, blame (and its kind),
// callback, question, summary, overpromise and agreement.
//
// It is pure Go with no I/O: a Scorer holds compiled phrase lexicons and
// is safe for concurrent use. Scoring a reply takes a few microseconds:
//
//	s := scoring.New(scoring.Vocabulary{Suppliers: []string{"PostNL"}})
//	res := s.Score("Wat vervelend voor u. Ik bel u om drie uur terug, schikt dat?", scoring.Auto)
//	res.Criteria.Callback // true
//	res.Hits(scoring.Callback)[0].Text // "bel u om drie uur"
//
// How it works: the reply is split into sentences and clauses and its
// words are normalised (case, accents, contractions, Flemish forms,
// typos one edit away from a key word). Lexicon patterns (lexicon*.go)
// mark hits, near misses and cues; the rules per criterion (feel.go,
// blame.go, callback.go, ask.go, plan.go) then read context: negation
// and its scope, "sorry, maar…", who acts, conditions, and time
// expressions (timeexpr.go). Every Finding points at the words that
// earned it; near misses carry a note a trainee can act on.
//
// A learned layer (model.go, ../docs/learned.md) decides the criteria that
// scoring/model/weights.txt holds weights for; ScoreRules skips it.
//
// Points for the game come from one table, DefaultWeights, which a
// scenario may override with Weights.With.
package scoring
