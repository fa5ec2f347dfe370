package game

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPortraitMoodFollowsAnger: the face is calm at low anger and grows
// angrier step by step: brows come down, the mouth turns, the eyes
// narrow, the cheeks flush and the shoulders rise at the top.
func TestPortraitMoodFollowsAnger(t *testing.T) {
	tests := []struct {
		anger int
		check func(t *testing.T, m mood)
	}{
		{0, func(t *testing.T, m mood) {
			assert.Positive(t, m.Mouth, "a calm customer smiles")
			assert.Zero(t, m.BrowTilt, "no frown")
			assert.Zero(t, m.Flush)
			assert.Zero(t, m.Shoulders)
			assert.Equal(t, 1.0, m.EyeOpen)
		}},
		{50, func(t *testing.T, m mood) {
			assert.Negative(t, m.Mouth, "annoyed: the mouth turns down")
			assert.Positive(t, m.BrowTilt)
			assert.Zero(t, m.MouthOpen, "not shouting")
		}},
		{100, func(t *testing.T, m mood) {
			assert.Equal(t, -1.0, m.Mouth)
			assert.InDelta(t, 1.0, m.BrowTilt, 1e-9)
			assert.InDelta(t, 1.0, m.Flush, 1e-9)
			assert.InDelta(t, 1.0, m.Shoulders, 1e-9, "tense shoulders")
			assert.InDelta(t, 1.0, m.MouthOpen, 1e-9, "shouting")
			assert.Less(t, m.EyeOpen, 0.6, "narrowed eyes")
		}},
		{-20, func(t *testing.T, m mood) { assert.Equal(t, moodOf(0), m, "clamped below") }},
		{180, func(t *testing.T, m mood) { assert.Equal(t, moodOf(100), m, "clamped above") }},
	}
	for _, tc := range tests {
		tc.check(t, moodOf(tc.anger))
	}
	// Every step up in anger looks at least as angry.
	for a := 1; a <= 100; a++ {
		lo, hi := moodOf(a-1), moodOf(a)
		assert.GreaterOrEqual(t, hi.BrowTilt, lo.BrowTilt, "anger %d", a)
		assert.LessOrEqual(t, hi.BrowLift, lo.BrowLift, "anger %d", a)
		assert.LessOrEqual(t, hi.Mouth, lo.Mouth, "anger %d", a)
		assert.LessOrEqual(t, hi.EyeOpen, lo.EyeOpen, "anger %d", a)
		assert.GreaterOrEqual(t, hi.Flush, lo.Flush, "anger %d", a)
		assert.GreaterOrEqual(t, hi.Shoulders, lo.Shoulders, "anger %d", a)
		assert.GreaterOrEqual(t, hi.MouthOpen, lo.MouthOpen, "anger %d", a)
	}
}

// TestPortraitLookIsTheCustomers: a customer always looks the same, and
// customers differ.
func TestPortraitLookIsTheCustomers(t *testing.T) {
	names := []string{"Mark Peeters", "Sandra de Vries", "Ahmed Benali", "Linda Jansen", "Peter Smit", "Fatima el Amrani", "James Whitfield", "Noor Visser"}
	seen := map[look]bool{}
	for _, n := range names {
		l := lookOf(n)
		assert.Equal(t, l, lookOf(n), "%s looks the same every time", n)
		assert.Contains(t, skinTones, l.skin)
		assert.Contains(t, hairTones, l.hair)
		assert.Contains(t, shirtTones, l.shirt)
		assert.GreaterOrEqual(t, l.style, 0)
		assert.Less(t, l.style, hairStyles)
		seen[l] = true
	}
	assert.Greater(t, len(seen), len(names)/2, "customers look different")
}

// TestPortraitDrawsTheFaceChange draws the same customer calm and
// furious: the pixels differ (the face changed) and the drawing stays in
// its square.
func TestPortraitDrawsTheFaceChange(t *testing.T) {
	needDisplay(t)
	f, err := loadFonts()
	require.NoError(t, err)
	draw := func(anger int, talk float64) []byte {
		img := ebiten.NewImage(140, 140)
		img.Fill(colBG)
		p := newPainter(img, f, false, newWrapCache(), newSprites())
		p.drawPortrait(newPortrait("Mark Peeters", anger, talk), 10, 10, 120)
		px := make([]byte, 4*140*140)
		img.ReadPixels(px)
		return px
	}
	calm, furious, talking := draw(10, 0), draw(95, 0), draw(10, 1)
	assert.NotEqual(t, calm, furious, "anger shows on the face")
	assert.NotEqual(t, calm, talking, "talking opens the mouth")
	assert.Equal(t, calm, draw(10, 0), "the same mood draws the same portrait")
	// Outside the square nothing is drawn.
	bg := colBG
	for _, pt := range []image.Point{{2, 2}, {137, 70}, {70, 137}, {5, 135}} {
		i := 4 * (pt.Y*140 + pt.X)
		assert.Equal(t, []byte{bg.R, bg.G, bg.B, 0xff}, calm[i:i+4], "at %v", pt)
	}
}

// TestFaceCacheKeepsAFewPortraits: a portrait is drawn once and then
// kept; a hold's rising anger makes new ones, and the cache stays small.
func TestFaceCacheKeepsAFewPortraits(t *testing.T) {
	needDisplay(t)
	spr := newSprites()
	var c faceCache
	a := c.get(newPortrait("Mark Peeters", 50, 0), 64, spr)
	assert.Same(t, a, c.get(newPortrait("Mark Peeters", 50, 0), 64, spr), "kept")
	assert.NotSame(t, a, c.get(newPortrait("Mark Peeters", 50, 0), 80, spr), "another size is another drawing")
	assert.Same(t, c.get(newPortrait("Mark Peeters", 50, 0.9), 64, spr), c.get(newPortrait("Mark Peeters", 50, 1), 64, spr), "a talking mouth takes a few shapes")
	for anger := 0; anger <= 100; anger++ {
		c.get(newPortrait("Mark Peeters", anger, 0), 64, spr)
		assert.LessOrEqual(t, len(c.m), faceCacheMost)
	}
}
