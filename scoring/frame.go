package scoring

// Frames: general shapes the language files describe (the "frames"
// section of lang/shared.txt), with the context checks a pattern cannot
// express. A frame's hit counts only when its check passes.

// negationReaches reports whether a negator before token i, in its
// clause, still bears on it: it stands right before i or only words of
// the negation bridge (adverbs, auxiliaries, pronouns: "I don't really
// fully understand") stand between. A negation behind a noun ("with no
// explanation is stressful") or a comparison ("niet meer dan logisch")
// does not reach.
func (ev *evaluator) negationReaches(i int) bool {
	cs := ev.clauseStart(i)
	for j := i - 1; j >= cs && j >= i-7; j-- {
		if ev.is(j, negators) {
			// "driving there for nothing is so annoying", "sorry for not
			// calling": after a preposition the negator is its object
			return j == cs || !ev.is(j-1, sorryPreps)
		}
		if !ev.is(j, negationBridge) {
			return false
		}
	}
	return false
}

// negatedInside reports a negator inside match m (a gap that swallowed
// "not": "you must not be upset").
func (ev *evaluator) negatedInside(m match) bool {
	_, ok := ev.has(m.from, m.to, negators)
	return ok
}

// imagineHow reports "I can't imagine how hard this is": a negated
// imagining of a degree is the strongest acknowledgement, not a denial.
func (ev *evaluator) imagineHow(m match) bool {
	i, ok := ev.has(m.from, m.to, imagineWords)
	if !ok {
		return false
	}
	_, ok = ev.has(i+1, min(i+3, ev.clauseEnd(i)), degreeOpeners)
	return ok
}

var (
	pointWords = std.set("point-words")
	closers    = std.set("closers")
)

// frameHolds runs the context check a frame's tag asks for.
func (ev *evaluator) frameHolds(m match) bool {
	switch m.r.tag {
	case "lead":
		// an exclamation opens its clause ("Oei, wat een domper", "oh
		// what a pain"); put as a question it asks ("Hoe lastig is het om…?")
		i := ev.clauseStart(m.from)
		for i < m.from && ev.is(i, interjections) {
			i++
		}
		return i == m.from && !ev.isQuestion(ev.sentOf(m.from))
	case "closes":
		// "dat is echt heel erg" ends its clause; "dat is erg lang
		// geleden" goes on, and "erg" only says how long
		return m.to >= ev.clauseEnd(m.from) || ev.is(m.to, closers)
	case "final":
		// "die albums zijn onvervangbaar." ends its sentence; "die
		// onderdelen zijn onvervangbaar, dus ik repareer het" goes on
		// about parts
		return m.to >= ev.sentence(ev.sentOf(m.from)).last || ev.is(m.to, closers)
	case "fair":
		// "that's fair" grants the reaction; "a fair point" an argument
		return m.to >= len(ev.t.toks) || !ev.is(m.to, pointWords)
	case "alone":
		// "Argh, vervelend!", "Vervelend hoor Melissa!": the feeling word
		// is its whole clause, with the customer's name beside it
		cs, ce := ev.clauseStart(m.from), ev.clauseEnd(m.from)
		for i := cs; i < ce; i++ {
			if i >= m.from && i < m.to || ev.is(i, degree) || ev.is(i, interjections) || i > m.from && ev.unknownName(i) {
				continue
			}
			return false
		}
		return !ev.isQuestion(ev.sentOf(m.from))
	case "nobut":
		// "Dat begrijp ik." acknowledges; "Dat begrijp ik, maar…" brushes
		// the point off
		if m.from != ev.clauseStart(m.from) || ev.isQuestion(ev.sentOf(m.from)) {
			return false
		}
		_, but := ev.has(m.to, ev.sentence(ev.sentOf(m.from)).last, buts)
		return !but
	case "notme":
		// "we're disappointed" is the agent's own feeling
		return m.from == 0 || !ev.is(m.from-1, firstPerson)
	case "generic":
		// "that would upset anyone" grants the reaction; "would anyone
		// else be home?" asks, "I wouldn't hand it to anyone" is the
		// agent's own plan
		return !ev.isQuestion(ev.sentOf(m.from)) && (m.from == 0 || !ev.is(m.from-1, firstPerson))
	case "sorry":
		// "sorry for the nasty experience" regrets the thing; after
		// "sorry for" only a feeling counts ("sorry for the fright")
		if ev.negatedInside(m) {
			return false
		}
		i := m.from + 1
		for i < m.to && ev.is(i, degree) {
			i++
		}
		return !ev.is(i, sorryPreps) || ev.is(m.to-1, feel)
	case "clean":
		return !ev.negatedInside(m) || ev.imagineHow(m)
	case "wellbeing":
		// "are you okay?", "is your dad alright now?" ask after the
		// person; "are you okay with a call at four?" checks a plan
		if !ev.isQuestion(ev.sentOf(m.from)) {
			return false
		}
		end := ev.clauseEnd(m.from)
		if m.to >= end {
			return true
		}
		return m.to+1 == end && ev.is(m.to, wellbeingTrail) || ev.is(m.to, harmPreps) // "…gewond geraakt bij de lekkage?", "okay after the fall?"
	case "ends":
		// "I'm so sorry about your dad." ends on the person; "sorry about
		// your dad's bill" goes on to a thing
		return m.to >= ev.clauseEnd(m.from)
	case "grant":
		// "logisch dat je nu kookt" grants the reaction; a condition or a
		// reason after it explains the fault instead ("logisch dat je
		// weinig wifi hebt als de modem op zolder staat"), and asked it
		// doubts ("no wonder you're cross?")
		k := ev.sentOf(m.from)
		end := ev.sentence(k).last
		_, cond := ev.has(m.to, end, hardConditionals)
		_, why := ev.has(m.to, end, becauseWords)
		return !cond && !why && !ev.isQuestion(k)
	case "wellbeingWith":
		// "gaat het wel goed met je?", "alles goed met de kleine?"
		return ev.isQuestion(ev.sentOf(m.from))
	case "fact":
		// "you've lost a day's pay, have I got that right?" recaps the
		// cost as a fact to check: a summary, not a word of sympathy
		return !ev.recapAround(ev.sentOf(m.from))
	}
	return true
}

// recapAround reports a summary marker ("have I got that right?", "als
// ik het goed begrijp", "Klopt dat?") in sentence k or the one after it.
func (ev *evaluator) recapAround(k int) bool {
	for j := k; j <= k+1 && j < len(ev.t.sents); j++ {
		for _, x := range ev.sentMatches(j) {
			if x.r.crit == Summary && x.r.role != cue && x.r.tag != "weak" {
				return true
			}
		}
	}
	return false
}

var (
	negationBridge = std.set("negation-bridge")
	imagineWords   = std.set("imagine-words")
	degreeOpeners  = std.set("degree-openers")
	degree         = std.set("degree")
	sorryPreps     = std.set("sorry-preps")
	feel           = std.set("feel")
	interjections  = std.set("interjections")
)

// words around a question after the person (frame "wellbeing")
var (
	wellbeingTrail = std.set("wellbeing-trail")
	harmPreps      = std.set("harm-preps")
)
