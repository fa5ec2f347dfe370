package scoring

// understoodButYou: understanding or feeling for the customer, then a
// "but" whose clause has the customer as its subject ("ik kan me
// voorstellen dat u teleurgesteld bent, maar uw zoon vroeg zelf of…",
// "ik snap het, maar jullie kwamen pas om kwart over acht binnen", "I can
// imagine, but you did send the layout back"): the reply grants the
// feeling and then lays the cause with the customer. A future or modal
// verb after the subject, or a later time or "back" in its clause, is the
// plan or a right ("…, but you'll have it back tomorrow", "…, maar je
// krijgt het geld morgen terug", "…, but you should never have had to
// chase us"), and the agent acting after the "but" helps.
func (ev *evaluator) understoodButYou(k int, s sentence) (blameHit, bool) {
	b, ok := ev.has(s.first, s.last, buts)
	if !ok || !ev.hitStartsIn(Empathy, ev.t.toks[s.first].start, ev.t.toks[b].start) {
		return blameHit{}, false
	}
	subj := b + 1
	switch {
	case subj >= s.last:
		return blameHit{}, false
	case ev.is(subj, youSubject) || ev.is(subj, youGroups):
	case ev.is(subj, possessives):
		subj++ // "maar uw zoon…"
	default:
		return blameHit{}, false
	}
	end := min(subj+3, ev.clauseEnd(subj), s.last)
	if end <= subj+1 {
		return blameHit{}, false
	}
	if _, plan := ev.has(subj+1, end, futureAux); plan {
		return blameHit{}, false
	}
	if _, need := ev.has(subj+1, end, needNotWords); need {
		return blameHit{}, false // "…, maar je hoeft je geen zorgen te maken"
	}
	if _, right := ev.has(subj+1, end, modals); right {
		return blameHit{}, false
	}
	ce := min(ev.clauseEnd(subj), s.last)
	if _, later := ev.has(subj+1, ce, laterWords); later {
		return blameHit{}, false // "…, maar je krijgt het geld morgen terug"
	}
	if _, back := ev.has(subj+1, ce, againWords); back {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(sentence{first: b, last: s.last}); acts {
		return blameHit{}, false
	}
	return blameHit{b, end, BlameCustomer, "understood-but-you"}, true
}

var (
	youGroups    = std.set("you-groups")
	needNotWords = std.set("need-not-words")
)
