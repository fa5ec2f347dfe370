package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/evaluation"
	"kalm/scoring"
)

// trainOne cross-validates and trains criterion c as train does, and
// returns its outcome.
func trainOne(t *testing.T, c scoring.Criterion, opt options) outcome {
	t.Helper()
	sc := scoring.New(scoring.Vocabulary{})
	ds, dups := prepare(sc, smallData(), opt.folds)
	require.Empty(t, dups)
	tr := newTraining(ds, opt)
	return trainCriterion(ds, tr.exs, tr.folds, tr.all, tr.allX, c, opt)
}

// TestGuardTrainTeachesTheSettledCases: with --guard-train the settled
// cases train the models, so the final model scores a settled negative
// lower than one trained on the corpus alone; they are never measured:
// the positives and the cross-validated counts stay the corpus's.
func TestGuardTrainTeachesTheSettledCases(t *testing.T) {
	// a question the settled case says is none: a rhetorical one
	settled := evaluation.Example{ID: "f0/question/en/rhetorical", Lang: "en",
		Text: "When did you last see a parcel arrive on a Sunday?"}
	asked := evaluation.Example{ID: "f0/question/en/asked", Lang: "en",
		Text: "Which day did the engineer come round?", Labels: scoring.Labels{Question: true}}
	opt := smallOptions()
	opt.guard = []evaluation.Example{settled, asked}

	sc := scoring.New(scoring.Vocabulary{})
	feats := &example{feats: sc.Features(settled.Text, scoring.EN)}
	without := trainOne(t, scoring.Question, opt)
	opt.guardTrain = 3
	with := trainOne(t, scoring.Question, opt)

	assert.Less(t, with.model.score(with.vocab.encode(feats)), without.model.score(without.vocab.encode(feats)),
		"the settled negative scores lower once it is trained on")
	assert.Equal(t, without.positives, with.positives, "settled cases are not counted as the corpus's positives")
	assert.Equal(t, without.scores.learned["all"].TP+without.scores.learned["all"].FN,
		with.scores.learned["all"].TP+with.scores.learned["all"].FN, "cross-validation measures the corpus only")
}

func TestSettledExamplesAreOfNoFold(t *testing.T) {
	opt := smallOptions()
	opt.guard = []evaluation.Example{
		{ID: "a", Lang: "nl", Text: "Sorry voor het wachten.", Labels: scoring.Labels{Apology: true}},
		{ID: "b", Lang: "en", Text: "I will call you at three."},
	}
	sc := scoring.New(scoring.Vocabulary{})
	assert.Empty(t, settledExamples(sc, opt), "none without --guard-train")
	opt.guardTrain = 2
	got := settledExamples(sc, opt)
	require.Len(t, got, 4)
	for _, e := range got {
		assert.Equal(t, -1, e.fold)
		assert.NotEmpty(t, e.feats)
	}
	assert.True(t, got[0].gold.Apology)
	assert.True(t, got[0].rules.Apology, "the rules' verdicts come along, for the masks")
	assert.Equal(t, "en", got[3].lang)
	assert.Equal(t, 2, measuredCount(append([]*example{{fold: 0}, {fold: 1}}, got...)))
}

// TestSampleWeightsTeachOnlyTheNamedCriteria: with --guard-train-criteria
// the settled cases weigh 0 in the other criteria's loss; without it
// they weigh 1 in every criterion's.
func TestSampleWeightsTeachOnlyTheNamedCriteria(t *testing.T) {
	exs := []*example{{file: "real.jsonl", fold: 0}, {file: "written.jsonl", fold: 1}, {fold: -1}}
	opt := smallOptions()
	assert.Nil(t, sampleWeights(exs, nil, scoring.Blame, opt), "nothing weighed: every reply 1")

	opt.guardTrain = 3
	assert.Equal(t, []float64{1, 1, 1}, sampleWeights(exs, nil, scoring.Apology, opt))
	opt.guardCrits = []scoring.Criterion{scoring.Blame}
	assert.Equal(t, []float64{1, 1, 1}, sampleWeights(exs, nil, scoring.Blame, opt))
	assert.Equal(t, []float64{1, 1, 0}, sampleWeights(exs, nil, scoring.Apology, opt))
	opt.fileWeight = map[string]float64{"real.jsonl": 3}
	assert.Equal(t, []float64{0, 3}, sampleWeights(exs, []int{2, 0}, scoring.Question, opt), "by index")
}
