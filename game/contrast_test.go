package game

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
)

// luminance is a colour's WCAG 2 relative luminance.
func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG 2 contrast ratio of two colours (1 to 21).
func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// minContrast is WCAG AA for normal text.
const minContrast = 4.5

func TestContrastFormula(t *testing.T) {
	tests := []struct {
		a, b color.RGBA
		want float64
	}{
		{color.RGBA{0, 0, 0, 255}, color.RGBA{255, 255, 255, 255}, 21},
		{color.RGBA{255, 255, 255, 255}, color.RGBA{255, 255, 255, 255}, 1},
		{color.RGBA{0x76, 0x76, 0x76, 255}, color.RGBA{255, 255, 255, 255}, 4.54}, // the lightest AA grey on white
	}
	for _, tc := range tests {
		assert.InDelta(t, tc.want, contrast(tc.a, tc.b), 0.01)
		assert.InDelta(t, tc.want, contrast(tc.b, tc.a), 0.01)
	}
}

// TestPaletteTextIsLegible: every text colour of the palette is at least
// 4.5:1 against every background it is drawn on.
func TestPaletteTextIsLegible(t *testing.T) {
	for _, p := range textPairs {
		r := contrast(p.fg, p.bg)
		assert.GreaterOrEqual(t, r, minContrast, "%s: %.2f:1", p.what, r)
	}
}

// textInks are the colours text may be drawn in: the palette's inks.
func textInks() map[color.RGBA]bool {
	inks := map[color.RGBA]bool{}
	for _, p := range textPairs {
		inks[p.fg] = true
	}
	return inks
}

// checkContrast fails when a drawn text is not in one of the palette's
// inks or, with a display to read the frame back, has less than 4.5:1
// against the colour most common under it (its background).
func checkContrast(t *testing.T, img *ebiten.Image, rec []textBox) {
	t.Helper()
	inks := textInks()
	for _, b := range rec {
		assert.True(t, inks[b.c], "%q is drawn in %v, not a palette ink", b.s, b.c)
	}
	if !haveDisplay {
		return
	}
	bounds := img.Bounds()
	pix := make([]byte, 4*bounds.Dx()*bounds.Dy())
	img.ReadPixels(pix)
	for _, b := range rec {
		bg, ok := commonColour(pix, bounds.Dx(), image.Rect(int(b.x0), int(b.y0), int(b.x1), int(b.y1)).Intersect(bounds))
		if !ok {
			continue
		}
		r := contrast(b.c, bg)
		assert.GreaterOrEqual(t, r, minContrast, "%q: %v on %v is %.2f:1", b.s, b.c, bg, r)
	}
}

// commonColour returns the most common colour of the frame's pixels in
// r (w pixels a row).
func commonColour(pix []byte, w int, r image.Rectangle) (color.RGBA, bool) {
	counts := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := 4 * (y*w + x)
			counts[color.RGBA{pix[i], pix[i+1], pix[i+2], 255}]++
		}
	}
	best, n := color.RGBA{}, 0
	for c, k := range counts {
		if k > n {
			best, n = c, k
		}
	}
	return best, n > 0
}
