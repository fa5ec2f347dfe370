package scoring

// The company's record given as proof, then the conclusion that it was
// done: "the ATM balanced at the end of the day, so the withdrawal was
// dispensed", "warning texts went out on the 12th, so the notices were
// sent", "de factuur is betaald, dus de aanmaning is terecht verstuurd".
// The "so" that draws the conclusion stands inside the sentence; one
// that opens it starts a recap ("Dus het pakket is bezorgd, maar…?").
// Settled case 3: everything was sent correctly is denial.

// concludedDone finds "so/dus" opening a clause inside sentence k, followed in its clause
// by a be-verb and a participle of the company's delivery ("was
// delivered", "is verstuurd"), with no negation.
func (ev *evaluator) concludedDone(k int, s sentence) (blameHit, bool) {
	if ev.isQuestion(k) {
		return blameHit{}, false
	}
	for i := s.first + 1; i < s.last; i++ {
		if !ev.is(i, soWords) || i != ev.clauseStart(i) || ev.inRecap(i) {
			continue // "I'm so sorry", "flag it so it's processed" draw no conclusion
		}
		end, from := ev.clauseEnd(i), i+1
		if m, ok := ev.cueWhere(k, "asfar", func(m match) bool { return m.from == i+1 }); ok {
			from = m.to // "so as far as we're concerned it was delivered"
		}
		b, be := ev.has(from, min(end, s.last), beVerbs)
		if !be {
			continue
		}
		p, done := ev.has(b+1, min(b+4, end, s.last), doneParticiples)
		if !done || ev.negatedBefore(p, 3) {
			continue
		}
		return blameHit{i, p + 1, BlameDenial, "so-it-was-done"}, true
	}
	return blameHit{}, false
}

var doneParticiples = std.set("done-participles")
