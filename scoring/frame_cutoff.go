package scoring

// cutoffRule: a rule about a kind of transaction, told with its time
// limit and no step from the agent: "payments made after 3pm are
// processed the next day", "cancellations made less than 24 hours before
// the trial ends still trigger the charge", "anything older than 30 days
// is cleared". The clause opens with the transaction and a participle or
// "older"/"later" plus a time word; "the order was placed after that"
// tells what happened, and "you cancelled within the window" is the
// customer's own act. Read only when the agent does nothing in the reply.
func (ev *evaluator) cutoffRule(k int, s sentence) (blameHit, bool) {
	for i := s.first + 1; i+1 < s.last; i++ {
		if !ev.is(i, cutoffParticiples) || !ev.is(i-1, cutoffSubjects) {
			continue
		}
		if c := ev.t.clauses[ev.t.toks[i].clause]; i-c.first > 4 {
			continue // the transaction opens its clause ("I'm afraid anything…")
		}
		if ev.is(i+1, cutoffPreps) { // "after 3pm", "less than a day before"
			return blameHit{i - 1, i + 2, BlameContract, "cutoff-rule"}, true
		}
	}
	return blameHit{}, false
}

var (
	cutoffParticiples = std.set("cutoff-participles")
	cutoffSubjects    = std.set("cutoff-subjects")
	cutoffPreps       = std.set("cutoff-preps")
)
