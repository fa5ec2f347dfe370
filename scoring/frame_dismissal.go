package scoring

// A regret for how the customer sees it, and then the company's side as
// a plain fact: "Het spijt me dat u het zo ervaart. Het contract loopt
// nog tot oktober." or "I'm sorry you feel that way. Our drivers follow
// the safe-place instructions." The rubric's settled case 26 counts the
// brush-off: the reply defends the company instead of owning the
// problem, like feelingThenBut without the "but". A regret followed by
// the agent's own help, a question or a further apology is not one.
// The same file holds the rhetorical "wat had u dan verwacht?", which
// puts the complaint down to the customer's expectation (case 26 too).

// dismissalWords is how many words the fact after the regret needs: fewer
// are a greeting or a signature ("Groetjes, Tom").
const dismissalWords = 4

// feelingThenFact finds the regret of a "that way" (tag waysorry) or the
// puzzlement at the customer's anger (tag puzzled, "ik snap niet waarom u
// zo boos bent") in sentence k, with no "but" after it, and then the
// company's side stated as a plain fact: in a clause after it in the
// same sentence or in the next sentence (statesSide). The reply may not go
// on to help: no question or agent acting after that fact.
func (ev *evaluator) feelingThenFact(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "waysorry")
	if !ok {
		if m, ok = ev.cueIn(k, "puzzled"); !ok {
			return blameHit{}, false
		}
	}
	if _, but := ev.has(m.to, s.last, buts); but {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(sentence{first: m.to, last: s.last}); acts {
		return blameHit{}, false // "sorry you feel that way, I'll look at it now"
	}
	fact, ok := ev.factAfter(k, s, m)
	if !ok {
		return blameHit{}, false
	}
	from := ev.sentence(fact).first
	if fact == k {
		from = m.to
	}
	if ev.minimises(from, ev.sentence(fact).last) {
		return blameHit{}, false // "…, it was only one night": the harm made small (settled rule 28)
	}
	for j := fact + 1; j < len(ev.t.sents); j++ {
		if _, acts := ev.agentActsIn(ev.sentence(j)); acts || ev.isQuestion(j) {
			return blameHit{}, false // "…; kan ik je ergens mee helpen?" goes on helping
		}
	}
	return blameHit{m.from, m.to, BlameDenial, "feeling-then-fact"}, true
}

// minimises reports the harm made small in tokens from…to: "only",
// "slechts" or "het gaat (maar) om" before an amount or a size within
// two words ("only a tiny mark", "only been one day", "het gaat om één
// les"), not "the driver was only unloading".
func (ev *evaluator) minimises(from, to int) bool {
	for i := from; i < to; i++ {
		at := -1
		switch {
		case ev.is(i, minimisers):
			at = i + 1
		case ev.is(i, aboutVerbs) && i+1 < to && ev.is(i+1, aboutPreps):
			at = i + 2
		}
		if at < 0 {
			continue
		}
		for j := at; j < min(at+2, to); j++ {
			if ev.amountAt(j) {
				return true
			}
		}
	}
	return false
}

var (
	minimisers = std.set("minimisers")
	aboutVerbs = std.set("about-verbs")
	aboutPreps = std.set("about-preps")
	sizeWords  = std.set("size-words")
)

// factAfter returns the sentence that states the company's side after
// the regret m in sentence k: k itself when a clause after m's does ("…,
// de termijn is tot 60 dagen"), else the next sentence when it does.
func (ev *evaluator) factAfter(k int, s sentence, m match) (int, bool) {
	if rest := ev.clauseEnd(m.to - 1); rest < s.last {
		if ev.statesSide(k, sentence{first: rest, last: s.last, start: ev.t.toks[rest].start, end: s.end}) {
			return k, true
		}
	}
	if k+1 < len(ev.t.sents) && ev.statesSide(k+1, ev.sentence(k+1)) {
		return k + 1, true
	}
	return 0, false
}

// statesSide reports sentence k as a plain statement of the company's
// side: long enough, not a question, not the agent acting or speaking of
// themselves, not a condition, an invitation or feedback taken along, not
// courtesy, apology or empathy.
func (ev *evaluator) statesSide(k int, s sentence) bool {
	if ev.isQuestion(k) || ev.is(s.first, speakerWords) {
		return false // "Ik doe ook maar mijn best hier." speaks of the agent
	}
	if ev.is(s.first, hardConditionals) || ev.is(s.first, imperativeStarts) || ev.is(s.first, letWords) {
		return false // "Laat gerust weten als we iets kunnen doen", "if you still have a problem, DM us"
	}
	if _, other := ev.has(s.first, s.last, goodwillWords); other {
		return false // "we nemen uw opmerking mee", "we doen ons best", "our lines are busy": goodwill or the day, not a defence
	}
	if _, dm := ev.has(s.first, s.last, dmWords); dm {
		return false
	}
	if _, acts := ev.agentActsIn(s); acts {
		return false
	}
	if _, polite := ev.has(s.first, s.last, courtesyWords); polite {
		return false
	}
	return ev.wordsIn(s) >= dismissalWords && !ev.feelsIn(s)
}

// feelsIn reports an apology or empathy found in sentence s.
func (ev *evaluator) feelsIn(s sentence) bool {
	return ev.hitStartsIn(Empathy, s.start, s.end) || ev.hitStartsIn(Apology, s.start, s.end)
}

var (
	speakerWords  = std.set("speaker-words")
	goodwillWords = std.set("goodwill-words")
)

// expectedRhetoric: "En wat had u dan verwacht?", "what else did you
// expect?": the complaint put down to the customer's own expectation, a
// question that wants no answer (settled case 26: customer blame). The
// question needs "what" before an expect word, and either ends there or
// carries a word that makes it rhetorical ("dan", "then", "else"), so
// "what were you expecting to see on the bill?" still asks.
func (ev *evaluator) expectedRhetoric(k int, s sentence) (blameHit, bool) {
	if !ev.isQuestion(k) {
		return blameHit{}, false
	}
	i, ok := ev.has(s.first, s.last, expectingWords)
	if !ok {
		return blameHit{}, false
	}
	w, what := ev.has(max(s.first, i-4), i, whatWords)
	if !what || ev.negatedBefore(w, 2) {
		return blameHit{}, false // "niet wat u verwachtte" grants the point
	}
	if w+1 < s.last && ev.is(w+1, youSubject) {
		return blameHit{}, false // "can you tell us what you were expecting?" asks, in the word order of a report
	}
	if _, rhetoric := ev.has(w, s.last, rhetoricWords); !rhetoric && i+1 < s.last {
		return blameHit{}, false
	}
	if _, me := ev.has(i+1, min(i+5, ev.clauseEnd(i)), firstPerson); me {
		// "wat verwacht je dan dat ik doe?": the agent says it cannot act
		return blameHit{w, i + 1, BlameDenial, "what-did-you-expect"}, true
	}
	return blameHit{w, i + 1, BlameCustomer, "what-did-you-expect"}, true
}

var (
	expectingWords = std.set("expecting-words")
	rhetoricWords  = std.set("rhetoric-words")
)
