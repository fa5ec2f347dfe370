package scoring

// Identifier requests: a question that asks for an account, order or
// phone number asks for administration, not about the problem.

// adminRequest reports whether a question naming an identifier (at m)
// asks for it: it asks to give, send or confirm something (to us), it opens with
// "what/which" just before the identifier ("What's your order
// number?"), or it is short ("Uw klantnummer?"). "Did you sign up with
// email or with Google?" names one but asks about the situation.
func (ev *evaluator) adminRequest(k int, m match) bool {
	s := ev.sentence(k)
	if _, check := ev.has(s.first, s.last, idCheckWords); check && s.last-s.first <= 10 {
		return true // "is this still the best number?"
	}
	if _, right := ev.has(m.to, min(s.last, m.to+8), idRightWords); right {
		return true // "is your new address still the right one for the statement?"
	}
	if ev.asksToHave(s, m) {
		return true // "Have you got a crime reference number?", "Heb je het bestelnummer bij de hand?"
	}
	if _, give := ev.has(s.first, s.last, giveVerbs); give {
		return true
	}
	if _, wh := ev.has(max(s.first, m.from-4), m.from, questionOpeners); wh {
		return true
	}
	if ev.asksWhatIs(s, m) {
		return true // "What's the penalty notice number?"
	}
	if ev.mayIHave(s, m) {
		return true // "Can I have your account number please?"
	}
	return s.last-s.first <= 5
}

// asksWhatIs reports a sentence that asks what the identifier at m is:
// it opens with a question word and "is" ("what's", "wat is") and ends
// on the identifier ("What's the penalty notice number?", "wat is het
// kenteken?"), with no preposition before it.
func (ev *evaluator) asksWhatIs(s sentence, m match) bool {
	if s.last-s.first < 3 || m.to < s.last-1 && !ev.placeAfterID(m, s) {
		return false
	}
	if _, prep := ev.has(s.first+2, m.from, idPreps); prep {
		return false // "What was missing from the order?" asks about the problem
	}
	return ev.is(s.first, questionOpeners) && ev.is(s.first+1, beVerbs)
}

// placeAfterID reports words after the identifier at m that only say
// where it is to be found: "What's the product code on the side of the
// box?", "wat is het nummer op uw pas?". A clause of its own after it
// ("…, so I can fix it") is not that.
func (ev *evaluator) placeAfterID(m match, s sentence) bool {
	return m.to < s.last && ev.is(m.to, idPreps) && ev.clauseStart(m.to) == ev.clauseStart(m.from)
}

// whAsksID reports a clause that opens by asking which identifier, the
// question word just before it: "Hey Jeroen, aan welk gsmnummer is het
// gelinkt?", "Dag An, over welk nummer gaat het?". A sentence that asks
// more ("wanneer… en voor welk nummer?") or asks what the customer knows
// ("Weet u nog naar welk rekeningnummer…?") asks about the problem.
func (ev *evaluator) whAsksID(k int, m match) bool {
	w := m.from - 1
	if w < 0 || !ev.is(w, whWords) {
		return false
	}
	cs := ev.clauseStart(w)
	if w != cs && !(w == cs+1 && ev.is(cs, whichPreps)) {
		return false
	}
	s := ev.sentence(k)
	for i := s.first; i < s.last; i++ {
		if i != w && ev.is(i, whWords) || ev.is(i, knowWords) {
			return false
		}
	}
	return true
}

// mayIHave reports the agent asking to have the identifier at m: "can I
// have your order number", "could we get the reference", "mag ik uw
// nummer hebben": the agent, then a verb of getting, before it ("can I
// ask, have you moved?" asks about the situation).
func (ev *evaluator) mayIHave(s sentence, m match) bool {
	for i := max(s.first+1, m.from-4); i < m.from; i++ {
		if ev.is(i, getVerbs) && (ev.is(i-1, agentSubjects) || i >= s.first+2 && ev.is(i-2, agentSubjects) && ev.is(i-1, getFillers)) {
			return true
		}
	}
	return false
}

// asksToHave reports a question whether the customer has the number or
// code at m: a verb of having next to "you" shortly before it ("do you
// have an order number", "have you got the reference", "heeft u het
// klantnummer bij de hand"). Having had a mail or a receipt is about
// what happened.
func (ev *evaluator) asksToHave(s sentence, m match) bool {
	if !ev.numberAt(m.to - 1) {
		return false
	}
	for i := max(s.first, m.from-5); i < m.from; i++ {
		if ev.is(i, haveAsks) && (i > s.first && ev.is(i-1, youSubject) || ev.is(i+1, youSubject)) {
			return true
		}
	}
	return false
}

// numberAt reports a number or code at token j: "nummer", "reference",
// or a compound ending in one ("klantnummer", "trackcode").
func (ev *evaluator) numberAt(j int) bool {
	return j >= 0 && (ev.is(j, idSuffixes) || compoundHead(ev.t.toks[j].norm, idSuffixes.list) != "")
}

// idAt reports an identifier ending at token j of sentence k: a number
// or code (numberAt) or a lexicon identifier ("klantnummer of…").
func (ev *evaluator) idAt(k, j int) bool {
	if ev.numberAt(j) {
		return true
	}
	_, ok := ev.cueWhere(k, "admin", func(m match) bool { return m.to == j+1 })
	return ok
}

var (
	haveAsks     = std.set("have-asks")
	idRightWords = std.set("id-right-words")
	idPreps      = std.set("id-preps")
	whichPreps   = std.set("which-preps")
	getVerbs     = std.set("get-verbs")
	getFillers   = std.set("get-fillers")
)

// asksWhichItem reports a question that only asks which booked or bought
// thing the complaint is about, to look it up: "Got it, which card did the
// payment go through on?", "Over welke zending gaat het?". The rubric's
// settled case 5: naming the booking so the agent can find it is an
// identifier, asked as whAsksID reads one. Which shop, station or day
// something happened is a detail of the incident and stays a question, and
// so does a sentence that asks more ("Welke trein nam u, en vanaf welk
// station?") or asks what the customer remembers ("Weet u nog welke trein
// het was?").
func (ev *evaluator) asksWhichItem(k int) bool {
	m, ok := ev.cueIn(k, "whichitem")
	return ok && ev.whAsksID(k, match{from: m.from + 1, to: m.to})
}

// asksAtHand reports a question whether the customer has a paper or a
// number ready ("Have you got your card to hand?", "Heeft u de werkbon
// bij de hand?", "Have you got the letter in front of you?"): it readies
// the look-up, like an identifier, and asks nothing about the problem. A
// sentence that also asks what or which ("Wat zat erin, en heeft u het
// label bij de hand?") still asks.
func (ev *evaluator) asksAtHand(k int) bool {
	if _, ok := ev.cueIn(k, "athand"); !ok {
		return false
	}
	s := ev.sentence(k)
	_, wh := ev.has(s.first, s.last, whWords)
	return !wh
}
