package scoring

import (
	"errors"
	"fmt"
	"strings"
)

// Phrase is a word or phrase from a scenario pack (a trigger such as
// "calm down", a fact's keyword such as "modem"), read the way the
// scorer reads a reply: case, accents, spacing, contractions and the
// spelling variants of the language files do not matter. Its last word
// also matches longer forms ("modem" finds "modems").
type Phrase struct {
	// Src is the phrase as written in the pack.
	Src   string
	words []string
}

// ErrNoWords is returned for a phrase in which the scorer reads no word
// (only punctuation, a link or a mention): it could never match.
var ErrNoWords = errors.New("no word the scorer reads (a phrase of only punctuation, a link or a mention never matches)")

// CompilePhrase normalises phrase src as replies are normalised.
func CompilePhrase(src string) (Phrase, error) {
	t := Read(src)
	p := Phrase{Src: src}
	for _, tk := range t.t.toks {
		if tk.kind == tURL {
			return p, fmt.Errorf("%q: a link inside a phrase never matches a reply's words", src)
		}
		p.words = append(p.words, tk.norm)
	}
	if len(p.words) == 0 {
		return p, fmt.Errorf("%q: %w", src, ErrNoWords)
	}
	return p, nil
}

// String returns the normalised words of the phrase.
func (p Phrase) String() string { return strings.Join(p.words, " ") }

// Reading is a reply read for phrase matching, with the scorer's
// tokeniser and normalisation.
type Reading struct {
	t text
}

// Read tokenises reply (up to MaxReplyBytes) for phrase matching.
func Read(reply string) Reading {
	reply, _ = CutReply(reply)
	sc := defaultScorer().pool.Get().(*scratch)
	defer defaultScorer().pool.Put(sc)
	t := defaultScorer().tokenize(reply, sc)
	t.toks = append([]token(nil), t.toks...) // the scratch goes back to the pool
	t.sents = append([]sentence(nil), t.sents...)
	t.clauses = append([]span(nil), t.clauses...)
	return Reading{t: t}
}

// PhraseMatch is where a phrase occurs in a reply.
type PhraseMatch struct {
	Start, End int    // byte span in the reply
	Text       string // the reply's words
	// Negated is true when a negation governs the phrase in its clause:
	// "I would never tell you to calm down", "ik zeg niet dat u rustig
	// moet doen".
	Negated bool
}

// Find returns the first occurrence of p in the reading that no
// negation governs, or else the first negated one, and whether any was
// found.
func (r Reading) Find(p Phrase) (PhraseMatch, bool) {
	var negated *PhraseMatch
	toks := r.t.toks
	for i := 0; i+len(p.words) <= len(toks); i++ {
		if !p.matchesAt(toks, i) {
			continue
		}
		end := i + len(p.words)
		m := PhraseMatch{Start: toks[i].start, End: toks[end-1].end}
		m.Text = r.t.reply[m.Start:m.End]
		m.Negated = r.negated(i)
		if !m.Negated {
			return m, true
		}
		if negated == nil {
			negated = &m
		}
	}
	if negated != nil {
		return *negated, true
	}
	return PhraseMatch{}, false
}

// matchesAt reports whether the phrase's words are the tokens from i on,
// in one sentence; the last word may be the start of a longer word.
func (p Phrase) matchesAt(toks []token, i int) bool {
	last := len(p.words) - 1
	for k, w := range p.words {
		tk := toks[i+k]
		if tk.sent != toks[i].sent {
			return false
		}
		if tk.norm == w || (k == last && len(w) >= 3 && strings.HasPrefix(tk.norm, w)) {
			continue
		}
		return false
	}
	return true
}

// negated reports a negator up to six words before token i in its
// clause.
func (r Reading) negated(i int) bool {
	tk := r.t.toks[i]
	first := r.t.clauses[tk.clause].first
	for k := max(first, i-6); k < i; k++ {
		if negators.in(&r.t.toks[k]) {
			return true
		}
	}
	return false
}
