package scoring

// ourWorkAfter reports the company's own work named after the customer's
// step at contact word v in sentence s, so that the step leads to our
// fix and passes no one on (the rubric: a practical step is not
// management blame):
//   - a clause opened by "dan", "then", "zodat" or "so" whose subject is
//     ours: the agent, "onze/our …" or a member of staff ("kunt u
//     morgen langskomen, dan kijkt onze chef er meteen naar", "…zodat de
//     monteur ernaar kijkt", "so our mechanic can take a look");
//   - a clause that starts with "we" or "ik" and a verb that is no
//     auxiliary, modal or copula ("breng hem binnen, we lakken de deur
//     opnieuw"), whichever verb it is.
//
// A sentence that names another party or makes the customer chase us
// again still passes them on, and a negated clause ("dan kunnen we niets
// doen") is no work.
func (ev *evaluator) ourWorkAfter(v int, s sentence) bool {
	if ev.hasOtherParty(s) || ev.hasOrg(s) {
		return false
	}
	for i := v + 1; i < s.last; i++ {
		ours := ev.is(i, workOpeners) && ev.ourSubjectNear(i+1, s) ||
			ev.clauseStart(i) == i && ev.is(i, agentSubjects) && i+1 < s.last && ev.plainVerb(i+1)
		if ours && !ev.negatedAfter(i) {
			// "opnieuw" in "we lakken de deur opnieuw" is our work done again, not a chase
			return !ev.chaseAgain(sentence{first: s.first, last: i})
		}
	}
	return false
}

// ourSubjectNear reports a subject of ours within three tokens from j,
// in j's clause: "we", "ik", "onze/our" or a staff word ("de monteur").
func (ev *evaluator) ourSubjectNear(j int, s sentence) bool {
	if j >= s.last {
		return false
	}
	end := min(j+3, s.last, ev.clauseEnd(j))
	for k := j; k < end; k++ {
		if ev.is(k, agentSubjects) || ev.is(k, ourPossessives) || ev.is(k, staffWords) {
			return true
		}
	}
	return false
}

// plainVerb reports token i as a word that can be a main verb after its
// subject: no auxiliary, modal, copula or negator ("we lakken", not "we
// kunnen", "we zijn", "we don't").
func (ev *evaluator) plainVerb(i int) bool {
	return ev.t.toks[i].kind == tWord && !ev.is(i, auxHelpVerbs) && !ev.is(i, modals) &&
		!ev.is(i, beVerbs) && !ev.is(i, negators) && !ev.is(i, idleVerbs)
}

// negatedAfter reports a negator in the clause of token i from i on.
func (ev *evaluator) negatedAfter(i int) bool {
	_, ok := ev.has(i, ev.clauseEnd(i), negators)
	return ok
}

var (
	// "dan", "then", "zodat", "so": what follows the customer's step
	workOpeners = std.set("work-openers")
	// verbs that say nothing done: "hebben", "have", "weten", "know"
	idleVerbs = std.set("idle-verbs")
)
