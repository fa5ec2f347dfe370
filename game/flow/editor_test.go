package flow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEditorKeys(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		cursor int
		keys   []Press
		want   string
		wantAt int
	}{
		{"backspace rune", "café", 5, []Press{{Key: KeyBackspace}}, "caf", 3},
		{"ctrl backspace word", "het spijt me  ", 14, []Press{{Key: KeyBackspace, Ctrl: true}}, "het spijt ", 10},
		{"ctrl backspace at start", "abc", 0, []Press{{Key: KeyBackspace, Ctrl: true}}, "abc", 0},
		{"delete", "abc", 1, []Press{{Key: KeyDelete}}, "ac", 1},
		{"ctrl delete", "one two", 0, []Press{{Key: KeyDelete, Ctrl: true}}, "two", 0},
		{"left right", "ëa", 0, []Press{{Key: KeyRight}, {Key: KeyRight}, {Key: KeyLeft}}, "ëa", 2},
		{"ctrl left", "one two", 7, []Press{{Key: KeyLeft, Ctrl: true}}, "one two", 4},
		{"home end", "ab\ncd", 4, []Press{{Key: KeyHome}}, "ab\ncd", 3},
		{"end", "ab\ncd", 0, []Press{{Key: KeyEnd}}, "ab\ncd", 2},
		{"up keeps column", "abcd\nxy", 7, []Press{{Key: KeyUp}}, "abcd\nxy", 2},
		{"down to shorter", "abcd\nxy", 4, []Press{{Key: KeyDown}}, "abcd\nxy", 7},
		{"up on first line", "abc", 2, []Press{{Key: KeyUp}}, "abc", 0},
		{"down on last line", "abc", 1, []Press{{Key: KeyDown}}, "abc", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := Editor{Text: tc.text, Cursor: tc.cursor}
			for _, k := range tc.keys {
				assert.True(t, e.Key(k))
			}
			assert.Equal(t, tc.want, e.Text)
			assert.Equal(t, tc.wantAt, e.Cursor)
		})
	}
}

func TestEditorInsertRespectsMaxAndRunes(t *testing.T) {
	e := Editor{Max: 5}
	e.Insert("abcé€")
	assert.Equal(t, "abcé", e.Text, "a character is never split")
	e.Insert("x")
	assert.Equal(t, "abcé", e.Text)
	e.Set("hello", 99)
	assert.Equal(t, 5, e.Cursor)
	e.Set("é", 1)
	assert.Equal(t, 0, e.Cursor, "a cursor inside a character moves to its start")
	assert.False(t, e.Key(Press{Key: KeyEscape}))
}

func FuzzEditor(f *testing.F) {
	f.Add("het spijt me\nécht", 3, uint8(1))
	f.Fuzz(func(t *testing.T, text string, cursor int, k uint8) {
		e := Editor{Text: text, Cursor: cursor}
		e.Key(Press{Key: Key(k%16 + 1), Ctrl: k&32 != 0})
		e.Insert("ü")
		if e.Cursor < 0 || e.Cursor > len(e.Text) {
			t.Fatalf("cursor %d out of %q", e.Cursor, e.Text)
		}
	})
}
