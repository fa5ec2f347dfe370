package main

import "kalm/scoring"

// settledExamples are the settled cases (--guard) as training replies of
// no fold (-1), opt.guardTrain times each (--guard-train): every fold's
// model and the final one learn from them, and no fold measures them.
// Trained on, a case the corpus alone would score high ("Most customers
// get their refund within a week." for blame) need not lift the whole
// threshold above it (guardedCut), which costs recall everywhere and
// moves with every retrain. Without --guard-train there are none.
func settledExamples(sc *scoring.Scorer, opt options) []*example {
	if opt.guardTrain <= 0 {
		return nil
	}
	var out []*example
	for _, ex := range opt.guard {
		lang := langOf(ex)
		res := sc.ScoreRules(ex.Text, lang)
		e := &example{id: ex.ID, lang: ex.Lang, feats: sc.Features(ex.Text, lang), rules: res.Criteria,
			near: nearMisses(res), gold: ex.Labels, goldKind: ex.BlameKind, fold: -1}
		for range opt.guardTrain {
			out = append(out, e)
		}
	}
	return out
}

// measuredCount is how many of exs come before the first settled case
// (fold -1): the corpus replies, which cross-validation measures.
func measuredCount(exs []*example) int {
	for i, ex := range exs {
		if ex.fold < 0 {
			return i
		}
	}
	return len(exs)
}
