package main

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"kalm/scoring"
)

// appendResultJSON writes one `kalm score --jsonl` output line by hand:
// encoding/json's reflection would cost more than scoring the reply.
func appendResultJSON(b []byte, id json.RawMessage, r scoring.Result) []byte {
	b = append(b, `{"id":`...)
	b = appendID(b, id)
	b = append(b, `,"scorer":`...)
	b = appendString(b, scoring.Version)
	b = append(b, `,"lang":`...)
	b = appendString(b, string(r.Lang))
	if r.Cut {
		b = append(b, `,"cut":true`...)
	}
	b = append(b, `,"criteria":{`...)
	for i, c := range scoring.Criteria() {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, string(c))
		b = append(b, ':')
		b = strconv.AppendBool(b, r.Criteria.Get(c))
	}
	b = append(b, `},"blame_kind":`...)
	b = appendString(b, string(r.BlameKind))
	b = append(b, `,"findings":[`...)
	for i, f := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"criterion":`...)
		b = appendString(b, string(f.Criterion))
		b = append(b, `,"hit":`...)
		b = strconv.AppendBool(b, f.Hit)
		if f.Kind != "" {
			b = append(b, `,"kind":`...)
			b = appendString(b, string(f.Kind))
		}
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, `,"text":`...)
		b = appendString(b, f.Text)
		b = append(b, `,"rule":`...)
		b = appendString(b, f.Rule)
		if f.Note != "" {
			b = append(b, `,"note":`...)
			b = appendString(b, f.Note)
			b = append(b, `,"note_id":`...)
			b = appendString(b, f.NoteID)
		}
		b = append(b, '}')
	}
	return append(b, "]}\n"...)
}

// appendError writes an error line for input line lineNo.
func appendError(b []byte, id json.RawMessage, lineNo int, msg string) []byte {
	b = append(b, `{"id":`...)
	b = appendID(b, id)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(lineNo), 10)
	b = append(b, `,"error":`...)
	b = appendString(b, msg)
	return append(b, "}\n"...)
}

// appendID echoes the input id as given (string or number), or null.
func appendID(b []byte, id json.RawMessage) []byte {
	if len(id) == 0 {
		return append(b, "null"...)
	}
	return append(b, id...)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, replacing invalid UTF-8.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
