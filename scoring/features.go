package scoring

import (
	"slices"
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
//
// Words are the tokenizer's normalised tokens (lower case, accents
// folded, contractions expanded, typos fixed). @mentions and links are
// left out, every number is the one word "<num>", and an agent's
// signature at the end ("^MY", "-Arianne", "*TLT", "/RS", "Groetjes,
// Issam") is dropped, with any page counter or link after it: they name
// who wrote the reply, not what it says.
func (s *Scorer) Features(reply string, lang Lang) []string {
	var out []string
	s.score(reply, lang, nil, &out)
	slices.Sort(out)
	return slices.Compact(out)
}

// Feature name prefixes, as in Features.
const (
	featLang   = "lang:"
	featRule   = "rule:"
	featKind   = "kind:"
	featHit    = "hit:"
	featMiss   = "miss:"
	featCue    = "cue:"
	featWord   = "w:"
	featBigram = "ww:"
)

// numWord stands for every number.
const numWord = "<num>"

// eachFeature calls fn with every feature of the reply as the rules left
// it, duplicates included. key is only valid during the call (it lives
// in buf, which eachFeature returns for reuse). For words, start and end
// are the byte span of the words in the reply; for the other features
// ngram is false and the span is empty.
func (ev *evaluator) eachFeature(buf []byte, fn func(key []byte, ngram bool, start, end int)) []byte {
	put := func(ngram bool, start, end int, parts ...string) {
		buf = buf[:0]
		for _, p := range parts {
			buf = append(buf, p...)
		}
		fn(buf, ngram, start, end)
	}
	put(false, 0, 0, featLang, string(ev.res.Lang))
	for _, c := range Criteria() {
		if ev.res.Criteria.Get(c) {
			put(false, 0, 0, featRule, string(c))
		}
	}
	if ev.res.BlameKind != NoBlame {
		put(false, 0, 0, featKind, string(ev.res.BlameKind))
	}
	for _, f := range ev.res.Findings {
		p := featMiss
		if f.Hit {
			p = featHit
		}
		put(false, 0, 0, p, string(f.Criterion), ":", f.Rule)
	}
	for _, m := range ev.ms {
		if m.r.role == cue {
			put(false, 0, 0, featCue, string(m.r.crit), ":", m.r.tag)
		}
	}
	toks := ev.t.toks[:signatureStart(ev.t)]
	prev := -1 // the previous word's index, -1 after a link or a sentence end
	for i := range toks {
		tk := &toks[i]
		w := tk.norm
		switch tk.kind {
		case tURL, tDash:
			prev = -1
			continue
		case tNum:
			w = numWord
		}
		put(true, tk.start, tk.end, featWord, w)
		if prev >= 0 && toks[prev].sent == tk.sent {
			pw := toks[prev].norm
			if toks[prev].kind == tNum {
				pw = numWord
			}
			put(true, toks[prev].start, tk.end, featBigram, pw, "_", w)
		}
		prev = i
	}
	return buf
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
