package scoring

import "slices"

// Frames: general shapes the language files describe (the "frames"
// section of lang/shared.txt), with the context checks a pattern cannot
// express. A frame's hit counts only when its check passes.

// negationReaches reports whether a negator before token i, in its
// clause, still bears on it: it stands right before i or only words of
// the negation bridge (adverbs, auxiliaries, pronouns: "I don't really
// fully understand") stand between. A negation behind a noun ("with no
// explanation is stressful") or a comparison ("niet meer dan logisch")
// does not reach.
func (ev *evaluator) negationReaches(i int) bool {
	cs := ev.clauseStart(i)
	for j := i - 1; j >= cs && j >= i-7; j-- {
		if ev.is(j, negators) {
			return true
		}
		if !ev.is(j, negationBridge) {
			return false
		}
	}
	return false
}

// negatedInside reports a negator inside match m (a gap that swallowed
// "not": "you must not be upset").
func (ev *evaluator) negatedInside(m match) bool {
	_, ok := ev.has(m.from, m.to, negators)
	return ok
}

// imagineHow reports "I can't imagine how hard this is": a negated
// imagining of a degree is the strongest acknowledgement, not a denial.
func (ev *evaluator) imagineHow(m match) bool {
	i, ok := ev.has(m.from, m.to, imagineWords)
	if !ok {
		return false
	}
	_, ok = ev.has(i+1, min(i+3, ev.clauseEnd(i)), degreeOpeners)
	return ok
}

// frameHolds runs the context check a frame's tag asks for.
func (ev *evaluator) frameHolds(m match) bool {
	switch m.r.tag {
	case "lead":
		// an exclamation opens its clause ("Oei, wat een domper"); put
		// as a question it asks ("Hoe lastig is het om…?")
		return m.from == ev.clauseStart(m.from) && !ev.isQuestion(ev.sentOf(m.from))
	case "alone":
		// "Argh, vervelend!": the feeling word is its whole clause
		cs, ce := ev.clauseStart(m.from), ev.clauseEnd(m.from)
		for i := cs; i < ce; i++ {
			if i >= m.from && i < m.to || ev.is(i, degree) || ev.is(i, interjections) {
				continue
			}
			return false
		}
		return !ev.isQuestion(ev.sentOf(m.from))
	case "nobut":
		// "Dat begrijp ik." acknowledges; "Dat begrijp ik, maar…" brushes
		// the point off
		if m.from != ev.clauseStart(m.from) || ev.isQuestion(ev.sentOf(m.from)) {
			return false
		}
		_, but := ev.has(m.to, ev.sentence(ev.sentOf(m.from)).last, buts)
		return !but
	case "notme":
		// "we're disappointed" is the agent's own feeling
		return m.from == 0 || !ev.is(m.from-1, firstPerson)
	case "sorry":
		// "sorry for the nasty experience" regrets the thing; after
		// "sorry for" only a feeling counts ("sorry for the fright")
		if ev.negatedInside(m) {
			return false
		}
		i := m.from + 1
		for i < m.to && ev.is(i, degree) {
			i++
		}
		return !ev.is(i, sorryPreps) || ev.is(m.to-1, feel)
	case "clean":
		return !ev.negatedInside(m) || ev.imagineHow(m)
	}
	return true
}

var (
	negationBridge = std.set("negation-bridge")
	imagineWords   = std.set("imagine-words")
	degreeOpeners  = std.set("degree-openers")
	degree         = std.set("degree")
	sorryPreps     = std.set("sorry-preps")
	feel           = std.set("feel")
	interjections  = std.set("interjections")
)

// promiseOutcome: a certainty or promise marker in sentence k (or a
// short sentence of certainty right after it: "… en dan is het klaar.
// 100% zeker.") with an outcome to come that the agent does not control.
// The agent's own action ("I'll definitely call you at three") is no such
// outcome.
func (ev *evaluator) promiseOutcome() bool {
	for k := range ev.t.sents {
		c, ok := ev.promiseIn(k)
		if !ok || ev.hedged(k) {
			continue
		}
		p, ok := ev.prospect(k)
		if !ok && k > 0 && ev.sentence(k).last-ev.sentence(k).first <= 4 && !ev.hedged(k-1) {
			p, ok = ev.prospect(k - 1)
		}
		if !ok {
			continue
		}
		ev.add(Overpromise, true, "", min(c.from, p), max(c.to, p+1), "f.promise-outcome", "")
		return true
	}
	return false
}

// promiseIn returns a marker of certainty in sentence k that promises:
// not negated ("ik kan niet garanderen"), not a wish ("we'd definitely
// like to"), not part of a request ("laat ons zeker weten").
func (ev *evaluator) promiseIn(k int) (match, bool) {
	s := ev.sentence(k)
	lo, _ := slices.BinarySearchFunc(ev.ms, s.first, func(m match, first int) int { return m.from - first })
	for _, m := range ev.ms[lo:] {
		if m.from >= s.last {
			break
		}
		if m.r.role != cue || m.r.tag != "certain" {
			continue
		}
		if ev.is(m.from, especiallyOpeners) && m.to < len(ev.t.toks) && ev.is(m.to, especially) {
			continue
		}
		if ev.negatedBefore(m.from, 3) && !ev.is(m.from, negators) {
			continue
		}
		if _, wish := ev.has(max(s.first, m.from-2), m.from, wishWords); wish {
			continue
		}
		if cs := ev.clauseStart(m.from); cs < m.from && ev.is(cs, requestOpeners) {
			continue
		}
		return m, true
	}
	return match{}, false
}

// prospect finds, in sentence k, an outcome to come that someone other
// than the agent brings about: an outcome word, a future with another
// subject, or a time or future word in a clause the agent is not the
// subject of. Contact from the agent or the company is a callback, not
// an outcome.
func (ev *evaluator) prospect(k int) (int, bool) {
	if ev.contactOffer(k) {
		return 0, false
	}
	if _, hear := ev.cueIn(k, "hear"); hear {
		return 0, false
	}
	if m, ok := ev.cueIn(k, "outcome"); ok && !ev.negatedBefore(m.from, 3) {
		return m.from, true
	}
	s := ev.sentence(k)
	for i := s.first; i < s.last; i++ {
		switch {
		case ev.is(i, futureAux):
			if _, own := ev.has(i+1, min(i+5, ev.clauseEnd(i)), ownSteps); own {
				continue // "your feedback will be passed on": the agent's own step
			}
			if !ev.agentWill(i) {
				return i, true
			}
		case ev.is(i, futureWords):
			if !ev.agentSubject(i) {
				return i, true
			}
		}
	}
	for _, tx := range ev.sentTimes(k) {
		if _, own := ev.has(tx.to, ev.clauseEnd(tx.from), ownSteps); own {
			continue // "ik zorg dat je kaart morgen vertrekt": the agent's own step
		}
		if !ev.agentSubject(tx.from) {
			return tx.from, true
		}
	}
	return 0, false
}

// agentWill reports whether the agent is the subject of the future
// auxiliary at i: "I will", "we'll definitely", "zal ik" (not "I know
// things will…").
func (ev *evaluator) agentWill(i int) bool {
	for j := i - 1; j >= ev.clauseStart(i) && j >= i-3; j-- {
		if ev.is(j, firstPerson) {
			return true
		}
		if !ev.is(j, degree) && !ev.is(j, negationBridge) {
			break
		}
	}
	return i+1 < ev.clauseEnd(i) && ev.is(i+1, firstPerson)
}

// agentSubject reports whether the agent is the subject at token i: a
// first-person word before i in its clause, with no "dat/that/en" between
// that opens a new subject.
func (ev *evaluator) agentSubject(i int) bool {
	for j := i - 1; j >= ev.clauseStart(i); j-- {
		if ev.is(j, subjectResets) {
			return false
		}
		if ev.is(j, firstPerson) {
			return true
		}
	}
	return false
}

var (
	futureAux      = std.set("future-aux")
	futureWords    = std.set("future-words")
	subjectResets  = std.set("subject-resets")
	wishWords      = std.set("wish-words")
	requestOpeners = std.set("request-openers")
	ownSteps       = std.set("own-steps")
)

// customerNeeds reports the customer's own need before token i in its
// clause: "you need it sorted before kick-off" states a wish, not a
// promise.
func (ev *evaluator) customerNeeds(i int) bool {
	cs := ev.clauseStart(i)
	if _, you := ev.has(cs, i, secondPerson); !you {
		return false
	}
	_, need := ev.has(cs, i, needWords)
	return need
}

var needWords = std.set("need-words")

// predictsFix checks an unhedged forecast of a fix ("it will be
// resolved", "binnenkort komt hier verandering in"): someone other than
// the agent brings it about, and it is no condition ("until it's
// fixed", "if it isn't resolved by then").
func (ev *evaluator) predictsFix(m match) bool {
	if ev.is(m.from, futureAux) && ev.agentWill(m.from) || !ev.is(m.from, futureAux) && ev.agentSubject(m.from) {
		return false
	}
	if _, cond := ev.has(ev.clauseStart(m.from), m.from, fixConditions); cond {
		return false
	}
	return !ev.contactOffer(ev.sentOf(m.from))
}

var fixConditions = std.set("fix-conditions")

// opensClause reports whether token i opens its clause, after at most
// one connective ("…, and shall I book it?", "Dan kijk ik even mee?").
func (ev *evaluator) opensClause(i int) bool {
	cs := ev.clauseStart(i)
	return i == cs || i == cs+1 && ev.is(cs, connectives)
}

// offerHolds checks an agreement hit in sentence k: a question that asks
// itself ("Wat wil je dat we nakijken?"), asks for an identifier ("mag ik
// ook uw telefoonnummer?") or only offers help in general ("ben je al
// geholpen of kan ik iets voor je doen?") checks no plan.
func (ev *evaluator) offerHolds(m match, k int) bool {
	if cs := ev.clauseStart(m.from); cs < m.from && ev.is(cs, whWords) || cs+1 < m.from && ev.is(cs, connectives) && ev.is(cs+1, whWords) {
		return false
	}
	if m.r.id == "nl.ok-q" {
		if _, all := ev.has(ev.sentence(k).first, ev.sentence(k).last, wholeWords); all {
			return false // "Alles oké?" asks how they are
		}
	}
	// "Would it be ok to pass your details on?", "I can email the
	// documents if that helps?" offer a step, whatever it names
	return !ev.asksFor(k, m.r.tag != "permission" && m.r.tag != "iflike")
}

// asksInstead reports a question that asks for something rather than
// proposing a step: an identifier ("Mag ik uw klantnummer?", but "Zal ik
// een nieuwe bestelling klaarzetten?" offers), details of the problem, a
// task for the customer ("Would you mind sharing a screenshot?"), a check
// of what they said ("Can I just check that you mean…?"), or anything at
// all ("Kan ik nog iets voor je doen?").
func (ev *evaluator) asksInstead(k int) bool { return ev.asksFor(k, true) }

// asksFor is asksInstead; ids says whether naming an identifier counts
// as asking for it.
func (ev *evaluator) asksFor(k int, ids bool) bool {
	if ids && ev.idsAsked(k) {
		return true
	}
	if ev.hasCue(k, "detailreq") || ev.hasCue(k, "strongdetail") {
		return true
	}
	s := ev.sentence(k)
	for i := s.first; i < s.last; i++ {
		if ev.is(i, customerTasks) {
			if _, you := ev.has(ev.clauseStart(i), i, secondPerson); you {
				return true // "would you mind sending…", not "shall I send…"
			}
		}
	}
	if _, ok := ev.has(s.first, s.last, anythingWords); ok {
		return true
	}
	if v, ok := ev.has(s.first, s.last, verifyWords); ok && v+1 < s.last {
		if _, obj := ev.has(v+1, min(v+3, s.last), verifyObjects); obj {
			return true
		}
	}
	return false
}

// idsAsked reports a request for an identifier in sentence k: an
// identifier word with a request's shape, a verb of handing over ("stuur
// me uw klantnummer"), a modal with a person ("Mag ik uw nummer?", "Can
// you send the order number?"), or the identifier as the topic of a
// clause without the agent ("Is dit nummer goed?"). "I can cancel the
// order, is that alright?" names one and asks nothing; "Zal ik…" offers.
func (ev *evaluator) idsAsked(k int) bool {
	if !ev.hasCue(k, "admin") || ev.shallOffer(k) {
		return false
	}
	s := ev.sentence(k)
	if _, give := ev.has(s.first, s.last, handOverVerbs); give {
		return true
	}
	// "Is dit nummer goed?": the identifier is what the question is about
	lo, _ := slices.BinarySearchFunc(ev.ms, s.first, func(m match, first int) int { return m.from - first })
	for _, m := range ev.ms[lo:] {
		if m.from >= s.last {
			break
		}
		if m.r.role == cue && m.r.tag == "admin" {
			if _, me := ev.has(ev.clauseStart(m.from), ev.clauseEnd(m.from), firstPerson); !me {
				return true
			}
		}
	}
	for cs := s.first; cs < s.last; cs = ev.clauseEnd(cs) {
		i := cs
		if i+1 < s.last && ev.is(i, connectives) {
			i++
		}
		if i+1 < s.last && ev.is(i, offerModals) && (ev.is(i+1, firstPerson) || ev.is(i+1, secondPerson)) {
			return true
		}
	}
	return false
}

// shallOffer reports a clause of sentence k that opens with "shall I /
// zal ik": an offer, whatever its object.
func (ev *evaluator) shallOffer(k int) bool {
	s := ev.sentence(k)
	for cs := s.first; cs < s.last; cs = ev.clauseEnd(cs) {
		i := cs
		if i+1 < s.last && ev.is(i, connectives) {
			i++
		}
		if i+1 < s.last && ev.is(i, shallWords) && ev.is(i+1, firstPerson) {
			return true
		}
	}
	return false
}

// agreementFrames finds the frames that ask whether a proposed step
// suits the customer, in a question: a plan closed by "ok?", a choice
// ("of liever per mail?"), an offer on a condition ("…if you'd like?"),
// a step the agent offers ("Shall I…?", "Can I put you on hold?", "Stuur
// ik het u door?"), or "that" with a word of fitting ("Would that
// help?", "Komt dat uit?").
func (ev *evaluator) agreementFrames() bool {
	for k, s := range ev.t.sents {
		if s.last <= s.first || !ev.isQuestion(k) {
			continue
		}
		if _, ok := ev.cueIn(k, "check"); ok {
			continue // "Right?", "Klopt dat?" check a summary
		}
		if _, ok := ev.cueIn(k, "end"); ok {
			continue
		}
		from, rule := -1, ""
		switch {
		case ev.tagOK(k):
			from, rule = ev.clauseStart(s.last-1), "f.tag-ok"
		case ev.prefers(k) >= 0:
			from, rule = ev.prefers(k), "f.prefer"
		case ev.hasCue(k, "choice") && (ev.agentIn(k) || k > 0 && ev.agentIn(k-1)):
			m, _ := ev.cueIn(k, "choice")
			from, rule = m.from, "f.which-suits"
		}
		if from < 0 {
			if m, ok := ev.cueIn(k, "iflike"); ok && ev.agentIn(k) && ev.offerHolds(m, k) {
				from, rule = m.from, "f.if-you-like"
			}
		}
		if from < 0 {
			if i := ev.offeredStep(k); i >= 0 {
				from, rule = i, "f.offer-step"
			}
		}
		if from < 0 {
			if m, ok := ev.cueIn(k, "deixis-suits"); ok && s.last-s.first <= 12 && ev.offerHolds(m, k) {
				from, rule = m.from, "f.that-suits"
			}
		}
		if from >= 0 {
			ev.add(Agreement, true, "", from, s.last, rule, "")
			return true
		}
	}
	return false
}

// tagOK reports a plan closed by a tag of agreement: "I'll stay on this
// with you until we have an answer, ok?", or "Ok?" right after the plan.
// "Alles oké?" asks how they are.
func (ev *evaluator) tagOK(k int) bool {
	s := ev.sentence(k)
	cs := ev.clauseStart(s.last - 1)
	for i := cs; i < s.last; i++ {
		if !ev.is(i, tagWords) && !ev.is(i, youObject) && !ev.is(i, tagPreps) {
			return false
		}
	}
	if _, all := ev.has(s.first, s.last, wholeWords); all {
		return false
	}
	if cs > s.first {
		_, me := ev.has(s.first, cs, firstPerson)
		return me
	}
	return k > 0 && ev.agentIn(k-1)
}

// prefers returns a word of preference in question k ("Wilt u een
// bevestiging per post, of liever per mail?", "Which would you prefer?"),
// or -1.
func (ev *evaluator) prefers(k int) int {
	s := ev.sentence(k)
	i, ok := ev.has(s.first, s.last, preferWords)
	if !ok || !ev.agentIn(k) && (k == 0 || !ev.agentIn(k-1)) {
		return -1 // a preference asked with no step on the table
	}
	return i
}

// agentIn reports the agent as a person of sentence k ("I can…", "ik
// zet…").
func (ev *evaluator) agentIn(k int) bool {
	s := ev.sentence(k)
	_, ok := ev.has(s.first, s.last, firstPerson)
	return ok
}

// offeredStep finds a step the agent offers as a question: a modal and
// the agent opening a clause ("Can I put you on hold?", "Shall we book
// it?"), or a Dutch verb before "ik/we" ("Stuur ik het u door?", "Dan
// kijk ik even mee?"). Questions for an identifier, general offers of
// help and checks of a summary are no such step.
func (ev *evaluator) offeredStep(k int) int {
	s := ev.sentence(k)
	if ev.asksFor(k, false) || ev.hasCue(k, "offer") {
		return -1
	}
	for cs := s.first; cs < s.last; cs = ev.clauseEnd(cs) {
		i := cs
		if i+1 < s.last && ev.is(i, connectives) {
			i++
		}
		if i+2 > ev.clauseEnd(cs) || !ev.is(i+1, firstPerson) || ev.is(i, whWords) || ev.is(i, firstPerson) {
			continue
		}
		if _, asks := ev.has(i+2, ev.clauseEnd(cs), requestWords); asks {
			continue // "Can I have your number?", "Mag ik vragen wat…"
		}
		if _, help := ev.has(i+2, ev.clauseEnd(cs), helpWords); help {
			continue // "Kan ik je misschien helpen?" offers help in general
		}
		if ev.is(i, offerVerbs) {
			return i // "Stuur ik het u door?"
		}
		if ev.is(i, offerModals) && (ev.is(i, shallWords) || !ev.cueBetween(cs, ev.clauseEnd(cs), "admin")) {
			return i // "Can I put a hold on it?", not "Mag ik uw klantnummer?"
		}
	}
	return -1
}

var (
	connectives   = std.set("connectives")
	tagWords      = std.set("tag-words")
	wholeWords    = std.set("whole-words")
	preferWords   = std.set("prefer-words")
	offerModals   = std.set("offer-modals")
	offerVerbs    = std.set("offer-verbs")
	requestWords  = std.set("request-words")
	customerTasks = std.set("customer-tasks")
	helpWords     = std.set("help-words")
	verifyWords   = std.set("verify-words")
	anythingWords = std.set("anything-words")
	shallWords    = std.set("shall-words")
	handOverVerbs = std.set("hand-over-verbs")
	verifyObjects = std.set("verify-objects")
	tagPreps      = std.set("tag-preps")
)

// hasCue reports a cue tagged tag in sentence k.
func (ev *evaluator) hasCue(k int, tag string) bool {
	_, ok := ev.cueIn(k, tag)
	return ok
}

// colonBefore reports a colon or dash between token i-1 and token i:
// the clause before introduces what follows.
func (ev *evaluator) colonBefore(i int) bool {
	for _, r := range ev.t.reply[ev.t.toks[i-1].end:ev.t.toks[i].start] {
		if r == ':' || r == '—' || r == '–' {
			return true
		}
	}
	return false
}

// recapFollows reports that what follows summary marker m recaps rather
// than asks or plans: its first word is no question word ("Just to
// clarify, which device…?"), no auxiliary opening a question ("Just to
// check, did you…?"), and not the agent's plan or a condition
// ("genoteerd: als we weer onderbroken worden, bel ik…").
func (ev *evaluator) recapFollows(m match) bool {
	i := m.to
	if i < len(ev.t.toks) && ev.t.toks[i].clause == ev.t.toks[m.from].clause {
		i = ev.clauseEnd(m.from) // the recap starts after the marker's clause
	}
	if i >= len(ev.t.toks) || ev.t.toks[i].sent != ev.t.toks[m.from].sent {
		return true // the recap is in the sentences around it
	}
	return !ev.is(i, whWords) && !ev.is(i, askAux) && !ev.is(i, recapStoppers)
}

// summaryFrames finds a recap of two or more facts without a marker
// phrase: "(Okay,) so/dus" opening a sentence of joined facts ("So the
// router never powered on, and since then you've been on your hotspot"),

func (ev *evaluator) summaryFrames() bool {
	for _, s := range ev.t.sents {
		i := s.first
		for i < s.last && ev.is(i, discourseOpeners) {
			i++
		}
		if i+1 < s.last && ev.is(i, soWords) && !ev.is(i+1, whWords) && !ev.is(i+1, askAux) {
			_, stop := ev.has(i+1, min(i+4, s.last), recapStoppers)
			_, me := ev.has(i+1, s.last, firstPerson)
			if !stop && !me && ev.factsIn(i+1, s.last) >= 2 && s.last-i >= 8 {
				ev.add(Summary, true, "", s.first, s.last, "f.so-recap", "")
				return true
			}
		}
	}
	return false
}

// factsIn counts the facts laid out in tokens [from, to): clauses, and
// facts joined inside a clause ("…and then…", "…terwijl…").
func (ev *evaluator) factsIn(from, to int) int {
	if to <= from {
		return 0
	}
	n := ev.t.toks[to-1].clause - ev.t.toks[from].clause + 1
	for i := from + 1; i < to; i++ {
		if ev.is(i, recapJoins) && i != ev.clauseStart(i) {
			n++
		}
	}
	return n
}

var (
	discourseOpeners = std.set("discourse-openers")
	recapJoins       = std.set("recap-joins")
	recapStoppers    = std.set("recap-stoppers")
	askAux           = std.set("ask-aux")
)

// cueBetween reports a cue tagged tag starting in tokens [from, to).
func (ev *evaluator) cueBetween(from, to int, tag string) bool {
	lo, _ := slices.BinarySearchFunc(ev.ms, from, func(m match, first int) int { return m.from - first })
	for _, m := range ev.ms[lo:] {
		if m.from >= to {
			break
		}
		if m.r.role == cue && m.r.tag == tag {
			return true
		}
	}
	return false
}
