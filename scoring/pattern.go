package scoring

import (
	"fmt"
	"strconv"
	"strings"
)

// A pattern is a sequence of token elements matched inside one sentence.
// Its source syntax, one element per space-separated field:
//
//	word        the normalised word
//	a|b|c       any of the words
//	pre*        any word starting with pre (also inside alternatives)
//	$class      any word of a named word class (see classes)
//	#num        a number token; #url a link
//	[a|b]       optional: zero or one of the words
//	~N          a gap of zero to N tokens inside the clause
//	~~N         a gap of zero to N tokens inside the sentence
type pattern struct {
	src   string
	elems []elem
}

type elemKind uint8

const (
	eWords elemKind = iota
	eGap
)

type elem struct {
	kind     elemKind
	words    map[string]bool // at compile time; ids at match time
	ids      []int32         // sorted ids of words (see Scorer.intern)
	sig      wideSig         // the wide signature of ids: a cheap test before the search
	prefixes []string
	num, url bool
	optional bool
	gap      int
	wide     bool // the gap may cross clause boundaries (~~N)
}

func (e *elem) matches(tk *token) bool {
	switch tk.kind {
	case tNum:
		return e.num || e.hasID(tk.id)
	case tURL:
		return e.url
	}
	if e.hasID(tk.id) {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(tk.norm, p) {
			return true
		}
	}
	return false
}

// hasID reports whether word id (0: not a lexicon word) is one of the
// element's words: its signature first, then a binary search in a short
// sorted slice.
func (e *elem) hasID(id int32) bool {
	if id == 0 || !e.sig.meets(wideBit(id)) {
		return false
	}
	lo, hi := 0, len(e.ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case e.ids[m] == id:
			return true
		case e.ids[m] < id:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// compilePattern parses src; classes gives the $class word lists.
func compilePattern(src string, classes map[string]string) (pattern, error) {
	p := pattern{src: src}
	for _, f := range strings.Fields(src) {
		var e elem
		if strings.HasPrefix(f, "~") {
			wide := strings.HasPrefix(f, "~~")
			n, err := strconv.Atoi(strings.TrimLeft(f, "~"))
			if err != nil || n < 1 {
				return p, fmt.Errorf("pattern %q: bad gap %q", src, f)
			}
			p.elems = append(p.elems, elem{kind: eGap, gap: n, wide: wide})
			continue
		}
		if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		if strings.ContainsAny(f, "[]") {
			return p, fmt.Errorf("pattern %q: %q: brackets wrap one optional element, with no space inside", src, f)
		}
		e.words = map[string]bool{}
		if err := addAlternatives(&e, f, classes, src); err != nil {
			return p, err
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 || p.elems[0].kind == eGap || p.elems[0].optional {
		return p, fmt.Errorf("pattern %q must start with a required word", src)
	}
	if p.elems[len(p.elems)-1].kind == eGap {
		return p, fmt.Errorf("pattern %q must not end with a gap", src)
	}
	return p, nil
}

func addAlternatives(e *elem, f string, classes map[string]string, src string) error {
	for _, alt := range strings.Split(f, "|") {
		switch {
		case alt == "":
			return fmt.Errorf("pattern %q: empty alternative", src)
		case alt == "#num":
			e.num = true
		case alt == "#url":
			e.url = true
		case strings.HasPrefix(alt, "$"):
			cl, ok := classes[alt[1:]]
			if !ok {
				return fmt.Errorf("pattern %q: unknown class %s", src, alt)
			}
			if err := addAlternatives(e, cl, classes, src); err != nil {
				return err
			}
		case strings.HasSuffix(alt, "*"):
			e.prefixes = append(e.prefixes, strings.TrimSuffix(alt, "*"))
		default:
			e.words[alt] = true
		}
	}
	return nil
}

// firstWords returns the literal words a match can start with, or nil
// when the first element has prefixes or token classes (then the
// pattern is tried at every token).
func (p *pattern) firstWords() []string {
	e := p.elems[0]
	if len(e.prefixes) > 0 || e.num || e.url {
		return nil
	}
	out := make([]string, 0, len(e.words))
	for w := range e.words {
		out = append(out, w)
	}
	return out
}

// secondIDs returns the word ids of the pattern's second element when
// it is a required element of plain words only (no prefix, number or
// link), nil otherwise: a match then needs one of them right after the
// first word.
func (p *pattern) secondIDs() []int32 {
	if len(p.elems) < 2 {
		return nil
	}
	e := &p.elems[1]
	if e.kind != eWords || e.optional || len(e.prefixes) > 0 || e.num || e.url || len(e.ids) == 0 {
		return nil
	}
	return e.ids
}

// A wideSig is a 128-bit signature: word ids folded modulo 128. The
// signature of a sentence's rest holds many words; twice the bits make a
// false "may match" half as likely there.
type wideSig struct{ lo, hi uint64 }

// wideBit is the wide signature of lexicon word id.
func wideBit(id int32) wideSig {
	b := uint32(id) & 127
	if b < 64 {
		return wideSig{lo: 1 << b}
	}
	return wideSig{hi: 1 << (b - 64)}
}

// or returns the union of a and b.
func (a wideSig) or(b wideSig) wideSig { return wideSig{a.lo | b.lo, a.hi | b.hi} }

// meets reports whether a and b share a bit.
func (a wideSig) meets(b wideSig) bool { return a.lo&b.lo != 0 || a.hi&b.hi != 0 }

// empty reports a signature with no bit: no test.
func (a wideSig) empty() bool { return a.lo == 0 && a.hi == 0 }

// wideSig returns the token's wide signature (see sig).
func (tk *token) wideSig() wideSig {
	if tk.kind == tURL || tk.id == 0 {
		return wideSig{}
	}
	return wideBit(tk.id)
}

// needSigs returns the wide signatures of the pattern's two most
// selective required elements after the first that hold plain words
// only: a match starting at token i needs, for each, a token after i in
// the same sentence whose signature shares a bit with it. A signature is
// empty when there is no such element.
func (p *pattern) needSigs() (wideSig, wideSig) {
	var best, second *elem
	for k := 1; k < len(p.elems); k++ {
		e := &p.elems[k]
		if e.kind != eWords || e.optional || len(e.prefixes) > 0 || e.num || e.url || len(e.ids) == 0 {
			continue
		}
		switch {
		case best == nil || len(e.ids) < len(best.ids):
			best, second = e, best
		case second == nil || len(e.ids) < len(second.ids):
			second = e
		}
	}
	return elemSig(best), elemSig(second)
}

// elemSig folds the word ids of e into a wide signature (empty for no
// element).
func elemSig(e *elem) wideSig {
	var sig wideSig
	if e == nil {
		return sig
	}
	for _, id := range e.ids {
		sig = sig.or(wideBit(id))
	}
	return sig
}

// mayStartAt reports whether a match of p could start at tk: false only
// when p's first element is a required word, number or link element
// that tk is not (a cheap test before matchAt).
func (p *pattern) mayStartAt(tk *token) bool {
	e := &p.elems[0]
	return e.kind == eGap || e.optional || e.matches(tk)
}

// matchAt tries p at token i; it returns the end (exclusive) of the
// match, or -1.
func (p *pattern) matchAt(t *text, i int) int {
	return p.match(t, 0, i, t.toks[i].sent)
}

func (p *pattern) match(t *text, ei, ti, sent int) int {
	if ei == len(p.elems) {
		return ti
	}
	e := &p.elems[ei]
	if e.kind == eGap {
		for k := 0; k <= e.gap; k++ {
			if ti+k >= len(t.toks) || t.toks[ti+k].sent != sent {
				break
			}
			if !e.wide && ti > 0 && t.toks[ti+k].clause != t.toks[ti-1].clause {
				break // ~N stays inside the clause, also for what follows it
			}
			if end := p.match(t, ei+1, ti+k, sent); end >= 0 {
				return end
			}
		}
		return -1
	}
	if ti < len(t.toks) && t.toks[ti].sent == sent && e.matches(&t.toks[ti]) {
		if end := p.match(t, ei+1, ti+1, sent); end >= 0 {
			return end
		}
	}
	if e.optional {
		return p.match(t, ei+1, ti, sent)
	}
	return -1
}
