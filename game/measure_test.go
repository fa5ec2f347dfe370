package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/game/flow"
)

// TestMeasuringShapesWholeLines: positions inside a line are measured
// on the line shaped whole (where a font kerns or joins, a prefix shaped
// alone is off): from 0 at the start, never going back, to the line's
// width at its end; a byte inside a character snaps to its start.
func TestMeasuringShapesWholeLines(t *testing.T) {
	f, err := loadFonts()
	require.NoError(t, err)
	face := &text.GoTextFace{Source: f.regular, Size: 40}

	tests := []string{"AVATAR", "Wat vervelend, Tom!", "Yvonne: ‘Te laat.’"}
	for _, line := range tests {
		t.Run(line, func(t *testing.T) {
			assert.Zero(t, caretX(line, 0, face))
			assert.InDelta(t, textWidth(line, face), caretX(line, len(line), face), 1e-9, "the end of the line is its width")
			prev := 0.0
			for i := range line {
				x := caretX(line, i, face)
				assert.GreaterOrEqual(t, x, prev, "the caret moves right along the line")
				prev = x
			}
		})
	}
	assert.Equal(t, caretX("héél", 1, face), caretX("héél", 2, face), "inside é is before it")
	assert.Less(t, caretX("héél", 2, face), caretX("héél", 3, face))
	assert.Equal(t, textWidth("ab", face), caretX("ab", 99, face), "past the end is the end")
}

// TestTheEditorsCaretSitsInTheShapedLine: the caret the text box draws
// (and hands the input method) is at the in-line position of the cursor.
func TestTheEditorsCaretSitsInTheShapedLine(t *testing.T) {
	needDisplay(t)
	f, err := loadFonts()
	require.NoError(t, err)
	p := newPainter(ebiten.NewImage(800, 600), f, false, newWrapCache(), newSprites())
	for _, cursor := range []int{1, 3, 6} {
		ed := &flow.Editor{Text: "AVAVAV", Cursor: cursor}
		caret := p.editor(ed, "", 10, 10, 600, 100, true)
		want := 10 + p.U*0.5 + caretX(ed.Text, cursor, p.body)
		assert.Equal(t, int(want), caret.Min.X, "cursor %d", cursor)
	}
}
