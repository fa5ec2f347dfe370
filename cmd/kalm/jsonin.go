package main

import (
	"encoding/json"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeInput decodes one `kalm score --jsonl` line into in exactly as
// json.Unmarshal(line, in) does. The usual line ({"id":…,"text":…,
// "lang":…,"context":…}, maybe with more fields) is read by hand, without
// reflection; anything else (a key in another case or with an escape, a
// field given twice, a null, broken UTF-8, malformed JSON) goes to
// json.Unmarshal, which also words the errors. in.ID may share line's
// bytes.
func decodeInput(line []byte, in *jsonlInput) error {
	if decodeInputFast(line, in) {
		return nil
	}
	*in = jsonlInput{}
	return json.Unmarshal(line, in)
}

// maxSkipDepth bounds the nesting of a field decodeInputFast skips;
// deeper values are left to json.Unmarshal.
const maxSkipDepth = 64

// decodeInputFast is decodeInput's fast path. It fills in and returns
// true only for a line it read entirely and surely as json.Unmarshal
// would; on false, in holds garbage.
func decodeInputFast(b []byte, in *jsonlInput) bool {
	*in = jsonlInput{}
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	var seenID, seenText, seenLang, seenContext bool
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		// a key: plain ASCII, no escape
		if i >= len(b) || b[i] != '"' {
			return false
		}
		ks := i + 1
		ke, simple, ok := scanString(b, i)
		if !ok || !simple {
			return false
		}
		key := b[ks : ke-1]
		for _, c := range key {
			if c >= utf8.RuneSelf {
				return false
			}
		}
		i = skipSpace(b, ke)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return false
		}
		vs := i
		switch string(key) {
		case "id":
			if seenID {
				return false
			}
			seenID = true
			var end int
			switch {
			case b[i] == '"':
				end, _, ok = scanString(b, i)
			case b[i] == '-' || '0' <= b[i] && b[i] <= '9':
				end, ok = scanNumber(b, i)
			default:
				ok = false // null, true, an object…: json.Unmarshal's business
			}
			if !ok {
				return false
			}
			in.ID = json.RawMessage(b[vs:end])
			i = end
		case "text", "lang", "context":
			if key[0] == 't' && seenText || key[0] == 'l' && seenLang || key[0] == 'c' && seenContext {
				return false
			}
			if b[i] != '"' {
				return false
			}
			end, simple, ok := scanString(b, i)
			if !ok {
				return false
			}
			var s string
			if simple {
				s = string(b[vs+1 : end-1])
			} else {
				s = unescape(b[vs+1 : end-1])
			}
			switch key[0] {
			case 't':
				seenText, in.Text = true, &s
			case 'l':
				seenLang, in.Lang = true, s
			default:
				seenContext, in.Context = true, s
			}
			i = end
		default:
			if equalFoldASCII(key, "id") || equalFoldASCII(key, "text") || equalFoldASCII(key, "lang") || equalFoldASCII(key, "context") {
				return false // json.Unmarshal matches keys in any case
			}
			end, ok := skipValue(b, i, 0)
			if !ok {
				return false
			}
			i = end
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return skipSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// skipSpace returns the index of the first byte at or after i that is
// not JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString reads the JSON string whose opening quote is at b[i]. It
// returns the index after its closing quote, whether it holds no escape
// (then its bytes are its value), and ok: false for a string that is
// malformed, holds a control character or is not valid UTF-8.
func scanString(b []byte, i int) (end int, simple, ok bool) {
	simple = true
	ascii := true
	start := i + 1
	for i++; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"':
			if !ascii && !utf8.Valid(b[start:i]) {
				return 0, false, false
			}
			return i + 1, simple, true
		case c < 0x20:
			return 0, false, false
		case c >= utf8.RuneSelf:
			ascii = false
		case c == '\\':
			simple = false
			if i+1 >= len(b) {
				return 0, false, false
			}
			i++
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return 0, false, false
				}
				for _, h := range b[i+1 : i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return 0, false, false
					}
				}
				i += 4
			default:
				return 0, false, false
			}
		}
	}
	return 0, false, false
}

// scanNumber reads the JSON number at b[i]: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
// It returns the index after it, and false when there is none.
func scanNumber(b []byte, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(i)
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return 0, false
		}
		i = j
	}
	return i, true
}

// skipValue returns the index after the JSON value at b[i], validating
// it; false for a malformed one or one nested deeper than maxSkipDepth.
func skipValue(b []byte, i, depth int) (int, bool) {
	if i >= len(b) || depth > maxSkipDepth {
		return 0, false
	}
	switch c := b[i]; {
	case c == '"':
		end, _, ok := scanString(b, i)
		return end, ok
	case c == '-' || '0' <= c && c <= '9':
		return scanNumber(b, i)
	case c == 't':
		return literal(b, i, "true")
	case c == 'f':
		return literal(b, i, "false")
	case c == 'n':
		return literal(b, i, "null")
	case c == '[' || c == '{':
		closer := byte(']')
		if c == '{' {
			closer = '}'
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == closer {
			return i + 1, true
		}
		for {
			if c == '{' {
				if i >= len(b) || b[i] != '"' {
					return 0, false
				}
				end, _, ok := scanString(b, i)
				if !ok {
					return 0, false
				}
				i = skipSpace(b, end)
				if i >= len(b) || b[i] != ':' {
					return 0, false
				}
				i = skipSpace(b, i+1)
			}
			end, ok := skipValue(b, i, depth+1)
			if !ok {
				return 0, false
			}
			i = skipSpace(b, end)
			if i >= len(b) {
				return 0, false
			}
			switch b[i] {
			case ',':
				i = skipSpace(b, i+1)
			case closer:
				return i + 1, true
			default:
				return 0, false
			}
		}
	}
	return 0, false
}

// literal checks for the literal lit at b[i].
func literal(b []byte, i int, lit string) (int, bool) {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return 0, false
	}
	return i + len(lit), true
}

// equalFoldASCII reports whether the ASCII key equals the lower-case
// word w, ignoring case.
func equalFoldASCII(key []byte, w string) bool {
	if len(key) != len(w) {
		return false
	}
	for i := range key {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// unescape returns the value of the JSON string body b, which scanString
// found well-formed (valid UTF-8, valid escapes), as encoding/json
// decodes it: a \u escape of a lone surrogate is U+FFFD.
func unescape(b []byte) string {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		switch b[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(b[i+1 : i+5])
			i += 4
			if utf16.IsSurrogate(r) {
				if i+6 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
					if dec := utf16.DecodeRune(r, hex4(b[i+3:i+7])); dec != unicode.ReplacementChar {
						out = utf8.AppendRune(out, dec)
						i += 6
						continue
					}
				}
				r = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, r)
		default: // '"', '\\', '/'
			out = append(out, b[i])
		}
	}
	return string(out)
}

// hex4 reads four hex digits (checked by scanString).
func hex4(h []byte) rune {
	var r rune
	for _, c := range h {
		switch {
		case c <= '9':
			c -= '0'
		case c <= 'F':
			c -= 'A' - 10
		default:
			c -= 'a' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}
