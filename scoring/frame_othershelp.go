package scoring

// othersHelp: someone else is said to be the one who will help ("our
// customer service reps should be able to assist with that", "the branch
// team will be able to help you on Monday", "die helpen u daar verder",
// "ze kunnen je heel rap helpen"): the customer is passed on (rubric:
// management; supplier when the helper is another company). The frame
// starts at the helping verb and reads its subject before it in the
// clause: a staff word, a helper noun ("reps", "winkel"), an organisation
// or "they"/"ze"/"die", with no "we" or "I" nearer. Left alone when
// negated ("de shop kan je niet meteen helpen"), supposed ("if you'd
// rather return it in store, my colleagues will help"), about help given
// ("glad our team was able to help"), the purpose of the customer's step
// ("send us a note so our team can assist"); frameHits leaves it alone
// beside the agent acting.
func (ev *evaluator) othersHelp(k int, s sentence) (blameHit, bool) {
	p := -1
	m, ok := ev.cueWhere(k, "othershelp", func(m match) bool {
		p = ev.helperBefore(m.from)
		return p >= 0
	})
	if !ok {
		return blameHit{}, false
	}
	if ev.helpLeftAlone(s, p, m) {
		return blameHit{}, false
	}
	return blameHit{p, m.to, ev.passedOnKind(k), "others-help"}, true
}

// helpLeftAlone reports the vetoes of othersHelp for the helper at p
// and the helping verb m in sentence s.
func (ev *evaluator) helpLeftAlone(s sentence, p int, m match) bool {
	if ev.negatedBefore(m.from, 4) {
		return true
	}
	if _, cond := ev.has(s.first, m.from, hardConditionals); cond {
		return true
	}
	if _, done := ev.has(p, m.from, helpPast); done {
		return true // "our team was able to help"
	}
	if _, glad := ev.has(ev.clauseStart(p), p, helpGlad); glad {
		return true // "happy the team could help"
	}
	if _, why := ev.has(s.first, p, helpPurpose); why {
		return true
	}
	// "we're looping in an expert who can help", "send us a note and our
	// team will assist"; "or our chat team can help" beside our own
	_, we := ev.has(s.first, p, firstPerson)
	_, us := ev.has(s.first, p, usWords)
	return we || us || ev.is(s.first, helpAlternatives)
}

// helperBefore returns the subject of the helping verb at v: the nearest
// helper word (a staff word, a helper noun, an organisation or a
// third-person pronoun) at most eight words before it in its clause
// (numbers and dashes not counted), or -1 when "we" or "I" come first or
// there is none. "You" may stand between ("ze kunnen je helpen").
func (ev *evaluator) helperBefore(v int) int {
	cs := ev.clauseStart(v)
	words := 0
	for i := v - 1; i >= cs && words < 8; i-- {
		if ev.t.toks[i].kind != tWord {
			continue // a phone number between: "our reps at 800-892-4357 can assist"
		}
		words++
		switch {
		case ev.is(i, firstPerson):
			return -1
		case ev.is(i, staffWords) || ev.is(i, helperWords) || ev.orgHeadAt(i):
			return i
		}
	}
	return -1
}

var (
	helperWords      = std.set("helper-words")
	helpPast         = std.set("help-past")
	helpGlad         = std.set("help-glad")
	helpAlternatives = std.set("help-alternatives")
	helpPurpose      = std.set("help-purpose")
)
