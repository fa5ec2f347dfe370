package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum          // digits, possibly with . : h u between them ("15.00", "14u30")
	tURL          // a link or the <URL> placeholder
	tDash         // a dash between two numbers ("8-12"): a range
)

// token is one word of the reply, normalised: lower case, accents
// folded, curly quotes straight, contractions expanded (one surface word
// may give two tokens with the same span).
type token struct {
	flags      *setFlags  // the word sets the norm belongs to (see wordSet), in the dictionary; nil for a link
	id         int32      // the lexicon's id of the norm, 0 if none
	e          *dictEntry // the dictionary's entry of norm (nil: not looked up yet; always nil for a link)
	norm       string
	na, nb     int // the norm's bytes in the arena, until norm is set
	start, end int // byte span in the reply
	kind       tokKind
	org        uint8 // orgHeadAt's answer: 0 not asked yet, 1 no, 2 yes
	sent       int   // sentence index
	clause     int   // clause index (sentences split further on , : ; —)
}

// sentence is one sentence's extent.
type sentence struct {
	first, last int // token index range [first, last)
	question    bool
	start, end  int // byte span
}

// text is a tokenised reply.
type text struct {
	reply   string
	toks    []token
	sents   []sentence
	clauses []span // token range [first, last) of each clause, by clause index
}

// span is a token index range [first, last).
type span struct{ first, last int }

// indexClauses fills t.clauses from the tokens' clause indexes.
func (t *text) indexClauses() {
	t.clauses = t.clauses[:0]
	for i, tk := range t.toks {
		for len(t.clauses) <= tk.clause {
			t.clauses = append(t.clauses, span{first: i, last: i})
		}
		t.clauses[tk.clause].last = i + 1
	}
}

// tokenize splits reply into tokens and sentences. The text's slices
// reuse the scratch's.
func tokenize(reply string, sc *scratch, arena *[]byte, d *dictionary) text {
	t := text{reply: reply, toks: sc.toks[:0], sents: sc.sents[:0], clauses: sc.clauses[:0]}
	sent, clause := 0, 0
	pendingBreak := false // a sentence end seen; the next token starts a new sentence
	pendingClause := false
	*arena = (*arena)[:0]
	i := 0
	for i < len(reply) {
		r, size := utf8.DecodeRuneInString(reply[i:])
		switch {
		case r == '@' && i+1 < len(reply) && isWordRune(runeAt(reply, i+1)):
			// @mention: skipped, but it still separates clauses.
			j := i + 1
			for j < len(reply) {
				r2, s2 := utf8.DecodeRuneInString(reply[j:])
				if !isWordRune(r2) && r2 != '_' {
					break
				}
				j += s2
			}
			i = j
			continue
		case r == '<' && strings.HasPrefix(reply[i:], "<URL>"):
			t.add(token{norm: "<url>", start: i, end: i + 5, kind: tURL}, &sent, &clause, &pendingBreak, &pendingClause)
			i += 5
			continue
		case (r == 'h' || r == 'H' || r == 'w' || r == 'W') && isURLStart(reply[i:]):
			j := i
			for j < len(reply) && !isSpaceByte(reply[j]) && reply[j] != '>' && reply[j] != ')' {
				j++
			}
			for j > i && strings.ContainsRune(".,!?;:", rune(reply[j-1])) {
				j--
			}
			t.add(token{norm: "<url>", start: i, end: j, kind: tURL}, &sent, &clause, &pendingBreak, &pendingClause)
			i = j
			continue
		case r < utf8.RuneSelf && isDigitByte(byte(r)):
			j := scanNumber(reply, i)
			t.add(token{norm: normNumber(reply[i:j]), start: i, end: j, kind: tNum}, &sent, &clause, &pendingBreak, &pendingClause)
			i = j
			// "3pm", "9am", "10u", "14h": the unit becomes its own token.
			if k := scanWord(reply, i); k > i {
				w := strings.ToLower(reply[i:k])
				if w == "pm" || w == "am" || w == "u" || w == "h" || w == "uur" || w == "p" || w == "a" {
					t.add(token{norm: unitWord(w), start: i, end: k, kind: tWord}, &sent, &clause, &pendingBreak, &pendingClause)
					i = k
				}
			}
			// "15.00 u." or "3 p.m.": the dot belongs to the time, not a sentence end.
			i = skipTimeUnitDots(reply, i, &t)
			continue
		case r == '-' && len(t.toks) > 0 && t.toks[len(t.toks)-1].kind == tNum && i+1 < len(reply) && isDigitByte(reply[i+1]):
			t.add(token{norm: "-", start: i, end: i + 1, kind: tDash}, &sent, &clause, &pendingBreak, &pendingClause)
			i++
			continue
		case isWordRune(r) || (r == '\'' || r == '’') && i+1 < len(reply) && isLetterStart(reply[i+size:]):
			j := scanWord(reply, i)
			if j == i {
				j = i + size
			}
			na := len(*arena)
			*arena = appendNorm(*arena, reply[i:j])
			nb := len(*arena)
			word := (*arena)[na:nb]
			e := d.lookupBytes(word)
			if !e.isExpand && nb-na > 4 && word[nb-na-2] == '\'' && word[nb-na-1] == 's' {
				nb -= 2 // "the courier's fault"
				word = word[:nb-na]
				e = d.lookupBytes(word)
			}
			if e.isExpand {
				for _, n := range e.expand {
					t.add(token{norm: n, start: i, end: j, kind: tWord}, &sent, &clause, &pendingBreak, &pendingClause)
				}
			} else if nb > na {
				tok := token{e: e, na: na, nb: nb, start: i, end: j, kind: tWord}
				if n := len(t.toks); n > 0 && t.toks[n-1].kind == tNum && t.toks[n-1].sent == sent && !pendingBreak {
					// "15.00 u." and "3 p.m.": the unit of a time
					switch w := string(word); {
					case w == "u" || w == "h":
						tok = token{norm: "uur", start: i, end: j, kind: tWord}
					case (w == "p" || w == "a") && strings.HasPrefix(reply[j:], ".m"):
						tok = token{norm: w + "m", start: i, end: j + 2, kind: tWord}
						j += 2
					}
				}
				t.add(tok, &sent, &clause, &pendingBreak, &pendingClause)
				if tok.norm == "uur" || tok.norm == "pm" || tok.norm == "am" {
					i = skipTimeUnitDots(reply, j, &t)
					continue
				}
			}
			i = j
			continue
		case r == '.' || r == '!' || r == '?' || r == '…' || r == '\n':
			if r == '?' {
				t.markQuestion()
			}
			pendingBreak = true
		case r == ',' || r == ';' || r == ':' || r == '—' || r == '–' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”':
			pendingClause = true
		case r == '-' && i > 0 && i+1 < len(reply) && isSpaceByte(reply[i-1]) && isSpaceByte(reply[i+1]):
			pendingClause = true
		}
		i += size
	}
	t.closeSentence()
	if len(*arena) > 0 {
		all := string(*arena) // one allocation for every word's normal form
		for k := range t.toks {
			if tk := &t.toks[k]; tk.norm == "" && tk.nb > tk.na {
				tk.norm = all[tk.na:tk.nb]
			}
		}
	}
	t.mergeIdioms(d)
	t.indexClauses()
	return t
}

// mergeIdioms joins fixed phrases whose words would mislead the
// patterns: "feel free" is no feeling, "all right" is "alright".
func (t *text) mergeIdioms(d *dictionary) {
	out := t.toks[:0]
	for i := 0; i < len(t.toks); i++ {
		tk := t.toks[i]
		if i+1 < len(t.toks) && t.toks[i+1].sent == tk.sent && tk.startsIdiom(d) {
			if j, ok := std.idioms[tk.norm+" "+t.toks[i+1].norm]; ok {
				tk.norm, tk.e = j, nil
				tk.end = t.toks[i+1].end
				i++
				t.shiftSentences(len(out))
			}
		}
		out = append(out, tk)
	}
	t.toks = out
}

// startsIdiom reports whether the token's word may start an idiom.
func (tk *token) startsIdiom(d *dictionary) bool {
	if tk.e != nil {
		return tk.e.idiom
	}
	return d.lookup(tk.norm).idiom
}

// shiftSentences moves sentence bounds after token index at one to the
// left, after two tokens were merged into one at index at.
func (t *text) shiftSentences(at int) {
	for k := range t.sents {
		if t.sents[k].first > at {
			t.sents[k].first--
		}
		if t.sents[k].last > at {
			t.sents[k].last--
		}
	}
}

// add appends tok, starting a new sentence or clause when one is pending.
func (t *text) add(tok token, sent, clause *int, pendingBreak, pendingClause *bool) {
	if len(t.toks) == 0 {
		t.sents = append(t.sents, sentence{first: 0, start: tok.start})
	} else if *pendingBreak {
		t.closeSentence()
		*sent++
		*clause++
		t.sents = append(t.sents, sentence{first: len(t.toks), start: tok.start})
	} else if *pendingClause {
		*clause++
	}
	*pendingBreak, *pendingClause = false, false
	tok.sent, tok.clause = *sent, *clause
	t.toks = append(t.toks, tok)
}

// markQuestion marks the current sentence as a question.
func (t *text) markQuestion() {
	if len(t.sents) > 0 {
		t.sents[len(t.sents)-1].question = true
	}
}

// closeSentence fixes the end of the last open sentence.
func (t *text) closeSentence() {
	if len(t.sents) == 0 {
		return
	}
	s := &t.sents[len(t.sents)-1]
	if s.last == 0 || s.last < len(t.toks) {
		s.last = len(t.toks)
		if len(t.toks) > 0 {
			s.end = t.toks[len(t.toks)-1].end
		}
	}
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || isDigitByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetterStart(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return isASCIILetter(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// isASCIILetter reports whether b is an ASCII letter: for a rune below
// utf8.RuneSelf it says what unicode.IsLetter says.
func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isURLStart(s string) bool {
	return hasPrefixFoldASCII(s, "http://") || hasPrefixFoldASCII(s, "https://") || hasPrefixFoldASCII(s, "www.")
}

// hasPrefixFoldASCII reports whether s starts with the lower-case ASCII
// prefix p, ignoring the case of ASCII letters in s. For these prefixes
// it says what strings.HasPrefix(strings.ToLower(s), p) says (no other
// rune lower-cases to one of their letters), without allocating.
func hasPrefixFoldASCII(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// scanWord returns the end of the word starting at i: letters, digits,
// inner apostrophes or hyphens ("m'n", "e-mail", "gsm-nummer"), and an
// ampersand after one or two letters and before a letter, which joins
// an abbreviation ("T&Cs", "Ts&Cs", "AT&T"); "you & me" stays three words.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		// ASCII letters and digits take the fast path; the rest is read
		// as runes below (no ASCII byte is a mark).
		if c := s[j]; isASCIILetter(c) || isDigitByte(c) && j > i {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || (unicode.IsDigit(r) && j > i) {
			j += size
			continue
		}
		if (r == '\'' || r == '’') && (j == i || j+size < len(s) && isLetterStart(s[j+size:])) {
			j += size
			continue
		}
		if (r == '-' || r == '‐') && j > i && j+size < len(s) && isLetterStart(s[j+size:]) {
			j += size
			continue
		}
		if r == '&' && j > i && j-i <= 2 && j+1 < len(s) && isASCIILetter(s[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// scanNumber returns the end of the number at i: "15", "15.00", "15:30",
// "14u30", "01/06", "1.000".
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	for j+1 < len(s) && (s[j] == '.' || s[j] == ':' || s[j] == '/' || s[j] == ',' || s[j] == 'u' || s[j] == 'h') && isDigitByte(s[j+1]) {
		j++
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
	}
	return j
}

// normNumber writes "14u30" and "14h30" as "14:30", "15.00" as "15:00".
func normNumber(s string) string {
	if strings.ContainsAny(s, "uh") {
		return strings.NewReplacer("u", ":", "h", ":").Replace(s)
	}
	return s
}

func unitWord(w string) string {
	switch w {
	case "u", "h", "uur":
		return "uur"
	case "p":
		return "pm"
	case "a":
		return "am"
	}
	return w
}

// skipTimeUnitDots skips the dots of "u." after a time or of "p.m.", so
// they do not end the sentence. It returns the new position.
func skipTimeUnitDots(s string, i int, t *text) int {
	n := len(t.toks)
	if n == 0 {
		return i
	}
	last := t.toks[n-1]
	if i < len(s) && s[i] == '.' && last.kind == tWord && last.norm == "uur" && last.end-last.start <= 1 {
		// "15.00 u." or "10u." — only when the next word goes on in lower case
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			return i + 1
		}
	}
	if i < len(s) && s[i] == '.' && last.kind == tWord && (last.norm == "pm" || last.norm == "am") && (i+1 >= len(s) || s[i+1] != 'm' && s[i+1] != 'M') {
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			return i + 1
		}
		return i
	}
	if i+1 < len(s) && s[i] == '.' && last.kind == tWord && (last.norm == "pm" || last.norm == "am") {
		if s[i+1] == 'm' || s[i+1] == 'M' {
			t.toks[n-1].end = i + 2
			j := i + 2
			if j < len(s) && s[j] == '.' {
				k := j + 1
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
					j++
				}
			}
			return j
		}
	}
	return i
}

// appendNorm appends w lower-cased, with accents folded, apostrophes
// straightened and inner hyphens dropped.
func appendNorm(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		// ASCII fast path: what the rune path below does to an ASCII byte
		if c := w[i]; c < utf8.RuneSelf {
			switch {
			case c == '`':
				c = '\''
			case c == '-':
				i++
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch r {
		case '’', '‘', '`':
			r = '\''
		case '-', '‐':
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldAccent(r); ok {
			r = f
		}
		if unicode.IsMark(r) {
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func foldAccent(r rune) (rune, bool) {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å':
		return 'a', true
	case 'é', 'è', 'ê', 'ë':
		return 'e', true
	case 'í', 'ì', 'î', 'ï':
		return 'i', true
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'o', true
	case 'ú', 'ù', 'û', 'ü':
		return 'u', true
	case 'ç':
		return 'c', true
	case 'ñ':
		return 'n', true
	}
	return r, false
}
