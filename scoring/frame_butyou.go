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
	ce := min(ev.clauseEnd(subj), s.last)
	end := min(subj+3, ce)
	if end <= subj+1 || ev.anyIn(subj+1, end, futureAux, needNotWords, modals) || ev.anyIn(subj+1, ce, laterWords, againWords) {
		return blameHit{}, false // "…, maar je hoeft je geen zorgen te maken", "…, maar je krijgt het geld morgen terug"
	}
	if _, acts := ev.agentActsIn(sentence{first: b, last: s.last}); acts {
		return blameHit{}, false
	}
	return blameHit{b, end, BlameCustomer, "understood-but-you"}, true
}

// anyIn reports a word of any of the sets in tokens [from, to).
func (ev *evaluator) anyIn(from, to int, sets ...wordSet) bool {
	for _, w := range sets {
		if _, ok := ev.has(from, to, w); ok {
			return true
		}
	}
	return false
}

var (
	youGroups    = std.set("you-groups")
	needNotWords = std.set("need-not-words")
)
