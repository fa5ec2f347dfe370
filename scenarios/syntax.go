package scenarios

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// A YAML syntax error from the parser names the line where the enclosing
// mapping or list began (often the parent key, and one line too early)
// and says what the parser missed ("did not find expected key"). The
// functions below find the line and column of the offending token in the
// raw text and say what is wrong in a trainer's words.

// syntaxFinding is a diagnosed syntax error: where and what.
type syntaxFinding struct {
	line, col int // 1-based; col counts characters
	msg       string
}

// diagnoseSyntax turns the parser's error on data into a position and a
// plain message. It never panics and re-parses at most a few dozen
// prefixes of data.
func diagnoseSyntax(data []byte, err error) (Pos, string) {
	reported, parserMsg := splitSyntaxError(err)
	lines := splitLines(data)
	if strings.HasPrefix(parserMsg, "unknown anchor ") {
		if f, ok := findAlias(lines); ok {
			return Pos{Line: f.line, Col: f.col}, f.msg
		}
	}
	first := firstFailingLine(lines, parserMsg, max(1, reported))
	if f, ok := diagnoseLines(lines, parserMsg, max(1, reported), first); ok {
		return Pos{Line: f.line, Col: f.col}, f.msg
	}
	return Pos{Line: first, Col: firstCol(lines, first)}, fallbackMessage(parserMsg)
}

// splitSyntaxError returns the line yaml.v3 names (0 when none) and its
// message without the "yaml: line N: " prefix.
func splitSyntaxError(err error) (int, string) {
	s := err.Error()
	if m := lineRE.FindStringSubmatchIndex(s); m != nil {
		line, _ := strconv.Atoi(s[m[2]:m[3]])
		return line, s[m[1]:]
	}
	return 0, strings.TrimPrefix(s, "yaml: ")
}

// splitLines splits data into lines without their line ends.
func splitLines(data []byte) []string {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// firstFailingLine returns the first line k (from lo on) such that the
// file cut after line k fails with the same parser message: the line
// where the parser gives up. It bisects, assuming that once the bad
// line is in, every longer cut fails the same way.
func firstFailingLine(lines []string, msg string, lo int) int {
	hi := len(lines)
	lo = min(lo, hi)
	for lo < hi {
		mid := (lo + hi) / 2
		if failsWith(lines[:mid], msg) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return hi
}

// failsWith reports whether lines parse with the error message msg.
func failsWith(lines []string, msg string) bool {
	src := strings.Join(lines, "\n") + "\n"
	dec := yaml.NewDecoder(strings.NewReader(src))
	for {
		var n yaml.Node
		err := safeDecode(dec, &n)
		if err == nil {
			continue
		}
		_, m := splitSyntaxError(err)
		return m == msg
	}
}

// noColonMsg is the parser's message for a name without its ':'.
const noColonMsg = "could not find expected ':'"

// diagnoseLines looks for the cause of a syntax error on lines lo..first
// (1-based), the parser's message being msg.
func diagnoseLines(lines []string, msg string, lo, first int) (syntaxFinding, bool) {
	if first < 1 || first > len(lines) {
		return syntaxFinding{}, false
	}
	for l := lo; l <= first && l <= len(lines); l++ {
		if f, ok := unclosedQuoteAt(lines, l); ok {
			return f, true
		}
	}
	if f, ok := scanLine(lines, first); ok {
		return f, true
	}
	if prev := prevContent(lines, first); prev > 0 && msg != noColonMsg {
		if f, ok := missingSpace(lines, prev); ok {
			return f, true
		}
	}
	if msg == noColonMsg {
		if f, ok := missingSpace(lines, first); ok {
			return f, true
		}
		if f, ok := noColon(lines, first); ok {
			return f, true
		}
	}
	if f, ok := dashSpace(lines, first); ok {
		return f, true
	}
	return indentation(lines, first)
}

// dashSpace reports a list item written "-id: x": the '-' needs a space.
func dashSpace(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	sh := shape(s)
	i := sh.keyAt
	if i+1 >= len(s) || s[i] != '-' || !(s[i+1] >= 'a' && s[i+1] <= 'z') {
		return syntaxFinding{}, false
	}
	return syntaxFinding{line: l, col: col(s, i),
		msg: fmt.Sprintf("a '-' that starts a list item needs a space after it (expected %q)", "- "+short(strings.TrimSpace(s[i+1:])))}, true
}

// fallbackMessage words a parser message the diagnoser could not place.
func fallbackMessage(msg string) string {
	plain := map[string]string{
		"did not find expected key":                              "this line does not fit the lines above it (expected name: value, lined up with the names above it)",
		"did not find expected '-' indicator":                    "this line does not fit the list above it (expected '- ' to start an item, lined up with the other items)",
		"did not find expected ',' or '}'":                       "a {…} is not closed or holds a text that needs quotes (expected ',' or '}' next; put texts with : , # or quotes in quotes)",
		"did not find expected ',' or ']'":                       "a […] is not closed or holds a text that needs quotes (expected ',' or ']' next; put texts with : , # or quotes in quotes)",
		"mapping values are not allowed in this context":         "a ':' where no name can start (expected a ':' only after a name; put a text with ':' in quotes)",
		"found unexpected end of stream":                         "the file ends inside a quoted text or a bracket (expected the closing quote or bracket)",
		"did not find expected node content":                     "a value is missing here (expected a text, a number or a list)",
		"block sequence entries are not allowed in this context": "a '- ' list item where none can start (expected the items on their own lines, below their name)",
	}
	if p, ok := plain[msg]; ok {
		return p
	}
	return "YAML syntax error: " + msg + " (expected valid YAML)"
}

// firstCol returns the column of line l's first character (1 when blank).
func firstCol(lines []string, l int) int {
	if l < 1 || l > len(lines) {
		return 1
	}
	s := lines[l-1]
	return 1 + len(s) - len(strings.TrimLeft(s, " "))
}

// col turns byte offset i of s into a 1-based character column.
func col(s string, i int) int {
	i = min(max(i, 0), len(s))
	return 1 + utf8.RuneCountInString(s[:i])
}

// isContent reports whether a line holds more than spaces and a comment.
func isContent(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t != "" && t[0] != '#'
}

// prevContent returns the content line before line l, or 0.
func prevContent(lines []string, l int) int {
	for k := l - 1; k >= 1; k-- {
		if isContent(lines[k-1]) {
			return k
		}
	}
	return 0
}

// nextContent returns the content line after line l, or 0.
func nextContent(lines []string, l int) int {
	for k := l + 1; k <= len(lines); k++ {
		if isContent(lines[k-1]) {
			return k
		}
	}
	return 0
}

// lineShape is a line's structure as far as the diagnoser needs it.
type lineShape struct {
	indent  int   // bytes of leading spaces
	dashes  []int // byte offsets of the "- " list markers
	keyAt   int   // byte offset of the name (after the markers)
	colon   int   // byte offset of the name's ':', -1 when none
	key     string
	valueAt int // byte offset of the value after "name: ", or after the markers
}

// shape reads a line's indentation, list markers, name and value start.
func shape(s string) lineShape {
	sh := lineShape{colon: -1}
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	sh.indent = i
	for i < len(s) && s[i] == '-' && (i+1 == len(s) || s[i+1] == ' ') {
		sh.dashes = append(sh.dashes, i)
		i++
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	sh.keyAt, sh.valueAt = i, i
	if c := keyColon(s, i); c >= 0 {
		sh.colon = c
		sh.key = strings.Trim(s[i:c], `"' `)
		j := c + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		sh.valueAt = j
	}
	return sh
}

// keyColon returns the offset of the ':' that ends a name starting at i
// ("name: " or "name:" at the end of the line), or -1.
func keyColon(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	switch s[i] {
	case '"', '\'':
		end, ok, _ := quoteEnd(s, i)
		if !ok || end+1 >= len(s) || s[end+1] != ':' {
			return -1
		}
		return end + 1
	case '{', '[', '#', '|', '>', '&', '*', '!':
		return -1
	}
	for j := i; j < len(s); j++ {
		switch {
		case s[j] == ':' && (j+1 == len(s) || s[j+1] == ' '):
			return j
		case s[j] == '#' && j > i && s[j-1] == ' ':
			return -1
		}
	}
	return -1
}

// yamlEscapes are the characters YAML allows after a backslash in "…".
const yamlEscapes = "0abt\tnvfre \"/\\N_LPxuU"

// quoteEnd returns the offset of the quote closing the quoted text that
// opens at s[i], whether it closes on this line, and the offset of the
// first escape YAML does not know inside "…" (-1 when none).
func quoteEnd(s string, i int) (end int, ok bool, badEscape int) {
	q := s[i]
	badEscape = -1
	for j := i + 1; j < len(s); j++ {
		switch {
		case q == '"' && s[j] == '\\':
			if j+1 < len(s) && !strings.ContainsRune(yamlEscapes, rune(s[j+1])) && badEscape < 0 {
				badEscape = j
			}
			j++
		case q == '\'' && s[j] == '\'' && j+1 < len(s) && s[j+1] == '\'':
			j++
		case s[j] == q:
			return j, true, badEscape
		}
	}
	return len(s), false, badEscape
}

// unclosedQuoteAt reports a quoted text opened on line l that does not
// close there and, where it does close on a later line, is followed by
// more text: the closing quote was meant to open the next text.
func unclosedQuoteAt(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	sh := shape(s)
	at := valueQuote(s, sh)
	if at < 0 {
		return syntaxFinding{}, false
	}
	if _, ok, _ := quoteEnd(s, at); ok {
		return syntaxFinding{}, false
	}
	q := s[at]
	// Follow the text over the next lines to its closing quote.
	for k := l + 1; k <= len(lines); k++ {
		t := lines[k-1]
		end, ok := quoteEndFrom(t, q)
		if !ok {
			continue
		}
		rest := strings.TrimSpace(t[end+1:])
		if rest == "" || rest[0] == '#' || rest[0] == ',' || rest[0] == '}' || rest[0] == ']' {
			return syntaxFinding{}, false // a text over several lines
		}
		break
	}
	return syntaxFinding{line: l, col: col(s, at),
		msg: fmt.Sprintf("this text opens with %c but does not close it on this line (expected a closing %c at the end of the text)", q, q)}, true
}

// quoteEndFrom finds the closing quote q in a line s that continues a
// quoted text, as an offset in s.
func quoteEndFrom(s string, q byte) (int, bool) {
	end, ok, _ := quoteEnd(string(q)+s, 0)
	return end - 1, ok
}

// valueQuote returns the offset of a quote opening the line's value (or
// a list item), or -1.
func valueQuote(s string, sh lineShape) int {
	at := sh.valueAt
	if at < len(s) && (s[at] == '"' || s[at] == '\'') {
		return at
	}
	return -1
}

// scanLine looks for a mistake on line l itself: a text that goes on
// after its closing quote, an unknown escape, an unquoted ':' inside a
// text, a character no text may start with, a list item after a name,
// and brackets that do not match.
func scanLine(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	if !isContent(s) {
		return syntaxFinding{}, false
	}
	sh := shape(s)
	at := sh.valueAt
	if sh.colon < 0 && len(sh.dashes) == 0 {
		return syntaxFinding{}, false // a name without ':' or a continued text
	}
	if f, ok := scanValue(s, at, sh.key); ok {
		f.line = l
		if f.msg == unclosedFlow && !endsFlow(lines, l, sh.indent) {
			return syntaxFinding{}, false
		}
		if f.msg == unclosedFlow {
			f.msg = fmt.Sprintf("this '%c' is not closed on this line (expected '%c' at the end of the line)", s[f.col], closer(s[f.col]))
		}
		f.col = col(s, f.col)
		return f, true
	}
	return syntaxFinding{}, false
}

// unclosedFlow marks a bracket left open at the end of its line; the
// caller decides whether the next line continues it.
const unclosedFlow = "\x00unclosed"

// endsFlow reports whether the line after l starts something new (a
// name or an item at l's indentation or less), so a bracket left open on
// l is a mistake rather than a list written over several lines.
func endsFlow(lines []string, l, indent int) bool {
	n := nextContent(lines, l)
	if n == 0 {
		return true
	}
	sh := shape(lines[n-1])
	return sh.indent <= indent && (sh.colon >= 0 || len(sh.dashes) > 0)
}

func closer(open byte) byte {
	if open == '{' {
		return '}'
	}
	return ']'
}

// scanValue checks the value that starts at byte i of s. The finding's
// col is a byte offset; line is left to the caller.
func scanValue(s string, i int, key string) (syntaxFinding, bool) {
	if i >= len(s) || s[i] == '#' {
		return syntaxFinding{}, false
	}
	switch c := s[i]; {
	case c == '"' || c == '\'':
		return afterQuote(s, i, false)
	case c == '{' || c == '[':
		return scanFlow(s, i)
	case c == '|' || c == '>':
		return syntaxFinding{}, false
	case c == '-' && i+1 < len(s) && s[i+1] == ' ':
		return syntaxFinding{col: i, msg: "a '- ' list item cannot follow a name on the same line (expected the items on the lines below, indented; or the text in quotes)"}, true
	case strings.IndexByte("@`%*,]}", c) >= 0:
		return syntaxFinding{col: i, msg: fmt.Sprintf("a text cannot start with '%c' (expected the text in quotes: %q)", c, short(strings.TrimSpace(s[i:])))}, true
	}
	if c := textColon(s, i, false); c >= 0 {
		return colonFinding(s, i, c, false), true
	}
	return syntaxFinding{}, false
}

// colonFinding reports the ':' at c inside the text that starts at i.
func colonFinding(s string, i, c int, flow bool) syntaxFinding {
	end := len(s)
	if flow {
		end = plainEnd(s, i)
	}
	if h := strings.Index(s[i:end], " #"); h >= 0 {
		end = i + h
	}
	text := strings.TrimSpace(s[i:end])
	return syntaxFinding{col: c, msg: fmt.Sprintf("a ':' inside a text needs quotes around the text (expected %q)", short(text))}
}

// textColon returns the offset of a ": " (or a ':' ending the text)
// inside the unquoted text starting at i, or -1. In a {…} or […] the
// text ends at ',', ']' or '}'.
func textColon(s string, i int, flow bool) int {
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '#' && j > i && s[j-1] == ' ':
			return -1
		case flow && (c == ',' || c == ']' || c == '}' || c == '[' || c == '{'):
			return -1
		case c == ':' && (j+1 == len(s) || s[j+1] == ' ' || (flow && strings.IndexByte(",]}", s[j+1]) >= 0)):
			return j
		}
	}
	return -1
}

// plainEnd returns where an unquoted text inside {…} or […] ends.
func plainEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		if strings.IndexByte(",]}", s[j]) >= 0 {
			return j
		}
	}
	return len(s)
}

// afterQuote checks a quoted text at s[i]: an unknown escape, and text
// after the closing quote. In a {…} a ',', ':', ']' or '}' may follow.
func afterQuote(s string, i int, flow bool) (syntaxFinding, bool) {
	end, ok, bad := quoteEnd(s, i)
	if bad >= 0 {
		return syntaxFinding{col: bad, msg: fmt.Sprintf("%q is not an escape YAML knows inside \"…\" (expected \\\\ for a backslash, or the text in single quotes)", s[bad:bad+2])}, true
	}
	if !ok {
		return syntaxFinding{col: i, msg: fmt.Sprintf("this text opens with %c but does not close it on this line (expected a closing %c at the end of the text)", s[i], s[i])}, true
	}
	j := end + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j == len(s) || s[j] == '#' || (flow && strings.IndexByte(",:]}", s[j]) >= 0) {
		return syntaxFinding{}, false
	}
	return syntaxFinding{col: j, msg: "the text goes on after its closing quote (expected the whole text inside the quotes; inside \"…\" write a quote as \\\", inside '…' an apostrophe as '')"}, true
}

// flowLevel is one open { or [ while scanning a line.
type flowLevel struct {
	open  byte
	at    int
	value bool // in a mapping entry's value (after its ':')
	empty bool // nothing since the bracket or the last ','
}

// scanFlow checks a {…} or […] that starts at s[i] and reports the first
// mistake: an unquoted ':' inside a text, an empty entry, a bracket that
// closes nothing or the wrong one, text after the closing bracket, a
// bracket still open at the end of the line (unclosedFlow).
func scanFlow(s string, i int) (syntaxFinding, bool) {
	stack := []flowLevel{{open: s[i], at: i, empty: true}}
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		top := len(stack) - 1
		switch {
		case c == ' ':
			continue
		case c == '#' && s[j-1] == ' ':
			j = len(s)
			continue
		case top < 0 && (c == '}' || c == ']'):
			return syntaxFinding{col: j, msg: fmt.Sprintf("this '%c' closes nothing (expected it only after a matching '%c')", c, openerOf(c))}, true
		case top < 0:
			return syntaxFinding{col: j, msg: fmt.Sprintf("text after the closing '%c' (expected the end of the line, or a comment after ' #')", closer(s[i]))}, true
		case c == '{' || c == '[':
			stack[top].empty = false
			stack = append(stack, flowLevel{open: c, at: j, empty: true})
		case c == '}' || c == ']':
			if stack[top].open != openerOf(c) {
				return syntaxFinding{col: stack[top].at, msg: fmt.Sprintf("this '%c' is not closed (expected '%c' before the '%c')", stack[top].open, closer(stack[top].open), c)}, true
			}
			stack = stack[:top]
		case c == ',':
			if stack[top].empty {
				return syntaxFinding{col: j, msg: "an empty entry before this ',' (expected a value, or remove the extra ',')"}, true
			}
			stack[top].empty, stack[top].value = true, false
		case c == ':' && (j+1 == len(s) || strings.IndexByte(" ,]}", s[j+1]) >= 0):
			stack[top].value = true
		case c == '"' || c == '\'':
			if f, ok := afterQuote(s, j, true); ok {
				return f, true
			}
			end, _, _ := quoteEnd(s, j)
			j = end
			stack[top].empty = false
		case strings.IndexByte("@`%*", c) >= 0:
			return syntaxFinding{col: j, msg: fmt.Sprintf("a text cannot start with '%c' (expected the text in quotes)", c)}, true
		default:
			stack[top].empty = false
			k := textColon(s, j, true)
			if k >= 0 && stack[top].value {
				return colonFinding(s, j, k, true), true
			}
			if k >= 0 {
				stack[top].value = true
				j = k
				continue
			}
			j = plainEnd(s, j) - 1
		}
	}
	if len(stack) > 0 {
		return syntaxFinding{col: stack[len(stack)-1].at, msg: unclosedFlow}, true
	}
	return syntaxFinding{}, false
}

func openerOf(c byte) byte {
	if c == '}' {
		return '{'
	}
	return '['
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// missingSpace reports "name:value" on line l: a ':' after a name
// without the space YAML needs.
func missingSpace(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	sh := shape(s)
	if sh.colon >= 0 {
		return syntaxFinding{}, false
	}
	i := sh.keyAt
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '_') {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != ':' || s[j+1] == ' ' || s[j+1] == '/' {
		return syntaxFinding{}, false
	}
	return syntaxFinding{line: l, col: col(s, j),
		msg: fmt.Sprintf("a ':' after a name needs a space (expected %q)", s[i:j+1]+" "+short(s[j+1:]))}, true
}

// noColon reports a line that holds a name without its ':'.
func noColon(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	sh := shape(s)
	if sh.colon >= 0 || !isContent(s) {
		return syntaxFinding{}, false
	}
	text := strings.TrimSpace(s[sh.keyAt:])
	want := text + ": …"
	if name, rest, ok := strings.Cut(text, " "); ok {
		want = name + ": " + rest
	}
	return syntaxFinding{line: l, col: col(s, sh.keyAt),
		msg: fmt.Sprintf("this line has no ':' after its name (expected %q)", short(want))}, true
}

// indentation reports a line indented deeper than the name above it, or
// less deep without lining up with any name above it.
func indentation(lines []string, l int) (syntaxFinding, bool) {
	s := lines[l-1]
	if !isContent(s) {
		return syntaxFinding{}, false
	}
	prev := prevContent(lines, l)
	if prev == 0 {
		return syntaxFinding{}, false
	}
	cur, above := shape(s), shape(lines[prev-1])
	if f, ok := blockTextIndent(lines, l, cur); ok {
		return f, true
	}
	if f, ok := siblings(lines, l, prev, cur, above); ok {
		return f, true
	}
	if cur.indent > above.keyAt && !opensBlock(lines[prev-1], above) {
		return syntaxFinding{line: l, col: cur.indent + 1,
			msg: fmt.Sprintf("this line is indented deeper than the key above it (expected column %d, like %s on line %d)", above.keyAt+1, nameOf(lines[prev-1], above), prev)}, true
	}
	if cur.indent >= above.keyAt {
		return syntaxFinding{}, false
	}
	chain := openColumns(lines, l)
	for _, c := range chain {
		if c.col == cur.indent && (!c.dash || len(cur.dashes) > 0) {
			return syntaxFinding{}, false // lines up: not an indentation mistake
		}
	}
	for _, c := range chain {
		if c.col == cur.indent && c.dash {
			return syntaxFinding{line: l, col: cur.indent + 1,
				msg: fmt.Sprintf("this line lines up with the '-' of the list item on line %d (expected column %d to belong to that item, or '- ' to start a new one)", c.line, c.col+3)}, true
		}
	}
	deeper, shallower := nearestColumns(chain, cur.indent)
	want := ""
	switch {
	case deeper != nil && shallower != nil:
		want = fmt.Sprintf("column %d like %s, or column %d like %s", deeper.col+1, deeper.name, shallower.col+1, shallower.name)
	case deeper != nil:
		want = fmt.Sprintf("column %d like %s", deeper.col+1, deeper.name)
	case shallower != nil:
		want = fmt.Sprintf("column %d like %s", shallower.col+1, shallower.name)
	default:
		return syntaxFinding{}, false
	}
	return syntaxFinding{line: l, col: cur.indent + 1,
		msg: fmt.Sprintf("this line lines up with no key above it (expected %s)", want)}, true
}

// siblings reports line l and the line above it, prev, both under the
// same name (prev being its first line) but starting in different
// columns: either may be the one out of place.
func siblings(lines []string, l, prev int, cur, above lineShape) (syntaxFinding, bool) {
	parent := prevContent(lines, prev)
	if parent == 0 || len(cur.dashes) > 0 || len(above.dashes) > 0 || cur.indent == above.indent {
		return syntaxFinding{}, false
	}
	ps := shape(lines[parent-1])
	if !opensBlock(lines[parent-1], ps) || ps.keyAt >= above.indent || ps.keyAt >= cur.indent || ps.key == "" {
		return syntaxFinding{}, false
	}
	return syntaxFinding{line: l, col: cur.indent + 1,
		msg: fmt.Sprintf("this line and %s on line %d are both under %q but start in different columns (expected the same column for both: %d or %d)",
			nameOf(lines[prev-1], above), prev, ps.key, above.indent+1, cur.indent+1)}, true
}

// blockTextIndent reports a line of a block text ("name: |" or ">")
// indented less than the text's first line but more than its name: the
// text's lines must start in one column.
func blockTextIndent(lines []string, l int, cur lineShape) (syntaxFinding, bool) {
	header := 0
	for k := l - 1; k >= 1; k-- {
		if isContent(lines[k-1]) && shape(lines[k-1]).indent < cur.indent {
			header = k
			break
		}
	}
	if header == 0 {
		return syntaxFinding{}, false
	}
	hs := shape(lines[header-1])
	v := strings.TrimSpace(lines[header-1][min(hs.valueAt, len(lines[header-1])):])
	first := nextContent(lines, header)
	if !strings.HasPrefix(v, "|") && !strings.HasPrefix(v, ">") || first == 0 || first == l {
		return syntaxFinding{}, false
	}
	fi := shape(lines[first-1]).indent
	if fi <= cur.indent {
		return syntaxFinding{}, false
	}
	return syntaxFinding{line: l, col: cur.indent + 1,
		msg: fmt.Sprintf("this line of the text under %q starts left of the text's first line, line %d (expected every line of the text in the same column: %d or %d)",
			hs.key, first, fi+1, cur.indent+1)}, true
}

// opensBlock reports whether a line's value continues on the lines below
// ("name:" alone, "name: |", or a lone "-").
func opensBlock(s string, sh lineShape) bool {
	v := strings.TrimSpace(s[min(sh.valueAt, len(s)):])
	if h := strings.Index(v, " #"); h >= 0 {
		v = strings.TrimSpace(v[:h])
	}
	if strings.HasPrefix(v, "#") {
		v = ""
	}
	return v == "" || strings.HasPrefix(v, "|") || strings.HasPrefix(v, ">")
}

// nameOf names a line's key for messages: "words" or "- id".
func nameOf(s string, sh lineShape) string {
	if sh.key != "" {
		return fmt.Sprintf("%q", sh.key)
	}
	return fmt.Sprintf("%q", short(strings.TrimSpace(s)))
}

// openColumn is a column where the lines above a line open a mapping
// (a name) or a list ('-').
type openColumn struct {
	col  int // 0-based
	dash bool
	line int
	name string
}

// openColumns returns the columns still open at line l: for the line
// above and each less indented line above that, its '-' markers and its
// name.
func openColumns(lines []string, l int) []openColumn {
	var out []openColumn
	least := 1 << 30
	for k := l - 1; k >= 1 && least > 0; k-- {
		s := lines[k-1]
		if !isContent(s) {
			continue
		}
		sh := shape(s)
		if sh.indent >= least || (sh.colon < 0 && len(sh.dashes) == 0) {
			continue // deeper, or a line of text: no key opens there
		}
		least = sh.indent
		for _, d := range sh.dashes {
			out = append(out, openColumn{col: d, dash: true, line: k, name: fmt.Sprintf("%q", "- "+sh.key)})
		}
		out = append(out, openColumn{col: sh.keyAt, line: k, name: nameOf(s, sh)})
	}
	return out
}

// nearestColumns returns the open name columns just right and just left
// of c.
func nearestColumns(chain []openColumn, c int) (deeper, shallower *openColumn) {
	for i := range chain {
		oc := &chain[i]
		switch {
		case oc.col > c && (deeper == nil || oc.col < deeper.col):
			deeper = oc
		case oc.col < c && (shallower == nil || oc.col > shallower.col):
			shallower = oc
		}
	}
	return deeper, shallower
}

// findAlias finds the first "*name" that starts a value: YAML reads it
// as a reference to an anchor.
func findAlias(lines []string) (syntaxFinding, bool) {
	for l, s := range lines {
		if !isContent(s) {
			continue
		}
		sh := shape(s)
		if sh.valueAt < len(s) && s[sh.valueAt] == '*' {
			return syntaxFinding{line: l + 1, col: col(s, sh.valueAt),
				msg: fmt.Sprintf("a text cannot start with '*' (expected the text in quotes: %q)", short(strings.TrimSpace(s[sh.valueAt:])))}, true
		}
		if i := strings.Index(s, ", *"); i >= 0 {
			return syntaxFinding{line: l + 1, col: col(s, i+2), msg: "a text cannot start with '*' (expected the text in quotes)"}, true
		}
	}
	return syntaxFinding{}, false
}
