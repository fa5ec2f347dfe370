package game

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// sprites are small images that filled shapes are drawn from, so that
// boxes and text batch into few draw calls (vector paths do not).
type sprites struct {
	white   *ebiten.Image // one white pixel
	corners [4]*ebiten.Image
	// faces are the customers' portraits drawn lately.
	faces faceCache
}

const cornerR = 32 // the corner sprites' radius in pixels

func newSprites() *sprites {
	w := ebiten.NewImage(3, 3)
	w.Fill(color.White)
	c := ebiten.NewImage(2*cornerR, 2*cornerR)
	vector.FillCircle(c, cornerR, cornerR, cornerR, color.White, true)
	s := &sprites{white: w.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)}
	for i, r := range []image.Rectangle{
		image.Rect(0, 0, cornerR, cornerR), image.Rect(cornerR, 0, 2*cornerR, cornerR),
		image.Rect(0, cornerR, cornerR, 2*cornerR), image.Rect(cornerR, cornerR, 2*cornerR, 2*cornerR),
	} {
		s.corners[i] = c.SubImage(r).(*ebiten.Image)
	}
	return s
}

// fillRect draws a filled rectangle from the white pixel.
func (s *sprites) fillRect(dst *ebiten.Image, x, y, w, h float64, c color.Color) {
	if w <= 0 || h <= 0 {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(w, h)
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	dst.DrawImage(s.white, op)
}

// roundRect draws a filled rectangle with corners of radius r.
func (s *sprites) roundRect(dst *ebiten.Image, x, y, w, h, r float64, c color.Color) {
	r = max(0, min(r, w/2, h/2))
	s.fillRect(dst, x+r, y, w-2*r, h, c)
	s.fillRect(dst, x, y+r, r, h-2*r, c)
	s.fillRect(dst, x+w-r, y+r, r, h-2*r, c)
	if r == 0 {
		return
	}
	for i, at := range [][2]float64{{x, y}, {x + w - r, y}, {x, y + h - r}, {x + w - r, y + h - r}} {
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Scale(r/cornerR, r/cornerR)
		op.GeoM.Translate(at[0], at[1])
		op.ColorScale.ScaleWithColor(c)
		op.Filter = ebiten.FilterLinear
		dst.DrawImage(s.corners[i], op)
	}
}
