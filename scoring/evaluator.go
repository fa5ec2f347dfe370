package scoring

import (
	"unicode"
	"unicode/utf8"
)

// evaluator applies the criterion rules to one tokenised reply.
type evaluator struct {
	s   *Scorer
	t   *text
	ms  []match
	buf []match // scratch for of()
	res Result

	timesDone []bool      // per sentence: times computed
	timesOf   [][]timex   // per sentence: its time expressions, in tx
	tx        []timex     // the time expressions of every sentence computed
	sc        *scratch    // the call's working memory
	msOf      []sentIndex // per sentence: its matches' range in ms and its cue tags (sentMatches, cueIn)
	owns      []owned     // per sentence: the words that own the fault, once read (ownsAt)
	acts      []agentAct  // per sentence: the agent's own act, once read (agentActsIn)
	sits      []bool      // per clause: a situation clause, once read (situations)
	tags      uint64      // the tag bits of every match (indexMatches), so of() skips absent tags
	asked     Asked       // what the customer's message does (turn.go)

	// recap is the token range [from, to) of the customer's story as the
	// reply restates it (a summary); empty when there is none.
	recap [2]int

	// answerAt is 1 + the first sentence that answers in words, 0 while
	// not yet computed (see answeredBefore).
	answerAt int
}

// span returns the byte span of tokens [from, to).
func (ev *evaluator) span(from, to int) (int, int) {
	if to <= from {
		to = from + 1
	}
	return ev.t.toks[from].start, ev.t.toks[to-1].end
}

// add records a finding for tokens [from, to).
// note is a note id of the language files ("" for none); the finding
// carries its text in the result's language.
func (ev *evaluator) add(c Criterion, hit bool, kind BlameKind, from, to int, rule, note string) {
	start, end := ev.span(from, to)
	f := Finding{
		Criterion: c, Hit: hit, Kind: kind, Start: start, End: end,
		Text: ev.t.reply[start:end], Rule: rule,
	}
	if note != "" {
		f.NoteID, f.Note = note, std.noteText(note, ev.res.Lang)
		if t, ok := ev.s.notes[note]; ok && f.Note == "" {
			f.Note = t // a pack's own note
		}
	}
	ev.res.Findings = append(ev.res.Findings, f)
}

// addMatch records a finding for a lexicon match.
func (ev *evaluator) addMatch(m match, hit bool, note string) {
	ev.add(m.r.crit, hit, m.r.kind, m.from, m.to, m.r.id, note)
}

// of returns the matches of criterion c with role r (and tag, if given).
// The slice lives in the evaluator's scratch space; it stays valid for
// the rest of the call.
func (ev *evaluator) of(c Criterion, r role, tag string) []match {
	start := len(ev.buf)
	if tag != "" && ev.tags&tagBit(tag) == 0 {
		return ev.buf[start:start:start] // no match carries the tag: most calls, no scan
	}
	for _, m := range ev.ms {
		if m.r.crit == c && m.r.role == r && (tag == "" || m.r.tag == tag) {
			ev.buf = append(ev.buf, m)
		}
	}
	return ev.buf[start:len(ev.buf):len(ev.buf)]
}

// cueIn reports whether sentence sent holds a cue tagged tag, returning it.
// The sentence's matches are indexed (indexMatches): scoring stays linear
// in the number of sentences.
func (ev *evaluator) cueIn(sent int, tag string) (match, bool) {
	if ev.msOf[sent].cues&tagBit(tag) == 0 {
		return match{}, false
	}
	for _, m := range ev.sentMatches(sent) {
		if m.r.role == cue && m.r.tag == tag {
			return m, true
		}
	}
	return match{}, false
}

// cueWhere returns the first cue tagged tag in sentence k that keep
// accepts: a cue at a given place ("try" at the contact verb), where cueIn
// gives only the sentence's first.
func (ev *evaluator) cueWhere(k int, tag string, keep func(match) bool) (match, bool) {
	if ev.msOf[k].cues&tagBit(tag) == 0 {
		return match{}, false
	}
	for _, m := range ev.sentMatches(k) {
		if m.r.role == cue && m.r.tag == tag && keep(m) {
			return m, true
		}
	}
	return match{}, false
}

// sentMatches returns the matches that start in sentence k, in order.
func (ev *evaluator) sentMatches(k int) []match {
	r := ev.msOf[k]
	return ev.ms[r.first:r.last:r.last]
}

// sentIndex indexes one sentence's matches: their range in the
// evaluator's matches, and the tagBits of its cues, so that cueIn can
// answer "no such cue here", the usual answer, without reading them.
type sentIndex struct {
	first, last int
	cues        uint64
}

// tagBit folds a cue tag into one bit of 64 by its length and its first
// and last letters (a sentence's mask may hold tags it has no cue of,
// never miss one it has). It is read at every cueIn, so it is kept to a
// few instructions rather than a hash of every letter.
func tagBit(tag string) uint64 {
	if tag == "" {
		return 1
	}
	return 1 << ((uint(len(tag))*7 + uint(tag[0]) + uint(tag[len(tag)-1])*3) & 63)
}

// indexMatches fills ev.msOf: matches are in token order (find walks the
// tokens in order), so each sentence's matches are one range.
func (ev *evaluator) indexMatches() {
	ev.msOf = ev.msOf[:0]
	ev.tags = 0
	for i := range ev.ms {
		ev.tags |= ev.ms[i].r.tagBit
	}
	j := 0
	for _, s := range ev.t.sents {
		for j < len(ev.ms) && ev.ms[j].from < s.first {
			j++
		}
		lo := j
		var cues uint64
		for j < len(ev.ms) && ev.ms[j].from < s.last {
			if ev.ms[j].r.role == cue {
				cues |= ev.ms[j].r.tagBit
			}
			j++
		}
		ev.msOf = append(ev.msOf, sentIndex{lo, j, cues})
	}
}

// sentOf returns the sentence index of token i.
func (ev *evaluator) sentOf(i int) int { return ev.t.toks[i].sent }

// sentence returns sentence k.
func (ev *evaluator) sentence(k int) sentence { return ev.t.sents[k] }

// isQuestion reports whether sentence k asks something: it ends in a
// question mark, or it is the unpunctuated last sentence and opens like
// a question ("heeft u al iets geprobeerd"). One that ends in a link
// asks only when it opens with an auxiliary and its subject ("does it
// still happen after these steps: <URL>"), not with a question word
// ("hoe het werkt, lees je hier: <URL>").
func (ev *evaluator) isQuestion(k int) bool {
	s := ev.t.sents[k]
	if s.question {
		return true
	}
	if s.last <= s.first {
		return false
	}
	if k != len(ev.t.sents)-1 {
		return false
	}
	// no terminal punctuation at all?
	for _, r := range ev.t.reply[s.end:] {
		switch r {
		case '.', '!':
			return false
		}
	}
	first := &ev.t.toks[s.first]
	// "hoe de korting werkt, lees je hier: <URL>" points to a link; "does
	// it still happen after these steps: <URL>" asks (below)
	if !ev.endsAtURL(s) {
		// a question may open any clause: "sorry voor het wachten, wat is
		// er precies gebeurd"
		for i := s.first; i < s.last; i = ev.clauseEnd(i) {
			if i > s.first && ev.opensQuestion(i, s.last) && !ev.relativeClause(i, s.last) {
				return true
			}
		}
		if ev.is(s.first, whatWords) && s.last-s.first > 1 && ev.is(s.first+1, exclamations) {
			return false // "wat naar voor u", "what a mess"
		}
		if ev.is(s.first, howWords) && s.last-s.first > 1 && (ev.is(s.first+1, exclamations) || ev.is(s.first+1, hardship)) {
			return false // "how awful for you", "hoe vervelend voor u": an exclamation
		}
		if questionOpeners.hasTok(first) {
			return true
		}
	}
	if s.last-s.first > 1 && auxOpeners.hasTok(first) && (ev.is(s.first+1, subjectWords) || enAux.hasTok(first) && ev.namesSubject(s.first+1)) {
		return !ev.verbFirstCondition(s)
	}
	return false
}

// endsAtURL reports a sentence whose last word is a link, or a link
// followed only by a sign-off ("…, lees je hier: <URL> Groetjes, Femke").
func (ev *evaluator) endsAtURL(s sentence) bool {
	i := s.last - 1
	switch {
	case i-1 >= s.first && ev.is(i-1, closingWords):
		i -= 2 // "Groetjes, Femke"
	case ev.is(i, closingWords):
		i-- // "Groeten"
	}
	return i >= s.first && ev.t.toks[i].kind == tURL
}

// verbFirstCondition reports a sentence that opens with a verb-first
// clause and goes on with "dan" or an instruction: a condition, not a
// question ("Lukt het niet, laat het ons weten", "Staat het er nog niet
// op, dan zit het bij je bank").
func (ev *evaluator) verbFirstCondition(s sentence) bool {
	next := ev.clauseEnd(s.first)
	return next < s.last && ev.is(next, conditionThens)
}

// relativeClause reports a question word at i, inside a sentence, that
// the clause's subject follows: a relative or embedded clause ("done by
// Zoomdrop, who you can reach here", "…, wanneer je hem ophaalt"), where a
// question puts its verb first ("…, wanneer is het begonnen").
func (ev *evaluator) relativeClause(i, end int) bool {
	return i+1 < end && ev.is(i+1, subjectWords)
}

// opensQuestion reports a question word at i that asks, not one that
// exclaims before a word of feeling ("wat naar", "hoe vervelend"); end
// bounds where that word may stand.
func (ev *evaluator) opensQuestion(i, end int) bool {
	return ev.is(i, questionOpeners) && !(i+1 < end && ev.is(i+1, exclamations))
}

// wordsIn counts the word tokens of sentence s: links, numbers and
// mentions left out.
func (ev *evaluator) wordsIn(s sentence) int {
	words := 0
	for i := s.first; i < s.last; i++ {
		if ev.t.toks[i].kind == tWord {
			words++
		}
	}
	return words
}

// namesSubject reports token i as what can follow an English auxiliary
// that opens a question: a pronoun, a name or a moment ("did he call",
// "is Mark there", "does tomorrow at 10 suit you"), not a verb ("will
// chase it up now" drops its "I") nor "not" ("dont worry").
func (ev *evaluator) namesSubject(i int) bool {
	if ev.is(i, enSubjects) {
		return true
	}
	if ev.t.toks[i].kind == tNum {
		return true // "would 3pm work for you"
	}
	return ev.capitalised(i)
}

// capitalised reports token i as a word whose first letter is upper
// case, as the customer or agent typed it.
func (ev *evaluator) capitalised(i int) bool {
	tk := &ev.t.toks[i]
	r, _ := utf8.DecodeRuneInString(ev.t.reply[tk.start:])
	return tk.kind == tWord && unicode.IsUpper(r)
}

// has reports whether any token of [from, to) is in ws, and where.
func (ev *evaluator) has(from, to int, ws wordSet) (int, bool) {
	if from < 0 {
		from = 0
	}
	if to > len(ev.t.toks) {
		to = len(ev.t.toks)
	}
	for i := from; i < to; i++ {
		if ws.in(&ev.t.toks[i]) {
			return i, true
		}
	}
	return -1, false
}

// lastIn is has searched from the end: the last token in [from, to) in
// ws, the one nearest to (-1 and false for none, as has).
func (ev *evaluator) lastIn(from, to int, ws wordSet) (int, bool) {
	for i := to - 1; i >= from; i-- {
		if ev.is(i, ws) {
			return i, true
		}
	}
	return -1, false
}

// hitStartsIn reports a finding of c, a hit, that starts at a byte in
// from…to of the reply (the criteria found before the caller's).
func (ev *evaluator) hitStartsIn(c Criterion, from, to int) bool {
	for _, f := range ev.res.Findings {
		if f.Criterion == c && f.Hit && f.Start >= from && f.Start < to {
			return true
		}
	}
	return false
}

// adjacentIn reports a word of a followed at once by a word of b in
// tokens from…to ("dan niet", "for us").
func (ev *evaluator) adjacentIn(from, to int, a, b wordSet) bool {
	for i := from; i+1 < to; i++ {
		if ev.is(i, a) && ev.is(i+1, b) {
			return true
		}
	}
	return false
}

// amountAt reports token i as an amount: a number or a size word ("21",
// "one", "a few").
func (ev *evaluator) amountAt(i int) bool {
	return ev.t.toks[i].kind == tNum || ev.is(i, sizeWords)
}

// hasNative is has for a word set that mixes the two languages' function
// words, skipping a word that is Dutch only in an English reply: the
// Dutch "of" ("or", "whether") is the English "of" ("a whole week of
// waiting?" offers no choice).
func (ev *evaluator) hasNative(from, to int, ws wordSet) (int, bool) {
	for {
		i, ok := ev.has(from, to, ws)
		if !ok || !ev.foreign(i) {
			return i, ok
		}
		from = i + 1
	}
}

// isNative is is for such a set (see hasNative).
func (ev *evaluator) isNative(i int, ws wordSet) bool {
	return ev.is(i, ws) && !ev.foreign(i)
}

// foreign reports token i as a Dutch-only word in an English reply.
func (ev *evaluator) foreign(i int) bool {
	return ev.res.Lang == EN && ev.is(i, dutchOnly)
}

var dutchOnly = std.set("dutch-only")

// is reports whether token i is in ws.
func (ev *evaluator) is(i int, ws wordSet) bool { return ws.in(&ev.t.toks[i]) }

// clauseStart returns the first token index of the clause of token i.
func (ev *evaluator) clauseStart(i int) int {
	return ev.t.clauses[ev.t.toks[i].clause].first
}

// clauseEnd returns the index after the last token of the clause of token i.
func (ev *evaluator) clauseEnd(i int) int {
	return ev.t.clauses[ev.t.toks[i].clause].last
}

// negatedBefore reports whether a negator stands within n tokens before
// token i in the same clause.
func (ev *evaluator) negatedBefore(i, n int) bool {
	cs := ev.clauseStart(i)
	from := i - n
	if from < cs {
		from = cs
	}
	_, ok := ev.has(from, i, negators)
	return ok
}

// cancelled reports whether a miss of the same criterion cancels m,
// returning that miss.
func cancelledBy(ev *evaluator, m match, misses []match) (match, bool) {
	for _, x := range misses {
		switch x.r.scope {
		case scopeSpan:
			if x.from < m.to && m.from < x.to {
				return x, true
			}
		case scopeSentence:
			if ev.sentOf(x.from) == ev.sentOf(m.from) {
				return x, true
			}
		}
	}
	return match{}, false
}

// wordSet is a set of normalised words. Each set owns one bit in every
// token's flags, filled by one map lookup when the reply is tokenised, so
// "is any of these tokens in the set" costs no lookup at all.
//
// A wordSet is two words: the rules pass sets by value in their inner
// loops, where copying the set's words would cost more than the test.
type wordSet struct {
	*setWords
	bit uint16
}

// setWords are the words of a wordSet, shared by its copies.
type setWords struct {
	m    map[string]bool
	list []string // the words, sorted: for loops over a set (suffix checks)
	name string
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool { return s.m[w] }

// in reports whether token tk is in the set, from its flags.
func (s wordSet) in(tk *token) bool {
	return tk.flags != nil && tk.flags[s.bit>>6]&(1<<(s.bit&63)) != 0
}

var (
	negators        = std.set("negators")
	questionOpeners = std.set("question-openers")
	auxOpeners      = std.set("aux-openers")
	subjectWords    = std.set("subject-words")
	exclamations    = std.set("exclamations")
	enAux           = std.set("en-aux")
	enSubjects      = std.set("en-subjects")
	whatWords       = std.set("what-words")
	howWords        = std.set("how-words")
	hardship        = std.set("hardship")
	firstPerson     = std.set("first-person")
	secondPerson    = std.set("second-person")
)

// Word sets read by the rules.
var (
	nothingWords       = std.set("nothing-words")
	upWords            = std.set("up-words")
	outWords           = std.set("out-words")
	contactWords       = std.set("contact-words")
	lateConditionals   = std.set("late-conditionals")
	hardConditionals   = std.set("hard-conditionals")
	conditionThens     = std.set("condition-thens")
	clauseConditionals = std.set("clause-conditionals")
	soWords            = std.set("so-words")
	andWords           = std.set("and-words")
	hypotheticalWords  = std.set("hypothetical-words")
	purposeWords       = std.set("purpose-words")
)
