package scoring

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// The tokenizer reads ASCII bytes on a fast path; these tests hold it to
// the rune-by-rune definitions it replaced.

func refAppendNorm(dst []byte, w string) []byte {
	for _, r := range w {
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

func refScanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || (unicode.IsDigit(r) && j > i) {
			j += size
			continue
		}
		if (r == '\'' || r == '’') && (j == i || j+size < len(s) && refIsLetterStart(s[j+size:])) {
			j += size
			continue
		}
		if (r == '-' || r == '‐') && j > i && j+size < len(s) && refIsLetterStart(s[j+size:]) {
			j += size
			continue
		}
		if r == '&' && j > i && j-i <= 2 && j+1 < len(s) && ('a' <= s[j+1]|0x20 && s[j+1]|0x20 <= 'z') {
			j += size
			continue
		}
		break
	}
	return j
}

func refIsLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func refIsURLStart(s string) bool {
	p := strings.ToLower(s[:min(len(s), 12)])
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "www.")
}

// tokenizerSamples are words and snippets with every ASCII byte, accents,
// marks, curly quotes, dashes and broken UTF-8.
func tokenizerSamples() []string {
	out := []string{
		"", "a", "Sorry", "I'm", "m'n", "’t", "e-mail", "gsm‐nummer", "ÉÉN", "café", "cafe\u0301", "naïef",
		"ŞİMDİ", "straße", "KELVIN\u212A", "x\xffy", "\xc3", "15u30", "a-", "-a", "a--b", "it`s", "Ǆ", "ǅx",
		"HTTP://x", "Https://x.nl", "WWW.x", "wWw.", "http:/", "htt", "\u212Attp://", "İ", "h\u0130tp://",
	}
	for c := 0; c < 0x80; c++ {
		out = append(out, "ab"+string(rune(c))+"Cd", string(rune(c))+"x", "x"+string(rune(c)))
	}
	for _, r := range "àÀçÑøØæ߀’‘‐—–…😊\u0300\u0301\u200d\u00ad\u0130\u212a\ufffd" {
		out = append(out, "ab"+string(r)+"Cd", string(r)+"x", "x"+string(r))
	}
	return out
}

func TestTokenizerFastPaths(t *testing.T) {
	for _, s := range tokenizerSamples() {
		assert.Equal(t, string(refAppendNorm(nil, s)), string(appendNorm(nil, s)), "appendNorm(%q)", s)
		assert.Equal(t, refIsLetterStart(s), isLetterStart(s), "isLetterStart(%q)", s)
		assert.Equal(t, refIsURLStart(s), isURLStart(s), "isURLStart(%q)", s)
		for i := 0; i <= len(s); i++ {
			assert.Equal(t, refScanWord(s, i), scanWord(s, i), "scanWord(%q, %d)", s, i)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		assert.Equal(t, unicode.IsLetter(r) || unicode.IsDigit(r), isWordRune(r), "isWordRune(%U)", r)
	}
}
