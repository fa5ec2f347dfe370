package game

import (
	"hash/fnv"
	"image/color"
)

// mood is how the customer's portrait looks at an anger level: each
// value runs from 0 (calm) to 1 unless said otherwise.
type mood struct {
	// BrowTilt lowers the brows' inner ends: 0 level, 1 a hard frown.
	BrowTilt float64
	// BrowLift raises the brows off the eyes: 1 relaxed, 0 pressed down.
	BrowLift float64
	// Mouth bends the mouth: 1 a smile, 0 straight, -1 a frown.
	Mouth float64
	// MouthOpen opens the mouth (shouting at the top of the scale).
	MouthOpen float64
	// EyeOpen is how far the eyes are open: 1 open, lower narrowed.
	EyeOpen float64
	// Flush reddens the cheeks.
	Flush float64
	// Shoulders raises the shoulders (tension).
	Shoulders float64
}

// moodOf returns the portrait's mood at anger 0..100 (clamped).
func moodOf(anger int) mood {
	a := float64(max(0, min(anger, 100))) / 100
	return mood{
		BrowTilt:  clamp01((a - 0.25) / 0.7),
		BrowLift:  clamp01(1 - a*1.3),
		Mouth:     max(-1, min(1, 0.9-2*a)),
		MouthOpen: clamp01((a - 0.8) / 0.2),
		EyeOpen:   1 - 0.45*clamp01((a-0.5)/0.5),
		Flush:     clamp01((a - 0.45) / 0.55),
		Shoulders: clamp01((a - 0.6) / 0.4),
	}
}

func clamp01(v float64) float64 { return max(0, min(v, 1)) }

// look is what stays the same about a customer whatever their mood:
// chosen from their name, so the same customer always looks the same.
type look struct {
	skin, hair, shirt color.RGBA
	// style is the haircut: one of hairStyles.
	style int
}

// The haircuts a portrait can have.
const (
	hairShort = iota
	hairLong
	hairBun
	hairCropped
	hairStyles
)

// Calm, natural tones: skin from light to deep, hair and business
// shirts in muted colours.
var (
	skinTones = []color.RGBA{
		{0xf3, 0xd3, 0xbd, 0xff}, {0xe8, 0xbe, 0x9c, 0xff}, {0xd2, 0x9f, 0x7c, 0xff},
		{0xb2, 0x7b, 0x58, 0xff}, {0x8d, 0x5a, 0x3c, 0xff}, {0x6a, 0x43, 0x2d, 0xff},
	}
	hairTones = []color.RGBA{
		{0x2a, 0x22, 0x1e, 0xff}, {0x4a, 0x33, 0x25, 0xff}, {0x6e, 0x4b, 0x2f, 0xff},
		{0x9a, 0x5b, 0x32, 0xff}, {0xc9, 0xa2, 0x6a, 0xff}, {0x8f, 0x8c, 0x88, 0xff},
	}
	shirtTones = []color.RGBA{
		{0x3e, 0x5c, 0x76, 0xff}, {0x5b, 0x6e, 0x5a, 0xff}, {0x6d, 0x4c, 0x5e, 0xff},
		{0x4f, 0x55, 0x60, 0xff}, {0x7a, 0x5a, 0x3c, 0xff}, {0x35, 0x6a, 0x6e, 0xff},
	}
)

// lookOf returns the look of the customer called name.
func lookOf(name string) look {
	h := fnv.New64a()
	h.Write([]byte(name))
	v := h.Sum64()
	pick := func(n int) int {
		i := int(v % uint64(n))
		v /= uint64(n)
		return i
	}
	return look{
		skin:  skinTones[pick(len(skinTones))],
		hair:  hairTones[pick(len(hairTones))],
		shirt: shirtTones[pick(len(shirtTones))],
		style: pick(hairStyles),
	}
}

// mix returns a blended t of the way from a to b.
func mix(a, b color.RGBA, t float64) color.RGBA {
	t = clamp01(t)
	f := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xff}
}
