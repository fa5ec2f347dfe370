package scoring

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The learned layer: for the criteria that scoring/model/weights.txt
// holds weights for, a logistic regression over the reply's Features
// decides instead of the rules, or, for a criterion marked AddsFeature,
// only adds to them. cmd/kalm-train writes the file and keeps a
// criterion there only when the model beat the rules in cross-validation
// (docs/learned.md). With no weights for a criterion, the rules decide
// it as they always did.
//
// Explanations survive the model: when it finds a criterion the rules
// did not, it adds a hit with Rule "learned.<criterion>" that quotes the
// words weighing most for it (a model that only adds quotes the cue of
// the rules it decided, and adds nothing where there is none, except
// blame's, which needs no cue: see AddsNeedCue); when it
// overrules the rules, their hits stay as near misses with a note saying
// so. It never finds a criterion the rules ruled out with a near miss.

// AddsFeature marks, with weight 1, a criterion the model only adds to:
// it finds the criterion where the rules did not, and never overrules a
// rule's finding. kalm-train chooses it when adding beats deciding in
// cross-validation.
const AddsFeature = "_adds"

// ModelFormat is the format version of the weights file.
const ModelFormat = 1

// BiasFeature is the weights file's name for a criterion's intercept
// (the decision threshold is folded into it: the model finds the
// criterion when the weights of the reply's features and the bias add
// up to more than zero).
const BiasFeature = "_bias"

// KindWeights prefixes the weights file's name for the weights of one
// blame kind ("blame_kind:supplier FEATURE WEIGHT"): with them the model
// names whom a blaming reply leans on most (the rubric's leading kind)
// where the rules' first blaming words name another.
const KindWeights = "blame_kind:"

// KindMarginLine names the weights file's line "blame_kind _margin M": the
// model changes the rules' kind only when it prefers another kind by more
// than M (raised by kalm-train to keep the settled cases' kinds).
const KindMarginLine = "blame_kind"

// MarginFeature is the feature name of the kind margin's line.
const MarginFeature = "_margin"

// LearnedKindRule is the rule id of the finding the model adds when it
// changes the blame kind.
const LearnedKindRule = "learned.blame_kind"

// weightsName is the embedded weights file, as messages name it.
const weightsName = "scoring/model/weights.txt"

//go:embed model/weights.txt
var weightsText string

// builtinModel are the embedded weights, parsed once. A broken file
// stops the program at first use (and fails every test), like a broken
// language file.
var builtinModel = sync.OnceValue(func() *Model {
	w, err := ParseModel(weightsName, weightsText)
	if err != nil {
		panic(fmt.Sprintf("scoring: the learned weights are broken:\n%v", err))
	}
	return w
})

// ScoreRules scores reply with the rules alone, without the learned
// layer: Score as it is for a criterion the weights file leaves out.
// cmd/kalm-train measures the model against it.
func (s *Scorer) ScoreRules(reply string, lang Lang) Result {
	return s.score(Turn{Reply: reply, Lang: lang}, nil, nil)
}

// ScoreWith scores reply with the rules and the learned weights m (nil:
// the rules alone) instead of the embedded ones: kalm-train checks a
// candidate model against the settled cases with it.
func (s *Scorer) ScoreWith(reply string, lang Lang, m *Model) Result {
	return s.score(Turn{Reply: reply, Lang: lang}, m, nil)
}

// Model is a parsed weights file: per criterion, a weight for each
// feature (see Features) and a bias. It is immutable once parsed.
type Model struct {
	scorer string           // the scoring.Version the weights were trained with
	crits  []Criterion      // the criteria the model decides, in rubric order: slots 0…
	kinds  []BlameKind      // the blame kinds it weighs: slots len(crits)…
	margin float64          // how much more it must prefer another kind (KindMarginLine)
	stride int              // slots per feature: len(crits)+len(kinds)
	index  map[string]int32 // every feature by name → feature id
	ngram  []bool           // feature id → words ("w:", "ww:", "sw:", "sww:"), which can be quoted
	cw     []float32        // the criteria's weights: feature id*len(crits) + slot
	kw     []float32        // the kinds' weights: feature id*len(kinds) + slot-len(crits)
	bias   []float64        // per slot
	adds   []bool           // per criterion slot: the model only adds (AddsFeature)
	plain  []bool           // per criterion slot: it weighs a word or word pair ("w:", "ww:")

	// For scoring fast, the words of the n-gram features are numbered:
	// a reply's token costs one string lookup, a word pair an integer one.
	words  map[string]int32 // word → word number
	uni    []int32          // word number → feature id of "w:WORD", or -1
	bi     pairTable        // pair(word numbers) → feature id of "ww:A_B"
	suni   []int32          // word number → feature id of "sw:WORD", or -1 (nil: no situation words)
	sbi    pairTable        // pair(word numbers) → feature id of "sww:A_B"
	sitCue int32            // feature id of "cue:empathy:situation", or -1

	seen sync.Pool // *[]uint64: one bit per feature, all clear between calls
}

// Criteria returns the criteria the weights decide, in rubric order.
func (w *Model) Criteria() []Criterion { return slices.Clone(w.crits) }

// Adds reports whether the model only adds to the rules for c: it finds
// c where the rules did not and never overrules them.
func (w *Model) Adds(c Criterion) bool {
	slot := slices.Index(w.crits, c)
	return slot >= 0 && w.adds[slot]
}

// Kinds returns the blame kinds the weights weigh (none: the rules name
// the kind of every blame).
func (w *Model) Kinds() []BlameKind { return slices.Clone(w.kinds) }

// TrainedWith returns the scorer Version the weights were trained with.
func (w *Model) TrainedWith() string { return w.scorer }

// ParseModel reads a weights file. Blank lines and lines starting with
// "#" are comments; then come the header lines
//
//	format 1
//	scorer VERSION
//	data …     (free text: what the model was trained on)
//	train …    (free text: how)
//
// and one line per weight: "CRITERION FEATURE WEIGHT" (fields separated by
// spaces or tabs), or "blame_kind:KIND FEATURE WEIGHT" for a blame kind,
// and at most one "blame_kind _margin M". Every mistake is
// reported, one "name:line: what (expected …)" per line.
func ParseModel(name, text string) (*Model, error) {
	var errs []string
	bad := func(n int, format string, args ...any) {
		errs = append(errs, fmt.Sprintf("%s:%d: ", name, n)+fmt.Sprintf(format, args...))
	}
	type line struct {
		crit   int   // index in Criteria()
		feat   int32 // feature id, or biasID or addsID
		weight float64
	}
	// The file holds about a hundred thousand weights: sizing the tables
	// once, splitting lines without allocating and numbering features as
	// they first appear keeps start-up short.
	rows := strings.Count(text, "\n") + 1
	lines := make([]line, 0, rows)
	all, kinds := Criteria(), BlameKinds()
	nc := len(all) + len(kinds) // columns: the criteria, then the blame kinds
	// firstAt[id*nc+c] is the line that weighted feature id for column
	// c (0: none yet); biasAt and addsAt the same for _bias and _adds.
	// Features are numbered as they first appear, at most one per line,
	// so rows*nc entries always suffice: the slice is sized once and
	// only ever resliced (its untouched tail costs no memory).
	firstAt := make([]int32, 0, rows*nc)
	biasAt, addsAt := make([]int32, nc), make([]int32, nc)
	weighted := make([]bool, nc) // columns with a line of their own
	plain := make([]bool, nc)    // criteria that weigh a word or word pair
	marginAt := 0                // the line of the kind margin
	format := false
	w := &Model{index: make(map[string]int32, rows)} // a feature has one line or more: the table never grows
	last := 0
	var f []string // the current line's fields, reused
	for n, rest := 1, text; rest != ""; n++ {
		var raw string
		raw, rest, _ = strings.Cut(rest, "\n")
		s := strings.TrimSpace(raw)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		last = n
		f = appendFields(f[:0], s)
		if !format && f[0] != "format" {
			bad(n, "%q before the format line (expected \"format %d\" first)", s, ModelFormat)
			format = true // one complaint is enough
			continue
		}
		switch f[0] {
		case "format":
			if format {
				bad(n, "a second format line (expected one, first)")
				continue
			}
			format = true
			if len(f) != 2 || f[1] != strconv.Itoa(ModelFormat) {
				bad(n, "format %q (expected \"format %d\")", strings.Join(f[1:], " "), ModelFormat)
			}
			continue
		case "scorer":
			if len(f) != 2 {
				bad(n, "scorer %q (expected \"scorer VERSION\", one word)", strings.Join(f[1:], " "))
				continue
			}
			if w.scorer != "" {
				bad(n, "a second scorer line (expected one)")
			}
			w.scorer = f[1]
			continue
		case "data", "train":
			if len(lines) > 0 {
				bad(n, "header line %q after the weights (expected format, scorer, data and train before them)", f[0])
			}
			continue
		}
		ci := columnOf(f[0], all, kinds)
		if ci < 0 && f[0] != KindMarginLine {
			bad(n, "unknown criterion %q (expected format, scorer, data, train, a criterion: %s, or %sKIND)", f[0], criteriaList(), KindWeights)
			continue
		}
		if len(f) != 3 {
			bad(n, "%d fields (expected CRITERION FEATURE WEIGHT)", len(f))
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			bad(n, "weight %q (expected a finite number)", f[2])
			continue
		}
		if ci < 0 { // the kind margin
			switch {
			case f[1] != MarginFeature:
				bad(n, "%s %s (expected \"%s %s M\")", f[0], f[1], KindMarginLine, MarginFeature)
			case marginAt != 0:
				bad(n, "a second kind margin, first at line %d (expected one)", marginAt)
			case v < 0:
				bad(n, "kind margin %s (expected 0 or more)", f[2])
			default:
				marginAt, w.margin = n, v
			}
			continue
		}
		if f[1] == AddsFeature && (v != 1 || ci >= len(all)) {
			bad(n, "%s %s %s (expected weight 1, for a criterion: the model only adds to the rules)", f[0], f[1], f[2])
			continue
		}
		id, at := w.featureID(f[1]), (*int32)(nil)
		switch id {
		case biasID:
			at = &biasAt[ci]
		case addsID:
			at = &addsAt[ci]
		default:
			if need := (int(id) + 1) * nc; need > len(firstAt) {
				firstAt = firstAt[:need] // new entries are zero: never written
			}
			at = &firstAt[int(id)*nc+ci]
		}
		if *at != 0 {
			bad(n, "%s %s is weighted twice, first at line %d (expected one weight per criterion and feature)", f[0], f[1], *at)
			continue
		}
		*at = int32(n)
		weighted[ci] = true
		plain[ci] = plain[ci] || isPlainWord(f[1])
		lines = append(lines, line{crit: ci, feat: id, weight: v})
	}
	if !format {
		bad(last+1, "no format line (expected \"format %d\")", ModelFormat)
	}
	if len(lines) > 0 && w.scorer == "" {
		bad(last+1, "no scorer line (expected \"scorer VERSION\" before the weights)")
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	slot := make([]int, nc) // column → its slot: weighted criteria first, then kinds
	for ci, c := range all {
		if weighted[ci] {
			slot[ci] = len(w.crits)
			w.crits = append(w.crits, c)
		}
	}
	for ki, k := range kinds {
		if weighted[len(all)+ki] {
			slot[len(all)+ki] = len(w.crits) + len(w.kinds)
			w.kinds = append(w.kinds, k)
		}
	}
	w.stride = len(w.crits) + len(w.kinds)
	w.indexWords()
	words := (len(w.ngram) + 63) / 64
	w.seen.New = func() any { b := make([]uint64, words); return &b }
	// Two compact tables of float32 (the file's weights have 5 digits):
	// the criteria's, read for nearly every reply, stay in the cache.
	nc, nk := len(w.crits), len(w.kinds)
	w.cw, w.kw = make([]float32, len(w.ngram)*nc), make([]float32, len(w.ngram)*nk)
	w.bias = make([]float64, w.stride)
	w.adds = make([]bool, len(w.crits))
	w.plain = make([]bool, len(w.crits))
	for ci := range all {
		if weighted[ci] {
			w.plain[slot[ci]] = plain[ci]
		}
	}
	for _, l := range lines {
		s := slot[l.crit]
		switch {
		case l.feat == biasID:
			w.bias[s] = l.weight
		case l.feat == addsID:
			w.adds[s] = true
		case s < nc:
			w.cw[int(l.feat)*nc+s] = float32(l.weight)
		default:
			w.kw[int(l.feat)*nk+s-nc] = float32(l.weight)
		}
	}
	return w, nil
}

// columnOf is the column of a weights line's first field: a criterion's
// index in all, or len(all) plus a blame kind's index in kinds; -1 for
// neither.
func columnOf(name string, all []Criterion, kinds []BlameKind) int {
	if ci := slices.Index(all, Criterion(name)); ci >= 0 {
		return ci
	}
	if k, ok := strings.CutPrefix(name, KindWeights); ok {
		if ki := slices.Index(kinds, BlameKind(k)); ki >= 0 {
			return len(all) + ki
		}
	}
	return -1
}

// Feature ids of the bias and the adds marker while a file is parsed:
// they are no features of the reply (Model.index leaves them out).
const biasID, addsID int32 = -1, -2

// featureID numbers a weighted feature in order of first appearance
// (Model.index, Model.ngram); the bias and the adds marker get biasID
// and addsID.
func (w *Model) featureID(name string) int32 {
	switch name {
	case BiasFeature:
		return biasID
	case AddsFeature:
		return addsID
	}
	id, ok := w.index[name]
	if !ok {
		id = int32(len(w.ngram))
		w.index[name] = id
		w.ngram = append(w.ngram, isPlainWord(name) || isSituationWord(name)) // words a finding can quote
	}
	return id
}

// appendFields appends the fields of s, separated by spaces or tabs, to
// dst, without allocating a slice per line as strings.Fields would.
func appendFields(dst []string, s string) []string {
	start := -1 // where the current field began, -1 between fields
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t'
		switch {
		case space && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// indexWords fills the word tables from the n-gram features' names, the
// situation words' among them, and finds the situation cue's id.
func (w *Model) indexWords() {
	nw, nb := 0, 0 // the words and word pairs weighed: the tables' sizes
	for name := range w.index {
		switch {
		case strings.HasPrefix(name, featWord), strings.HasPrefix(name, featSitWord):
			nw++
		case strings.HasPrefix(name, featBigram):
			nb++
		}
	}
	w.words = make(map[string]int32, nw)
	bi, sbi := make(map[uint64]int32, nb), map[uint64]int32{}
	var suni []int32 // as uni, for "sw:WORD"; kept only when there is one
	word := func(s string) int32 {
		n, ok := w.words[s]
		if !ok {
			n = int32(len(w.uni))
			w.words[s] = n
			w.uni, suni = append(w.uni, -1), append(suni, -1)
		}
		return n
	}
	sits := false // a situation word or pair is weighed
	w.sitCue = -1
	for name, id := range w.index {
		switch {
		case name == featCue+string(situationCriterion)+":"+situationCue:
			w.sitCue = id
		case strings.HasPrefix(name, featSitWord):
			suni[word(name[len(featSitWord):])], sits = id, true
		case strings.HasPrefix(name, featSitBigram):
			if a, b, ok := strings.Cut(name[len(featSitBigram):], "_"); ok && a != "" && b != "" {
				sbi[pair(word(a), word(b))], sits = id, true
			}
		case strings.HasPrefix(name, featWord):
			w.uni[word(name[len(featWord):])] = id
		case strings.HasPrefix(name, featBigram):
			if a, b, ok := strings.Cut(name[len(featBigram):], "_"); ok && a != "" && b != "" {
				bi[pair(word(a), word(b))] = id
			}
		}
	}
	if sits {
		w.suni = suni
	}
	w.bi, w.sbi = newPairTable(bi), newPairTable(sbi)
}

// pair is the key of a word pair in a pairTable: word numbers in
// Model.bi, lexicon word ids in Scorer.pairs.
func pair(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func criteriaList() string {
	var out []string
	for _, c := range Criteria() {
		out = append(out, string(c))
	}
	return strings.Join(out, ", ")
}

// learnedRules are the rule ids of the model's own hits.
var learnedRules = func() map[Criterion]string {
	m := map[Criterion]string{}
	for _, c := range Criteria() {
		m[c] = "learned." + string(c)
	}
	return m
}()

// noteLearnedOff explains a rule hit the model overruled.
var noteLearnedOff = std.note("learned-off")

// present is one feature of the reply that the model weighs, with the
// span of its first occurrence (words only).
type present struct {
	id         int32
	quote      bool // a word or word pair ("w:", "ww:"): it can be quoted
	start, end int
}

// learned applies the weights m to what the rules found, or, with feats
// not nil, appends the reply's features there and leaves the result as
// the rules made it.
func (ev *evaluator) learned(m *Model, feats *[]string) {
	if feats != nil {
		*feats = append(*feats, ev.featureNames()...)
		return
	}
	if m == nil || m.stride == 0 {
		return
	}
	if !ev.modelCanChange(m) && !(len(m.kinds) > 0 && ev.res.Criteria.Blame) {
		return // no verdict and no kind to weigh
	}
	var foundBuf [128]present
	found := ev.modelFeatures(m, foundBuf[:0], ev.wordsMatter(m))
	// Keep each feature's first occurrence only: a feature is there or not.
	seen := m.seen.Get().(*[]uint64)
	uniq := found[:0]
	for _, f := range found {
		if bit := uint64(1) << (f.id & 63); (*seen)[f.id>>6]&bit == 0 {
			(*seen)[f.id>>6] |= bit
			uniq = append(uniq, f)
		}
	}
	for _, f := range uniq {
		(*seen)[f.id>>6] = 0
	}
	m.seen.Put(seen)
	found = uniq
	var zs [maxSlots]float64
	var bests [maxSlots]int
	m.slotScores(false, found, zs[:len(m.crits)], bests[:len(m.crits)])
	for slot, c := range m.crits {
		z, best := zs[slot], bests[slot]
		on := z > 0
		switch {
		case on && !ev.res.Criteria.Get(c) && !ev.nearMiss(c):
			start, end, ok := ev.learnedQuote(c, m, slot, found, best)
			if ok {
				ev.turnOn(c, start, end)
			}
		case !on && ev.res.Criteria.Get(c) && !m.adds[slot]:
			ev.turnOff(c)
		}
	}
	if len(m.kinds) > 0 && ev.res.Criteria.Blame {
		ev.learnedKind(m, found)
	}
}

// learnedKind lets the kind weights name whom a blaming reply leans on
// most when they prefer another kind to the one the rules named by more
// than the model's margin ("de installateur kon er niet in, dus dat ligt
// niet aan ons" leans on the installer more than on the denial). The
// finding it adds quotes the clause whose words weigh most for the new
// kind, so the kind is explained like every verdict.
func (ev *evaluator) learnedKind(m *Model, found []present) {
	cur, curZ := ev.res.BlameKind, math.Inf(-1)
	best, bestZ, bestF := -1, math.Inf(-1), -1
	var zs [maxSlots]float64
	var heavies [maxSlots]int
	m.slotScores(true, found, zs[:len(m.kinds)], heavies[:len(m.kinds)])
	for j, k := range m.kinds {
		z, heavy := zs[j], heavies[j]
		if k == cur {
			curZ = z
		}
		if z > bestZ {
			best, bestZ, bestF = j, z, heavy
		}
	}
	if best < 0 || m.kinds[best] == cur || bestZ-curZ <= m.margin {
		return
	}
	start, end := ev.quoteAll()
	if bestF >= 0 {
		start, end = ev.heaviestClause(m, len(m.crits)+best, found, found[bestF].start, found[bestF].end)
	}
	ev.res.BlameKind = m.kinds[best]
	ev.res.Findings = append(ev.res.Findings, Finding{
		Criterion: Blame, Hit: true, Kind: m.kinds[best], Start: start, End: end,
		Text: ev.t.reply[start:end], Rule: LearnedKindRule,
	})
}

// maxSlots bounds a model's slots: the criteria plus the blame kinds.
const maxSlots = 16

// slotScores adds, for the len(z) slots of the criteria (or, with kinds,
// of the blame kinds), the weights of the reply's features found to each
// slot's bias (z[j] for the j-th), and
// sets heaviest[j] to the index in found of the word or word pair that
// weighs most for that slot (of equal weights, the first in the reply;
// -1 when none weighs for it). One pass reads each feature's weights
// once, beside each other in m.cw (the criteria) or m.kw (the kinds).
func (m *Model) slotScores(kinds bool, found []present, z []float64, heaviest []int) {
	var heaviestW [maxSlots]float32
	tab, n, first := m.cw, len(m.crits), 0
	if kinds {
		tab, n, first = m.kw, len(m.kinds), len(m.crits)
	}
	for j := range z {
		z[j], heaviest[j] = m.bias[first+j], -1
	}
	for k, f := range found {
		row := tab[int(f.id)*n:][:len(z)]
		for j, wt := range row {
			z[j] += float64(wt)
			if f.quote && wt > heaviestW[j] {
				heaviest[j], heaviestW[j] = k, wt
			}
		}
	}
}

// weight is feature id's weight for slot.
func (m *Model) weight(id int32, slot int) float64 {
	if nc := len(m.crits); slot < nc {
		return float64(m.cw[int(id)*nc+slot])
	}
	return float64(m.kw[int(id)*len(m.kinds)+slot-len(m.crits)])
}

// modelCanChange reports whether the model could change any verdict of
// this reply, before its features are gathered: a deciding model always
// could; a model that only adds can turn its criterion on only where the
// rules did not find it and ruled out no near miss, and then, where the
// criterion needs a cue (AddsNeedCue: overpromise, not blame), only
// beside one to quote (see learned and learnedQuote), or, for empathy,
// in a reply with a situation clause. A reply whose blame the rules
// found, with no overpromise cue, is spared the words' weights.
func (ev *evaluator) modelCanChange(m *Model) bool {
	for slot := range m.crits {
		if ev.slotCanChange(m, slot) {
			return true
		}
	}
	return false
}

// slotCanChange reports whether the model's criterion in slot could
// change this reply's verdict (see modelCanChange).
func (ev *evaluator) slotCanChange(m *Model, slot int) bool {
	c := m.crits[slot]
	if !m.adds[slot] {
		return true
	}
	if ev.res.Criteria.Get(c) || ev.nearMiss(c) {
		return false
	}
	if !AddsNeedCue(c) {
		return true
	}
	_, ok := ev.cueOf(c)
	return ok || ev.hasSituationCue(m, c)
}

// hasSituationCue reports the cue a model adding c reads in a situation
// clause: c is the criterion that reads them (situationCriterion), the
// model weighs their words and the reply has one.
func (ev *evaluator) hasSituationCue(m *Model, c Criterion) bool {
	return c == situationCriterion && m.suni != nil && ev.hasSituation()
}

// heaviestClause widens the quote of a deciding model from the word that
// weighs most (reply[start:end]) to the clause whose words weigh most
// together, by the sum of their positive weights for the criterion in
// slot: "wat een domper voor jullie", not "dat".
func (ev *evaluator) heaviestClause(m *Model, slot int, found []present, start, end int) (int, int) {
	if len(ev.t.clauses) == 0 {
		return start, end
	}
	sums := make([]float64, len(ev.t.clauses))
	for _, f := range found {
		wt := m.weight(f.id, slot)
		if !f.quote || wt <= 0 || f.end <= f.start {
			continue
		}
		if i := ev.tokenAt(f.start); i >= 0 {
			sums[ev.t.toks[i].clause] += wt
		}
	}
	cl := ev.t.clauses[slices.Index(sums, slices.Max(sums))]
	if cl.last <= cl.first {
		return start, end
	}
	return ev.span(cl.first, cl.last)
}

// tokenAt returns the index of the token that starts at byte start, or -1.
func (ev *evaluator) tokenAt(start int) int {
	i, ok := slices.BinarySearchFunc(ev.t.toks, start, func(tk token, s int) int { return tk.start - s })
	if !ok {
		return -1
	}
	return i
}

// learnedQuote returns the words a finding of m for criterion c (in
// slot) quotes: for a model that only adds, the clause of the cue of c
// the rules read and did not count, or, for the criterion that reads
// situation clauses, the situation clause whose words weigh most (none:
// it adds nothing), or, for a criterion that needs no cue
// (AddsNeedCue), as a deciding model does; a deciding model quotes the
// clause of the words that weigh most (heaviestClause), or the whole
// reply when no word does.
func (ev *evaluator) learnedQuote(c Criterion, m *Model, slot int, found []present, best int) (int, int, bool) {
	if m.adds[slot] {
		cm, ok := ev.cueOf(c)
		switch {
		case ok:
			start, end := ev.cueClause(cm)
			return start, end, true
		case best >= 0 && ev.hasSituationCue(m, c):
			// its words are all in situation clauses: the heaviest is one
			start, end := ev.heaviestClause(m, slot, found, found[best].start, found[best].end)
			return start, end, true
		case !AddsNeedCue(c):
			return ev.heaviestOrAll(m, slot, found, best)
		}
		return 0, 0, false
	}
	if best < 0 && c == situationCriterion && m.suni != nil {
		return 0, 0, false // it quotes a situation clause or finds nothing
	}
	return ev.heaviestOrAll(m, slot, found, best)
}

// heaviestOrAll quotes the clause whose words weigh most for the
// criterion in slot, found[best] among them (see heaviestClause), or the
// whole reply when no word weighs for it (best < 0).
func (ev *evaluator) heaviestOrAll(m *Model, slot int, found []present, best int) (int, int, bool) {
	if best >= 0 {
		start, end := ev.heaviestClause(m, slot, found, found[best].start, found[best].end)
		return start, end, true
	}
	start, end := ev.quoteAll()
	return start, end, true
}

// cueClause widens a cue to the clause it stands in, so a finding shows
// what the cue said: "Aan de app ligt het niet hoor", not "Aan"; "I've
// passed it to the warehouse", not "to".
func (ev *evaluator) cueClause(cm match) (int, int) {
	cl := ev.t.clauses[ev.t.toks[cm.from].clause]
	return ev.span(min(cl.first, cm.from), max(cl.last, cm.to))
}

// cueOf returns the first cue of criterion c the rules read: words that
// point to c without counting on their own ("door", "unfortunately").
func (ev *evaluator) cueOf(c Criterion) (match, bool) {
	for _, m := range ev.ms {
		if m.r.crit == c && ev.readCue(m) {
			return m, true
		}
	}
	return match{}, false
}

// nearMiss reports a near miss of c among the rules' findings: words
// the rules read and ruled out, with a note saying why. The model does
// not find the criterion against that ("Can you DM us your order
// number?" asks for an identifier, not about the problem).
func (ev *evaluator) nearMiss(c Criterion) bool {
	for _, f := range ev.res.Findings {
		if f.Criterion == c && !f.Hit {
			return true
		}
	}
	return false
}

// wordsMatter reports whether the weights of the words and word pairs
// ("w:", "ww:") can change this reply's result: a criterion that weighs
// them can still turn on or off, or the blame's kind is to be named.
// Where only empathy's model can change anything (it reads the situation
// words alone), as in a reply whose blame the rules found and with no
// overpromise cue, the other lookups are spared.
func (ev *evaluator) wordsMatter(m *Model) bool {
	if len(m.kinds) > 0 && ev.res.Criteria.Blame {
		return true
	}
	for slot := range m.crits {
		if m.plain[slot] && ev.slotCanChange(m, slot) {
			return true
		}
	}
	return false
}

// modelFeatures appends the reply's features that m weighs, as
// featureNames lists them (TestModelFeaturesMatchFeatures checks that),
// but without building the words' names: they are looked up by number.
// Without words (see wordsMatter) it leaves out the words and word
// pairs, and keeps the situation words.
func (ev *evaluator) modelFeatures(m *Model, found []present, words bool) []present {
	var buf [64]byte
	lookup := func(prefix, a, b string) {
		k := append(append(buf[:0], prefix...), a...)
		if b != "" {
			k = append(append(k, ':'), b...)
		}
		if id, ok := m.index[string(k)]; ok {
			found = append(found, present{id: id, quote: m.ngram[id]})
		}
	}
	ev.eachFound(lookup)
	ev.eachContext(lookup)
	own := m == ev.s.model
	ev.eachCue(func(c match) {
		if !own {
			lookup(featCue, string(c.r.crit), c.r.tag)
		} else if c.r.cueFeat >= 0 {
			found = append(found, present{id: c.r.cueFeat, quote: m.ngram[c.r.cueFeat]}) // numbered in New
		}
	})
	if m.sitCue >= 0 && ev.hasSituation() {
		found = append(found, present{id: m.sitCue})
	}
	var sits []bool // per clause: a situation clause (only read when m weighs their words)
	if m.suni != nil {
		sits = ev.situations()
	}
	prevWord := int32(-1)
	ev.eachWord(func(tk, prev *token, w string, follows bool) {
		n := ev.s.modelWord(m, tk, w)
		if words && n >= 0 {
			if id := m.uni[n]; id >= 0 {
				found = append(found, present{id: id, quote: true, start: tk.start, end: tk.end})
			}
		}
		if words && follows && prevWord >= 0 && n >= 0 {
			if id, ok := m.bi.get(pair(prevWord, n)); ok {
				found = append(found, present{id: id, quote: true, start: prev.start, end: tk.end})
			}
		}
		if sits != nil && sits[tk.clause] && n >= 0 {
			found = m.appendSituation(found, tk, prev, n, prevWord, follows)
		}
		prevWord = n
	})
	return found
}

// appendSituation appends the situation-word features of word number n
// (token tk, in a situation clause) and of the pair it ends, when the
// word before it (prev, word number pn) stands in the same clause.
func (m *Model) appendSituation(found []present, tk, prev *token, n, pn int32, follows bool) []present {
	if id := m.suni[n]; id >= 0 {
		found = append(found, present{id: id, quote: true, start: tk.start, end: tk.end})
	}
	if follows && pn >= 0 && prev.clause == tk.clause {
		if id, ok := m.sbi.get(pair(pn, n)); ok {
			found = append(found, present{id: id, quote: true, start: prev.start, end: tk.end})
		}
	}
	return found
}

// quoteAll returns the span of every word of the reply: what a learned
// hit quotes when no single word weighs for it.
func (ev *evaluator) quoteAll() (int, int) {
	if len(ev.t.toks) == 0 {
		return 0, 0
	}
	return ev.t.toks[0].start, ev.t.toks[len(ev.t.toks)-1].end
}

// turnOn records the model's finding of c at reply[start:end].
func (ev *evaluator) turnOn(c Criterion, start, end int) {
	kind := NoBlame
	if c == Blame {
		kind = ev.learnedBlameKind()
		ev.res.BlameKind = kind
	}
	ev.res.Criteria.Set(c, true)
	ev.res.Findings = append(ev.res.Findings, Finding{
		Criterion: c, Hit: true, Kind: kind, Start: start, End: end,
		Text: ev.t.reply[start:end], Rule: learnedRules[c],
	})
}

// learnedBlameKind is the kind of blame the model found: that of the
// first blaming phrase the lexicons matched, else of the first blame cue
// that is not a bare causal or route word ("door", "because", "bij"), else of that, else
// of a near miss, or a denial when none is there. On the train split it
// names the annotators' kind for 46% of the model's additions (the rules'
// own findings: 79%).
func (ev *evaluator) learnedBlameKind() BlameKind {
	// a blame phrase the rules read first (even where its context vetoed
	// it), then a cue other than a bare causal word, then that
	var cue, cause BlameKind
	for _, m := range ev.ms {
		switch {
		case m.r.crit != Blame || m.r.kind == NoBlame:
		case m.r.role == hit:
			return m.r.kind
		case m.r.tag != "cause" && m.r.tag != "route" && cue == NoBlame: // "door", "bij" alone say little
			cue = m.r.kind
		case cause == NoBlame:
			cause = m.r.kind
		}
	}
	if cue != NoBlame {
		return cue
	}
	if cause != NoBlame {
		return cause
	}
	for _, f := range ev.res.Findings {
		if f.Criterion == Blame && f.Kind != NoBlame {
			return f.Kind
		}
	}
	return BlameDenial
}

// turnOff overrules the rules' finding of c: their hits stay, as near
// misses that say why they do not count.
func (ev *evaluator) turnOff(c Criterion) {
	ev.res.Criteria.Set(c, false)
	if c == Blame {
		ev.res.BlameKind = NoBlame
	}
	for i := range ev.res.Findings {
		if f := &ev.res.Findings[i]; f.Criterion == c && f.Hit {
			f.Hit = false
			f.Note = noteLearnedOff
		}
	}
}
