package scoring

// summary: the reply restates the customer's problem to check it was
// understood. A marker ("als ik het goed begrijp", "just to check")
// counts when a restatement of some length follows (or, for closing
// checks such as "heb ik dat goed begrepen?", precedes) it.
func (ev *evaluator) summary() {
	for _, m := range ev.of(Summary, hit, "") {
		closing := m.r.tag == "weak" && ev.closesRecap(m)
		if (m.r.tag == "weak" || m.r.tag == "colon") && !ev.introduces(m) && !closing {
			continue
		}
		if m.r.tag == "end" && !ev.closesSentence(m) {
			continue // "Dat klopt, dat komt door…" agrees; a check closes its sentence
		}
		if k := ev.sentOf(m.from); m.r.tag == "end" && ev.adminBetween(k, m.from, min(m.to+2, ev.sentence(k).last)) {
			continue // "Klopt dat nummer nog?" checks the channel (settled 23), not a recap
		}
		if m.r.tag != "end" && !closing && !ev.recapFollows(m) {
			continue // "Just to clarify, which device…?" asks; "genoteerd: als…" plans
		}
		if ev.isQuestion(ev.sentOf(m.from)) && m.r.tag != "end" {
			if _, ask := ev.cueIn(ev.sentOf(m.from), "suggest"); ask {
				continue // "just to check, can you DM us the code?" asks for something
			}
		}
		ok := !closing && ev.restates(m.to, min(len(ev.t.toks), m.to+60))
		if !ok {
			ok = ev.restates(max(0, m.from-60), m.from) // a closing check or note recaps what came before
		}
		if ok {
			ev.addMatch(m, true, "")
			ev.res.Criteria.Summary = true
			from := m.from
			if closing {
				from = ev.sentence(ev.sentOf(m.from)).first
			} else if k := ev.sentOf(m.from); m.r.tag == "end" && k > 0 && m.from-ev.sentence(k).first < 3 {
				// "… and now you're told to pay the hotel. Is that correct?":
				// the check closes the sentence before it
				from = ev.sentence(k - 1).first
			}
			ev.markRecap(from, m.to, m.r.tag != "end" && !closing)
			return
		}
	}
	// an implicit summary: "So your flight was cancelled and …", "U heeft
	// dus … en …"
	for _, s := range ev.t.sents {
		n := s.last - s.first
		if n < 10 {
			continue
		}
		head := min(s.first+3, s.last)
		j, so := ev.has(s.first, head, soWords)
		so = so && !(j+1 < s.last && ev.is(j+1, recapStoppers)) // "so sorry, you're…"
		_, you := ev.has(s.first, head+1, secondPerson)
		_, and := ev.has(s.first+3, s.last, andWords)
		if !so {
			j, so = ev.dusAfterYou(s)
			you = so
			and = and || so && ev.factsIn(j+1, s.last) >= 2
		}
		// "dus als u…", "so you could…" suppose or suggest; a "would" in a later
		// clause reports what the customer was told ("…, je kreeg de belofte
		// dat het vandaag opgelost zou zijn")
		_, hypothetical := ev.has(s.first, ev.clauseEnd(s.first), hypotheticalWords)
		// "Dus: sinds vanochtend geen internet, rood lampje, twee keer
		// herstart": a list after "so" recaps as well as "u heeft dus … en"
		list := ev.is(s.first, soWords) && ev.clausesIn(s) >= 3
		if so && (you || list) && (and || list) && !hypothetical {
			ev.add(Summary, true, "", s.first, s.last, "so-you-restatement", "")
			ev.res.Criteria.Summary = true
			ev.markRecap(s.first, s.last, false)
			return
		}
	}
	ev.res.Criteria.Summary = ev.summaryFrames()
}

// dusAfterYou finds a Dutch "dus" after the verb of a sentence that
// opens with the customer ("U heeft de auto dus in september
// ingeleverd…", "Uw abonnement is dus zonder uw akkoord aangepast…"):
// the inference word of a recap, where Dutch puts it. A modal before it
// directs instead ("je moet dus…"). It returns its token.
func (ev *evaluator) dusAfterYou(s sentence) (int, bool) {
	c, ok := ev.openingClause(s) // past "Hoi Fleur,"
	if !ok || !ev.is(c.first, secondPerson) {
		return 0, false // "Het pakket heb je dus…", "Voor vragen moet je dus…" conclude
	}
	i := c.first
	d, ok := ev.has(i+2, min(i+8, c.last), dusWords)
	if !ok {
		return 0, false
	}
	if _, directs := ev.has(i, d, modals); directs {
		return 0, false // "je moet dus…", "u kunt dus…" direct or suggest
	}
	return d, true
}

var dusWords = std.set("dus-words")

// closesSentence reports a recap check m ("klopt dat?", "have I got that
// right?") that ends its sentence, give or take two words: only then does
// it check a recap. "Dat klopt, dat komt door…" agrees, "Klopt het saldo
// wel als je inlogt?" asks.
func (ev *evaluator) closesSentence(m match) bool {
	return ev.sentence(ev.sentOf(m.from)).last-m.to <= 2
}

// markRecap notes the sentences of a summary's restatement: those of
// tokens [from, to), and after a marker ("als ik het goed begrijp") also
// the sentence after it. Blame frames do not read them: restating what
// the customer was told ("you're being told to pay for the hotel") is
// not the agent shifting the blame.
func (ev *evaluator) markRecap(from, to int, marker bool) {
	first := ev.sentence(ev.sentOf(from)).first
	k := ev.sentOf(max(from, to-1))
	if marker && k+1 < len(ev.t.sents) {
		k++
	}
	ev.recap = [2]int{first, ev.sentence(k).last}
}

// checksRecap reports a summary's closing check in sentence k ("Klopt
// dat?", "Zit ik zo goed?").
func (ev *evaluator) checksRecap(k int) bool {
	if ev.summaryHitIn(k) {
		return true
	}
	// "Even voor de duidelijkheid: …, en je hebt het nog niet terug. Heb
	// ik dat goed?": a short check right after the recap
	s := ev.sentence(k)
	return k > 0 && s.last-s.first <= 7 && ev.checks(s.first, s.last) && ev.summaryHitIn(k-1)
}

// summaryHitIn reports a summary finding that starts in sentence k.
func (ev *evaluator) summaryHitIn(k int) bool {
	s := ev.sentence(k)
	return ev.hitStartsIn(Summary, s.start, s.end)
}

// inRecap reports whether token i lies in a summary's restatement.
func (ev *evaluator) inRecap(i int) bool { return i >= ev.recap[0] && i < ev.recap[1] }

// clausesIn counts the clauses of sentence s.
func (ev *evaluator) clausesIn(s sentence) int {
	if s.last <= s.first {
		return 0
	}
	return ev.t.toks[s.last-1].clause - ev.t.toks[s.first].clause + 1
}

// introduces reports whether a weak marker ("genoteerd", "noted")
// introduces what follows: a colon or "dat/that" right after it.
func (ev *evaluator) introduces(m match) bool {
	if m.to >= len(ev.t.toks) || ev.t.toks[m.to].sent != ev.t.toks[m.from].sent {
		return false
	}
	if ev.is(m.to, thatWords) {
		return true
	}
	// "I've noted all of that down: …": the marker's clause ends in a colon
	end := ev.clauseEnd(m.from)
	return end < len(ev.t.toks) && ev.t.toks[end].sent == ev.t.toks[m.from].sent && ev.colonBefore(end)
}

// closesRecap reports a noting marker that closes a list of the
// customer's facts after a colon or a dash ("Vier lessen uitgevallen,
// geen inhaalles en wel elke maand betaald: ik heb het allemaal
// genoteerd", "… – I've written all of that down"): the recap comes
// first, the marker says it was taken down.
func (ev *evaluator) closesRecap(m match) bool {
	s := ev.sentence(ev.sentOf(m.from))
	cs := ev.clauseStart(m.from)
	if !ev.closesSentence(m) || cs <= s.first || !ev.gapAt(cs, ":—–-") {
		return false
	}
	return ev.factsIn(s.first, cs) >= 2
}

// restates reports room for a restatement in tokens [from, to): at
// least six words.
func (ev *evaluator) restates(from, to int) bool {
	return to-from >= 6
}

// overpromise: a guarantee about an outcome the agent cannot control.
// A commitment about the agent's own contact ("ik bel u om drie uur") is
// not one; hedged forecasts ("zou … moeten") are not either.
func (ev *evaluator) overpromise() {
	for _, m := range ev.of(Overpromise, hit, "") {
		k := ev.sentOf(m.from)
		if ev.hedged(k) || m.r.tag == "predict" && !ev.predictsFix(m) || ev.vetoed(m) {
			continue
		}
		if c, ok := ev.certainIn(k); ok {
			// "I guarantee this will never happen again": show both
			ev.add(Overpromise, true, "", min(c.from, m.from), max(c.to, m.to), m.r.id, "")
			ev.res.Criteria.Overpromise = true
			return
		}
		ev.addMatch(m, true, "")
		ev.res.Criteria.Overpromise = true
		return
	}
	for k, s := range ev.t.sents {
		// "I'll chase the workshop and get back to you": a contact is no outcome
		// ("get your deposit back" still is one)
		out, ok := ev.cueWhere(k, "outcome", func(m match) bool {
			return m.from+1 >= s.last || !ev.is(m.from+1, backWords) || !ev.isContact(m.from, s)
		})
		if !ok || ev.hedged(k) {
			continue
		}
		if c, ok := ev.promiseIn(k); ok {
			ev.add(Overpromise, true, "", min(c.from, out.from), max(c.to, out.to), "certain-outcome", "")
			ev.res.Criteria.Overpromise = true
			return
		}
		if ev.negatedBefore(out.from, 3) || ev.contactOffer(k) || ev.customerNeeds(out.from) {
			continue // "ik bel u binnen een uur, ook als het niet is opgelost"
		}
		for _, tx := range ev.sentTimes(k) {
			if tx.class == timeConcrete && ev.is(tx.from, intervalWords) {
				ev.add(Overpromise, true, "", min(tx.from, out.from), max(tx.to, out.to), "fix-within", "")
				ev.res.Criteria.Overpromise = true
				return
			}
		}
	}
	if ev.restoredBy() {
		return
	}
	ev.res.Criteria.Overpromise = ev.promiseOutcome()
	if !ev.res.Criteria.Overpromise {
		ev.noPromise()
	}
}

// restoredBy finds a service said to be back by a set time, unhedged
// ("it'll be back to normal tomorrow", "you'll be back online that
// evening", "het zal morgen weer werken"): the rubric's "Binnen twintig
// minuten is het opgelost" with a day or a time instead of an interval.
// Not the agent's own step ("I'll be back in touch before five").
func (ev *evaluator) restoredBy() bool {
	for k := range ev.t.sents {
		m, ok := ev.cueIn(k, "backby")
		if !ok || ev.hedged(k) || ev.negatedBefore(m.from, 3) || ev.contactOffer(k) || ev.agentSubject(m.from) {
			continue
		}
		for _, tx := range ev.sentTimes(k) {
			if tx.class >= timeDayOnly && !ev.is(tx.from, intervalWords) && !(tx.from > 0 && ev.is(tx.from-1, intervalWords)) { // "in 3-5 working days" estimates
				ev.add(Overpromise, true, "", min(tx.from, m.from), max(tx.to, m.to), "fix-by", "")
				ev.res.Criteria.Overpromise = true
				return true
			}
		}
	}
	return false
}

// noPromise records a refusal to promise ("I can't promise it won't
// happen again", "dat kan ik niet garanderen") as a near miss of
// overpromise: the words were read, and they promise nothing.
func (ev *evaluator) noPromise() {
	for _, m := range ev.of(Overpromise, cue, "hedge") {
		if m.r.note != "" {
			ev.addMatch(m, false, m.r.note) // "I can't promise", not "ik ga niet zeggen dat…"
			return
		}
	}
}

// certainIn returns a word of certainty in sentence k, leaving out
// "zeker" meaning "especially" ("zeker als u thuis werkt", "zeker voor
// iemand van 82").
func (ev *evaluator) certainIn(k int) (match, bool) {
	for _, m := range ev.ms {
		if m.r.role != cue || m.r.tag != "certain" || ev.t.toks[m.from].sent != k {
			continue
		}
		if ev.meansEspecially(m) {
			continue
		}
		return m, true
	}
	return match{}, false
}

// meansEspecially reports a "zeker" in the sense of "especially" ("zeker
// als u thuis werkt", "vervelend, zeker bij dit weer"): followed by a word
// that opens what it singles out, and not right after a subject in the
// middle of a clause, where it is sure ("donderdag staat hij zeker bij u
// voor de deur", "morgen hebt u hem zeker in de bus").
func (ev *evaluator) meansEspecially(m match) bool {
	if !ev.is(m.from, especiallyOpeners) || m.to >= len(ev.t.toks) || !ev.is(m.to, especially) {
		return false
	}
	return m.from == ev.clauseStart(m.from) || !ev.is(m.from-1, sureAfter)
}

// especially are the words after "zeker" in the sense of "especially";
// sureAfter the subjects after which "zeker" is sure.
var (
	sureAfter         = std.set("sure-after")
	especially        = std.set("especially")
	especiallyOpeners = std.set("especially-openers")
	thatWords         = std.set("that-words")
)

// hedged reports a hedge in sentence k ("zou moeten", "hopefully").
// "normaal" hedges ("normaal komt hij morgen") unless it names the state
// things return to ("weer helemaal normaal").
func (ev *evaluator) hedged(k int) bool {
	if ev.hedgeIn(k) {
		return true
	}
	s := ev.sentence(k)
	_, purpose := ev.has(s.first, s.last, purposeWords)
	return purpose
}

// asksAfterPerson reports an agreement hit inside a question about how
// a person is ("is she okay now?", "alles goed met de kleine?").
func (ev *evaluator) asksAfterPerson(m match) bool {
	for _, tag := range [...]string{"wellbeing", "wellbeingWith"} {
		for _, w := range ev.of(Empathy, hit, tag) {
			if w.from < m.to && m.from < w.to && ev.frameHolds(w) {
				return true
			}
		}
	}
	return false
}

// agreement: the reply asks whether the proposed step or time suits the
// customer. Only questions count.
func (ev *evaluator) agreement() {
	for _, m := range ev.of(Agreement, hit, "") {
		k := ev.sentOf(m.from)
		if ev.checksRecap(k) {
			continue // "Zit ik zo goed?" checks the recap, it proposes nothing
		}
		if ev.asksAfterPerson(m) {
			continue // "Is he okay?" asks after the person, it proposes nothing
		}
		if !ev.isQuestion(k) && !ev.endsUnpunctuated(m) {
			continue
		}
		s := ev.sentence(k)
		if m.r.id == "nl.ok-q" && (s.last-s.first > 4 || !s.question) {
			continue // "ok" alone, or an "^OK" signature, asks nothing
		}
		if m.r.tag == "opener" && !ev.opensClause(m.from) {
			continue // "wat zal ik doen?" asks itself, it offers nothing
		}
		if ev.vetoed(m) || !ev.offerHolds(m, k) {
			continue
		}
		ev.addMatch(m, true, "")
		ev.res.Criteria.Agreement = true
		return
	}
	// "Is woensdagmiddag handig?", "Kan ik u morgen om negen uur
	// terugbellen?", "Lukt 10.30 uur voor jou?": a proposed time put as a
	// question.
	for k, s := range ev.t.sents {
		if !ev.isQuestion(k) {
			continue
		}
		best := bestTime(ev.sentTimes(k))
		if best == nil || best.class < timeDayOnly {
			continue
		}
		if m, ok := ev.cueIn(k, "suits"); ok && !ev.asksInstead(k) && !ev.hasCue(k, "offer") && !ev.asksAfterPerson(m) {
			// "Is she feeling any better today?" asks after the person
			ev.add(Agreement, true, "", m.from, m.to, "time-suits", "")
			ev.res.Criteria.Agreement = true
			return
		}
		if best.class == timeConcrete && ev.contactOffer(k) {
			ev.add(Agreement, true, "", s.first, s.last, "offered-time", "")
			ev.res.Criteria.Agreement = true
			return
		}
		if from, ok := ev.proposedTime(k); ok {
			ev.add(Agreement, true, "", from, s.last, "f.proposed-time", "")
			ev.res.Criteria.Agreement = true
			return
		}
	}
	ev.res.Criteria.Agreement = ev.agreementFrames()
}

// ownResult reports a "won't … again" that follows from the agent's own
// step: "I'll switch you to paperless, so you won't be charged again",
// "you won't need to call again". The agent commits to its own action;
// nothing outside its control is promised. A problem said not to come
// back (recurs) is promised all the same, "so" or not.
func (ev *evaluator) ownResult(m match) bool {
	if ev.recurs(m) {
		return false
	}
	if m.from > 0 && ev.is(m.from-1, soWords) {
		return true
	}
	_, need := ev.has(m.from, m.to, needToWords)
	return need
}

var needToWords = std.set("need-to-words")

// recurs reports a problem said not to come back, not an effort spared:
// "…, so you won't have any more dropouts" claims an outcome, "…, so you
// won't have to explain it again" follows the agent's own step. The verb
// after the negation is one of seeing or having, with no "to" after it.
func (ev *evaluator) recurs(m match) bool {
	for i := m.from; i+1 < m.to; i++ {
		if ev.is(i, negators) {
			stop := i+2 < len(ev.t.toks) && ev.is(i+2, recurStops)
			return ev.is(i+1, recurVerbs) && !stop
		}
	}
	return false
}

var (
	recurVerbs = std.set("recur-verbs")
	recurStops = std.set("recur-stops")
)

// endsUnpunctuated reports a match that ends the reply with no full
// stop after it: "ik bel u om drie uur terug is dat goed voor u".
func (ev *evaluator) endsUnpunctuated(m match) bool {
	if m.to != len(ev.t.toks) {
		return false
	}
	for _, r := range ev.t.reply[ev.t.toks[m.to-1].end:] {
		if r == '.' || r == '!' {
			return false
		}
	}
	return true
}

// hedgeIn reports a hedge cue in sentence k that is not the state
// "normaal" ("de druk is weer normaal") or a claim that pushes back ("een
// zeker geluid is normaal").
func (ev *evaluator) hedgeIn(k int) bool {
	for _, m := range ev.sentMatches(k) {
		if m.r.role != cue || m.r.tag != "hedge" {
			continue
		}
		overlaps := func(x match) bool { return x.from < m.to && m.from < x.to }
		if _, state := ev.cueWhere(k, "state", overlaps); state {
			continue
		}
		if _, claim := ev.cueWhere(k, "pushback", overlaps); claim {
			continue
		}
		return true
	}
	return false
}
