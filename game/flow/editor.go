package flow

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Editor is a multi-line text box: its text and the cursor (a byte
// offset). It knows nothing of drawing; Up and Down move by logical lines.
type Editor struct {
	Text   string
	Cursor int
	// Max is the most bytes the text may hold (0: no limit).
	Max int
}

// Insert types s at the cursor, as far as Max allows.
func (e *Editor) Insert(s string) {
	e.clamp()
	if e.Max > 0 && len(e.Text)+len(s) > e.Max {
		room := e.Max - len(e.Text)
		if room <= 0 {
			return
		}
		for room > 0 && !utf8.RuneStart(s[room]) {
			room--
		}
		s = s[:room]
	}
	e.Text = e.Text[:e.Cursor] + s + e.Text[e.Cursor:]
	e.Cursor += len(s)
}

// Set replaces the text and cursor (an input method's commit).
func (e *Editor) Set(text string, cursor int) {
	e.Text, e.Cursor = text, cursor
	e.clamp()
}

// Clear empties the box.
func (e *Editor) Clear() { e.Text, e.Cursor = "", 0 }

func (e *Editor) clamp() {
	if e.Cursor < 0 {
		e.Cursor = 0
	}
	if e.Cursor > len(e.Text) {
		e.Cursor = len(e.Text)
	}
	for e.Cursor > 0 && e.Cursor < len(e.Text) && !utf8.RuneStart(e.Text[e.Cursor]) {
		e.Cursor--
	}
}

// Key applies an editing key and reports whether it was one.
func (e *Editor) Key(p Press) bool {
	e.clamp()
	switch p.Key {
	case KeyBackspace:
		from := e.prev()
		if p.Ctrl {
			from = e.prevWord()
		}
		e.Text = e.Text[:from] + e.Text[e.Cursor:]
		e.Cursor = from
	case KeyDelete:
		to := e.next()
		if p.Ctrl {
			to = e.nextWord()
		}
		e.Text = e.Text[:e.Cursor] + e.Text[to:]
	case KeyLeft:
		if p.Ctrl {
			e.Cursor = e.prevWord()
		} else {
			e.Cursor = e.prev()
		}
	case KeyRight:
		if p.Ctrl {
			e.Cursor = e.nextWord()
		} else {
			e.Cursor = e.next()
		}
	case KeyHome:
		e.Cursor = e.lineStart(e.Cursor)
	case KeyEnd:
		e.Cursor = e.lineEnd(e.Cursor)
	case KeyUp:
		start := e.lineStart(e.Cursor)
		if start == 0 {
			e.Cursor = 0
			return true
		}
		col := utf8.RuneCountInString(e.Text[start:e.Cursor])
		e.Cursor = e.atColumn(e.lineStart(start-1), col)
	case KeyDown:
		end := e.lineEnd(e.Cursor)
		if end == len(e.Text) {
			e.Cursor = end
			return true
		}
		col := utf8.RuneCountInString(e.Text[e.lineStart(e.Cursor):e.Cursor])
		e.Cursor = e.atColumn(end+1, col)
	default:
		return false
	}
	return true
}

func (e *Editor) prev() int {
	if e.Cursor == 0 {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(e.Text[:e.Cursor])
	return e.Cursor - n
}

func (e *Editor) next() int {
	if e.Cursor >= len(e.Text) {
		return len(e.Text)
	}
	_, n := utf8.DecodeRuneInString(e.Text[e.Cursor:])
	return e.Cursor + n
}

// prevWord is where Ctrl+Backspace deletes back to: over spaces, then
// over the word before them.
func (e *Editor) prevWord() int {
	i := e.Cursor
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(e.Text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(e.Text[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

func (e *Editor) nextWord() int {
	i := e.Cursor
	for i < len(e.Text) {
		r, n := utf8.DecodeRuneInString(e.Text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for i < len(e.Text) {
		r, n := utf8.DecodeRuneInString(e.Text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func (e *Editor) lineStart(i int) int {
	return strings.LastIndexByte(e.Text[:i], '\n') + 1
}

func (e *Editor) lineEnd(i int) int {
	j := strings.IndexByte(e.Text[i:], '\n')
	if j < 0 {
		return len(e.Text)
	}
	return i + j
}

// atColumn returns the offset col runes into the line starting at start,
// or the line's end.
func (e *Editor) atColumn(start, col int) int {
	end := e.lineEnd(start)
	i := start
	for c := 0; c < col && i < end; c++ {
		_, n := utf8.DecodeRuneInString(e.Text[i:])
		i += n
	}
	return i
}
