package scoring

// The customer sent to chase someone who is not there now: told to try
// again, or to call back, once a colleague is in. The rubric's "Belt u
// morgen terug, dan is mijn collega er" is management blame.

// tryAgainLater: the customer told to try again when someone else is in
// ("mijn collega van billing is er pas maandag, probeer het dan nog
// even", "she's off this week, try again on Monday"): the rubric's
// "Belt u morgen terug, dan is mijn collega er" without a contact verb.
func (ev *evaluator) tryAgainLater(k int, s sentence) (blameHit, bool) {
	t, ok := ev.has(s.first, s.last, tryWords)
	if !ok || ev.isQuestion(k) {
		return blameHit{}, false
	}
	if _, again := ev.has(t+1, min(t+6, s.last), againWords); !again {
		return blameHit{}, false
	}
	if _, agent := ev.has(ev.clauseStart(t), t, agentSubjects); agent {
		return blameHit{}, false // "ik probeer het morgen nog eens" is the agent's try
	}
	if !ev.laterWithSomeoneElse(s) && !ev.colleagueLaterBefore(k) {
		return blameHit{}, false
	}
	return blameHit{s.first, s.last, BlameManagement, "try-again-later"}, true
}

var tryWords = std.set("try-words")

// colleagueLaterBefore reports the sentence before k naming someone else
// who is there later ("mijn collega van billing is er pas maandag"): the
// call the customer is told to make in sentence k is to chase them.
func (ev *evaluator) colleagueLaterBefore(k int) bool {
	return k > 0 && ev.laterWithSomeoneElse(ev.sentence(k-1))
}

// chaseAbsent: someone else is away ("onze accountmanager is deze week
// met vakantie", "the planner is off today") and the customer is told to
// make contact later ("…, stuur maandag nog even een berichtje", "call
// back on Monday"): the customer has to chase someone who is not there
// now (rubric: "call back when my colleague is in"). The contact is in
// the rest of the sentence or the next one, with a later moment in
// either; the agent acting there ("…, so I'll ask her to call you
// Monday") keeps the case.
func (ev *evaluator) chaseAbsent(k int, s sentence) (blameHit, bool) {
	if _, acts := ev.agentActsIn(s); acts {
		return blameHit{}, false // "I'm booking the plumber back and I'll call you at 9"
	}
	a, away := ev.absentAt(s)
	if !away {
		// "mijn collega is er maandag weer, belt u dan even terug?": back later
		t, other := ev.has(s.first, s.last, thirdPersons)
		if !other || !ev.laterWithSomeoneElse(sentence{first: s.first, last: ev.clauseEnd(t)}) {
			return blameHit{}, false
		}
		a = t
	}
	rest := sentence{first: ev.clauseEnd(a), last: s.last}
	if rest.first >= rest.last && k+1 < len(ev.t.sents) {
		rest = ev.sentence(k + 1)
	}
	if rest.first >= rest.last {
		return blameHit{}, false
	}
	v, ok := ev.contactIn(rest)
	if !ok && !away {
		return blameHit{}, false // back later, and no call asked for
	}
	if !ok {
		// "…, stuur maandag nog even een berichtje", "drop us a line on Monday"
		if v, ok = ev.has(rest.first, rest.last, chaseVerbs); !ok || v != rest.first && !ev.is(rest.first, softOpeners) {
			return blameHit{}, false
		}
	} else if !ev.customerToContact(rest, v) && !ev.invertedYou(v) && !ev.openedCommand(rest, v) {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(rest); acts {
		return blameHit{}, false
	}
	_, later := ev.has(s.first, rest.last, laterWords)
	_, day := ev.has(s.first, rest.last, dayNames)
	if !later && !day && !ev.laterWithSomeoneElse(s) {
		return blameHit{}, false
	}
	return blameHit{s.first, rest.last, BlameManagement, "chase-absent"}, true
}

// openedCommand reports contact word v as a command right after a soft or
// result opener at the start of rest ("so try her then", "dus bel
// gewoon maandag").
func (ev *evaluator) openedCommand(rest sentence, v int) bool {
	return v == rest.first+1 && (ev.is(rest.first, resultOpeners) || ev.is(rest.first, softOpeners))
}

// absentAt finds a word of absence in s with someone other than the
// agent shortly before it: "mijn collega is ziek", "the account manager
// is off this week", not "I'm off tomorrow" nor "switch it off".
func (ev *evaluator) absentAt(s sentence) (int, bool) {
	for i := s.first + 1; i < s.last; i++ {
		if !ev.is(i, absenceWords) {
			continue
		}
		for j := i - 1; j >= max(s.first, i-6); j-- {
			if ev.is(j, firstPerson) || ev.is(j, secondPerson) {
				break
			}
			if ev.is(j, thirdPersons) || ev.otherPartyAt(j) {
				return i, true
			}
		}
	}
	return 0, false
}

var (
	absenceWords = std.set("absence-words")
	chaseVerbs   = std.set("chase-verbs")
)
