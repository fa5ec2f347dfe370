package scoring

// termAsAnswer: the handling term given as the whole answer to a
// complaint, beside a brush-off ("No need to shout. Refunds can take up
// to 21 working days.", "I'm sorry you feel let down. Top-ups can take
// up to 24 hours."): with nothing done, asked or offered, the reply
// leans on the company's own deadline (rubric: contract; the settled
// "binnen de termijn"). The term alone ("the balance can take up to an
// hour to update") informs. An "up to" with a number and a unit of time is
// the term, with a verb of taking ("take", "duren"); a range ("3 tot 5
// werkdagen") is an estimate, "open tot 18 uur" a closing time. frameHits
// keeps it only when the reply does not otherwise help, and a reply that
// invites the customer back ("if it's not there by Friday, DM us") or asks
// for a DM is help too.
func (ev *evaluator) termAsAnswer(k int, s sentence) (blameHit, bool) {
	if _, takes := ev.has(s.first, s.last, durationVerbs); !takes {
		return blameHit{}, false // "open tot 18 uur", "delayed by up to an hour"
	}
	for i := s.first; i+2 < s.last; i++ {
		at := -1
		switch {
		case ev.is(i, upWords) && ev.is(i+1, towardWords) && !ev.is(i+1, untilWords):
			at = i + 2 // "up to"
		case ev.is(i, untilWords) && (i == s.first || !ev.amountAt(i-1)):
			at = i + 1 // "tot", not "3 tot 5"
		}
		if at < 0 || !ev.termAt(at, s.last) {
			continue
		}
		if ev.invitesBack() || !ev.brushesOff() && !ev.stillWithin() {
			return blameHit{}, false // "the balance can take up to an hour to update" informs
		}
		return blameHit{i, min(at+3, s.last), BlameContract, "term-as-answer"}, true
	}
	return blameHit{}, false
}

// termAt reports a number and a unit of time from token at: "21 working
// days", "24 uur", "ten days".
func (ev *evaluator) termAt(at, last int) bool {
	if at >= last || !ev.amountAt(at) {
		return false
	}
	for j := at + 1; j < min(at+3, last); j++ {
		if ev.is(j, termUnits) {
			return true
		}
	}
	return false
}

// brushesOff reports a near miss of empathy or apology in the reply, the
// rules' reading of a brush-off ("there's no need to shout", "I'm sorry
// you feel let down", "we regret any inconvenience this may have caused"):
// beside one, the term pushes the complaint back; alone, it informs.
func (ev *evaluator) brushesOff() bool {
	return ev.nearMiss(Empathy) || ev.nearMiss(Apology)
}

// stillWithin reports "still within" in the reply ("so you're still well
// within that", "je zit nog binnen de termijn"): the term held against
// the customer's wait.
func (ev *evaluator) stillWithin() bool {
	for i := 0; i+1 < len(ev.t.toks); i++ {
		if !ev.is(i, withinStill) {
			continue
		}
		if _, in := ev.has(i+1, min(i+3, ev.clauseEnd(i)), withinWords); in {
			return true
		}
	}
	return false
}

// invitesBack reports a sentence that asks for a DM or opens with a
// condition ("if it hasn't shown by then, give us a shout"): the agent
// stays on the case.
func (ev *evaluator) invitesBack() bool {
	for _, s := range ev.t.sents {
		if s.last <= s.first {
			continue
		}
		if ev.is(s.first, hardConditionals) {
			return true
		}
		if _, dm := ev.has(s.first, s.last, dmWords); dm {
			return true
		}
	}
	return false
}

var (
	untilWords    = std.set("until-words")
	durationVerbs = std.set("duration-verbs")
	withinStill   = std.set("within-still")
	withinWords   = std.set("within-words")
	termUnits     = std.set("term-units")
)
