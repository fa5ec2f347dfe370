package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// portrait is one drawing of a customer: who (their look), how angry
// (their mood) and how far their mouth is open talking (0..1).
type portrait struct {
	look look
	mood mood
	talk float64
	// bg is the tile behind the customer.
	bg color.RGBA
}

// newPortrait returns the portrait of the customer called name at anger
// 0..100, talk of the way through a syllable (0 silent; a third's steps).
func newPortrait(name string, anger int, talk float64) portrait {
	t := float64(int(clamp01(talk)*3+0.5)) / 3
	return portrait{look: lookOf(name), mood: moodOf(anger), talk: t, bg: colOffBG}
}

// pen draws paths in a square s pixels wide at (x, y): its coordinates
// run from 0 to 1 across the square.
type pen struct {
	dst     *ebiten.Image
	x, y, s float64
}

// pt turns square coordinates into pixels.
func (q pen) pt(u, v float64) (float32, float32) {
	return float32(q.x + u*q.s), float32(q.y + v*q.s)
}

func (q pen) moveTo(path *vector.Path, u, v float64) { path.MoveTo(q.pt(u, v)) }
func (q pen) lineTo(path *vector.Path, u, v float64) { path.LineTo(q.pt(u, v)) }
func (q pen) quadTo(path *vector.Path, u1, v1, u, v float64) {
	x1, y1 := q.pt(u1, v1)
	x, y := q.pt(u, v)
	path.QuadTo(x1, y1, x, y)
}
func (q pen) cubicTo(path *vector.Path, u1, v1, u2, v2, u, v float64) {
	x1, y1 := q.pt(u1, v1)
	x2, y2 := q.pt(u2, v2)
	x, y := q.pt(u, v)
	path.CubicTo(x1, y1, x2, y2, x, y)
}

// fill fills path in c.
func (q pen) fill(path *vector.Path, c color.Color) {
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(q.dst, path, nil, op)
}

// stroke draws path w (a fraction of the square) wide in c, with round
// ends.
func (q pen) stroke(path *vector.Path, w float64, c color.Color) {
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.StrokePath(q.dst, path, &vector.StrokeOptions{Width: float32(max(1, w*q.s)), LineCap: vector.LineCapRound, LineJoin: vector.LineJoinRound}, op)
}

// ellipse adds an ellipse around (cu, cv) to path.
func (q pen) ellipse(path *vector.Path, cu, cv, ru, rv float64) {
	const k = 0.5523 // a quarter circle's Bézier handle
	q.moveTo(path, cu+ru, cv)
	q.cubicTo(path, cu+ru, cv+rv*k, cu+ru*k, cv+rv, cu, cv+rv)
	q.cubicTo(path, cu-ru*k, cv+rv, cu-ru, cv+rv*k, cu-ru, cv)
	q.cubicTo(path, cu-ru, cv-rv*k, cu-ru*k, cv-rv, cu, cv-rv)
	q.cubicTo(path, cu+ru*k, cv-rv, cu+ru, cv-rv*k, cu+ru, cv)
	path.Close()
}

// oval fills an ellipse in c.
func (q pen) oval(cu, cv, ru, rv float64, c color.Color) {
	var path vector.Path
	q.ellipse(&path, cu, cv, ru, rv)
	q.fill(&path, c)
}

// drawPortrait draws pt in the s×s square at (x, y): a flat head and
// shoulders on a rounded tile. The drawing is kept (see faceCache), so a
// face that did not change costs one image draw.
func (p *painter) drawPortrait(pt portrait, x, y, s float64) {
	if s < 8 {
		return
	}
	img := p.spr.faces.get(pt, int(s+0.5), p.spr)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(int(x+0.5)), float64(int(y+0.5)))
	p.dst.DrawImage(img, op)
}

// faceCache keeps the latest portraits drawn, by what they show and
// their size: the anger changes slowly and a talking mouth takes a few
// shapes.
type faceCache struct {
	m map[faceKey]*ebiten.Image
}

// faceKey is a portrait at a size in pixels.
type faceKey struct {
	pt   portrait
	size int
}

// faceCacheMost is how many portraits are kept: a talking face at a few
// sizes; a hold's rising anger replaces them as it goes.
const faceCacheMost = 24

// get returns pt drawn s pixels wide, drawing it when not kept.
func (c *faceCache) get(pt portrait, s int, spr *sprites) *ebiten.Image {
	k := faceKey{pt, s}
	if img, ok := c.m[k]; ok {
		return img
	}
	if c.m == nil || len(c.m) >= faceCacheMost {
		// The old ones go with the map (Ebiten frees an image once it
		// is collected): a frame may still be drawing one of them.
		c.m = map[faceKey]*ebiten.Image{}
	}
	img := ebiten.NewImage(s, s)
	renderPortrait(img, spr, pt, float64(s))
	c.m[k] = img
	return img
}

// renderPortrait draws pt in the s×s square at the top left of dst.
func renderPortrait(dst *ebiten.Image, spr *sprites, pt portrait, s float64) {
	spr.roundRect(dst, 0, 0, s, s, s*0.1, pt.bg)
	q := pen{dst: dst, x: 0, y: 0, s: s}
	lk, md := pt.look, pt.mood
	shade := mix(lk.skin, color.RGBA{0x40, 0x20, 0x10, 0xff}, 0.18)
	hairDark := mix(lk.hair, color.RGBA{0, 0, 0, 0xff}, 0.25)
	if lk.style == hairLong {
		q.backHair(lk.hair)
	}
	sh := 0.045 * md.Shoulders // tense shoulders rise
	q.body(lk, shade, sh)
	q.oval(0.295, 0.47, 0.034, 0.055, shade) // ears
	q.oval(0.705, 0.47, 0.034, 0.055, shade)
	q.oval(0.5, 0.44, 0.2, 0.245, lk.skin) // head
	q.hair(lk)
	if md.Flush > 0 {
		fl := color.NRGBA{0xe0, 0x5a, 0x4a, uint8(110 * md.Flush)}
		q.oval(0.385, 0.54, 0.05, 0.035, fl)
		q.oval(0.615, 0.54, 0.05, 0.035, fl)
	}
	q.face(md, hairDark, shade, pt.talk)
}

// backHair draws long hair falling behind the head to the shoulders.
func (q pen) backHair(c color.RGBA) {
	var path vector.Path
	q.moveTo(&path, 0.28, 0.42)
	q.cubicTo(&path, 0.26, 0.14, 0.74, 0.14, 0.72, 0.42)
	q.lineTo(&path, 0.75, 0.74)
	q.quadTo(&path, 0.5, 0.8, 0.25, 0.74)
	path.Close()
	q.fill(&path, c)
}

// body draws the shoulders in the shirt, the neck and an open collar;
// sh raises the shoulders.
func (q pen) body(lk look, shade color.RGBA, sh float64) {
	q.rectPath(0.435, 0.6, 0.13, 0.2-sh, shade) // neck
	var path vector.Path
	q.moveTo(&path, 0.06, 1)
	q.cubicTo(&path, 0.06, 0.86-sh, 0.16, 0.8-sh, 0.35, 0.76-sh)
	q.lineTo(&path, 0.65, 0.76-sh)
	q.cubicTo(&path, 0.84, 0.8-sh, 0.94, 0.86-sh, 0.94, 1)
	path.Close()
	q.fill(&path, lk.shirt)
	var v vector.Path // the open collar shows the neck
	q.moveTo(&v, 0.425, 0.76-sh)
	q.lineTo(&v, 0.575, 0.76-sh)
	q.lineTo(&v, 0.5, 0.87)
	v.Close()
	q.fill(&v, shade)
	collar := mix(lk.shirt, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.72)
	for _, side := range []float64{-1, 1} {
		var c vector.Path
		q.moveTo(&c, 0.5+side*0.075, 0.745-sh)
		q.lineTo(&c, 0.5+side*0.005, 0.875)
		q.lineTo(&c, 0.5+side*0.135, 0.8-sh)
		c.Close()
		q.fill(&c, collar)
	}
}

// rectPath fills a rectangle in square coordinates.
func (q pen) rectPath(u, v, w, h float64, c color.Color) {
	var path vector.Path
	q.moveTo(&path, u, v)
	q.lineTo(&path, u+w, v)
	q.lineTo(&path, u+w, v+h)
	q.lineTo(&path, u, v+h)
	path.Close()
	q.fill(&path, c)
}

// hair draws the hair on top of the head in the look's style.
func (q pen) hair(lk look) {
	var path vector.Path
	switch lk.style {
	case hairCropped: // close cut, high hairline
		q.moveTo(&path, 0.3, 0.43)
		q.cubicTo(&path, 0.28, 0.16, 0.72, 0.16, 0.7, 0.43)
		q.quadTo(&path, 0.68, 0.31, 0.6, 0.295)
		q.quadTo(&path, 0.5, 0.285, 0.4, 0.295)
		q.quadTo(&path, 0.32, 0.31, 0.3, 0.43)
	case hairLong: // a side parting, framing the face
		q.moveTo(&path, 0.29, 0.56)
		q.cubicTo(&path, 0.25, 0.2, 0.5, 0.13, 0.6, 0.19)
		q.cubicTo(&path, 0.74, 0.24, 0.75, 0.4, 0.71, 0.56)
		q.quadTo(&path, 0.69, 0.36, 0.6, 0.3)
		q.quadTo(&path, 0.45, 0.33, 0.36, 0.31)
		q.quadTo(&path, 0.31, 0.4, 0.29, 0.56)
	default: // short, with a fringe swept aside
		q.moveTo(&path, 0.295, 0.46)
		q.cubicTo(&path, 0.26, 0.2, 0.42, 0.15, 0.54, 0.165)
		q.cubicTo(&path, 0.68, 0.18, 0.75, 0.27, 0.705, 0.46)
		q.quadTo(&path, 0.69, 0.34, 0.62, 0.3)
		q.quadTo(&path, 0.47, 0.31, 0.36, 0.28)
		q.quadTo(&path, 0.31, 0.34, 0.295, 0.46)
	}
	path.Close()
	q.fill(&path, lk.hair)
	if lk.style == hairBun {
		q.oval(0.5, 0.165, 0.075, 0.06, lk.hair)
	}
}

// face draws the brows, eyes, nose and mouth of md; talk opens the mouth.
func (q pen) face(md mood, brow, shade color.RGBA, talk float64) {
	ink := color.RGBA{0x2b, 0x22, 0x20, 0xff}
	// Brows: the inner ends come down as anger rises.
	by := 0.395 - 0.018*md.BrowLift
	for _, side := range []float64{-1, 1} {
		var path vector.Path
		outer, inner := 0.5+side*0.125, 0.5+side*0.035
		q.moveTo(&path, outer, by+0.004-0.012*md.BrowTilt)
		q.quadTo(&path, (outer+inner)/2, by-0.016+0.006*md.BrowTilt, inner, by+0.004+0.032*md.BrowTilt)
		q.stroke(&path, 0.022, brow)
	}
	if md.BrowTilt > 0.6 { // a frown line between the brows
		var path vector.Path
		q.moveTo(&path, 0.5, by+0.02)
		q.lineTo(&path, 0.5, by+0.045)
		q.stroke(&path, 0.008, shade)
	}
	// Eyes: narrowed when angry.
	for _, side := range []float64{-1, 1} {
		q.oval(0.5+side*0.078, 0.455, 0.021, max(0.006, 0.026*md.EyeOpen), ink)
	}
	// Nose.
	var nose vector.Path
	q.moveTo(&nose, 0.505, 0.47)
	q.quadTo(&nose, 0.485, 0.52, 0.5, 0.53)
	q.lineTo(&nose, 0.52, 0.528)
	q.stroke(&nose, 0.01, shade)
	// Mouth: a curve from smile to frown, opening when shouting or
	// talking.
	my, hw := 0.6, 0.062+0.01*md.MouthOpen
	corner := my - 0.018*md.Mouth
	mid := my + 0.03*md.Mouth
	open := max(md.MouthOpen*0.05, talk*0.035)
	lip := color.RGBA{0x7a, 0x3a, 0x36, 0xff}
	if open < 0.006 {
		var path vector.Path
		q.moveTo(&path, 0.5-hw, corner)
		q.quadTo(&path, 0.5, mid, 0.5+hw, corner)
		q.stroke(&path, 0.014, lip)
		return
	}
	var path vector.Path
	q.moveTo(&path, 0.5-hw, corner)
	q.quadTo(&path, 0.5, mid-open, 0.5+hw, corner)
	q.quadTo(&path, 0.5, mid+open*1.6, 0.5-hw, corner)
	path.Close()
	q.fill(&path, color.RGBA{0x5a, 0x24, 0x24, 0xff})
}
