// Package music synthesises the hold music, Beethoven's "Für Elise"
// (public domain), from its notes: no sound files. It makes 16-bit
// little-endian stereo PCM, the format Ebiten's audio players take.
package music

import (
	"encoding/binary"
	"math"
)

// SampleRate is the rate of the PCM Render makes.
const SampleRate = 44100

// Note is one note: a MIDI pitch (0 is a rest) and its length in
// sixteenths.
type Note struct {
	Pitch int
	Len   int
}

// Midi pitches used by the melody.
const (
	c4  = 60
	e4  = 64
	gs4 = 68
	a4  = 69
	b4  = 71
	c5  = 72
	d5  = 74
	ds5 = 75
	e5  = 76
)

// FurElise returns the opening theme of "Für Elise" (right hand).
func FurElise() []Note {
	turn := []Note{{e5, 1}, {ds5, 1}, {e5, 1}, {ds5, 1}, {e5, 1}, {b4, 1}, {d5, 1}, {c5, 1}}
	var n []Note
	for i := 0; i < 2; i++ {
		n = append(n, turn...)
		n = append(n, Note{a4, 2}, Note{c4, 1}, Note{e4, 1}, Note{a4, 1})
		n = append(n, Note{b4, 2}, Note{e4, 1}, Note{gs4, 1}, Note{b4, 1})
		if i == 0 {
			n = append(n, Note{c5, 2}, Note{e4, 1})
		} else {
			n = append(n, Note{c5, 2}, Note{e4, 1}, Note{c5, 1}, Note{b4, 1}, Note{a4, 4}, Note{0, 4})
		}
	}
	return n
}

// Freq returns the frequency of a MIDI pitch (A4 = 69 = 440 Hz).
func Freq(pitch int) float64 {
	return 440 * math.Pow(2, float64(pitch-69)/12)
}

// Render plays notes at sixteenth seconds per sixteenth with a soft
// piano-like tone (a decaying fundamental with two overtones) and
// returns the PCM.
func Render(notes []Note, sixteenth float64) []byte {
	per := int(sixteenth * SampleRate)
	total := 0
	for _, n := range notes {
		total += n.Len * per
	}
	out := make([]byte, total*4)
	at := 0
	for _, n := range notes {
		length := n.Len * per
		if n.Pitch > 0 {
			f := Freq(n.Pitch)
			for i := 0; i < length; i++ {
				t := float64(i) / SampleRate
				env := math.Exp(-3*t) * math.Min(1, float64(i)/200) * math.Min(1, float64(length-i)/400)
				v := math.Sin(2*math.Pi*f*t) + 0.3*math.Sin(4*math.Pi*f*t) + 0.1*math.Sin(6*math.Pi*f*t)
				s := int16(v / 1.4 * env * 0.3 * math.MaxInt16)
				o := (at + i) * 4
				binary.LittleEndian.PutUint16(out[o:], uint16(s))
				binary.LittleEndian.PutUint16(out[o+2:], uint16(s))
			}
		}
		at += length
	}
	return out
}
