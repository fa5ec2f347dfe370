package scoring

// evaluator applies the criterion rules to one tokenised reply.
type evaluator struct {
	s   *Scorer
	t   *text
	ms  []match
	buf []match // scratch for of()
	res Result

	timesDone []bool    // per sentence: times computed
	timesOf   [][]timex // per sentence: its time expressions
}

// span returns the byte span of tokens [from, to).
func (ev *evaluator) span(from, to int) (int, int) {
	if to <= from {
		to = from + 1
	}
	return ev.t.toks[from].start, ev.t.toks[to-1].end
}

// add records a finding for tokens [from, to).
func (ev *evaluator) add(c Criterion, hit bool, kind BlameKind, from, to int, rule, note string) {
	start, end := ev.span(from, to)
	ev.res.Findings = append(ev.res.Findings, Finding{
		Criterion: c, Hit: hit, Kind: kind, Start: start, End: end,
		Text: ev.t.reply[start:end], Rule: rule, Note: note,
	})
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
	for _, m := range ev.ms {
		if m.r.crit == c && m.r.role == r && (tag == "" || m.r.tag == tag) {
			ev.buf = append(ev.buf, m)
		}
	}
	return ev.buf[start:len(ev.buf):len(ev.buf)]
}

// cueIn reports whether sentence sent holds a cue tagged tag, returning it.
func (ev *evaluator) cueIn(sent int, tag string) (match, bool) {
	for _, m := range ev.ms {
		if m.r.role == cue && m.r.tag == tag && ev.t.toks[m.from].sent == sent {
			return m, true
		}
	}
	return match{}, false
}

// sentOf returns the sentence index of token i.
func (ev *evaluator) sentOf(i int) int { return ev.t.toks[i].sent }

// sentence returns sentence k.
func (ev *evaluator) sentence(k int) sentence { return ev.t.sents[k] }

// isQuestion reports whether sentence k asks something: it ends in a
// question mark, or it is the unpunctuated last sentence and opens like
// a question ("heeft u al iets geprobeerd").
func (ev *evaluator) isQuestion(k int) bool {
	s := ev.t.sents[k]
	if s.question {
		return true
	}
	if s.last <= s.first {
		return false
	}
	// no terminal punctuation at all?
	end := s.end
	rest := ev.t.reply[end:]
	for _, r := range rest {
		switch r {
		case '.', '!':
			return false
		}
	}
	if k != len(ev.t.sents)-1 {
		return false
	}
	// a question may open any clause: "sorry voor het wachten, wat is
	// er precies gebeurd"
	for i := s.first; i < s.last; i = ev.clauseEnd(i) {
		if i > s.first && ev.is(i, questionOpeners) && !(i+1 < s.last && ev.is(i+1, exclamations)) {
			return true
		}
	}
	first := ev.t.toks[s.first].norm
	if (first == "wat" || first == "what") && s.last-s.first > 1 && ev.is(s.first+1, exclamations) {
		return false // "wat naar voor u", "what a mess"
	}
	if questionOpeners.has(first) {
		return true
	}
	if s.last-s.first > 1 && auxOpeners.has(first) && (ev.is(s.first+1, subjectWords) || enAux.has(first)) {
		return true
	}
	return false
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

// is reports whether token i is in ws.
func (ev *evaluator) is(i int, ws wordSet) bool { return ws.in(&ev.t.toks[i]) }

// clauseStart returns the first token index of the clause of token i.
func (ev *evaluator) clauseStart(i int) int {
	c := ev.t.toks[i].clause
	for i > 0 && ev.t.toks[i-1].clause == c {
		i--
	}
	return i
}

// clauseEnd returns the index after the last token of the clause of token i.
func (ev *evaluator) clauseEnd(i int) int {
	c := ev.t.toks[i].clause
	for i < len(ev.t.toks) && ev.t.toks[i].clause == c {
		i++
	}
	return i
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
type wordSet struct {
	m   map[string]bool
	bit uint8
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool { return s.m[w] }

// in reports whether token tk is in the set, from its flags.
func (s wordSet) in(tk *token) bool { return tk.flags[s.bit>>6]&(1<<(s.bit&63)) != 0 }

// wordFlags maps a word to the bits of the sets it belongs to. It is
// built while the package's sets are declared and never changed after.
var wordFlags = map[string][2]uint64{}

// setCount is the number of sets declared so far (package init only).
var setCount uint8

func set(words ...string) wordSet {
	if setCount >= 128 {
		panic("scoring: more than 128 word sets")
	}
	ws := wordSet{m: make(map[string]bool, len(words)), bit: setCount}
	setCount++
	for _, w := range words {
		ws.m[w] = true
		f := wordFlags[w]
		f[ws.bit>>6] |= 1 << (ws.bit & 63)
		wordFlags[w] = f
	}
	return ws
}

var (
	negators        = set("niet", "geen", "nooit", "not", "never", "no", "nothing", "niets", "niks", "nobody", "niemand")
	questionOpeners = set("wat", "wanneer", "waar", "hoe", "welke", "welk", "waarom", "hoeveel", "hoelang", "wie", "sinds", "what", "when", "where", "how", "which", "why", "who", "since")
	auxOpeners      = set("heeft", "hebt", "heb", "is", "zijn", "bent", "ben", "kunt", "kan", "kun", "wilt", "wil", "weet", "zou", "mag", "werkt", "ziet", "krijgt", "gebruikt", "staat", "brandt", "lukt", "doet",
		"do", "does", "did", "have", "has", "is", "are", "was", "were", "can", "could", "would", "will", "should")
	subjectWords = set("u", "je", "het", "er", "dat", "de", "dit", "it", "you", "there", "this", "that", "the", "your", "uw", "alles", "everything", "ik", "i", "we")
	exclamations = set("naar", "vervelend", "jammer", "erg", "fijn", "goed", "leuk", "een", "rot", "zonde", "sneu", "triest", "vreselijk",
		"balen", "stom", "mooi", "lastig", "vervelende", "nare", "pech", "a", "an", "shame", "pity", "mess", "nightmare", "great", "terrible", "awful")
	enAux        = set("do", "does", "did", "can", "could", "would", "will", "have", "has", "is", "are", "was", "were")
	firstPerson  = set("ik", "we", "wij", "i", "me", "mij", "myself", "mezelf")
	secondPerson = set("u", "je", "you", "your", "uw", "yourself", "jezelf", "uzelf")
)

// Word sets read by the rules.
var (
	nothingWords       = set("niets", "niks", "nothing")
	upWords            = set("up")
	outWords           = set("out")
	contactWords       = set("contact")
	lateConditionals   = set("zodra", "wanneer", "indien", "mocht")
	hardConditionals   = set("als", "indien", "if", "mocht", "unless", "tenzij")
	clauseConditionals = set("als", "indien", "mocht", "if", "should", "wanneer", "when")
	soWords            = set("so", "dus")
	andWords           = set("en", "and", "maar", "but", "terwijl", "while", "sinds", "since", "nu", "now")
	hypotheticalWords  = set("zou", "zouden", "would", "could", "kan", "kunt", "can", "if", "als")
	purposeWords       = set("zodat", "prevent", "avoid", "best", "ensure")
)
