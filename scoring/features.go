package scoring

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features lists what the learned layer (model.go) reads in a reply,
// sorted and without duplicates. Every feature comes from what the rules
// already computed, before any learned weight is applied:
//
//	lang:nl                  the language the reply was scored in
//	rule:apology             the rules found the criterion
//	kind:supplier            the rules' blame kind
//	hit:apology:nl.sorry     a hit finding, by criterion and rule id
//	miss:apology:but-sorry   a near miss, by criterion and rule id
//	cue:blame:supplier       a lexicon cue the rules read, by criterion and tag
//	w:sorry                  a word: the tokenizer's normal form
//	ww:sorry_voor            two words in a row in one sentence
//	sw:morning               a word of a situation clause (situation.go)
//	sww:whole_morning        two words in a row in one situation clause
//	cue:empathy:situation    the reply has a situation clause
//	ctx:info                 what the customer's message does (TurnFeatures only; see Asked)
//	ctx:info:website         that, with the rules' blame kind
//
// Words are the tokenizer's normalised tokens (lower case, accents
// folded, contractions expanded, typos fixed). @mentions and links are
// left out, every number is the one word "<num>", and an agent's
// signature at the end ("^MY", "-Arianne", "*TLT", "/RS", "Groetjes,
// Issam") is dropped, with any page counter or link after it: they name
// who wrote the reply, not what it says.
func (s *Scorer) Features(reply string, lang Lang) []string {
	return sortedFeatures(s, Turn{Reply: reply, Lang: lang})
}

// sortedFeatures lists the features of t, sorted and without duplicates.
func sortedFeatures(s *Scorer, t Turn) []string {
	var out []string
	s.score(t, nil, &out)
	slices.Sort(out)
	return slices.Compact(out)
}

// Feature name prefixes, as in Features.
const (
	featLang      = "lang:"
	featRule      = "rule:"
	featKind      = "kind:"
	featHit       = "hit:"
	featMiss      = "miss:"
	featCue       = "cue:"
	featWord      = "w:"
	featBigram    = "ww:"
	featSitWord   = "sw:"
	featSitBigram = "sww:"
)

// situationCue is the tag of the cue feature of a reply with a situation
// clause ("cue:empathy:situation").
const situationCue = "situation"

// ReadsFeature reports whether the weights of criterion c may read the
// feature named name. Empathy's read the words of situation clauses
// ("sw:", "sww:", see situation.go) and no other words, so what its model
// finds is quoted from a clause about the customer's situation, never
// from the agent's plan or a question; every other criterion reads the
// words ("w:", "ww:") and not the situation words. Features that are not
// words (what the rules found, the language) are read by all.
func ReadsFeature(c Criterion, name string) bool {
	if c == situationCriterion {
		return !isPlainWord(name)
	}
	return !isSituationWord(name)
}

// isPlainWord reports a feature of a word or word pair anywhere in the
// reply ("w:", "ww:").
func isPlainWord(name string) bool {
	return strings.HasPrefix(name, featWord) || strings.HasPrefix(name, featBigram)
}

// isSituationWord reports a feature of a word or word pair of a
// situation clause ("sw:", "sww:").
func isSituationWord(name string) bool {
	return strings.HasPrefix(name, featSitWord) || strings.HasPrefix(name, featSitBigram)
}

// AddsNeedCue reports whether a model that only adds criterion c needs a
// cue of c the rules read and did not count (see CueFeatures) before it
// may find c. Blame's needs none: cross-validated on the corpus, a model
// free to add blame where no rule word points to it ("the files you
// uploaded were 640 pixels wide") finds more of the annotators' blame
// (recall 0.833 → 0.842, F1 0.882 → 0.887) at the same precision; it
// quotes the clause whose words weigh most for blame. Overpromise's still
// needs one.
func AddsNeedCue(c Criterion) bool { return c != Blame }

// CueFeatures is the prefix of the features that name a cue of criterion
// c the rules read ("cue:blame:" in "cue:blame:supplier"): words that
// point to c without counting on their own. A model that only adds to c
// needs one (see learned).
func CueFeatures(c Criterion) string { return featCue + string(c) + ":" }

// numWord stands for every number.
const numWord = "<num>"

// featureNames lists every feature of the reply as the rules left it,
// duplicates included.
func (ev *evaluator) featureNames() []string {
	var out []string
	ev.eachNamed(func(prefix, a, b string) {
		if b != "" {
			a += ":" + b
		}
		out = append(out, prefix+a)
	})
	var prevW string
	sits := ev.situations()
	ev.eachWord(func(tk, prev *token, w string, follows bool) {
		out = append(out, featWord+w)
		if follows {
			out = append(out, featBigram+prevW+"_"+w)
		}
		if sits[tk.clause] {
			out = append(out, featSitWord+w)
			if follows && prev.clause == tk.clause {
				out = append(out, featSitBigram+prevW+"_"+w)
			}
		}
		prevW = w
	})
	return out
}

// eachNamed calls fn with every feature that is not a word: its prefix
// and one or two parts, joined by ":" when b is not empty.
func (ev *evaluator) eachNamed(fn func(prefix, a, b string)) {
	ev.eachFound(fn)
	ev.eachContext(fn)
	ev.eachCue(func(m match) { fn(featCue, string(m.r.crit), m.r.tag) })
	if ev.hasSituation() {
		fn(featCue, string(situationCriterion), situationCue)
	}
}

// eachFound calls fn with the features of what the rules found: the
// language, the criteria, the blame kind and every hit and near miss.
func (ev *evaluator) eachFound(fn func(prefix, a, b string)) {
	fn(featLang, string(ev.res.Lang), "")
	for _, c := range Criteria() {
		if ev.res.Criteria.Get(c) {
			fn(featRule, string(c), "")
		}
	}
	if ev.res.BlameKind != NoBlame {
		fn(featKind, string(ev.res.BlameKind), "")
	}
	for i := range ev.res.Findings {
		f := &ev.res.Findings[i]
		p := featMiss
		if f.Hit {
			p = featHit
		}
		fn(p, string(f.Criterion), f.Rule)
	}
}

// eachCue calls fn with every cue the rules read, in order.
func (ev *evaluator) eachCue(fn func(m match)) {
	for _, m := range ev.ms {
		if ev.readCue(m) {
			fn(m)
		}
	}
}

// readCue reports m as a cue the learned layer reads: a party word that
// names no party here ("Apple Pay and Google Pay are accepted", "je nieuwe
// bank") points to no one, so it is none.
func (ev *evaluator) readCue(m match) bool {
	return m.r.role == cue && !(m.r.tag == "supplier" && ev.notAParty(m.from)) && !ev.byMeans(m)
}

// byMeans reports a "done by" cue followed by the means, not a party:
// "sent by email", "sent by text" name how it went, not who did it.
func (ev *evaluator) byMeans(m match) bool {
	return m.r.tag == "byparty" && m.to < len(ev.t.toks) && ev.is(m.to, meansWords)
}

var meansWords = std.set("means-words")

// eachWord calls fn with every word the learned layer reads, in order:
// its token tk, the token before it (prev, nil at the first), its word
// (every number is numWord) and whether it follows the previous word it
// was called with in the same sentence, with no link or dash between.
// The agent's signature at the end is left out.
func (ev *evaluator) eachWord(fn func(tk, prev *token, w string, follows bool)) {
	toks := ev.t.toks[:signatureStart(ev.t)]
	var prev *token // the previous word read, nil after a link or a dash
	for i := range toks {
		tk := &toks[i]
		w := tk.norm
		switch tk.kind {
		case tURL, tDash:
			prev = nil
			continue
		case tNum:
			w = numWord
		}
		fn(tk, prev, w, prev != nil && prev.sent == tk.sent)
		prev = tk
	}
}

// signatureStart returns the index of the first token of the agent's
// signature that ends the reply, or len(t.toks) when there is none. A
// signature is the last word (before any trailing links and numbers such
// as page counters "2/2") when a signature mark stands right before it
// ("^MY", "^^MY", "*TLT", "/RS", "~Sam", "-Arianne", "- Kirsty") or a
// closing word does ("Groetjes, Issam", "Kind regards, Sam").
func signatureStart(t *text) int {
	end := len(t.toks)
	for end > 0 && t.toks[end-1].kind != tWord {
		end--
	}
	if end == 0 {
		return len(t.toks)
	}
	k := end - 1
	tk := t.toks[k]
	if k > 0 && t.toks[k-1].end == tk.end {
		return len(t.toks) // one word expanded into two ("I'm"): no name
	}
	if signatureMark(t.reply, tk.start) {
		return k
	}
	if k > 0 && t.toks[k-1].sent == tk.sent && closingWords.in(&t.toks[k-1]) {
		return k
	}
	return len(t.toks)
}

// closingWords end a message before the writer's name.
var closingWords = std.set("closing-words")

// signatureMark reports whether a signature mark stands right before the
// word at byte start of reply, with at most one space between. After
// "^", "*" and "~" any word is a signature; after "-" and "/" only a
// capitalised word ("- Kirsty", not "- sorry"), and a mark glued to the
// word before ("and/Or") is none.
func signatureMark(reply string, start int) bool {
	j := start
	spaced := j > 0 && reply[j-1] == ' '
	if spaced {
		j--
	}
	if j == 0 {
		return false
	}
	switch reply[j-1] {
	case '^', '*', '~':
		return true
	case '-', '/':
		r, _ := utf8.DecodeRuneInString(reply[start:])
		if !unicode.IsUpper(r) {
			return false
		}
		if spaced || j-1 == 0 {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(reply[:j-1])
		return !unicode.IsLetter(p) && !unicode.IsDigit(p)
	}
	return false
}
