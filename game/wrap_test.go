package game

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// runeWidth measures one unit per character.
func runeWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func lines(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "het spijt me", 20, []string{"het spijt me"}},
		{"at spaces", "het spijt me echt", 10, []string{"het spijt", "me echt"}},
		{"newline", "ja\n\nnee", 10, []string{"ja", "", "nee"}},
		{"long word", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"accents kept whole", "ééééé", 2, []string{"éé", "éé", "é"}},
		{"empty", "", 5, []string{""}},
		{"spaces dropped at break", "aaa    bbb", 4, []string{"aaa", "bbb"}},
		{"zero width", "ab", 0, []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, lines(tc.text, Wrap(tc.text, tc.width, runeWidth)))
		})
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("Ik begrijp dat u boos bent.\nHet spijt me.", 7)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if !utf8.ValidString(text) {
			return
		}
		w := float64(width%40 + 1)
		var got strings.Builder
		for _, s := range Wrap(text, w, runeWidth) {
			if s.Start > s.End || s.End > len(text) {
				t.Fatalf("bad span %v", s)
			}
			line := text[s.Start:s.End]
			if runeWidth(line) > w && utf8.RuneCountInString(line) > 1 {
				t.Fatalf("line %q wider than %v", line, w)
			}
			got.WriteString(line)
		}
		if strings.Join(strings.Fields(got.String()), "") != strings.Join(strings.Fields(text), "") {
			t.Fatalf("text lost: %q vs %q", got.String(), text)
		}
	})
}

func TestGlueHintsWrapsOnlyBetweenHints(t *testing.T) {
	help := glueHints("Enter send · Ctrl+M sound · Esc hang up")
	tests := []struct {
		width int
		want  []string
	}{
		{100, []string{"Enter send · Ctrl+M sound · Esc hang up"}},
		{28, []string{"Enter send · Ctrl+M sound ·", "Esc hang up"}},
		{14, []string{"Enter send ·", "Ctrl+M sound ·", "Esc hang up"}},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range Wrap(help, float64(tc.width), func(s string) float64 { return float64(utf8.RuneCountInString(s)) }) {
			got = append(got, strings.ReplaceAll(help[sp.Start:sp.End], "\u00a0", " "))
		}
		assert.Equal(t, tc.want, got, "width %d", tc.width)
	}
}
