package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"

	"kalm/evaluation"
	"kalm/scoring"
)

// options are the training settings. They are fixed (defaultOptions):
// the same data always gives the same model.
type options struct {
	folds      int
	iterations int                  // full-batch gradient steps
	step       float64              // learning rate
	l2         float64              // L2 penalty on the feature weights (not the bias)
	minDF      int                  // a feature is used when this many training replies have it
	minPos     int                  // a criterion needs this many positive replies to be kept
	keepGain   float64              // the model must beat the rules by this much F1, both languages together
	maxLoss    float64              // and may lose at most this much F1 on either language
	prune      float64              // weights smaller than this in size are dropped as they are fitted (in every fold too): not written
	addFloor   float64              // a model that only adds must be right this often in what it adds
	guard      []evaluation.Example // settled cases a kept model must not break (--guard)
	allowed    []scoring.Criterion  // the criteria the model may be kept for
	fileWeight map[string]float64   // a data file's weight in the criteria's loss (--weight); 1 where unset
	guardTrain int                  // times each settled case trains the criteria's models (--guard-train); 0: none
	guardCrits []scoring.Criterion  // the criteria the settled cases train (--guard-train-criteria); none: all
}

func defaultOptions() options {
	return options{folds: 5, iterations: 2000, step: 1, l2: 3e-4, minDF: 2, minPos: 10, keepGain: 0.01, maxLoss: 0.02, prune: 0.01, addFloor: 0.9, allowed: scoring.Criteria()}
}

// dataFile is one --data file, read.
type dataFile struct {
	name     string // base name, for the report
	examples []evaluation.Example
}

// example is one labelled reply, as the trainer sees it.
type example struct {
	id    string
	lang  string // nl or en
	file  string // the data file it came from: its source (real, written)
	feats []string
	rules scoring.Labels // the rules' verdicts
	near  scoring.Labels // criteria the rules saw and ruled out (a near miss): the model may not add them
	gold  scoring.Labels
	fold  int

	goldKind, rulesKind scoring.BlameKind // the annotators' blame kind and the rules' ("": none)
}

// dataset is every reply to train on.
type dataset struct {
	files    []string // "name N" per file
	examples []example
	scorer   string          // scoring.Version
	sc       *scoring.Scorer // the scorer the features came from
}

// duplicate is an id met twice; the second copy is left out.
type duplicate struct{ file, id string }

// prepare scores every reply with the rules alone and lists its features.
func prepare(s *scoring.Scorer, files []dataFile, folds int) (dataset, []duplicate) {
	ds := dataset{scorer: scoring.Version, sc: s}
	seen := map[string]bool{}
	var dups []duplicate
	for _, f := range files {
		n := 0
		for _, ex := range f.examples {
			if seen[ex.ID] {
				dups = append(dups, duplicate{f.name, ex.ID})
				continue
			}
			seen[ex.ID] = true
			n++
			lang := langOf(ex)
			turn := ex.Turn(lang)
			res := s.ScoreTurnWith(turn, nil)
			l := string(lang)
			if lang == scoring.Auto {
				l = string(res.Lang)
			}
			ds.examples = append(ds.examples, example{
				id: ex.ID, lang: l, file: f.name, feats: s.TurnFeatures(turn),
				rules: res.Criteria, near: nearMisses(res), gold: ex.Labels, fold: foldOf(ex.ID, folds),
				goldKind: ex.BlameKind, rulesKind: res.BlameKind,
			})
		}
		ds.files = append(ds.files, fmt.Sprintf("%s %d", f.name, n))
	}
	return ds, dups
}

// nearMisses lists the criteria of res's near misses: words the rules
// read and ruled out, with a note saying why ("I can't promise…").
func nearMisses(res scoring.Result) scoring.Labels {
	var l scoring.Labels
	for _, f := range res.Findings {
		if !f.Hit {
			l.Set(f.Criterion, true)
		}
	}
	return l
}

// hasCue reports a cue of criterion c among a reply's features
// ("cue:blame:cause"): words the rules read for c without counting them.
func hasCue(feats []string, c scoring.Criterion) bool {
	prefix := scoring.CueFeatures(c)
	for _, f := range feats {
		if strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}

// foldOf is the cross-validation fold of a reply: FNV-1a of its id,
// modulo the number of folds.
func foldOf(id string, folds int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(folds))
}

// vocab numbers the features that at least minDF of the replies have,
// in sorted order.
type vocab struct {
	names []string
	index map[string]int32
}

func buildVocab(exs []*example, minDF int) vocab {
	df := map[string]int{}
	for _, ex := range exs {
		for _, f := range ex.feats { // features are unique per reply
			df[f]++
		}
	}
	v := vocab{index: map[string]int32{}}
	for f, n := range df {
		if n >= minDF {
			v.names = append(v.names, f)
		}
	}
	slices.Sort(v.names)
	for i, f := range v.names {
		v.index[f] = int32(i)
	}
	return v
}

// encode returns the ids of ex's features in v, in increasing order
// (the features are sorted, and so is v).
func (v vocab) encode(ex *example) []int32 {
	var out []int32
	for _, f := range ex.feats {
		if id, ok := v.index[f]; ok {
			out = append(out, id)
		}
	}
	return out
}

// reads marks the features of v that criterion c's weights may read
// (scoring.ReadsFeature: empathy reads the words of situation clauses,
// the others the other words).
func (v vocab) reads(c scoring.Criterion) []bool {
	mask := make([]bool, len(v.names))
	for i, f := range v.names {
		mask[i] = scoring.ReadsFeature(c, f)
	}
	return mask
}

// only returns the encoded replies x with just the features mask marks:
// a model fitted on them weighs no other feature (its weight stays 0).
func only(x [][]int32, mask []bool) [][]int32 {
	out := make([][]int32, len(x))
	for i, xi := range x {
		for _, f := range xi {
			if mask[f] {
				out[i] = append(out[i], f)
			}
		}
	}
	return out
}

// logreg is a trained logistic regression: z = bias + Σ w[feature].
type logreg struct {
	w    []float64
	bias float64
}

func (m logreg) score(x []int32) float64 {
	z := m.bias
	for _, f := range x {
		z += m.w[f]
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// fit trains by full-batch gradient descent on the mean log loss plus
// l2/2·|w|². Replies and features are visited in a fixed order and
// every product is rounded before it is added (float64(…)), so no
// platform fuses operations differently: the result is reproducible.
// wt weighs each reply's loss (nil: every reply 1; the mean is then
// over the weights' sum).
func fit(x [][]int32, y []bool, wt []float64, nfeat int, opt options) logreg {
	m := logreg{w: make([]float64, nfeat)}
	grad := make([]float64, nfeat)
	n := float64(len(x))
	if wt != nil {
		n = 0
		for _, v := range wt {
			n += v
		}
	}
	for range opt.iterations {
		clear(grad)
		gb := 0.0
		for i, xi := range x {
			r := sigmoid(m.score(xi))
			if y[i] {
				r -= 1
			}
			if wt != nil {
				r = float64(r * wt[i])
			}
			gb += r
			for _, f := range xi {
				grad[f] += r
			}
		}
		for f := range m.w {
			m.w[f] -= opt.step * (grad[f]/n + float64(opt.l2*m.w[f]))
		}
		m.bias -= opt.step * (gb / n)
	}
	for f, w := range m.w {
		if math.Abs(w) < opt.prune {
			m.w[f] = 0 // a hundredth moves no verdict: it only costs start-up and time per reply
		}
	}
	return m
}

// threshold returns the cut on z that gives the best F1 when replies
// with z above it are called positive. Of equal F1s it takes the highest
// cut (the fewest positives).
func threshold(z []float64, y []bool) float64 { return cutOver(z, y, nil, 0) }

// addThreshold returns the cut on z that gives the best F1 when a reply
// is positive if the rules found it (rules[i]) or z is above the cut: the
// cut of a model that only adds to the rules. What it adds must be right
// at least floor of the time: an addition is a verdict the rules did not
// give, and a wrong one calls a good reply bad.
func addThreshold(z []float64, y, rules []bool, floor float64) float64 {
	return cutOver(z, y, rules, floor)
}

// cutOver is threshold over the replies the base (nil: none) does not
// already call positive (and not at -Inf: replies it may not add to); the
// base's own positives count as found, and a
// cut counts only when the replies above it are positive at least floor
// of the time.
func cutOver(z []float64, y, base []bool, floor float64) float64 {
	if len(z) == 0 {
		return 0
	}
	var order []int
	tp, fp := 0, 0
	for i := range z {
		switch {
		case math.IsInf(z[i], -1):
			// never positive: a reply the model may not add to
		case base == nil || !base[i]:
			order = append(order, i)
		case y[i]:
			tp++
		default:
			fp++
		}
	}
	if len(order) == 0 {
		return 0
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case z[a] > z[b]:
			return -1
		case z[a] < z[b]:
			return 1
		}
		return 0
	})
	pos := 0
	for _, v := range y {
		if v {
			pos++
		}
	}
	best := evaluation.Counts{TP: tp, FP: fp, FN: pos - tp}.F1()
	cut := z[order[0]] + 1
	added := evaluation.Counts{}
	for k, i := range order {
		if y[i] {
			tp++
			added.TP++
		} else {
			fp++
			added.FP++
		}
		if k+1 < len(order) && z[order[k+1]] == z[i] {
			continue // a cut must fall between different scores
		}
		f1 := evaluation.Counts{TP: tp, FP: fp, FN: pos - tp}.F1()
		if f1 > best && added.Precision() >= floor {
			best = f1
			if k+1 < len(order) {
				cut = (z[i] + z[order[k+1]]) / 2
			} else {
				cut = z[i] - 1
			}
		}
	}
	return cut
}

// scores are the F1s of one criterion, per language, per data file and
// over all.
type scores struct {
	rules, learned map[string]evaluation.Counts // by "nl", "en", "all" and "file:NAME"
	flips          map[string]flips             // the replies the two decide differently, by group
}

// flips counts the replies where the rules and the learned decision
// differ: lost, the rules right and the model wrong; won, the reverse.
type flips struct{ lost, won int }

// significantLoss reports a loss beyond chance by McNemar's sign test on
// the differing replies: the model is wrong where the rules were right
// more often than the reverse, by over two standard deviations
// (lost-won > 2·√(lost+won), about p < 0.025 one-sided). On a small group
// (22 overpromises in real.jsonl) a few replies decide its F1, and which
// few changes with every batch of data.
func (f flips) significantLoss() bool {
	d := float64(f.lost - f.won)
	return d > 0 && d*d > 4*float64(f.lost+f.won)
}

func (s scores) add(lang, file string, gold, rule, learned bool) {
	for _, g := range []string{lang, "file:" + file, "all"} {
		s.rules[g] = tally(s.rules[g], gold, rule)
		s.learned[g] = tally(s.learned[g], gold, learned)
		if rule != learned {
			f := s.flips[g]
			if rule == gold {
				f.lost++
			} else {
				f.won++
			}
			s.flips[g] = f
		}
	}
}

func tally(c evaluation.Counts, gold, got bool) evaluation.Counts {
	switch {
	case gold && got:
		c.TP++
	case got:
		c.FP++
	case gold:
		c.FN++
	default:
		c.TN++
	}
	return c
}

// outcome is what training found for one criterion.
type outcome struct {
	crit      scoring.Criterion
	positives map[string]int
	scores    scores
	won       bool   // the model beat the rules in cross-validation
	kept      bool   // and is allowed (--criteria): its weights are written
	why       string // why it was kept or not
	model     logreg
	vocab     vocab
	cut       float64
	adds      bool // the model only adds to the rules (chosen over deciding in train)
}

// result is a training run's output.
type result struct {
	report  []byte
	weights []byte
	kept    []scoring.Criterion
}

// train cross-validates and trains every criterion.
func train(ds dataset, opt options) result {
	t := newTraining(ds, opt)
	var res result
	var outs []outcome
	for _, c := range scoring.Criteria() {
		o := trainCriterion(ds, t.exs, t.folds, t.all, t.allX, c, opt)
		if o.kept {
			res.kept = append(res.kept, o.crit)
		}
		outs = append(outs, o)
	}
	kinds := trainKinds(ds, t.corpus, opt)
	res.report = append(report(ds, opt, outs), kindReport(kinds)...)
	res.weights = append(weightsFile(ds, opt, outs), kindWeights(kinds, opt)...)
	return res
}

// training is what every criterion trains on: the corpus replies, then
// the settled cases (fold -1: they train every fold and are measured in
// none; see settledExamples), their folds and the vocabulary of them all.
type training struct {
	corpus, exs []*example
	folds       []foldData
	all         vocab
	allX        [][]int32 // by index into exs
}

// newTraining prepares the replies of ds for training.
func newTraining(ds dataset, opt options) training {
	t := training{corpus: make([]*example, len(ds.examples))}
	for i := range ds.examples {
		t.corpus[i] = &ds.examples[i]
	}
	t.exs = append(slices.Clone(t.corpus), settledExamples(ds.sc, opt)...)
	t.folds = makeFolds(t.exs, opt)
	t.all = buildVocab(t.exs, opt.minDF)
	t.allX = make([][]int32, len(t.exs))
	for i, ex := range t.exs {
		t.allX[i] = t.all.encode(ex)
	}
	return t
}

// foldData is one fold: the vocabulary of the other folds and every
// reply encoded in it.
type foldData struct {
	v     vocab
	train []int // indexes into exs
	test  []int
	x     [][]int32 // by index into exs
}

// makeFolds splits the replies into opt.folds folds by their fold number.
func makeFolds(exs []*example, opt options) []foldData {
	folds := make([]foldData, opt.folds)
	for k := range folds {
		var tr []*example
		for i, ex := range exs {
			if ex.fold == k {
				folds[k].test = append(folds[k].test, i)
			} else {
				folds[k].train = append(folds[k].train, i)
				tr = append(tr, ex)
			}
		}
		folds[k].v = buildVocab(tr, opt.minDF)
		folds[k].x = make([][]int32, len(exs))
		for i, ex := range exs {
			folds[k].x[i] = folds[k].v.encode(ex)
		}
	}
	return folds
}

// newScores returns empty scores.
func newScores() scores {
	return scores{rules: map[string]evaluation.Counts{}, learned: map[string]evaluation.Counts{}, flips: map[string]flips{}}
}

// trainCriterion cross-validates criterion c both ways (the model
// decides, or only adds to the rules), trains the model on every reply
// and says whether and how it is kept.
func trainCriterion(ds dataset, exs []*example, folds []foldData, all vocab, allX [][]int32, c scoring.Criterion, opt options) outcome {
	o := outcome{crit: c, positives: map[string]int{}, scores: newScores()}
	y, rules := make([]bool, len(exs)), make([]bool, len(exs))
	for i, ex := range exs {
		y[i], rules[i] = ex.gold.Get(c), ex.rules.Get(c)
		if y[i] && ex.fold >= 0 {
			o.positives[ex.lang]++
			o.positives["all"]++
		}
	}
	oof, addable := masked(exs, outOfFold(exs, folds, y, c, opt), rules, c)
	// Each fold's threshold comes from the other folds' out-of-fold
	// scores, so no reply's own label sets the cut it is judged by; shift
	// moves every fold's threshold by the same margin (see guardedCut).
	cross := func(adds bool, shift float64) scores {
		got := newScores()
		for k := range folds {
			var z, za []float64
			var yy, rr []bool
			for i := range exs {
				if exs[i].fold != k && exs[i].fold >= 0 {
					z, za, yy, rr = append(z, oof[i]), append(za, addable[i]), append(yy, y[i]), append(rr, rules[i])
				}
			}
			cut := threshold(z, yy) + shift
			if adds {
				cut = addThreshold(za, yy, rr, opt.addFloor) + shift
			}
			for _, i := range folds[k].test {
				found := oof[i] > cut
				if adds {
					found = rules[i] || addable[i] > cut
				}
				got.add(exs[i].lang, exs[i].file, y[i], rules[i], found)
			}
		}
		return got
	}
	o.scores = cross(false, 0)
	n := measuredCount(exs) // the corpus replies: the settled cases after them have no out-of-fold score
	o.model, o.vocab, o.cut = fit(only(allX, all.reads(c)), y, sampleWeights(exs, nil, c, opt), len(all.names), opt), all, threshold(oof[:n], y[:n])
	o.won, o.why = wins(o, opt)
	a := o
	a.adds, a.scores, a.cut = true, cross(true, 0), addThreshold(addable[:n], y[:n], rules[:n], opt.addFloor)
	a.won, a.why = wins(a, opt)
	a.why = "only adding to the rules: " + a.why
	o, a = guardedCut(ds, o, opt, cross), guardedCut(ds, a, opt, cross)
	// Each way must also keep the settled cases: a deciding model that
	// breaks one may still be kept as one that only adds.
	o = choose(guarded(ds, o, opt), guarded(ds, a, opt))
	o.kept = o.won && slices.Contains(opt.allowed, c)
	if o.won && !o.kept {
		o.why += ", but left to the rules by --criteria"
	}
	return o
}

// guardedCut moves the threshold of a winning outcome o whose weights break
// settled cases the rules get right, re-measures it in cross-validation
// with every fold's threshold moved by the same margin, and says so.
// Where the weights find the criterion in settled cases that rule it out,
// the threshold rises just above the highest score among them; where a
// deciding model misses settled positives, it falls just below the lowest
// of theirs, as long as it stays above every settled negative. Every
// distance is guardMargin. A model that cannot be mended this way is
// refused by guarded.
func guardedCut(ds dataset, o outcome, opt options, cross func(adds bool, shift float64) scores) outcome {
	if !o.won || len(opt.guard) == 0 {
		return o
	}
	if n, _ := breaks(ds.sc, o, opt); n == 0 {
		return o
	}
	floor, ceiling, by := guardBounds(ds.sc, o, opt)
	var shift float64
	switch {
	case floor > o.cut:
		shift = floor - o.cut + guardMargin
	case !o.adds && ceiling <= o.cut && ceiling-guardMargin > floor+guardMargin:
		shift = ceiling - o.cut - guardMargin
	default:
		return o
	}
	r := o
	r.cut, r.scores = o.cut+shift, cross(o.adds, shift)
	r.won, r.why = wins(r, opt)
	if o.adds {
		r.why = "only adding to the rules: " + r.why
	}
	if shift > 0 {
		r.why += fmt.Sprintf(" (threshold raised by %.3f to keep the settled cases; the highest negative: %s %q)", shift, by.ID, by.Text)
	} else {
		r.why += fmt.Sprintf(" (threshold lowered by %.3f to keep the settled cases)", -shift)
	}
	return r
}

// guardMargin is how far guardedCut keeps a threshold from a settled
// case's score: more than the weights' rounding when written (5 digits)
// moves a score.
const guardMargin = 0.01

// guardBounds reads o's model on the settled cases where it may decide
// and the rules get o.crit right. floor is the highest score it gives a
// case that rules the criterion out (above it the model finds none of
// them); ceiling the lowest it gives a positive the rules find (at or
// below it the model finds them all). Without such cases they are minus
// and plus infinity. by is the negative that sets floor: the report names
// it, so a retrain whose raise grows shows which case to look at.
func guardBounds(sc *scoring.Scorer, o outcome, opt options) (floor, ceiling float64, by evaluation.Example) {
	floor, ceiling = math.Inf(-1), math.Inf(1)
	for _, ex := range opt.guard {
		lang, want := langOf(ex), ex.Labels.Get(o.crit)
		res := sc.ScoreRules(ex.Text, lang)
		if res.Criteria.Get(o.crit) != want {
			continue // the rules get it wrong already: not the model's doing
		}
		e := example{feats: sc.Features(ex.Text, lang)}
		if !mayFind(e.feats, nearMisses(res), want, o.crit, o.adds) {
			continue // where the model never finds it (see masked)
		}
		z := o.model.score(o.vocab.encode(&e))
		if want {
			ceiling = min(ceiling, z)
		} else if z > floor {
			floor, by = z, ex
		}
	}
	return floor, ceiling, by
}

// masked applies the scorer's limits to the out-of-fold scores oof of
// criterion c (see scoring.Model): a model never finds c where the rules
// ruled it out with a near miss and found it nowhere (deciding, such a
// reply scores -Inf), and one that only adds needs a cue of c the rules
// read and did not count where c needs one (scoring.AddsNeedCue). It
// returns the deciding scores and the adding ones (-Inf: never added).
func masked(exs []*example, oof []float64, rules []bool, c scoring.Criterion) (decide, add []float64) {
	add = make([]float64, len(oof))
	for i, ex := range exs {
		add[i] = oof[i]
		if !mayFind(ex.feats, ex.near, rules[i], c, true) {
			add[i] = math.Inf(-1)
		}
		if !mayFind(ex.feats, ex.near, rules[i], c, false) {
			oof[i] = math.Inf(-1)
		}
	}
	return oof, add
}

// mayFind reports whether a model may find criterion c in a reply with
// features feats, near misses near and the rules' verdict rules (see
// scoring.Model): never where the rules ruled c out with a near miss and
// found it nowhere, and, for one that only adds, only beside a cue of c
// when c needs one (scoring.AddsNeedCue).
func mayFind(feats []string, near scoring.Labels, rules bool, c scoring.Criterion, adds bool) bool {
	if adds {
		return (!scoring.AddsNeedCue(c) || hasCue(feats, c)) && !near.Get(c)
	}
	return rules || !near.Get(c)
}

// langOf is the language an example gives, Auto when it gives none.
func langOf(ex evaluation.Example) scoring.Lang {
	lang, err := scoring.ParseLang(ex.Lang)
	if err != nil {
		return scoring.Auto
	}
	return lang
}

// choose picks between the deciding outcome o and the adding one a:
// adding when it wins and deciding does not, or when both win (or both
// lose) and adding cross-validates better. The reason says why the other
// way lost when neither won.
func choose(o, a outcome) outcome {
	if a.won && !o.won || a.won == o.won && a.scores.learned["all"].F1() > o.scores.learned["all"].F1() {
		if !a.won {
			a.why += "; deciding: " + o.why
		}
		return a
	}
	if !o.won && !a.won {
		o.why += "; adding: " + strings.TrimPrefix(a.why, "only adding to the rules: ")
	}
	return o
}

// guarded marks a winning outcome as lost when its weights break one of
// the --guard cases that the rules pass, and says how many.
func guarded(ds dataset, o outcome, opt options) outcome {
	if !o.won || len(opt.guard) == 0 {
		return o
	}
	if n, first := breaks(ds.sc, o, opt); n > 0 {
		o.won = false
		o.why += fmt.Sprintf(", but its weights break %d settled cases the rules pass (first: %s)", n, first)
	}
	return o
}

// outOfFold scores each reply by the model of criterion c of the folds
// that did not see it.
func outOfFold(exs []*example, folds []foldData, y []bool, c scoring.Criterion, opt options) []float64 {
	oof := make([]float64, len(y))
	for k := range folds {
		fd := &folds[k]
		x := make([][]int32, len(fd.train))
		yy := make([]bool, len(fd.train))
		for j, i := range fd.train {
			x[j], yy[j] = fd.x[i], y[i]
		}
		m := fit(only(x, fd.v.reads(c)), yy, sampleWeights(exs, fd.train, c, opt), len(fd.v.names), opt)
		for _, i := range fd.test {
			oof[i] = m.score(fd.x[i])
		}
	}
	return oof
}

// sampleWeights returns the loss weight, for criterion c, of each reply
// of exs at the indexes idx (nil: every reply): by its data file
// (opt.fileWeight), and 0 for a settled case (fold -1) where c is not one
// of opt.guardCrits; or nil when every weight is 1 (fit then weighs every
// reply 1).
func sampleWeights(exs []*example, idx []int, c scoring.Criterion, opt options) []float64 {
	if len(opt.fileWeight) == 0 && opt.guardTrain == 0 {
		return nil
	}
	if idx == nil {
		idx = make([]int, len(exs))
		for i := range idx {
			idx[i] = i
		}
	}
	settled := 1.0
	if len(opt.guardCrits) > 0 && !slices.Contains(opt.guardCrits, c) {
		settled = 0
	}
	wt := make([]float64, len(idx))
	for j, i := range idx {
		wt[j] = 1
		if v, ok := opt.fileWeight[exs[i].file]; ok {
			wt[j] = v
		}
		if exs[i].fold < 0 {
			wt[j] = settled
		}
	}
	return wt
}

// wins reports whether the model beat the rules on criterion o.crit:
// by keepGain F1 over both languages, losing at most maxLoss (or one
// verdict) in either language and in each data file unless that loss is
// within chance (flips.significantLoss), with minPos positive replies to
// learn from. It says why.
func wins(o outcome, opt options) (bool, string) {
	f1 := func(m map[string]evaluation.Counts, g string) float64 { return m[g].F1() }
	gain := f1(o.scores.learned, "all") - f1(o.scores.rules, "all")
	switch {
	case o.positives["all"] < opt.minPos:
		return false, fmt.Sprintf("only %d positive replies (a model needs %d)", o.positives["all"], opt.minPos)
	case gain < opt.keepGain:
		return false, fmt.Sprintf("learned F1 %+.3f against the rules over both languages (needs %+.3f)", gain, opt.keepGain)
	}
	var noise []string
	for _, g := range append([]string{"nl", "en"}, o.scores.files()...) {
		tol := max(opt.maxLoss, verdictWorth(o.scores.rules[g]))
		d := f1(o.scores.learned, g) - f1(o.scores.rules, g)
		if d >= -tol-1e-9 {
			continue
		}
		f := o.scores.flips[g]
		name := strings.TrimPrefix(g, "file:")
		if !f.significantLoss() {
			noise = append(noise, fmt.Sprintf("%+.3f in %s, %d replies lost and %d won, within chance", d, name, f.lost, f.won))
			continue
		}
		return false, fmt.Sprintf("learned F1 %+.3f over both languages but %+.3f in %s (may lose at most %.3f: %.2f or one verdict; %d replies lost, %d won)", gain, d, name, tol, opt.maxLoss, f.lost, f.won)
	}
	why := fmt.Sprintf("learned F1 %+.3f over both languages, no language or data file losing more than %.2f or one verdict", gain, opt.maxLoss)
	if len(noise) > 0 {
		why += " beyond chance (" + strings.Join(noise, "; ") + ")"
	}
	return true, why
}

// verdictWorth is what one verdict is worth in F1 on counts c: the drop
// one more miss would cause. On a group with few positives (22
// overpromises in real.jsonl) one reply moves F1 by more than maxLoss; a
// loss within one reply is the noise of the folds, not a model that
// loses there.
func verdictWorth(c evaluation.Counts) float64 {
	worse := c
	if worse.TP > 0 {
		worse.TP--
		worse.FN++
	} else {
		worse.FP++
	}
	return c.F1() - worse.F1()
}

// files lists the data-file groups of s ("file:real.jsonl"), sorted.
func (s scores) files() []string {
	var out []string
	for g := range s.rules {
		if strings.HasPrefix(g, "file:") {
			out = append(out, g)
		}
	}
	slices.Sort(out)
	return out
}

// report renders the comparison as markdown.
func report(ds dataset, opt options, outs []outcome) []byte {
	var b bytes.Buffer
	nl, en := langCounts(ds)
	fmt.Fprintf(&b, "# Learned layer vs rules: %d-fold cross-validation\n\n", opt.folds)
	fmt.Fprintf(&b, "Data: %s — %d replies (nl %d, en %d). Scorer %s.\n", strings.Join(ds.files, ", "), len(ds.examples), nl, en, ds.scorer)
	fmt.Fprintf(&b, "Model: %s.\n\n", modelLine(opt))
	b.WriteString("F1 per criterion, of the rules alone and of the learned decision (out-of-fold; each fold's threshold set on the other folds). ")
	b.WriteString("The model either decides or only adds to the rules (\"adds\": it finds the criterion where the rules did not and never overrules them), whichever cross-validates better.\n\n")
	b.WriteString("| criterion | positives nl/en | rules nl | learned nl | rules en | learned en | rules all | learned all | Δ all | kept |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	for _, o := range outs {
		r, l := o.scores.rules, o.scores.learned
		kept := "no"
		switch {
		case o.kept:
			kept = "**yes**"
		case o.won:
			kept = "no (--criteria)"
		}
		if o.adds {
			kept += ", adds"
		}
		fmt.Fprintf(&b, "| %s | %d/%d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %+.3f | %s |\n",
			o.crit, o.positives["nl"], o.positives["en"], r["nl"].F1(), l["nl"].F1(), r["en"].F1(), l["en"].F1(),
			r["all"].F1(), l["all"].F1(), l["all"].F1()-r["all"].F1(), kept)
	}
	if len(outs) > 0 && len(outs[0].scores.files()) > 1 {
		b.WriteString("\nF1 per data file (rules → learned):\n\n")
		files := outs[0].scores.files()
		b.WriteString("| criterion |")
		for _, g := range files {
			fmt.Fprintf(&b, " %s |", strings.TrimPrefix(g, "file:"))
		}
		b.WriteString("\n|---|" + strings.Repeat("---|", len(files)) + "\n")
		for _, o := range outs {
			fmt.Fprintf(&b, "| %s |", o.crit)
			for _, g := range files {
				fmt.Fprintf(&b, " %.3f → %.3f |", o.scores.rules[g].F1(), o.scores.learned[g].F1())
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\nPrecision and recall over both languages:\n\n")
	b.WriteString("| criterion | rules P | rules R | learned P | learned R |\n|---|---|---|---|---|\n")
	for _, o := range outs {
		r, l := o.scores.rules["all"], o.scores.learned["all"]
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.3f | %.3f |\n", o.crit, r.Precision(), r.Recall(), l.Precision(), l.Recall())
	}
	b.WriteString("\n")
	for _, o := range outs {
		verdict := "rules kept"
		if o.kept {
			verdict = "model kept"
		}
		fmt.Fprintf(&b, "- %s: %s — %s.\n", o.crit, verdict, o.why)
	}
	return b.Bytes()
}

func langCounts(ds dataset) (nl, en int) {
	for _, ex := range ds.examples {
		switch ex.lang {
		case "nl":
			nl++
		case "en":
			en++
		}
	}
	return nl, en
}

func modelLine(opt options) string {
	line := fmt.Sprintf("L2-regularised logistic regression (l2 %g), %d full-batch gradient steps of %g, features in at least %d training replies",
		opt.l2, opt.iterations, opt.step, opt.minDF)
	var weighed []string
	for name, v := range opt.fileWeight {
		weighed = append(weighed, fmt.Sprintf("%s ×%g", name, v))
	}
	if len(weighed) > 0 {
		slices.Sort(weighed)
		line += "; the criteria's loss weighs the replies of " + strings.Join(weighed, ", ")
	}
	if opt.guardTrain > 0 && len(opt.guard) > 0 {
		which := "the criteria"
		if len(opt.guardCrits) > 0 {
			names := make([]string, len(opt.guardCrits))
			for i, c := range opt.guardCrits {
				names[i] = string(c)
			}
			which = strings.Join(names, ", ")
		}
		line += fmt.Sprintf("; the %d settled cases train %s in every fold, %d times each, and are measured in none", len(opt.guard), which, opt.guardTrain)
	}
	return line
}

// weightsFile renders the weights of the kept criteria in the format
// scoring.ParseModel reads. The threshold is folded into the bias.
func weightsFile(ds dataset, opt options, outs []outcome) []byte {
	var b bytes.Buffer
	nl, en := langCounts(ds)
	b.WriteString("# Kalm's learned weights: written by `go run ./cmd/kalm-train` (docs/learned.md), read by\n")
	b.WriteString("# scoring/model.go. Do not edit by hand: retrain. Lines: CRITERION FEATURE WEIGHT; a reply has\n")
	b.WriteString("# the criterion when its features' weights and the criterion's _bias add up to more than 0.\n")
	fmt.Fprintf(&b, "format %d\n", scoring.ModelFormat)
	fmt.Fprintf(&b, "scorer %s\n", ds.scorer)
	fmt.Fprintf(&b, "data %d replies (nl %d, en %d): %s\n", len(ds.examples), nl, en, strings.Join(ds.files, ", "))
	fmt.Fprintf(&b, "train folds=%d iterations=%d step=%g l2=%g mindf=%d\n", opt.folds, opt.iterations, opt.step, opt.l2, opt.minDF)
	kept := 0
	for _, o := range outs {
		if !o.kept {
			continue
		}
		kept++
		r, l := o.scores.rules, o.scores.learned
		fmt.Fprintf(&b, "\n# %s: CV F1 rules %.3f → learned %.3f (nl %.3f → %.3f, en %.3f → %.3f); threshold z > %s folded into %s\n",
			o.crit, r["all"].F1(), l["all"].F1(), r["nl"].F1(), l["nl"].F1(), r["en"].F1(), l["en"].F1(), num(o.cut), scoring.BiasFeature)
		writeWeights(&b, o, opt)
	}
	if kept == 0 {
		b.WriteString("\n# No criterion kept (kalm-train's report says why): the rules decide them all.\n")
	}
	return b.Bytes()
}

// writeWeights writes one criterion's weight lines: the bias with the
// threshold folded in, the adding marker, and every weight not pruned.
func writeWeights(b *bytes.Buffer, o outcome, opt options) {
	fmt.Fprintf(b, "%s %s %s\n", o.crit, scoring.BiasFeature, num(o.model.bias-o.cut))
	if o.adds {
		fmt.Fprintf(b, "%s %s 1\n", o.crit, scoring.AddsFeature)
	}
	for f, name := range o.vocab.names {
		if w := o.model.w[f]; math.Abs(w) >= opt.prune {
			fmt.Fprintf(b, "%s %s %s\n", o.crit, name, num(w))
		}
	}
}

// num writes a weight with 5 significant digits.
func num(v float64) string { return strconv.FormatFloat(v, 'g', 5, 64) }

// breaks scores the guard's settled cases with o's weights alone and
// counts those the rules get right on o.crit and the weights get wrong:
// a model that wins in cross-validation may still call a good reply bad
// in a case the rubric settles. It returns the count and the first id.
func breaks(sc *scoring.Scorer, o outcome, opt options) (int, string) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "format %d\nscorer guard\n", scoring.ModelFormat)
	writeWeights(&b, o, opt)
	m, err := scoring.ParseModel("candidate", b.String())
	if err != nil {
		return 1, "the candidate weights do not parse: " + err.Error()
	}
	n, first := 0, ""
	for _, ex := range opt.guard {
		lang := langOf(ex)
		want := ex.Labels.Get(o.crit)
		if sc.ScoreRules(ex.Text, lang).Criteria.Get(o.crit) != want {
			continue // the rules miss it already: not the model's doing
		}
		if sc.ScoreWith(ex.Text, lang, m).Criteria.Get(o.crit) != want {
			if n == 0 {
				first = ex.ID
			}
			n++
		}
	}
	return n, first
}
