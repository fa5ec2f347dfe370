package scoring

// proposedTime: a question that puts a concrete moment to the customer
// ("Could you manage Friday at 5:30 instead?", "Lukt 9.15 uur voor
// jou?", "kan donderdag om 8.15 uur?", "tomorrow between 9 and 1
// alright?"): it asks whether the proposed time suits them, agreement
// (rubric: "Schikt dat tijdstip?"). The clause with the moment asks
// about fitting it in (a word of fitting or coming over, or of being
// there when the customer is the one asked: "Kunt u om vier uur hier
// zijn?", not "Is er om vier uur iemand thuis?"), it is no
// question word ("Which day suits you?" arranges, settled 15 and 18),
// the agent is not its subject ("Kan ik u om twee uur bellen?" is a
// callback) and it asks about no past event ("Did he come at 3?").
// The caller (agreement) has checked that sentence k is a question.
func (ev *evaluator) proposedTime(k int) (int, bool) {
	for _, tx := range ev.sentTimes(k) {
		if tx.class != timeConcrete {
			continue
		}
		cs, ce := ev.clauseStart(tx.from), ev.clauseEnd(tx.from)
		if _, wh := ev.has(cs, ce, whWords); wh {
			continue
		}
		if _, past := ev.has(cs, ce, pastAux); past {
			continue
		}
		if _, agent := ev.has(cs, ce, agentSubjects); agent {
			continue
		}
		if _, fits := ev.has(cs, ce, slotFits); fits {
			return cs, true
		}
		if _, there := ev.has(cs, ce, slotPresence); there {
			if _, you := ev.has(cs, ce, youSubject); you {
				return cs, true
			}
		}
	}
	return 0, false
}

var (
	slotFits     = std.set("slot-fits")
	slotPresence = std.set("slot-presence")
	pastAux      = std.set("past-aux")
)
