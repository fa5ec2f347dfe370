package scoring

import (
	"embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// langFiles are the scorer's language files: what the scorer knows of
// Dutch and English (docs/language.md).
//
//go:embed lang/*.txt
var langFiles embed.FS

// langFileNames are the language files in load order.
var langFileNames = []string{"lang/shared.txt", "lang/nl.txt", "lang/en.txt"}

// language is the compiled content of the language files. It is built
// once, before any Scorer, and never changed after.
type language struct {
	sets    map[string]wordSet
	flags   map[string]setFlags // word → bits of the sets it belongs to
	rules   []entry
	notes   map[string]string   // note id → English text (shared.txt, en.txt)
	notesNL map[string]string   // note id → Dutch text (nl.txt)
	spell   map[string]string   // variant → form
	expand  map[string][]string // contraction → words
	idioms  map[string]string   // "w1 w2" → form
	starts  map[string]bool     // first words of idioms
	fuzzy   []string
	heads   []string // compound heads: "ticketvoorwaarden" is read as "voorwaarden"
	noFuzzy map[string]bool
	numbers map[string]int
	// setPos is where each set was first declared, for error messages.
	setPos map[string]string
}

// std is the built-in language, from the embedded files.
var std = mustLoadStd()

func mustLoadStd() *language {
	srcs := make([]langSource, len(langFileNames))
	for i, n := range langFileNames {
		b, err := langFiles.ReadFile(n)
		if err != nil {
			panic(fmt.Sprintf("scoring: %v", err))
		}
		srcs[i] = langSource{Name: "scoring/" + n, Text: string(b)}
	}
	l, err := loadLanguage(srcs)
	if err != nil {
		panic(fmt.Sprintf("scoring: the language files are broken:\n%v", err))
	}
	return l
}

// setFlags holds one bit per word set: a token's sets, read without a
// map lookup (see wordSet.in).
type setFlags [9]uint64

// maxSets is how many word sets the language files may declare.
const maxSets = 64 * len(setFlags{})

// A set's bit (wordSet.bit) must hold every set's number: this fails to
// compile if setFlags grows past what a uint16 counts (a uint8 once
// wrapped silently at 256).
const _ = uint16(maxSets - 1)

// langSource is one language file: its name (for messages) and text.
type langSource struct {
	Name, Text string
}

// LangError lists every mistake found in language files, one
// "file:line: what (expected …)" per line.
type LangError struct {
	Problems []string
}

func (e *LangError) Error() string { return strings.Join(e.Problems, "\n") }

// statement is one logical line: the keyword, its head (what comes
// before the first colon) and its body.
type statement struct {
	pos        string // file:line
	dutch      bool   // from the Dutch file: its notes are Dutch
	keyword    string
	head, body string
}

// splitStatements joins continuation lines and drops comments.
func splitStatements(src langSource, errs *[]string) []statement {
	var out []statement
	for n, line := range strings.Split(src.Text, "\n") {
		if i := strings.Index(line, "#"); i >= 0 && !strings.HasPrefix(strings.TrimSpace(line[i:]), "#num") && !strings.HasPrefix(strings.TrimSpace(line[i:]), "#url") {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		pos := fmt.Sprintf("%s:%d", src.Name, n+1)
		if line[0] == ' ' || line[0] == '\t' {
			if len(out) == 0 {
				*errs = append(*errs, pos+": a continuation line with nothing to continue (expected a statement at the start of the line)")
				continue
			}
			last := &out[len(out)-1]
			last.body += " " + strings.TrimSpace(line)
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			*errs = append(*errs, fmt.Sprintf("%s: %q has no colon (expected KEYWORD …: …)", pos, strings.TrimSpace(line)))
			continue
		}
		kw, rest, _ := strings.Cut(strings.TrimSpace(head), " ")
		out = append(out, statement{pos: pos, keyword: kw, head: strings.TrimSpace(rest), body: strings.TrimSpace(body),
			dutch: strings.HasSuffix(src.Name, "nl.txt")})
	}
	return out
}

// loadLanguage compiles language files. It reports every mistake, not
// just the first.
func loadLanguage(srcs []langSource) (*language, error) {
	l := &language{sets: map[string]wordSet{}, flags: map[string]setFlags{}, notes: map[string]string{}, notesNL: map[string]string{},
		spell: map[string]string{}, expand: map[string][]string{}, idioms: map[string]string{}, starts: map[string]bool{},
		noFuzzy: map[string]bool{}, numbers: map[string]int{}, setPos: map[string]string{}}
	var errs []string
	var stmts []statement
	for _, src := range srcs {
		stmts = append(stmts, splitStatements(src, &errs)...)
	}
	words := map[string][]string{} // set name → its words, $refs unresolved
	var setOrder []string
	var rules []statement
	for _, st := range stmts {
		switch st.keyword {
		case "set":
			if !isName(st.head) {
				errs = append(errs, fmt.Sprintf("%s: set name %q (expected lower-case letters, digits and dashes)", st.pos, st.head))
				continue
			}
			if _, seen := words[st.head]; !seen {
				setOrder = append(setOrder, st.head)
				l.setPos[st.head] = st.pos
			}
			words[st.head] = append(words[st.head], strings.Fields(st.body)...)
		case "spell":
			for _, v := range strings.Fields(st.body) {
				l.spell[v] = st.head
			}
			if st.head == "" || st.body == "" {
				errs = append(errs, st.pos+": spell needs a form and its variants (expected spell FORM: VARIANT …)")
			}
		case "expand":
			if st.head == "" || st.body == "" {
				errs = append(errs, st.pos+": expand needs a word and what it stands for (expected expand WORD: WORD …)")
			}
			l.expand[st.head] = strings.Fields(st.body)
		case "idiom":
			ws := strings.Fields(st.body)
			if len(ws) != 2 || st.head == "" {
				errs = append(errs, st.pos+": an idiom is two words read as one (expected idiom FORM: WORD WORD)")
				continue
			}
			l.idioms[ws[0]+" "+ws[1]] = st.head
			l.starts[ws[0]] = true
		case "fuzzy":
			l.fuzzy = append(l.fuzzy, strings.Fields(st.body)...)
		case "compound":
			l.heads = append(l.heads, strings.Fields(st.body)...)
		case "nofuzzy":
			for _, w := range strings.Fields(st.body) {
				l.noFuzzy[w] = true
			}
		case "number":
			n, err := strconv.Atoi(st.head)
			if err != nil || n < 0 {
				errs = append(errs, fmt.Sprintf("%s: number %q (expected number N: WORD …, N a whole number)", st.pos, st.head))
				continue
			}
			for _, w := range strings.Fields(st.body) {
				l.numbers[w] = n
				if _, seen := words["number-words"]; !seen {
					setOrder = append(setOrder, "number-words")
					l.setPos["number-words"] = st.pos
				}
				words["number-words"] = append(words["number-words"], w)
			}
		case "note":
			if !isName(st.head) || st.body == "" {
				errs = append(errs, st.pos+": a note needs a name and a text (expected note NAME: TEXT)")
				continue
			}
			notes := l.notes
			if st.dutch {
				notes = l.notesNL
			}
			if _, dup := notes[st.head]; dup {
				errs = append(errs, fmt.Sprintf("%s: note %s is defined twice (expected one text per note and language)", st.pos, st.head))
			}
			notes[st.head] = st.body
		case "rule":
			rules = append(rules, st)
		default:
			errs = append(errs, fmt.Sprintf("%s: unknown statement %q (expected set, spell, expand, idiom, fuzzy, nofuzzy, number, note or rule)", st.pos, st.keyword))
		}
	}
	resolved := resolveSets(words, setOrder, l.setPos, &errs)
	if len(setOrder) > maxSets {
		errs = append(errs, fmt.Sprintf("%d word sets (expected at most %d)", len(setOrder), maxSets))
		setOrder = setOrder[:maxSets]
	}
	for bit, name := range setOrder {
		ws := wordSet{setWords: &setWords{m: make(map[string]bool, len(resolved[name])), name: name}, bit: uint16(bit)}
		for _, w := range resolved[name] {
			ws.m[w] = true
			f := l.flags[w]
			f[bit>>6] |= 1 << (bit & 63)
			l.flags[w] = f
		}
		ws.list = slices.Sorted(maps.Keys(ws.m))
		l.sets[name] = ws
	}
	classes := make(map[string]string, len(l.sets))
	for name, ws := range l.sets {
		classes[name] = strings.Join(slices.Sorted(maps.Keys(ws.m)), "|")
	}
	ids := map[string]string{}
	for _, st := range rules {
		es, err := parseRule(st, l.notes, classes)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", st.pos, err))
			continue
		}
		if first, dup := ids[es[0].id]; dup {
			errs = append(errs, fmt.Sprintf("%s: rule id %s is already used at %s (expected a unique id)", st.pos, es[0].id, first))
			continue
		}
		ids[es[0].id] = st.pos
		l.rules = append(l.rules, es...)
	}
	if len(errs) > 0 {
		return nil, &LangError{Problems: errs}
	}
	return l, nil
}

// resolveSets expands $name references inside set definitions.
func resolveSets(words map[string][]string, order []string, pos map[string]string, errs *[]string) map[string][]string {
	out := map[string][]string{}
	state := map[string]int{} // 1: resolving, 2: done
	var resolve func(name string) []string
	resolve = func(name string) []string {
		switch state[name] {
		case 1:
			*errs = append(*errs, fmt.Sprintf("%s: set %s includes itself (expected no cycle of $references)", pos[name], name))
			return nil
		case 2:
			return out[name]
		}
		state[name] = 1
		var ws []string
		for _, w := range words[name] {
			ref, isRef := strings.CutPrefix(w, "$")
			if !isRef {
				ws = append(ws, w)
				continue
			}
			if _, ok := words[ref]; !ok {
				*errs = append(*errs, fmt.Sprintf("%s: set %s names unknown set $%s (expected a set defined in a language file)", pos[name], name, ref))
				continue
			}
			ws = append(ws, resolve(ref)...)
		}
		state[name] = 2
		out[name] = ws
		return ws
	}
	for _, n := range order {
		resolve(n)
	}
	return out
}

// parseRule reads "rule ID CRITERIA [miss|cue] [scope=S] [tag=T]
// [kind=K] [lang=L] [note=N]: PATTERN" and checks its pattern compiles. CRITERIA
// is one criterion, or several joined by commas when one near miss
// explains itself under each ("empathy,apology"): one entry each.
func parseRule(st statement, notes, classes map[string]string) ([]entry, error) {
	f := strings.Fields(st.head)
	if len(f) < 2 {
		return nil, fmt.Errorf("rule %q (expected rule ID CRITERION [options]: PATTERN)", st.head)
	}
	e := entry{id: f[0], src: st.body}
	var crits []Criterion
	for _, c := range strings.Split(f[1], ",") {
		if !slices.Contains(Criteria(), Criterion(c)) {
			return nil, fmt.Errorf("rule %s: unknown criterion %q (expected one of %v)", e.id, c, Criteria())
		}
		crits = append(crits, Criterion(c))
	}
	one, err := parseRuleOptions(e, f[2:], notes, classes)
	if err != nil {
		return nil, err
	}
	out := make([]entry, len(crits))
	for i, c := range crits {
		out[i] = one
		out[i].crit = c
	}
	return out, nil
}

// parseRuleOptions reads a rule's options and checks its pattern.
func parseRuleOptions(e entry, opts []string, notes, classes map[string]string) (entry, error) {
	for _, opt := range opts {
		k, v, _ := strings.Cut(opt, "=")
		switch k {
		case "miss":
			e.role = miss
		case "cue":
			e.role = cue
		case "scope":
			switch v {
			case "span":
				e.scope = scopeSpan
			case "sentence":
				e.scope = scopeSentence
			case "note":
				e.scope = scopeNote
			default:
				return e, fmt.Errorf("rule %s: scope %q (expected span, sentence or note)", e.id, v)
			}
		case "tag":
			e.tag = v
		case "lang":
			if v != string(NL) && v != string(EN) {
				return e, fmt.Errorf("rule %s: lang %q (expected nl or en)", e.id, v)
			}
			e.only = Lang(v)
		case "kind":
			e.kind = BlameKind(v)
			if !slices.Contains(BlameKinds(), e.kind) {
				return e, fmt.Errorf("rule %s: blame kind %q (expected one of %v)", e.id, v, BlameKinds())
			}
		case "note":
			if _, ok := notes[v]; !ok {
				return e, fmt.Errorf("rule %s: unknown note %q (expected a note NAME: TEXT statement)", e.id, v)
			}
			e.note = v
		default:
			return e, fmt.Errorf("rule %s: unknown option %q (expected miss, cue, scope=, tag=, kind=, lang= or note=)", e.id, opt)
		}
	}
	if e.role == cue && e.tag == "" {
		return e, fmt.Errorf("rule %s: a cue needs a tag (expected tag=NAME)", e.id)
	}
	if _, err := compilePattern(e.src, classes); err != nil {
		return e, fmt.Errorf("rule %s: %v", e.id, err)
	}
	return e, nil
}

// isName reports whether s is a set or note name: lower-case letters,
// digits and dashes.
func isName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// set returns the word set called name. Rule code names its sets once,
// in package variables, so an unknown name stops the program at start-up
// (and fails every test).
func (l *language) set(name string) wordSet {
	ws, ok := l.sets[name]
	if !ok {
		panic(fmt.Sprintf("scoring: no word set %q in the language files", name))
	}
	return ws
}

// note checks that note name exists and returns it; an unknown name
// stops the program at start-up.
func (l *language) note(name string) string {
	if _, ok := l.notes[name]; !ok {
		panic(fmt.Sprintf("scoring: no note %q in the language files", name))
	}
	return name
}

// noteText returns note id in lang (English unless lang is NL), falling
// back to English when the Dutch text is missing (a test keeps both).
func (l *language) noteText(id string, lang Lang) string {
	if lang == NL {
		if t, ok := l.notesNL[id]; ok {
			return t
		}
	}
	return l.notes[id]
}

// classes returns the sets as pattern classes ($name → "a|b|c").
func (l *language) classes() map[string]string {
	out := make(map[string]string, len(l.sets))
	for name, ws := range l.sets {
		out[name] = strings.Join(slices.Sorted(maps.Keys(ws.m)), "|")
	}
	return out
}

// NoteTexts returns every hint the scorer can show, in lang: the texts a
// player of that language may read under a near miss.
func NoteTexts(lang Lang) []string {
	out := make([]string, 0, len(std.notes))
	for id := range std.notes {
		out = append(out, std.noteText(id, lang))
	}
	slices.Sort(out)
	return out
}
