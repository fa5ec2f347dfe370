package evaluation

import (
	"fmt"
	"strings"
	"testing"

	"kalm/scoring"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitIsFixedAndNearTwentyPercent(t *testing.T) {
	test := 0
	for i := range 10000 {
		id := fmt.Sprintf("item-%d", i)
		s := Split(id)
		require.Contains(t, []string{Train, Test}, s)
		assert.Equal(t, s, Split(id), "the same id always lands in the same split")
		if s == Test {
			test++
		}
	}
	assert.InDelta(t, 2000, test, 150, "about TestPercent of ids are test")
	exs := []Example{{ID: "item-1"}, {ID: "item-2"}, {ID: "item-3"}, {ID: "item-4"}, {ID: "item-5"}, {ID: "item-6"}}
	tr, te := InSplit(exs, Train), InSplit(exs, Test)
	assert.Len(t, InSplit(exs, "all"), 6)
	assert.Equal(t, 6, len(tr)+len(te), "train and test partition the examples")
	for _, ex := range te {
		assert.Equal(t, Test, Split(ex.ID))
	}
}

func TestAgreementFigures(t *testing.T) {
	cases := []struct {
		name                        string
		both, onlyA, onlyB, neither int
		kappa, f1, observed         float64
	}{
		{"hand-computed", 3, 1, 1, 5, 0.5833, 0.75, 0.8},
		{"perfect", 4, 0, 0, 6, 1, 1, 1},
		{"never seen by either", 0, 0, 0, 10, 1, 1, 1},
		{"only chance", 1, 1, 1, 1, 0, 0.5, 0.5},
		{"opposite", 0, 5, 5, 0, -1, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Agreement{Both: c.both, OnlyA: c.onlyA, OnlyB: c.onlyB, Neither: c.neither}
			assert.InDelta(t, c.kappa, a.Kappa(), 1e-4)
			assert.InDelta(t, c.f1, a.F1(), 1e-4)
			assert.InDelta(t, c.observed, a.Observed(), 1e-4)
		})
	}
}

func TestAgreeFromCorpusLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"x1","lang":"nl","text":"t","labels":{"apology":true},"a":{"pos":["apology"],"blame_kind":""},"b":{"pos":["apology","empathy"],"blame_kind":""}}`,
		`{"id":"x2","lang":"en","text":"t","labels":{"blame":true,"blame_kind":"website"},"a":{"pos":["blame"],"blame_kind":"website"},"b":{"pos":["blame"],"blame_kind":"management"}}`,
		`{"id":"x3","lang":"en","text":"t","labels":{},"a":{"pos":[],"blame_kind":""},"b":{"pos":[],"blame_kind":""}}`,
	}, "\n")
	exs, err := Read(strings.NewReader(in), "c.jsonl")
	require.NoError(t, err)
	pairs, err := Pairs(exs)
	require.NoError(t, err)
	rep := Agree(pairs)
	assert.Equal(t, 3, rep.N)
	assert.Equal(t, Agreement{Both: 1, Neither: 2}, rep.Criteria[scoring.Apology])
	assert.Equal(t, Agreement{OnlyB: 1, Neither: 2}, rep.Criteria[scoring.Empathy])
	assert.Equal(t, 1, rep.KindTotal)
	assert.Equal(t, 0, rep.KindSame, "website vs management is a kind disagreement")
	var b strings.Builder
	rep.WriteTable(&b)
	assert.Contains(t, b.String(), "apology")
	assert.Contains(t, b.String(), "3 items")

	_, err = Pairs([]Example{{ID: "lone", Line: 4}})
	assert.ErrorContains(t, err, "line 4 (lone)")
	_, err = Pairs([]Example{{ID: "odd", Line: 2, A: &Annotation{Pos: []scoring.Criterion{"sarcasm"}}, B: &Annotation{}}})
	assert.ErrorContains(t, err, `unknown criterion "sarcasm"`)
}

func TestRunGroups(t *testing.T) {
	exs := []Example{
		{ID: "1", Lang: "nl", Src: "written", Text: "Het spijt me echt.", Labels: scoring.Labels{Apology: true}},
		{ID: "2", Lang: "en", Src: "written", Text: "I'm so sorry about this.", Labels: scoring.Labels{Apology: true}},
		{ID: "3", Lang: "en", Src: "twcs", Text: "Thanks for reaching out.", Labels: scoring.Labels{Apology: true}},
	}
	key, err := ParseGroupKey("lang,src")
	require.NoError(t, err)
	gs := RunGroups(scoring.New(scoring.Vocabulary{}), exs, key)
	require.Len(t, gs, 4)
	names := []string{gs[0].Name, gs[1].Name, gs[2].Name, gs[3].Name}
	assert.Equal(t, []string{"en/twcs", "en/written", "nl/written", "all"}, names)
	assert.Equal(t, 0, gs[0].Report.Counts[scoring.Apology].TP, "the thank-you is no apology: a miss in en/twcs")
	assert.Equal(t, 1, gs[1].Report.Counts[scoring.Apology].TP)
	assert.Equal(t, 3, gs[3].Report.N)
	var b strings.Builder
	WriteGrid(&b, gs)
	assert.Contains(t, b.String(), "en/written")
	_, err = ParseGroupKey("lang,colour")
	assert.ErrorContains(t, err, `"colour"`)
}
