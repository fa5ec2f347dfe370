package game

import (
	"bytes"
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"kalm/assets"
)

// Colours of the calm palette. Text is drawn only in the ink colours
// (colInk, colMuted, colAccent, colGoodInk, colBadInk, colWarnInk),
// each at least 4.5:1 against every background it is drawn on (see
// textPairs); colGood, colBad and colAmber fill meters and marks.
var (
	colBG     = color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	colPanel  = color.RGBA{0xff, 0xfd, 0xf8, 0xff}
	colBorder = color.RGBA{0xd9, 0xd2, 0xc3, 0xff}
	colInk    = color.RGBA{0x2b, 0x2d, 0x33, 0xff}
	colMuted  = color.RGBA{0x66, 0x62, 0x5a, 0xff}
	colAccent = color.RGBA{0x2f, 0x6f, 0x73, 0xff}
	// colAccentDark is a hovered main button.
	colAccentDark = color.RGBA{0x24, 0x5a, 0x5e, 0xff}
	colGood       = color.RGBA{0x3d, 0x8b, 0x5a, 0xff}
	colGoodInk    = color.RGBA{0x2e, 0x6b, 0x45, 0xff}
	colGoodBG     = color.RGBA{0xd8, 0xee, 0xdf, 0xff}
	colBad        = color.RGBA{0xb8, 0x4a, 0x3a, 0xff}
	colBadInk     = color.RGBA{0xa0, 0x3a, 0x2c, 0xff}
	colBadBG      = color.RGBA{0xf6, 0xdc, 0xd5, 0xff}
	colAmber      = color.RGBA{0xd0, 0x8c, 0x1f, 0xff}
	colOffBG      = color.RGBA{0xea, 0xe6, 0xdd, 0xff}
	colCust       = color.RGBA{0xfb, 0xe9, 0xe2, 0xff}
	colYou        = color.RGBA{0xe1, 0xef, 0xf0, 0xff}
	colSelBG      = color.RGBA{0xdc, 0xea, 0xeb, 0xff}
	colHiGood     = color.RGBA{0xb9, 0xe3, 0xc6, 0xff}
	colHiBad      = color.RGBA{0xf3, 0xc1, 0xb6, 0xff}
	colCaret      = color.RGBA{0x2f, 0x6f, 0x73, 0xff}
	colWarnInk    = color.RGBA{0x8a, 0x5a, 0x00, 0xff}
)

// textPair is a text colour and a background it is drawn on.
type textPair struct {
	what   string
	fg, bg color.RGBA
}

// textPairs are the text colours and the backgrounds each is drawn on:
// the contrast test checks every pair.
var textPairs = []textPair{
	{"body text on the page", colInk, colBG},
	{"body text in panels and boxes", colInk, colPanel},
	{"text on chips, tabs and the footer", colInk, colOffBG},
	{"text on a selection", colInk, colSelBG},
	{"the customer's bubbles", colInk, colCust},
	{"the player's bubbles", colInk, colYou},
	{"helpful evidence", colInk, colHiGood},
	{"harmful evidence", colInk, colHiBad},
	{"the player's row on a board", colInk, colGoodBG},
	{"secondary text on the page", colMuted, colBG},
	{"secondary text in panels", colMuted, colPanel},
	{"unlit chips, tabs and the footer", colMuted, colOffBG},
	{"secondary text on a selection", colMuted, colSelBG},
	{"secondary text in the customer's bubbles", colMuted, colCust},
	{"secondary text on the player's bubbles", colMuted, colYou},
	{"the logo, timer and arrows on the page", colAccent, colBG},
	{"accent text in panels", colAccent, colPanel},
	{"accent text on a selection", colAccent, colSelBG},
	{"accent text on the footer", colAccent, colOffBG},
	{"praise and calm on the page", colGoodInk, colBG},
	{"praise and calm in panels", colGoodInk, colPanel},
	{"lit chips", colGoodInk, colGoodBG},
	{"a calm turn's tab", colGoodInk, colOffBG},
	{"the selected calm turn's tab", colGoodInk, colSelBG},
	{"costs and anger on the page", colBadInk, colBG},
	{"costs and anger in panels", colBadInk, colPanel},
	{"warning chips and notices", colBadInk, colBadBG},
	{"an angry turn's tab", colBadInk, colOffBG},
	{"the selected angry turn's tab", colBadInk, colSelBG},
	{"advice on the page", colWarnInk, colBG},
	{"advice in panels", colWarnInk, colPanel},
	{"an annoyed turn's tab", colWarnInk, colOffBG},
	{"the selected annoyed turn's tab", colWarnInk, colSelBG},
	{"a main button's label", colPanel, colAccent},
	{"a hovered main button's label", colPanel, colAccentDark},
}

// fonts are the parsed embedded fonts.
type fonts struct {
	regular, bold *text.GoTextFaceSource
}

func loadFonts() (*fonts, error) {
	r, err := text.NewGoTextFaceSource(bytes.NewReader(assets.Regular()))
	if err != nil {
		return nil, fmt.Errorf("embedded font: %w", err)
	}
	b, err := text.NewGoTextFaceSource(bytes.NewReader(assets.Bold()))
	if err != nil {
		return nil, fmt.Errorf("embedded font: %w", err)
	}
	return &fonts{regular: r, bold: b}, nil
}

// painter draws on one frame with sizes scaled to the window.
type painter struct {
	dst  *ebiten.Image
	f    *fonts
	W, H float64
	// U is the body text size in pixels; everything scales with it.
	U     float64
	body  *text.GoTextFace
	bold  *text.GoTextFace
	small *text.GoTextFace
	big   *text.GoTextFace
	cache *wrapCache
	spr   *sprites
	// composition is the input method's uncommitted text, drawn at the
	// focused box's caret.
	composition string
	// rec, when set, records where each text goes (layout tests).
	rec *[]textBox
	// hits, when set, collects what the mouse can act on; (mx, my) is
	// the mouse, for hovered things to show it.
	hits   *[]hit
	mx, my float64
	// btnSmall draws buttons in the small face (a narrow window).
	btnSmall bool
	// sound, when set, is the sound button the footer shows first.
	sound *button
	// cuts, when set, records texts left out with no scrollbar to reach
	// them; bars counts the scrollbars drawn (layout tests).
	cuts *[]string
	bars *int
	// tick, when set, records where the call timer is drawn.
	tick *tickArea
}

// textBox is where one drawn text's glyphs go, clipped to the
// destination, and the unclipped right and bottom edges.
type textBox struct {
	x0, y0, x1, y1 float64
	right, bottom  float64
	// left is the unclipped left edge.
	left float64
	s    string
	// c is the text's colour.
	c color.RGBA
}

// unit returns the body text size for a w×h frame: readable at 800×600,
// larger on big screens, ×1.25 with the larger font.
func unit(w, h float64, bigFont bool) float64 {
	k := min(w/1100, h/720)
	k = max(0.8, min(k, 3))
	u := 17 * k
	if bigFont {
		u *= 1.25
	}
	return u
}

func newPainter(dst *ebiten.Image, f *fonts, bigFont bool, cache *wrapCache, spr *sprites) *painter {
	b := dst.Bounds()
	p := &painter{dst: dst, f: f, W: float64(b.Dx()), H: float64(b.Dy()), cache: cache, spr: spr, mx: -1, my: -1}
	p.U = unit(p.W, p.H, bigFont)
	p.body = &text.GoTextFace{Source: f.regular, Size: p.U}
	p.bold = &text.GoTextFace{Source: f.bold, Size: p.U}
	p.small = &text.GoTextFace{Source: f.regular, Size: p.U * 0.82}
	p.big = &text.GoTextFace{Source: f.bold, Size: p.U * 1.6}
	return p
}

// lh is the line height of face.
func lh(face *text.GoTextFace) float64 { return face.Size * 1.35 }

func (p *painter) text(s string, face *text.GoTextFace, x, y float64, c color.Color) {
	if p.rec != nil && s != "" {
		b := p.dst.Bounds()
		w := textWidth(s, face)
		tb := textBox{
			x0: max(x, float64(b.Min.X)), y0: max(y+face.Size*0.15, float64(b.Min.Y)),
			x1: min(x+w, float64(b.Max.X)), y1: min(y+face.Size*1.15, float64(b.Max.Y)),
			right: x + w, bottom: y + face.Size*1.15, left: x, s: s,
			c: color.RGBAModel.Convert(c).(color.RGBA),
		}
		if tb.x1 > tb.x0 && tb.y1 > tb.y0 {
			*p.rec = append(*p.rec, tb)
		}
	}
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(p.dst, s, face, op)
}

// textRight draws s ending at x.
func (p *painter) textRight(s string, face *text.GoTextFace, x, y float64, c color.Color) {
	p.text(s, face, x-textWidth(s, face), y, c)
}

func (p *painter) rect(x, y, w, h float64, c color.Color) {
	p.spr.fillRect(p.dst, x, y, w, h, c)
}

// box draws a rounded box; a border costs a vector path, a plain fill
// only sprites.
func (p *painter) box(x, y, w, h float64, fill, border color.Color) {
	if border == nil {
		p.spr.roundRect(p.dst, x, y, w, h, p.U*0.35, fill)
		return
	}
	r := float32(p.U * 0.35)
	var path vector.Path
	path.MoveTo(float32(x)+r, float32(y))
	path.LineTo(float32(x+w)-r, float32(y))
	path.QuadTo(float32(x+w), float32(y), float32(x+w), float32(y)+r)
	path.LineTo(float32(x+w), float32(y+h)-r)
	path.QuadTo(float32(x+w), float32(y+h), float32(x+w)-r, float32(y+h))
	path.LineTo(float32(x)+r, float32(y+h))
	path.QuadTo(float32(x), float32(y+h), float32(x), float32(y+h)-r)
	path.LineTo(float32(x), float32(y)+r)
	path.QuadTo(float32(x), float32(y), float32(x)+r, float32(y))
	path.Close()
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(fill)
	vector.FillPath(p.dst, &path, nil, op)
	if border != nil {
		sop := &vector.DrawPathOptions{AntiAlias: true}
		sop.ColorScale.ScaleWithColor(border)
		vector.StrokePath(p.dst, &path, &vector.StrokeOptions{Width: 1}, sop)
	}
}

func (p *painter) line(x0, y0, x1, y1, w float64, c color.Color) {
	vector.StrokeLine(p.dst, float32(x0), float32(y0), float32(x1), float32(y1), float32(w), c, true)
}

// wrap wraps s to width with face, cached.
func (p *painter) wrap(s string, face *text.GoTextFace, width float64) []Span {
	return p.cache.get(s, face, width)
}

// para draws s wrapped to width from (x, y) and returns the y below it.
// It draws at most maxLines lines (0: all).
func (p *painter) para(s string, face *text.GoTextFace, x, y, width float64, c color.Color, maxLines int) float64 {
	spans := p.wrap(s, face, width)
	if maxLines > 0 && len(spans) > maxLines {
		if p.cuts != nil {
			*p.cuts = append(*p.cuts, s[spans[maxLines].Start:])
		}
		spans = spans[:maxLines]
	}
	for _, sp := range spans {
		p.text(s[sp.Start:sp.End], face, x, y, c)
		y += lh(face)
	}
	return y
}

// wrapCache keeps wrapped texts between frames.
type wrapCache struct {
	m map[wrapKey][]Span
}

type wrapKey struct {
	s     string
	src   *text.GoTextFaceSource
	size  float64
	width float64
}

func newWrapCache() *wrapCache { return &wrapCache{m: map[wrapKey][]Span{}} }

func (c *wrapCache) get(s string, face *text.GoTextFace, width float64) []Span {
	k := wrapKey{s, face.Source, face.Size, width}
	if v, ok := c.m[k]; ok {
		return v
	}
	if len(c.m) > 4000 {
		clear(c.m)
	}
	v := Wrap(s, width, func(t string) float64 { return textWidth(t, face) })
	c.m[k] = v
	return v
}

// advance is the width of s in the body face.
func advance(s string, p *painter) float64 { return textWidth(s, p.body) }

// textWidth is how wide s is drawn in face on one line: the whole string
// is shaped at once, as text.Draw shapes it, so kerning and ligatures
// across it count. The width of a part of a line is not the width of
// its prefix: use caretX.
func textWidth(s string, face text.Face) float64 { return text.AdvanceAt(s, len(s), face) }

// caretX is how far from the start of line its byte i is drawn, with the
// line shaped whole (a prefix shaped alone may kern differently).
func caretX(line string, i int, face text.Face) float64 {
	return text.AdvanceAt(line, min(max(i, 0), len(line)), face)
}
