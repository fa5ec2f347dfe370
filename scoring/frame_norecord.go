package scoring

// noRecord: the company says it has no trace of what the customer says
// they did ("we have no record of your call", "wij hebben geen opzegging
// ontvangen", "ik kan geen mail van je terugvinden", "I can't find any
// email from you"): the customer's account is denied (rubric: denial,
// settled case 3). The frame starts at the receiving or finding word,
// which is rare, and needs a negation near it with the agent or the
// company as its subject ("we", "ik", not "you haven't received it") and,
// after it, something the customer sent or did ("request", "opzegging")
// or "your"/"van je". frameHits leaves it alone beside other help, as it
// does a status that our side is fine.
func (ev *evaluator) noRecord(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "norecord")
	if !ok {
		return blameHit{}, false
	}
	cs := ev.clauseStart(m.from)
	n, neg := ev.has(max(cs, m.from-5), min(m.to+2, s.last), recordNegators)
	if !neg {
		return blameHit{}, false
	}
	head := min(n, m.from) // where the negated verb phrase starts
	subj, ok := ev.recordKeeper(cs, head, n)
	if !ok {
		return blameHit{}, false
	}
	if _, what := ev.has(head+1, s.last, recordObjects); !what {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(sentence{first: m.to, last: s.last}); acts {
		return blameHit{}, false // "I can't see the sign-up, so I'll cancel it"
	}
	return blameHit{subj, max(m.to, n+1), BlameDenial, "no-record"}, true
}

// recordKeeper finds who has no trace, in the clause from cs of a
// negated phrase starting at head with its negator at n: the agent or
// the company as the subject just before it ("we hebben geen…", "I
// can't find…"), or, with no subject there, the company's own records
// in the clause ("in ons systeem staat geen aanvraag voor een retour",
// "er staat bij ons niets over"). The customer as the subject is no denial ("sorry you
// haven't received it").
func (ev *evaluator) recordKeeper(cs, head, n int) (int, bool) {
	for i := head - 1; i >= max(cs, head-4); i-- {
		if ev.is(i, secondPerson) {
			return 0, false
		}
		if ev.is(i, firstPerson) {
			return i, true
		}
	}
	if i, ok := ev.existentialRecord(cs, head); ok {
		return i, true
	}
	for i := cs; i < n; i++ {
		if ev.is(i, secondPerson) {
			return 0, false
		}
		if ev.is(i, ourWords) || ev.is(i, usWords) {
			return i, true
		}
	}
	return 0, false
}

// existentialRecord finds "there is"/"er is" opening the clause from cs
// just before the negated phrase at head ("however there is no record of
// a cancellation request on your account", "but there's no record of any
// such call", "er is geen opzegging ontvangen"): with no one named, the
// records meant are the company's own. Only a "but" or an "unfortunately"
// may stand before it, so a claim reported from someone else ("the dealer
// says there's no record of it") is left alone.
func (ev *evaluator) existentialRecord(cs, head int) (int, bool) {
	there := head - 2
	if there < cs || !(ev.is(there, thereWords) && ev.is(head-1, sentAux) || ev.is(there, sentAux) && ev.is(head-1, thereWords)) {
		return 0, false // "there is no…", "er is geen…", "helaas is er geen…"
	}
	for i := cs; i < there; i++ {
		if !ev.is(i, buts) && !ev.is(i, newsAdverbs) {
			return 0, false
		}
	}
	return there, true
}

var recordObjects = std.set("record-objects")

// thereWords open an existential clause: "there is no record", "er is geen
// opzegging ontvangen".
var thereWords = std.set("there-words")

// newsAdverbs announce bad news: "helaas", "unfortunately".
var newsAdverbs = std.set("news-adverbs")

// recordNegators are the negations noRecord reads: the negators and
// "nergens" ("ik zie die betaling nergens").
var recordNegators = std.set("record-negators")
