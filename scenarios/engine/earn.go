package engine

import (
	"strings"
	"unicode"

	"kalm/scoring"
)

// earning is what a conversation remembers to decide whether a helpful
// criterion does its job in a reply: a criterion earns its weight once,
// and calms the customer only when the conversation needs it.
type earning struct {
	earned  scoring.Labels            // criteria that earned their points
	ackMood map[scoring.Criterion]int // anger after empathy or apology last calmed
	askable int                       // facts that must be asked for
	asked   int                       // of which asked so far
	said    [][]string                // the words of every earlier reply
	stalls  int                       // replies in a row that moved the call nowhere
}

func newEarning(askable int) earning {
	return earning{ackMood: map[scoring.Criterion]int{}, askable: askable}
}

// verdict is what the helpful and harmful criteria of one reply did.
type verdict struct {
	parts  []Part              // points per criterion
	delta  int                 // anger change from the criteria
	calmed []scoring.Criterion // helpful criteria that calmed the customer
	earned scoring.Labels      // helpful criteria that earned or calmed
}

// judge decides what reply labels l earn in the conversation so far:
// harmful criteria always cost; a helpful one earns its weight the first
// time it does its job, and empathy and apology calm again after the
// anger flared up. newlyAsked is the number of facts this reply asked
// for; repeat says the reply is near-identical to an earlier one.
func (e *earning) judge(l scoring.Labels, w scoring.Weights, react map[scoring.Criterion]int, mood, newlyAsked int, repeat bool) verdict {
	var v verdict
	for _, c := range scoring.Criteria() {
		if !l.Get(c) {
			continue
		}
		if c.Hurts() {
			v.parts = append(v.parts, Part{What: string(c), Points: w[c]})
			v.delta += react[c]
			continue
		}
		if repeat {
			continue
		}
		pts, calms := e.helpful(c, w[c], mood, newlyAsked)
		if pts != 0 {
			v.parts = append(v.parts, Part{What: string(c), Points: pts})
		}
		if calms {
			v.delta += react[c]
			v.calmed = append(v.calmed, c)
		}
		if pts != 0 || calms {
			v.earned.Set(c, true)
		}
	}
	return v
}

// helpful returns the points helpful criterion c (weight wc) earns now
// and whether it calms the customer.
func (e *earning) helpful(c scoring.Criterion, wc, mood, newlyAsked int) (int, bool) {
	if c == scoring.Question && e.askable > 0 {
		// A question does its job when it asks for what the agent needs:
		// its weight is shared out over the facts to be asked for.
		if newlyAsked == 0 {
			return 0, false
		}
		before := wc * e.asked / e.askable
		e.asked += newlyAsked
		return wc*e.asked/e.askable - before, true
	}
	if !e.earned.Get(c) {
		e.earned.Set(c, true)
		return wc, true
	}
	if c == scoring.Empathy || c == scoring.Apology {
		// Acknowledging again does its job when the anger flared up, but
		// not when it flared up because the agent stalled: more sympathy
		// is not what a customer kept waiting for a step needs.
		return 0, mood >= e.ackMood[c]+FlareUpMood && e.stalls == 0
	}
	return 0, false
}

// acknowledged records the anger after the criteria in calmed calmed it.
func (e *earning) acknowledged(calmed []scoring.Criterion, mood int) {
	for _, c := range calmed {
		e.ackMood[c] = mood
	}
}

// stalled records whether a reply moved the call on and reports whether
// it is a stall that costs: the second or later reply in a row that
// earned nothing (no positive part, no fact asked for), calmed nothing,
// harmed nothing, and did not move the customer on (moved: to a node
// they had not been at, by a transition that adds no anger). Other words
// for a sympathy already given are such replies. A repeat is counted in
// the row but costs as a repeat, not as a stall.
func (e *earning) stalled(parts []Part, v verdict, hurt, moved, repeat bool) bool {
	if moved || hurt || len(v.calmed) > 0 || earnsPoints(parts) {
		e.stalls = 0
		return false
	}
	e.stalls++
	return e.stalls > 1 && !repeat
}

// earnsPoints reports whether any of parts earns points.
func earnsPoints(parts []Part) bool {
	for _, p := range parts {
		if p.Points > 0 {
			return true
		}
	}
	return false
}

// repeats reports whether reply says (nearly) what an earlier reply said:
// the same words, give or take one in eight. Replies of fewer than
// MinRepeatWords words ("ok", "ja hoor") never count. It then remembers
// the reply.
func (e *earning) repeats(reply string) bool {
	words := replyWords(reply)
	rep := false
	if len(words) >= MinRepeatWords {
		for _, prev := range e.said {
			if nearSame(words, prev) {
				rep = true
				break
			}
		}
	}
	e.said = append(e.said, words)
	return rep
}

// MinRepeatWords is the fewest words a reply needs to count as a repeat.
const MinRepeatWords = 3

// replyWords returns the lower-case words of s.
func replyWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// nearSame reports whether the word bags a and b differ in at most one
// word in eight (at least one word) of the two together.
func nearSame(a, b []string) bool {
	allowed := max(1, (len(a)+len(b))/8)
	if d := len(a) - len(b); d > allowed || -d > allowed {
		return false
	}
	count := make(map[string]int, len(a))
	for _, w := range a {
		count[w]++
	}
	diff := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
		} else {
			diff++
		}
	}
	for _, n := range count {
		diff += n
	}
	return diff <= allowed
}
