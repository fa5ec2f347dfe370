package scoring

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Vocabulary adds scenario words to the scorer's lexicons.
type Vocabulary struct {
	// Suppliers are third parties the company works with (a courier, a
	// network operator, a manufacturer): blaming them is supplier blame.
	Suppliers []string `json:"suppliers,omitempty" yaml:"suppliers,omitempty"`
	// Products are the company's own product names; they are never
	// taken for a third party.
	Products []string `json:"products,omitempty" yaml:"products,omitempty"`
	// Extension is the pack's own language file (ParseExtension), nil
	// for none.
	Extension *Extension `json:"-" yaml:"-"`
}

// Scorer scores replies. It holds the compiled lexicons, is immutable
// after New and safe for concurrent use.
type Scorer struct {
	rules []compiled
	first [][]firstRule // word id → rules that can start there, but for those in pairs
	// pairs maps a first word and the word after it (keys made by pair)
	// to an index in pairRules: the rules whose second element is a plain
	// word list, listed under each pair of their first and second words,
	// so find reads them only where the next word is one of theirs
	pairs     pairTable
	pairRules [][]firstRule
	// paired maps a word id to the ids of the words after it in pairs,
	// folded modulo 64 into one word (0: it starts no pair): a cheap
	// test before the lookup in pairs.
	paired  []uint64
	words   map[string]wordInfo
	always  []int // rules tried at every token
	fuzzy   *fuzzyIndex
	skip    map[string]bool   // product names: never a supplier
	classes map[string]string // the word sets, as pattern classes
	spell   map[string]string // spelling variants (std's, or with a pack's own)
	notes   map[string]string // a pack's own notes, nil for none
	pool    sync.Pool         // *scratch

	dict     dictionary // all of the above a token needs, one lookup a word
	model    *Model     // the built-in weights, whose words dict numbers
	modelNum int32      // the word number of numWord in model, -1 for none
	alwaysAt elem       // what the always rules' first elements match (mayAlwaysStart)
}

// compiled is a lexicon entry with its pattern.
type compiled struct {
	entry
	pat     pattern
	cueFeat int32  // a cue's feature number in Scorer.model ("cue:blame:supplier"), -1 for none
	tagBit  uint64 // tagBit(tag), for the sentence index of cues
}

// scratch is per-call working memory, reused through the pool. Every
// slice is handed out with length zero and filled anew by each call, so
// nothing of one reply can reach the next.
type scratch struct {
	toks    []token
	sents   []sentence
	clauses []span
	matches []match
	buf     []match
	finds   []Finding // the result's findings while they are gathered (keepFindings)
	norm    []byte
	rest    []wideSig   // find's signatures of the rest of each sentence
	msOf    []sentIndex // the evaluator's index of matches by sentence

	// the evaluator's time expressions (see sentTimes)
	timesDone []bool
	timesOf   [][]timex
	tx        []timex
	near      []timex    // callback's times near a contact verb (nearTimes)
	feeling   []bool     // per sentence: an apology or empathy in it (firstAnswer)
	owns      []owned    // per sentence: the words that own the fault (ownsAt)
	acts      []agentAct // per sentence: the agent's own act (agentActsIn)
	sits      []bool     // per clause: a situation clause (situations)
}

// match is one lexicon rule matched on tokens [from, to).
type match struct {
	r        *compiled
	from, to int
}

// New returns a scorer with the built-in lexicons plus vocab. It panics
// only if the built-in lexicon itself is malformed (a programming error
// caught by the tests).
func New(vocab Vocabulary) *Scorer {
	s := &Scorer{words: map[string]wordInfo{}, first: [][]firstRule{nil}, fuzzy: newFuzzyIndex(std.fuzzy), skip: map[string]bool{}, classes: std.classes()}
	for w, f := range std.flags {
		s.words[w] = wordInfo{flags: f}
	}
	s.spell = std.spell
	all := slices.Clip(std.rules)
	all = append(all, vocab.Extension.apply(s)...)
	var names []string
	for _, n := range vocab.Suppliers {
		if w := normPhrase(n); w != "" {
			names = append(names, w)
		}
	}
	for _, p := range vocab.Products {
		for _, w := range strings.Fields(normPhrase(p)) {
			s.skip[w] = true
		}
	}
	for _, n := range names {
		all = append(all, entry{crit: Blame, kind: BlameSupplier, role: cue, tag: "supplier", id: "vocab.supplier", src: n})
	}
	for v, form := range s.spell {
		wi := s.words[v]
		wi.spell = form
		s.words[v] = wi
	}
	for _, e := range all {
		p, err := s.compile(e.src)
		if err != nil {
			panic(fmt.Sprintf("scoring: lexicon entry %s: %v", e.id, err))
		}
		s.rules = append(s.rules, compiled{entry: e, pat: p, tagBit: tagBit(e.tag)})
	}
	pairs := map[uint64]int32{}
	for i := range s.rules {
		ws := s.rules[i].pat.firstWords()
		if ws == nil {
			s.always = append(s.always, i)
			continue
		}
		fr := firstRule{rule: int32(i)}
		fr.need, fr.need2 = s.rules[i].pat.needSigs()
		second := s.rules[i].pat.secondIDs()
		for _, w := range ws {
			if id := s.intern(w); second == nil {
				s.first[id] = append(s.first[id], fr)
			} else {
				s.listPairs(fr, id, second, pairs)
			}
		}
	}
	s.pairs = newPairTable(pairs)
	s.alwaysAt = s.alwaysFirst()
	s.model = builtinModel()
	s.modelNum = -1
	if n, ok := s.model.wordNumber(numWord); ok {
		s.modelNum = n
	}
	for i := range s.rules {
		r := &s.rules[i]
		r.cueFeat = -1
		if id, ok := s.model.index[CueFeatures(r.crit)+r.tag]; ok && r.role == cue {
			r.cueFeat = id
		}
	}
	s.dict = s.buildDictionary()
	s.pool.New = func() any { return &scratch{toks: make([]token, 0, 64), matches: make([]match, 0, 32)} }
	return s
}

// wordInfo is what the scorer knows of a word: its lexicon id (0 if no
// pattern names it) and the word sets it belongs to.
type wordInfo struct {
	id    int32
	flags setFlags
	spell string // the form this spelling variant is read as ("" for none)
}

// compile compiles a pattern and gives its words ids. Only New calls it
// (and tests): a Scorer is not changed after New returns.
func (s *Scorer) compile(src string) (pattern, error) {
	p, err := compilePattern(src, s.classes)
	if err != nil {
		return p, err
	}
	for k := range p.elems {
		el := &p.elems[k]
		for w := range el.words {
			el.ids = append(el.ids, s.intern(w))
		}
		slices.Sort(el.ids)
		el.sig = elemSig(el)
	}
	if s.dict.index != nil {
		s.dict = s.buildDictionary() // a test's pattern: its words' ids
	}
	return p, nil
}

// intern returns the id of lexicon word w, giving it one if new.
func (s *Scorer) intern(w string) int32 {
	wi := s.words[w]
	if wi.id == 0 {
		wi.id = int32(len(s.first))
		s.first = append(s.first, nil)
		s.words[w] = wi
	}
	return wi.id
}

// normPhrase normalises a vocabulary phrase the way replies are.
func normPhrase(p string) string {
	var out []string
	for _, w := range strings.Fields(p) {
		if b := appendNorm(nil, strings.Trim(w, ".,;:!?\"'()")); len(b) > 0 {
			out = append(out, string(b))
		}
	}
	return strings.Join(out, " ")
}

// defaultScorer backs the package-level Score; it is never modified.
var defaultScorer = sync.OnceValue(func() *Scorer { return New(Vocabulary{}) })

// Score scores reply with the built-in lexicons. See (*Scorer).Score.
func Score(reply string, lang Lang) Result {
	return defaultScorer().Score(reply, lang)
}

// Score scores one reply. lang is NL, EN or Auto; both lexicons are
// always consulted (replies mix languages), lang only decides what the
// result reports when the reply gives no clue.
//
// A reply longer than MaxReplyBytes is scored on its first part only
// (Result.Cut says so): scoring time and memory stay bounded whatever
// arrives.
func (s *Scorer) Score(reply string, lang Lang) Result {
	return s.score(Turn{Reply: reply, Lang: lang}, builtinModel(), nil)
}

// score is ScoreTurn with the learned weights m (model.go; nil: the
// rules alone). With feats not nil it lists the turn's features there
// instead of applying m.
func (s *Scorer) score(turn Turn, m *Model, feats *[]string) Result {
	reply, cut := CutReply(turn.Reply)
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	asked := AskedUnknown
	if turn.Customer != "" {
		asked = s.readCustomer(turn.Customer, sc)
	}
	t := s.tokenize(reply, sc)
	sc.toks, sc.sents, sc.clauses = t.toks[:0], t.sents[:0], t.clauses[:0]
	sc.matches = s.find(&t, sc)
	ev := evaluator{t: &t, ms: sc.matches, s: s, buf: sc.buf[:0], sc: sc, tx: sc.tx[:0], msOf: sc.msOf[:0], asked: asked}
	ev.res.Lang = detectLang(&t, turn.Lang)
	ev.ms = dropOtherLang(ev.ms, ev.res.Lang)
	ev.indexMatches()
	ev.res.Findings = sc.finds[:0]
	ev.empathy()
	ev.apology()
	ev.summary() // before blame: a restatement shifts no blame
	ev.blame()
	ev.blamedOrdeal()
	ev.callback()
	ev.agreement()
	ev.question() // after agreement and summary: their checks are no questions
	ev.overpromise()
	ev.learned(m, feats) // last: it reads what the rules found
	slices.SortStableFunc(ev.res.Findings, func(a, b Finding) int { return a.Start - b.Start })
	ev.res.Cut = cut
	ev.res.Findings, sc.finds = keepFindings(ev.res.Findings)
	sc.matches = ev.ms[:0]
	sc.buf = ev.buf[:0]
	sc.tx, sc.msOf = ev.tx[:0], ev.msOf[:0]
	if ev.timesOf != nil {
		clear(ev.timesOf) // drop the references into tx
		sc.timesDone, sc.timesOf = ev.timesDone[:0], ev.timesOf[:0]
	}
	if ev.owns != nil {
		clear(ev.owns) // drop the references into the rules
		sc.owns = ev.owns[:0]
	}
	if ev.acts != nil {
		sc.acts = ev.acts[:0]
	}
	return ev.res
}

// keepFindings returns a copy of fs that fits them (never nil: a result
// without findings lists none), and fs emptied for the next call: the
// result gets no room it will not use.
func keepFindings(fs []Finding) (kept, buf []Finding) {
	kept = make([]Finding, len(fs))
	copy(kept, fs)
	clear(fs) // drop the strings of this reply
	return kept, fs[:0]
}

// dropOtherLang removes, in place, the matches of rules written for the
// other language (lang=nl: "door" is Dutch for "because of", an English
// door is no cause).
func dropOtherLang(ms []match, lang Lang) []match {
	return slices.DeleteFunc(ms, func(m match) bool { return m.r.only != "" && m.r.only != lang })
}

// tokenize runs the tokenizer and then corrects typos.
func (s *Scorer) tokenize(reply string, sc *scratch) text {
	t := tokenize(reply, sc, &sc.norm, &s.dict)
	for i := range t.toks {
		tk := &t.toks[i]
		if tk.kind == tURL {
			continue
		}
		e := tk.e // the tokenizer's lookup of most words
		if e == nil {
			e = s.dict.lookup(tk.norm)
		}
		if tk.kind == tWord {
			// one lookup finds the word and its spelling variant; only a
			// word the scorer does not know is tried for a one-letter typo
			if e.known && e.spell != "" {
				tk.norm = e.spell
				e = e.spellTo
			} else if !e.known && !e.noFuzzy {
				if c := s.fuzzy.candidate(tk.norm); c != "" {
					tk.norm = c
					e = s.dict.lookup(c)
				} else if h := compoundHead(tk.norm, std.heads); h != "" {
					tk.norm = h
					e = s.dict.lookup(h)
				}
			}
		}
		tk.id, tk.flags, tk.e = e.id, e.sets, e
	}
	return t
}

// compoundHead returns the head among heads that w ends in after at
// least three letters of its own ("ticketvoorwaarden" ends in
// "voorwaarden", "polisnummer" in "nummer"), "" for none.
func compoundHead(w string, heads []string) string {
	for _, h := range heads {
		if len(w) >= len(h)+3 && strings.HasSuffix(w, h) {
			return h
		}
	}
	return ""
}

// firstRule is a rule that can start at a word (see Scorer.first and
// Scorer.pairs), with a quick test of the words after it.
type firstRule struct {
	rule  int32
	need  wideSig // the pattern's first needSigs: empty, or the one a later token of the sentence must share a bit with
	need2 wideSig // its second: empty, or another one a later token must share a bit with
}

// listPairs lists fr, whose pattern starts with word id and then one of
// the words second, under each of those pairs in s.pairRules (pairs maps
// their keys to the lists while New builds them).
func (s *Scorer) listPairs(fr firstRule, id int32, second []int32, pairs map[uint64]int32) {
	for len(s.paired) <= int(id) {
		s.paired = append(s.paired, 0)
	}
	for _, n := range second {
		s.paired[id] |= 1 << (uint32(n) & 63)
		k := pair(id, n)
		li, ok := pairs[k]
		if !ok {
			li = int32(len(s.pairRules))
			pairs[k] = li
			s.pairRules = append(s.pairRules, nil)
		}
		s.pairRules[li] = append(s.pairRules[li], fr)
	}
}

// find returns every lexicon match in t, appended to sc.matches[:0].
func (s *Scorer) find(t *text, sc *scratch) []match {
	out := sc.matches[:0]
	// rest[i] is the union of the signatures of tokens i… to the end of
	// token i's sentence (rest[len] is 0).
	rest := append(sc.rest[:0], make([]wideSig, len(t.toks)+1)...)
	for i := len(t.toks) - 1; i >= 0; i-- {
		rest[i] = t.toks[i].wideSig()
		if i+1 < len(t.toks) && t.toks[i+1].sent == t.toks[i].sent {
			rest[i] = rest[i].or(rest[i+1])
		}
	}
	sc.rest = rest
	for i := range t.toks {
		tk := &t.toks[i]
		var later wideSig // the wide signature of all tokens after tk in its sentence
		var paired []firstRule
		if i+1 < len(t.toks) && t.toks[i+1].sent == tk.sent {
			nt := &t.toks[i+1]
			later = rest[i+1]
			if nt.kind != tURL && nt.id != 0 && int(tk.id) < len(s.paired) && s.paired[tk.id]&(1<<(uint32(nt.id)&63)) != 0 {
				if li, ok := s.pairs.get(pair(tk.id, nt.id)); ok {
					paired = s.pairRules[li]
				}
			}
		}
		// the rules listed under tk's word alone and those under it and
		// the next word, merged in rule order (the order of matches)
		single := s.first[tk.id]
		for a, b := 0, 0; a < len(single) || b < len(paired); {
			var fr *firstRule
			from := 1 // the first element matches: the rule is listed under tk's word
			if b == len(paired) || a < len(single) && single[a].rule < paired[b].rule {
				fr = &single[a]
				a++
			} else {
				fr = &paired[b]
				b++
				from = 2 // and the second: it is listed under the next word too
			}
			if !fr.need.empty() && !fr.need.meets(later) || !fr.need2.empty() && !fr.need2.meets(later) {
				continue // an element after the first cannot match
			}
			r := &s.rules[fr.rule]
			if end := r.pat.match(t, from, i+from, tk.sent); end > i {
				out = append(out, match{r: r, from: i, to: end})
			}
		}
		if !s.mayAlwaysStart(tk) {
			continue
		}
		for _, ri := range s.always {
			p := &s.rules[ri].pat
			if !p.mayStartAt(tk) {
				continue
			}
			if end := p.matchAt(t, i); end > i {
				out = append(out, match{r: &s.rules[ri], from: i, to: end})
			}
		}
	}
	return out
}

// alwaysFirst returns the union of the first elements of the always
// rules, for mayAlwaysStart: their numbers, links and prefixes, and the
// wide signature of their words.
func (s *Scorer) alwaysFirst() elem {
	var u elem
	for _, ri := range s.always {
		e := &s.rules[ri].pat.elems[0]
		u.num, u.url = u.num || e.num, u.url || e.url
		u.prefixes = append(u.prefixes, e.prefixes...)
		u.sig = u.sig.or(e.sig)
	}
	return u
}

// mayAlwaysStart reports whether any always rule may start at tk: false
// only when no first element of theirs can match it (a cheap test, by
// the words' signature, before each rule's mayStartAt).
func (s *Scorer) mayAlwaysStart(tk *token) bool {
	u := &s.alwaysAt
	switch {
	case tk.kind == tURL:
		return u.url
	case tk.kind == tNum && u.num, len(u.prefixes) > 0:
		return true
	}
	return tk.id != 0 && u.sig.meets(wideBit(tk.id))
}
