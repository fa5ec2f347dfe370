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
