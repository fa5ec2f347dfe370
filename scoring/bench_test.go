package scoring

import (
	"fmt"
	"strings"
	"testing"
)

// benchReplies are realistic replies of typical length, both languages.
var benchReplies = []string{
	"Twintig minuten wachten en dan nog geen internet, daar zou ik ook boos om worden. Sorry daarvoor. Ik kijk nu meteen uw lijn na en bel u om kwart over drie terug, schikt dat?",
	"@USER Hi Sam, I'm really sorry to hear your order hasn't arrived yet. Could you DM us your order number and tell us what the tracking page shows? ^KD",
	"Dat staat gewoon in uw contract, meneer. Kijkt u maar op onze website bij de voorwaarden.",
	"I completely understand how stressful this is with a deadline tomorrow. Let me check what went wrong with the engineer visit and I'll call you back before 5 pm today. Does that work for you?",
	"Als ik het goed begrijp is uw factuur deze maand twee keer afgeschreven en heeft u nog niets terugbetaald gekregen. Klopt dat?",
	"ok ik begrijp het. de monteur komt morgen en dan werkt alles gegarandeerd weer",
	"Hoi Lien, jammer om te lezen! Stuur je ons even een privébericht met je klantnummer? Dan zoek ik het voor je uit 😊 -Tom",
	"We're not responsible for delays caused by the courier, you'll have to contact them directly.",
}

func BenchmarkScore(b *testing.B) {
	s := New(Vocabulary{})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.Score(benchReplies[n%len(benchReplies)], Auto)
		n++
	}
}

// benchCustomers are what the customers of benchReplies said, in order.
var benchCustomers = []string{
	"Ik hang al twintig minuten aan de lijn en mijn internet ligt er nog steeds uit!",
	"@USER where is my order?? it was due on Monday",
	"Waarom betaal ik dit maand opeens tien euro meer?",
	"You promised an engineer this morning and nobody came. I have a deadline tomorrow.",
	"Jullie hebben mijn factuur twee keer afgeschreven en ik heb nog niks terug.",
	"de monteur is weer niet gekomen",
	"@USER Mijn pakket is nog steeds niet geleverd…",
	"The courier left my parcel in the rain and it's ruined.",
}

// BenchmarkScoreTurn scores the same replies as the answers to their
// customers' messages (ScoreTurn): the message is read too.
func BenchmarkScoreTurn(b *testing.B) {
	s := New(Vocabulary{})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		i := n % len(benchReplies)
		s.ScoreTurn(Turn{Customer: benchCustomers[i], Reply: benchReplies[i], Lang: Auto})
		n++
	}
}

func BenchmarkScoreParallel(b *testing.B) {
	s := New(Vocabulary{})
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		n := 0
		for pb.Next() {
			s.Score(benchReplies[n%len(benchReplies)], Auto)
			n++
		}
	})
}

// longReplies are hostile inputs: one phrase repeated in a single
// sentence (the worst case for the per-sentence rules), many short
// sentences, and one giant word. Each is longer than MaxReplyBytes.
func longReplies() map[string]string {
	return map[string]string{
		"one-sentence": strings.Repeat("sorry maar de leverancier heeft het gedaan ", 25000),
		"sentences":    strings.Repeat("Ik begrijp dat u boos bent. Klopt dat? ", 25000),
		"giant-word":   strings.Repeat("x", 1<<20),
	}
}

// BenchmarkScoreLong scores 1 MB hostile replies: the cut at
// MaxReplyBytes keeps each within a few milliseconds.
func BenchmarkScoreLong(b *testing.B) {
	s := New(Vocabulary{})
	for name, r := range longReplies() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(r)))
			for b.Loop() {
				s.Score(r, Auto)
			}
		})
	}
}

// BenchmarkScoreBySize scores the same kind of text at growing sizes below
// the cut: ns/op should grow in proportion to the size.
func BenchmarkScoreBySize(b *testing.B) {
	s := New(Vocabulary{})
	unit := "Wat vervelend voor u, de koerier is te laat en ik bel u om drie uur terug. "
	for _, n := range []int{1, 4, 16, 48} {
		r := strings.Repeat(unit, n)
		b.Run(fmt.Sprintf("%dB", len(r)), func(b *testing.B) {
			for b.Loop() {
				s.Score(r, Auto)
			}
		})
	}
}
