package music

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFreq(t *testing.T) {
	assert.InDelta(t, 440.0, Freq(69), 1e-9)
	assert.InDelta(t, 659.255, Freq(e5), 1e-3)
	assert.InDelta(t, 261.626, Freq(c4), 1e-3)
}

func TestFurEliseOpensWithTheFamousTurn(t *testing.T) {
	n := FurElise()
	require.GreaterOrEqual(t, len(n), 8)
	var pitches []int
	for _, x := range n[:8] {
		pitches = append(pitches, x.Pitch)
	}
	assert.Equal(t, []int{e5, ds5, e5, ds5, e5, b4, d5, c5}, pitches)
	assert.Equal(t, a4, n[len(n)-2].Pitch, "the theme ends on A")
}

// power returns the strength of frequency f in the left channel's
// samples [from, to) (Goertzel).
func power(pcm []byte, from, to int, f float64) float64 {
	k := 2 * math.Cos(2*math.Pi*f/SampleRate)
	var s1, s2 float64
	for i := from; i < to; i++ {
		x := float64(int16(binary.LittleEndian.Uint16(pcm[i*4:])))
		s1, s2 = x+k*s1-s2, s1
	}
	return s1*s1 + s2*s2 - k*s1*s2
}

func TestRenderPlaysTheNotes(t *testing.T) {
	notes := []Note{{e5, 2}, {0, 1}, {a4, 2}}
	pcm := Render(notes, 0.1)
	per := SampleRate / 10
	require.Len(t, pcm, 5*per*4)
	first := power(pcm, 0, 2*per, Freq(e5))
	assert.Greater(t, first, 50*power(pcm, 0, 2*per, Freq(69+5)), "the first note is E5")
	last := power(pcm, 3*per, 5*per, Freq(a4))
	assert.Greater(t, last, 50*power(pcm, 3*per, 5*per, Freq(e5)), "the last note is A4")
	for i := 2 * per; i < 3*per; i++ {
		require.Zero(t, binary.LittleEndian.Uint32(pcm[i*4:]), "the rest is silent")
	}
}

func BenchmarkRenderFurElise(b *testing.B) {
	n := FurElise()
	for b.Loop() {
		Render(n, 0.15)
	}
}
