package game

import (
	"strings"
	"unicode/utf8"
)

// Span is one wrapped line: text[Start:End] of the original.
type Span struct {
	Start, End int
}

// Wrap breaks text into lines no wider than width, at spaces where it
// can and inside a word only when the word alone is too wide. Newlines
// always break. measure returns the width of a piece of text.
func Wrap(text string, width float64, measure func(string) float64) []Span {
	var out []Span
	start := 0
	for {
		nl := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if nl >= 0 {
			end = start + nl
		}
		out = wrapLine(out, text, start, end, width, measure)
		if nl < 0 {
			return out
		}
		start = end + 1
	}
}

// wrapLine wraps text[start:end], which holds no newline, word by word.
func wrapLine(out []Span, text string, start, end int, width float64, measure func(string) float64) []Span {
	n0 := len(out)
	ls, le := start, start // the line being filled: text[ls:le]
	i := start
	for i < end {
		j := i
		for j < end && text[j] == ' ' {
			j++
		}
		if j == end {
			break
		}
		k := j
		for k < end && text[k] != ' ' {
			k++
		}
		i = k
		if le > ls {
			if measure(text[ls:k]) <= width {
				le = k
				continue
			}
			out = append(out, Span{ls, le})
		}
		ls, le = j, j
		if measure(text[j:k]) <= width {
			le = k
			continue
		}
		// A word wider than the line: break it between characters.
		p := j
		for p < k {
			_, n := utf8.DecodeRuneInString(text[p:])
			q := p + n
			for q < k {
				_, m := utf8.DecodeRuneInString(text[q:])
				if measure(text[p:q+m]) > width {
					break
				}
				q += m
			}
			if q < k {
				out = append(out, Span{p, q})
				p = q
				continue
			}
			ls, le = p, k
			p = k
		}
	}
	if le > ls || len(out) == n0 {
		out = append(out, Span{ls, le})
	}
	return out
}

// glueHints keeps each hint of a " · "-separated help line on one line:
// the spaces inside a hint become no-break spaces, so the line wraps
// only between hints ("Ctrl+M sound · Esc hang up", never "Ctrl+M /
// sound").
func glueHints(help string) string {
	parts := strings.Split(help, " · ")
	for i, s := range parts {
		parts[i] = strings.ReplaceAll(s, " ", "\u00a0")
	}
	return strings.Join(parts, " · ")
}
