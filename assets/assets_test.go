package assets

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font/sfnt"
)

// The game's texts use these characters; the fonts must have them all.
const needed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?'\"()-–—…·éëèêïöüäÉçß€←↑→↓♪♫●○‹›▲"

func TestFontsHaveDutchAndEnglishGlyphs(t *testing.T) {
	for name, data := range map[string][]byte{"regular": Regular(), "bold": Bold()} {
		f, err := sfnt.Parse(data)
		require.NoError(t, err, name)
		var buf sfnt.Buffer
		for _, r := range needed {
			i, err := f.GlyphIndex(&buf, r)
			require.NoError(t, err)
			assert.NotZero(t, i, "%s font lacks %q", name, r)
		}
	}
}
