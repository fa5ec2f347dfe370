package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/evaluation"
	"kalm/scoring"
)

// smallData is a labelled set made up for the tests: apologies and
// questions, in both languages, with replies that have neither.
func smallData() []dataFile {
	var exs []evaluation.Example
	add := func(id, lang, text string, apology, question bool) {
		exs = append(exs, evaluation.Example{ID: id, Lang: lang, Text: text,
			Labels: scoring.Labels{Apology: apology, Question: question}})
	}
	nl := []string{"de monteur", "uw factuur", "het pakket", "de modem", "uw abonnement", "de levering"}
	en := []string{"the engineer", "your bill", "the parcel", "the router", "your plan", "the delivery"}
	for i := range nl {
		add(fmt.Sprintf("nl-a%d", i), "nl", fmt.Sprintf("Sorry voor %s, dat had niet mogen gebeuren.", nl[i]), true, false)
		add(fmt.Sprintf("nl-q%d", i), "nl", fmt.Sprintf("Wanneer heeft u %s voor het laatst gezien?", nl[i]), false, true)
		add(fmt.Sprintf("nl-n%d", i), "nl", fmt.Sprintf("Ik kijk %s voor u na. ^VL", nl[i]), false, false)
		add(fmt.Sprintf("en-a%d", i), "en", fmt.Sprintf("Sorry about %s, that should not have happened.", en[i]), true, false)
		add(fmt.Sprintf("en-q%d", i), "en", fmt.Sprintf("When did you last see %s?", en[i]), false, true)
		add(fmt.Sprintf("en-n%d", i), "en", fmt.Sprintf("I will look into %s for you. -Sam", en[i]), false, false)
	}
	return []dataFile{{name: "a.jsonl", examples: exs[:20]}, {name: "b.jsonl", examples: exs[20:]}}
}

func smallOptions() options {
	o := defaultOptions()
	o.folds, o.iterations, o.minPos = 3, 200, 3
	return o
}

func TestTrainingIsDeterministic(t *testing.T) {
	s := scoring.New(scoring.Vocabulary{})
	ds1, dups := prepare(s, smallData(), 3)
	require.Empty(t, dups)
	a := train(ds1, smallOptions())
	ds2, _ := prepare(scoring.New(scoring.Vocabulary{}), smallData(), 3)
	b := train(ds2, smallOptions())
	assert.Equal(t, string(a.report), string(b.report))
	assert.Equal(t, string(a.weights), string(b.weights))
	assert.True(t, bytes.Equal(a.weights, b.weights), "byte-identical weights")
	assert.Equal(t, a.kept, b.kept)

	m, err := scoring.ParseModel("weights", string(a.weights))
	require.NoError(t, err, "%s", a.weights)
	assert.Equal(t, a.kept, m.Criteria())
	assert.Equal(t, scoring.Version, m.TrainedWith())
	assert.Contains(t, string(a.weights), "data 36 replies (nl 18, en 18): a.jsonl 20, b.jsonl 16\n")
	assert.Contains(t, string(a.report), "| apology | 6/6 |")
}

func TestFoldsPartitionTheData(t *testing.T) {
	assert.Equal(t, int(0xe40c292c%5), foldOf("a", 5), "FNV-1a, 32 bits")
	var ids []string
	for i := range 500 {
		ids = append(ids, fmt.Sprintf("nl-webcare:%d", i))
	}
	for _, k := range []int{2, 3, 5, 10} {
		sizes := make([]int, k)
		for _, id := range ids {
			f := foldOf(id, k)
			require.True(t, 0 <= f && f < k)
			require.Equal(t, f, foldOf(id, k), "the same id, the same fold")
			sizes[f]++
		}
		total := 0
		for f, n := range sizes {
			assert.Greater(t, n, len(ids)/k/2, "fold %d of %d is far too small: %v", f, k, sizes)
			total += n
		}
		assert.Equal(t, len(ids), total)
	}
	// Inside train: every reply is tested in exactly one fold.
	ds, _ := prepare(scoring.New(scoring.Vocabulary{}), smallData(), 3)
	seen := map[string]int{}
	for k := range 3 {
		for _, ex := range ds.examples {
			if ex.fold == k {
				seen[ex.id]++
			}
		}
	}
	assert.Len(t, seen, len(ds.examples))
	for id, n := range seen {
		assert.Equal(t, 1, n, id)
	}
}

func TestThreshold(t *testing.T) {
	cases := []struct {
		name string
		z    []float64
		y    []bool
		want float64
	}{
		{"separable", []float64{-2, -1, 1, 2}, []bool{false, false, true, true}, 0},
		{"one positive above all", []float64{3, 1, 0}, []bool{true, false, false}, 2},
		{"ties are cut together", []float64{1, 1, 0}, []bool{true, false, false}, 0.5},
		{"nothing to find: none called", []float64{1, 0}, []bool{false, false}, 2},
		{"all positive", []float64{1, 0}, []bool{true, true}, -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, threshold(tc.z, tc.y))
		})
	}
}

// TestAddThreshold: the cut of a model that only adds to the rules is
// set on the replies the rules missed; what the rules found counts as
// found, right or wrong.
func TestAddThreshold(t *testing.T) {
	cases := []struct {
		name  string
		z     []float64
		y     []bool
		rules []bool
		floor float64
		want  float64
	}{
		// the rules' high-scoring false alarm does not pull the cut up
		{"the rules' finds are left out", []float64{5, 2, 1, -1}, []bool{false, true, true, false}, []bool{true, false, false, false}, 0, 0},
		// the rules found the only positive: adding anything costs precision
		{"nothing left to add", []float64{3, 2, -1}, []bool{true, false, false}, []bool{true, false, false}, 0, 3},
		{"without rules it is threshold", []float64{-2, -1, 1, 2}, []bool{false, false, true, true}, []bool{false, false, false, false}, 0, 0},
		// best F1 adds both (one wrong); right nine times in ten adds only the first
		{"a floor on what is added", []float64{3, 2, 1, -1}, []bool{true, false, true, false}, []bool{false, false, false, false}, 0.9, 2.5},
		// a reply the model may not add to (a near miss of the rules) is never above any cut:
		// counted, it would pull the cut down to -Inf (F1 0.8 with every reply positive)
		{"-Inf is never added", []float64{math.Inf(-1), 2, -1}, []bool{true, true, false}, []bool{false, false, false}, 0, 0.5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, addThreshold(tc.z, tc.y, tc.rules, tc.floor))
		})
	}
}

func TestFitLearnsAFeature(t *testing.T) {
	x := [][]int32{{0}, {0}, {1}, {1}, {0, 1}}
	y := []bool{true, true, false, false, true}
	opt := defaultOptions()
	m := fit(x, y, nil, 2, opt)
	assert.Greater(t, m.w[0], 1.0)
	assert.Less(t, m.w[1], 0.0)
	assert.Greater(t, m.score([]int32{0}), 0.0)
	assert.Less(t, m.score([]int32{1}), 0.0)
}

// TestFitWeighsReplies: two replies with the same feature and opposite
// labels; weighing one of them more pulls the feature's weight its way,
// and weights of 1 give exactly the unweighted fit.
func TestFitWeighsReplies(t *testing.T) {
	x := [][]int32{{0}, {0}}
	y := []bool{true, false}
	opt := defaultOptions()
	cases := []struct {
		name string
		wt   []float64
		sign float64 // the sign the feature's weight plus the bias takes
	}{
		{"the positive weighs more", []float64{3, 1}, 1},
		{"the negative weighs more", []float64{1, 3}, -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := fit(x, y, tc.wt, 1, opt)
			assert.Greater(t, tc.sign*m.score([]int32{0}), 0.5)
		})
	}
	assert.Equal(t, fit(x, y, nil, 1, opt), fit(x, y, []float64{1, 1}, 1, opt))
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for _, f := range smallData() {
		for _, ex := range f.examples {
			lines = append(lines, fmt.Sprintf(`{"id":%q,"lang":%q,"text":%q,"labels":{"apology":%v,"question":%v}}`,
				ex.ID, ex.Lang, ex.Text, ex.Labels.Apology, ex.Labels.Question))
		}
	}
	data := filepath.Join(dir, "d.jsonl")
	require.NoError(t, os.WriteFile(data, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	out := filepath.Join(dir, "w.txt")

	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no data", nil, 2, "give at least one --data"},
		{"one fold", []string{"--data", data, "--folds", "1"}, 2, "--folds 1"},
		{"negative gain", []string{"--data", data, "--min-gain", "-0.5"}, 2, "--min-gain -0.5"},
		{"bad criterion", []string{"--data", data, "--criteria", "question,kindness"}, 2, `unknown criterion "kindness"`},
		{"stray argument", []string{"--data", data, "extra"}, 2, `unexpected argument "extra"`},
		{"missing file", []string{"--data", filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
		{"weight without =", []string{"--data", data, "--weight", "d.jsonl"}, 2, "expected NAME=W"},
		{"weight not a number", []string{"--data", data, "--weight", "d.jsonl=lots"}, 2, "expected a weight above 0"},
		{"weight zero", []string{"--data", data, "--weight", "d.jsonl=0"}, 2, "expected a weight above 0"},
		{"weight of no file", []string{"--data", data, "--weight", "real.jsonl=3"}, 2, "no --data file is named real.jsonl (expected one of d.jsonl)"},
		{"trains weighted", []string{"--data", data, "--folds", "3", "--weight", "d.jsonl=2", "--out", ""}, 0, "test split left out"},
		{"guard-train without guard", []string{"--data", data, "--guard-train", "3"}, 2, "--guard-train 3 (expected 0, or a count of at least 1 with --guard)"},
		{"guard-train negative", []string{"--data", data, "--guard-train", "-1"}, 2, "--guard-train -1"},
		{"guard-train bad criterion", []string{"--data", data, "--guard", data, "--guard-train", "2", "--guard-train-criteria", "blame,kindness"}, 2, `--guard-train-criteria: unknown criterion "kindness"`},
		{"trains on the guard", []string{"--data", data, "--folds", "3", "--guard", data, "--guard-train", "2", "--guard-train-criteria", "question", "--out", ""}, 0, "test split left out"},
		{"keeps none", []string{"--data", data, "--folds", "3", "--criteria", "none", "--out", out}, 0, "no criterion kept"},
		{"trains", []string{"--data", data, "--folds", "3", "--out", out}, 0, "wrote " + out},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, &stdout, &stderr), stderr.String())
			assert.Contains(t, stderr.String(), tc.stderr)
			if slices.Contains(tc.args, "--weight") && tc.code == 0 {
				assert.Contains(t, stdout.String(), "weighs the replies of d.jsonl ×2")
			}
			if slices.Contains(tc.args, "--guard-train") && tc.code == 0 {
				assert.Contains(t, stdout.String(), "the 36 settled cases train question in every fold, 2 times each")
			}
		})
	}
	w, err := os.ReadFile(out)
	require.NoError(t, err)
	_, err = scoring.ParseModel(out, string(w))
	assert.NoError(t, err)
}

// counts returns Counts with the given F1-relevant numbers.
func counts(tp, fp, fn int) evaluation.Counts { return evaluation.Counts{TP: tp, FP: fp, FN: fn} }

func TestWinsChecksEveryLanguageAndFile(t *testing.T) {
	base := func() outcome {
		return outcome{
			positives: map[string]int{"all": 40},
			scores: scores{
				rules: map[string]evaluation.Counts{
					"all": counts(30, 10, 10), "nl": counts(15, 5, 5), "en": counts(15, 5, 5),
					"file:real.jsonl": counts(15, 5, 5), "file:written.jsonl": counts(15, 5, 5),
				},
				learned: map[string]evaluation.Counts{
					"all": counts(34, 6, 6), "nl": counts(17, 3, 3), "en": counts(17, 3, 3),
					"file:real.jsonl": counts(17, 3, 3), "file:written.jsonl": counts(17, 3, 3),
				},
				flips: map[string]flips{},
			},
		}
	}
	lose := func(g string, c evaluation.Counts, lost, won int) func(o *outcome) {
		return func(o *outcome) {
			o.scores.learned[g] = c
			o.scores.flips[g] = flips{lost: lost, won: won}
		}
	}
	tests := []struct {
		name   string
		change func(o *outcome)
		want   bool
		why    string
	}{
		{"better everywhere", func(*outcome) {}, true, "no language or data file"},
		{"a language loses", lose("nl", counts(10, 10, 10), 10, 0), false, "in nl"},
		{"a data file loses", lose("file:real.jsonl", counts(10, 10, 10), 10, 0), false, "in real.jsonl"},
		{"a data file loses one verdict", lose("file:real.jsonl", counts(14, 5, 6), 1, 0), true, "one verdict"},
		{"a data file loses two verdicts within chance", lose("file:real.jsonl", counts(13, 5, 7), 2, 0), true, "in real.jsonl, 2 replies lost and 0 won, within chance"},
		{"a language loses four verdicts within chance", lose("en", counts(11, 5, 9), 6, 2), true, "within chance"},
		{"a language loses five verdicts beyond chance", lose("en", counts(10, 5, 10), 5, 0), false, "in en"},
		{"no gain overall", func(o *outcome) { o.scores.learned["all"] = o.scores.rules["all"] }, false, "needs"},
		{"too few positives", func(o *outcome) { o.positives["all"] = 3 }, false, "positive replies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := base()
			tt.change(&o)
			won, why := wins(o, defaultOptions())
			assert.Equal(t, tt.want, won)
			assert.Contains(t, why, tt.why)
		})
	}
}

// TestGuardKeepsNoModelThatBreaksASettledCase: a model whose weights
// call a settled good reply bad is counted against, and only for the
// cases the rules get right.
func TestGuardKeepsNoModelThatBreaksASettledCase(t *testing.T) {
	sc := scoring.New(scoring.Vocabulary{})
	// a deciding blame model that finds blame wherever "pakket" is said
	o := outcome{crit: scoring.Blame,
		model: logreg{w: []float64{5}, bias: -1},
		vocab: vocab{names: []string{"w:pakket"}, index: map[string]int32{"w:pakket": 0}}}
	good := evaluation.Example{ID: "good", Lang: "nl", Text: "Uw pakket komt morgen, ik volg het voor u op."}
	bad := evaluation.Example{ID: "already-missed", Lang: "nl", Text: "Uw pakket ligt bij de buren.", Labels: scoring.Labels{Blame: true}}
	other := evaluation.Example{ID: "no-pakket", Lang: "nl", Text: "Ik bel u om drie uur terug."}
	require.False(t, sc.ScoreRules(good.Text, scoring.NL).Criteria.Blame, "the rules pass the good case")

	opt := defaultOptions()
	opt.guard = []evaluation.Example{other, good}
	n, first := breaks(sc, o, opt)
	assert.Equal(t, 1, n)
	assert.Equal(t, "good", first)

	// a case the rules already get wrong is not the model's doing; a
	// model that turns blame on cannot break a case that has it
	opt.guard = []evaluation.Example{other, bad}
	n, _ = breaks(sc, o, opt)
	assert.Zero(t, n)
}

// TestGuardedCutLiftsTheThresholdAboveTheSettledCases: a winning model that
// finds blame in a settled good reply gets a threshold just above that
// reply's score, is measured again with every fold's threshold lifted
// by the same margin, and then breaks the case no more.
func TestGuardedCutLiftsTheThresholdAboveTheSettledCases(t *testing.T) {
	sc := scoring.New(scoring.Vocabulary{})
	good := evaluation.Example{ID: "good", Lang: "nl", Text: "Uw pakket komt morgen, ik volg het voor u op."}
	other := evaluation.Example{ID: "no-pakket", Lang: "nl", Text: "Ik bel u om drie uur terug."}
	opt := defaultOptions()
	opt.guard = []evaluation.Example{other, good}
	ds := dataset{sc: sc}
	winning := scores{
		rules:   map[string]evaluation.Counts{"all": counts(30, 10, 10), "nl": counts(30, 10, 10)},
		learned: map[string]evaluation.Counts{"all": counts(34, 6, 6), "nl": counts(34, 6, 6)},
	}
	tests := []struct {
		name     string
		measured scores // what cross-validation gives at the raised threshold
		want     bool
	}{
		{"still wins", winning, true},
		{"loses once raised", scores{rules: winning.rules, learned: winning.rules}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := outcome{crit: scoring.Blame, positives: map[string]int{"all": 40}, scores: winning, won: true,
				model: logreg{w: []float64{5}, bias: -1},
				vocab: vocab{names: []string{"w:pakket"}, index: map[string]int32{"w:pakket": 0}}}
			n, _ := breaks(sc, o, opt)
			require.Equal(t, 1, n, "the model breaks the good case before")
			var lifted float64
			r := guardedCut(ds, o, opt, func(adds bool, raise float64) scores { lifted = raise; return tt.measured })
			assert.InDelta(t, 4.01, r.cut, 1e-6, "just above the good case's score (5 - 1)")
			assert.InDelta(t, r.cut-o.cut, lifted, 1e-9, "the folds are lifted by the same margin")
			assert.Equal(t, tt.want, r.won)
			assert.Contains(t, r.why, "threshold raised")
			assert.Contains(t, r.why, `good "Uw pakket komt morgen`, "the report names the case that sets the raise")
			assert.NotContains(t, r.why, "no-pakket", "not a case scored lower")
			n, _ = breaks(sc, r, opt)
			assert.Zero(t, n, "the raised model keeps the settled case")
		})
	}
}

// TestGuardedCutLowersTheThresholdBelowTheSettledPositives: a winning model
// that decides alone and misses a settled question the rules find gets a
// threshold just below that question's score, while every settled reply
// without a question stays below it.
func TestGuardedCutLowersTheThresholdBelowTheSettledPositives(t *testing.T) {
	sc := scoring.New(scoring.Vocabulary{})
	asked := evaluation.Example{ID: "asked", Lang: "nl", Text: "Wanneer is het pakket verstuurd?"}
	plain := evaluation.Example{ID: "plain", Lang: "nl", Text: "Ik bel u om drie uur terug."}
	asked.Labels.Question = true
	opt := defaultOptions()
	opt.guard = []evaluation.Example{plain, asked}
	winning := scores{
		rules:   map[string]evaluation.Counts{"all": counts(30, 10, 10), "nl": counts(30, 10, 10)},
		learned: map[string]evaluation.Counts{"all": counts(34, 6, 6), "nl": counts(34, 6, 6)},
	}
	tests := []struct {
		name    string
		bias    float64 // the plain reply's score
		lowered bool
	}{
		{"room below the question", -10, true},
		{"a plain reply scores as high", -5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := outcome{crit: scoring.Question, positives: map[string]int{"all": 40}, scores: winning, won: true,
				model: logreg{w: []float64{-tt.bias - 5}, bias: tt.bias},
				vocab: vocab{names: []string{"w:pakket"}, index: map[string]int32{"w:pakket": 0}}}
			n, first := breaks(sc, o, opt)
			require.Equal(t, 1, n, "the model misses the settled question before")
			require.Equal(t, "asked", first)
			var moved float64
			r := guardedCut(dataset{sc: sc}, o, opt, func(adds bool, raise float64) scores { moved = raise; return winning })
			if !tt.lowered {
				assert.Equal(t, o.cut, r.cut, "no threshold keeps both cases")
				return
			}
			assert.InDelta(t, -5.01, r.cut, 1e-6, "just below the question's score")
			assert.InDelta(t, r.cut-o.cut, moved, 1e-9, "the folds move by the same margin")
			assert.Contains(t, r.why, "threshold lowered")
			n, _ = breaks(sc, r, opt)
			assert.Zero(t, n, "the lowered model keeps both settled cases")
		})
	}
}

func TestRunReadsTheGuard(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "d.jsonl")
	var lines []string
	for _, f := range smallData() {
		for _, ex := range f.examples {
			lines = append(lines, fmt.Sprintf(`{"id":%q,"lang":%q,"text":%q,"labels":{"apology":%v,"question":%v}}`, ex.ID, ex.Lang, ex.Text, ex.Labels.Apology, ex.Labels.Question))
		}
	}
	require.NoError(t, os.WriteFile(data, []byte(strings.Join(lines, "\n")), 0o644))
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{"--data", data, "--guard", filepath.Join(dir, "missing.jsonl"), "--out", ""}, &out, &errb))
	assert.Contains(t, errb.String(), "--guard")
	empty := filepath.Join(dir, "empty.jsonl")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	errb.Reset()
	assert.Equal(t, 1, run([]string{"--data", data, "--guard", empty, "--out", ""}, &out, &errb))
	assert.Contains(t, errb.String(), "holds no cases")
}

func TestChoosePrefersTheWinningWay(t *testing.T) {
	withF1 := func(won bool, tp int, why string) outcome {
		sc := newScores()
		sc.learned["all"] = evaluation.Counts{TP: tp, FP: 10 - tp, FN: 10 - tp}
		return outcome{won: won, why: why, scores: sc}
	}
	cases := []struct {
		name        string
		decide, add outcome
		wantWhy     string
	}{
		{"only adding wins", withF1(false, 9, "d"), withF1(true, 5, "a"), "a"},
		{"only deciding wins", withF1(true, 5, "d"), withF1(false, 9, "a"), "d"},
		{"both win, adding better", withF1(true, 5, "d"), withF1(true, 9, "a"), "a"},
		{"both win, deciding better", withF1(true, 9, "d"), withF1(true, 5, "a"), "d"},
		{"both lose, adding better: both reasons", withF1(false, 5, "d"), withF1(false, 9, "only adding to the rules: a"), "only adding to the rules: a; deciding: d"},
		{"both lose, deciding better: both reasons", withF1(false, 9, "d"), withF1(false, 5, "only adding to the rules: a"), "d; adding: a"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.wantWhy, choose(tc.decide, tc.add).why)
		})
	}
}

// kindData is a made-up blamed set where the rules name a denial in every
// reply ("Wij hebben niets fout gedaan") and the annotators name the
// installer where one is mentioned.
func kindData() []dataFile {
	var exs []evaluation.Example
	days := []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren"}
	blamed := scoring.Labels{Blame: true}
	for i, d := range days {
		exs = append(exs,
			evaluation.Example{ID: fmt.Sprintf("k-s%d", i), Lang: "nl", Labels: blamed, BlameKind: scoring.BlameSupplier,
				Text: fmt.Sprintf("Wij hebben niets fout gedaan. De installateur was %s nog bij u.", d)},
			evaluation.Example{ID: fmt.Sprintf("k-d%d", i), Lang: "nl", Labels: blamed, BlameKind: scoring.BlameDenial,
				Text: fmt.Sprintf("Wij hebben niets fout gedaan. Alles werkte %s nog gewoon.", d)})
	}
	return []dataFile{{name: "k.jsonl", examples: exs}}
}

// kindSetup prepares kindData, whose every reply the rules call denial.
func kindSetup(t *testing.T) (*scoring.Scorer, dataset, []*example) {
	t.Helper()
	s := scoring.New(scoring.Vocabulary{})
	ds, _ := prepare(s, kindData(), 3)
	exs := make([]*example, len(ds.examples))
	for i := range ds.examples {
		exs[i] = &ds.examples[i]
		require.Equal(t, scoring.BlameDenial, exs[i].rulesKind, exs[i].id)
	}
	return s, ds, exs
}

func TestKindModelNamesTheLeadingParty(t *testing.T) {
	s, ds, exs := kindSetup(t)
	opt := smallOptions()
	o := trainKinds(ds, exs, opt)
	require.True(t, o.kept, o.why)
	assert.Equal(t, kindCounts{replies: 16, rules: 8, learned: 16}, o.counts["all"], o.why)
	assert.Zero(t, o.margin)
	assert.Contains(t, string(kindReport(o)), "| nl | 16 | 0.500 | 1.000 |")

	m, err := scoring.ParseModel("kinds", "format 1\nscorer test\n"+string(kindWeights(o, opt)))
	require.NoError(t, err)
	assert.Equal(t, scoring.BlameKinds(), m.Kinds())
	res := s.ScoreWith("Wij hebben niets fout gedaan. De installateur was vanochtend nog bij u.", scoring.NL, m)
	assert.Equal(t, scoring.BlameSupplier, res.BlameKind)
	res = s.ScoreWith("Wij hebben niets fout gedaan. Alles werkte vanochtend nog gewoon.", scoring.NL, m)
	assert.Equal(t, scoring.BlameDenial, res.BlameKind)

	// a settled case whose denial the rules name right: weights that
	// prefer the installer there get a margin that leaves it alone, and
	// weights trained with it learn it
	settled := "Wij hebben niets fout gedaan. De installateur heeft alles netjes afgewerkt."
	guarded := opt
	guarded.guard = []evaluation.Example{{ID: "g", Lang: "nl", Text: settled, Labels: scoring.Labels{Blame: true}, BlameKind: scoring.BlameDenial}}
	require.Equal(t, scoring.BlameSupplier, s.ScoreWith(settled, scoring.NL, m).BlameKind, "without the case")
	o.margin = guardKinds(s, o, guarded).floor
	assert.Greater(t, o.margin, 0.0)
	m, err = scoring.ParseModel("margin", "format 1\nscorer test\n"+string(kindWeights(o, opt)))
	require.NoError(t, err)
	assert.Equal(t, scoring.BlameDenial, s.ScoreWith(settled, scoring.NL, m).BlameKind, "the margin keeps it")

	g := trainKinds(ds, exs, guarded)
	g.kept = true
	m, err = scoring.ParseModel("trained", "format 1\nscorer test\n"+string(kindWeights(g, opt)))
	require.NoError(t, err)
	assert.Equal(t, scoring.BlameDenial, s.ScoreWith(settled, scoring.NL, m).BlameKind, "trained with the case: %s", g.why)
}

func TestChooseKind(t *testing.T) {
	z := []float64{0, 2, 0, 0, 0.5, 0} // supplier 2, denial 0.5
	cases := []struct {
		name   string
		rules  scoring.BlameKind
		margin float64
		want   scoring.BlameKind
	}{
		{"preferred by more than the margin", scoring.BlameDenial, 1, scoring.BlameSupplier},
		{"preferred by no more than the margin", scoring.BlameDenial, 1.5, scoring.BlameDenial},
		{"the rules' kind is the favourite", scoring.BlameSupplier, 0, scoring.BlameSupplier},
		{"no kind from the rules", scoring.NoBlame, 5, scoring.BlameSupplier},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, chooseKind(z, tc.rules, tc.margin))
		})
	}
}

// TestMayFindMirrorsTheScorer: out of fold, a model is held to the
// scorer's limits: never where the rules ruled the criterion out with a
// near miss; one that only adds needs a cue of the criterion where the
// scorer asks for one (overpromise) and not where it does not (blame).
func TestMayFindMirrorsTheScorer(t *testing.T) {
	blameCue := []string{scoring.CueFeatures(scoring.Blame) + "cause"}
	promiseCue := []string{scoring.CueFeatures(scoring.Overpromise) + "certain"}
	tests := []struct {
		name  string
		feats []string
		near  scoring.Labels
		c     scoring.Criterion
		adds  bool
		want  bool
	}{
		{"blame added without a cue", nil, scoring.Labels{}, scoring.Blame, true, true},
		{"blame added beside its cue", blameCue, scoring.Labels{}, scoring.Blame, true, true},
		{"blame ruled out by a near miss", blameCue, scoring.Labels{Blame: true}, scoring.Blame, true, false},
		{"overpromise added without a cue", nil, scoring.Labels{}, scoring.Overpromise, true, false},
		{"overpromise added beside its cue", promiseCue, scoring.Labels{}, scoring.Overpromise, true, true},
		{"overpromise decided without a cue", nil, scoring.Labels{}, scoring.Overpromise, false, true},
		{"deciding, ruled out by a near miss", nil, scoring.Labels{Overpromise: true}, scoring.Overpromise, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mayFind(tt.feats, tt.near, false, tt.c, tt.adds))
		})
	}
}

func TestKindGuardHolds(t *testing.T) {
	cases := []struct {
		name string
		g    kindGuard
		want bool
	}{
		{"no bounds", kindGuard{ceiling: math.Inf(1)}, true},
		{"floor below ceiling", kindGuard{floor: 0.4, ceiling: 0.9}, true},
		{"floor above ceiling", kindGuard{floor: 1.2, ceiling: 0.9}, false},
		{"a case no margin keeps", kindGuard{ceiling: math.Inf(1), missed: []string{"f1"}}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.g.holds(), tc.g.String())
		})
	}
}

// TestKindMarginKeepsTheCasesOnlyTheModelNamesRight: a settled case
// whose kind the rules name wrong (denial for the installer) is kept by
// the model only while the margin stays below its lead; with a second
// case whose kind the rules name right, both are kept.
func TestKindMarginKeepsTheCasesOnlyTheModelNamesRight(t *testing.T) {
	s, ds, exs := kindSetup(t)
	opt := smallOptions()
	blamed := scoring.Labels{Blame: true}
	onlyModel := "Wij hebben niets fout gedaan. De installateur was eergisteren nog bij u."
	rulesRight := "Wij hebben niets fout gedaan. De installateur heeft alles netjes afgewerkt."
	require.Equal(t, scoring.BlameDenial, s.ScoreRules(onlyModel, scoring.NL).BlameKind)

	opt.guard = []evaluation.Example{{ID: "only-model", Lang: "nl", Text: onlyModel, Labels: blamed, BlameKind: scoring.BlameSupplier}}
	o := trainKinds(ds, exs, opt)
	g := guardKinds(s, o, opt)
	require.True(t, g.holds(), g.String())
	assert.Greater(t, g.ceiling, 0.0, "the model's lead bounds the margin")
	o.kept = true
	for _, tc := range []struct {
		margin float64
		want   scoring.BlameKind
	}{{g.floor, scoring.BlameSupplier}, {g.ceiling + 0.1, scoring.BlameDenial}} {
		o.margin = tc.margin
		m, err := scoring.ParseModel("margin", "format 1\nscorer test\n"+string(kindWeights(o, opt)))
		require.NoError(t, err)
		assert.Equal(t, tc.want, s.ScoreWith(onlyModel, scoring.NL, m).BlameKind, "margin %.3f (ceiling %.3f)", tc.margin, g.ceiling)
	}

	opt.guard = append(opt.guard, evaluation.Example{ID: "rules-right", Lang: "nl", Text: rulesRight, Labels: blamed, BlameKind: scoring.BlameDenial})
	o = trainKinds(ds, exs, opt)
	require.True(t, o.kept, o.why)
	m, err := scoring.ParseModel("both", "format 1\nscorer test\n"+string(kindWeights(o, opt)))
	require.NoError(t, err)
	assert.Equal(t, scoring.BlameSupplier, s.ScoreWith(onlyModel, scoring.NL, m).BlameKind)
	assert.Equal(t, scoring.BlameDenial, s.ScoreWith(rulesRight, scoring.NL, m).BlameKind)
}
