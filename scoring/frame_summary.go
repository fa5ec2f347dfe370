package scoring

import "slices"

// Summary frames: a recap after "so/dus" or a marker, not a plan or a
// question.

func (ev *evaluator) recapFollows(m match) bool {
	i := m.to
	if i < len(ev.t.toks) && ev.t.toks[i].clause == ev.t.toks[m.from].clause {
		i = ev.clauseEnd(m.from) // the recap starts after the marker's clause
	}
	if i >= len(ev.t.toks) || ev.t.toks[i].sent != ev.t.toks[m.from].sent {
		return true // the recap is in the sentences around it
	}
	return !ev.is(i, whWords) && !ev.is(i, askAux) && !ev.is(i, recapStoppers)
}

// summaryFrames finds a recap of two or more facts without a marker
// phrase: "(Okay,) so/dus" opening a sentence of joined facts ("So the
// router never powered on, and since then you've been on your hotspot"),

func (ev *evaluator) summaryFrames() bool {
	for _, s := range ev.t.sents {
		i := s.first
		for i < s.last && ev.is(i, discourseOpeners) {
			i++
		}
		if i+1 < s.last && ev.is(i, soWords) && !ev.is(i+1, whWords) && !ev.is(i+1, askAux) {
			_, stop := ev.has(i+1, min(i+4, s.last), recapStoppers)
			_, me := ev.has(i+1, s.last, firstPerson)
			if !stop && !me && ev.factsIn(i+1, s.last) >= 2 && s.last-i >= 8 {
				ev.add(Summary, true, "", s.first, s.last, "f.so-recap", "")
				ev.markRecap(s.first, s.last, false)
				return true
			}
		}
	}
	return false
}

// factsIn counts the facts laid out in tokens [from, to): clauses, and
// facts joined inside a clause ("…and then…", "…terwijl…").
func (ev *evaluator) factsIn(from, to int) int {
	if to <= from {
		return 0
	}
	n := ev.t.toks[to-1].clause - ev.t.toks[from].clause + 1
	for i := from + 1; i < to; i++ {
		if ev.is(i, recapJoins) && i != ev.clauseStart(i) {
			n++
		}
	}
	return n
}

var (
	discourseOpeners = std.set("discourse-openers")
	recapJoins       = std.set("recap-joins")
	recapStoppers    = std.set("recap-stoppers")
	askAux           = std.set("ask-aux")
)

// cueBetween reports a cue tagged tag starting in tokens [from, to).
func (ev *evaluator) cueBetween(from, to int, tag string) bool {
	lo, _ := slices.BinarySearchFunc(ev.ms, from, func(m match, first int) int { return m.from - first })
	for _, m := range ev.ms[lo:] {
		if m.from >= to {
			break
		}
		if m.r.role == cue && m.r.tag == tag {
			return true
		}
	}
	return false
}
