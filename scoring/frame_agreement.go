package scoring

// Agreement frames: offers of a step, choices, tags such as "ok?", and a
// word of fitting after "that".

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
	// documents if that helps?", "Zal ik u het nummer geven?" offer a
	// step, whatever it names
	if ev.shallI(m) || ev.meTo(m) {
		// the agent does what it names; only a general offer ("Zal ik
		// nog iets voor je doen?") proposes no step
		return !ev.offersAnything(ev.sentence(k), m.from, ev.clauseEnd(m.from))
	}
	return !ev.asksFor(k, m.r.tag != "permission" && m.r.tag != "iflike")
}

// meTo reports an offer that names the agent as the one who acts: "would
// you like me to…", "wilt u dat ik…", "do you want us to…".
func (ev *evaluator) meTo(m match) bool {
	you := m.r.tag == "opener" && ev.is(m.from, wantWords) // "want me to…?": the "you" left out
	for i := m.from; i < m.to; i++ {
		switch {
		case ev.is(i, youSubject):
			you = true // the customer is asked what they want…
		case you && (ev.is(i, usWords) || ev.is(i, firstPerson)):
			return true // …the agent to do; not "mag ik…", which asks leave
		}
	}
	return false
}

// shallI reports an offer opened by "shall I", "zal ik", "zullen we": the
// agent is the one who acts, so an identifier it names is what it gives.
func (ev *evaluator) shallI(m match) bool {
	return m.to-m.from == 2 && ev.opensClause(m.from) && ev.isUs(m.to-1)
}

// asksInstead reports a question that asks for something rather than
// proposing a step: an identifier ("Mag ik uw klantnummer?", but "Zal ik
// een nieuwe bestelling klaarzetten?" offers), details of the problem, a
// task for the customer ("Would you mind sharing a screenshot?"), a check
// of what they said ("Can I just check that you mean…?"), or anything at
// all ("Kan ik nog iets voor je doen?").
func (ev *evaluator) asksInstead(k int) bool { return ev.asksFor(k, true) }

// asksFor is asksInstead; ids says whether naming an identifier counts
// as asking for it. An "iets" right after "dat" names the offer itself
// ("Is dat iets voor u?"); "Zal ik nog iets voor u doen?" offers anything.
func (ev *evaluator) asksFor(k int, ids bool) bool {
	if ids && ev.idsAsked(k) {
		return true
	}
	if _, ok := ev.cueWhere(k, "detailreq", ev.asksDetail); ok {
		return true
	}
	if _, ok := ev.cueWhere(k, "strongdetail", ev.asksDetail); ok {
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
	if ev.offersAnything(s, s.first, s.last) {
		return true
	}
	if v, ok := ev.has(s.first, s.last, verifyWords); ok && v+1 < s.last {
		if _, obj := ev.has(v+1, min(v+3, s.last), verifyObjects); obj {
			return true
		}
	}
	return false
}

// offersAnything reports an "anything" between tokens from and to of
// sentence s that the offer is about ("Kan ik nog iets voor je doen?"):
// not one that names the offer ("Is dat iets voor u?"), nor one in its
// purpose ("Shall I open a report so you don't have to fill anything
// in?") or in a clause of its own ("Shall I see whether the depot can
// send anything?").
func (ev *evaluator) offersAnything(s sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if ev.opensPurpose(i, s) {
			return false // "…, so you don't have to fill anything in", "so nothing else goes out"
		}
		if i > s.first && ev.is(i, subordinators) {
			return false // "shall I see if a florist can get something there?" offers a step
		}
		if ev.is(i, anythingWords) && !(i > s.first && ev.is(i-1, deixisWords)) {
			return true
		}
	}
	return false
}

// opensPurpose reports "so"/"zodat" at i opening a purpose inside sentence
// s: a subject ("so you…", "zodat we…", "so that…", "so nothing…") after
// it, not the "so" of "I'm so sorry" nor a sentence's opening "So,".
func (ev *evaluator) opensPurpose(i int, s sentence) bool {
	if i <= s.first+1 || i+1 >= s.last || !ev.is(i, soThatWords) {
		return false
	}
	n := i + 1
	return ev.is(n, youSubject) || ev.is(n, firstPerson) || ev.is(n, usWords) || ev.is(n, thatWords) || ev.is(n, anythingWords) || ev.is(n, nothingWords)
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
	for _, m := range ev.sentMatches(k) {
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
		if s.last <= s.first {
			continue
		}
		if !ev.isQuestion(k) {
			if v, ok := ev.reportPlan(k); ok {
				ev.add(Agreement, true, "", v, s.last, "f.report-plan", "")
				return true
			}
			if v, ok := ev.ifSuits(k); ok {
				ev.add(Agreement, true, "", v, s.last, "f.if-suits", "")
				return true
			}
			continue
		}
		if _, ok := ev.cueIn(k, "check"); ok && !(ev.channelCheck(k) && ev.contactSoFar(k)) {
			continue // "Right?", "Klopt dat?" check a summary; "Ik bel je om vier uur. Klopt dat nummer nog?" the channel
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
			if m, ok := ev.cueIn(k, "deixis-suits"); ok && (s.last-s.first <= 12 || ev.tagAtEnd(m, s)) && ev.offerHolds(m, k) && !ev.asksStatus(k) {
				from, rule = m.from, "f.that-suits"
			}
		}
		if from < 0 && ev.channelCheck(k) {
			from, rule = s.first, "f.channel-check"
		}
		if from < 0 {
			if i, ok := ev.wouldThat(k); ok {
				from, rule = i, "f.would-that"
			}
		}
		if from < 0 && ev.okCheck(k) {
			from, rule = s.first, "f.ok-check"
		}
		if from < 0 && ev.res.Criteria.Callback && ev.contactCheck(k) && !ev.asksAvailability(k) && !ev.whAsks(k) {
			from, rule = s.first, "f.contact-check" // "I'll call at three. Can I reach you on this number?" (settled 23)
		}
		if from >= 0 {
			ev.add(Agreement, true, "", from, s.last, rule, "")
			return true
		}
	}
	return false
}

// ifSuits finds a step the agent names with its check as a condition,
// in a statement: "I'll phone you at ten, if that suits", "ik kom
// donderdag, als dat u schikt", "if that sounds fair to you" (as the
// corpus counts "if that suits": agreement). The condition is about the
// plan just named ("that", "dat"), not "als het goed is" (if all goes
// well) nor an offer "als je dat wilt"; it says the plan suits, not that
// it helps or succeeds ("if that helps", "als dat lukt"); and nothing
// negates it ("if that doesn't work, ring us").
func (ev *evaluator) ifSuits(k int) (int, bool) {
	m, ok := ev.cueIn(k, "ifsuits")
	if !ok || !ev.agentIn(k) && !(k > 0 && ev.agentIn(k-1)) {
		return 0, false
	}
	if _, neg := ev.has(m.from, m.to, negators); neg {
		return 0, false
	}
	return m.from, true
}

// tagAtEnd reports a check that closes a long sentence as its own clause
// ("I can start closing the account over the phone right now, would that
// be easier for you?"): it asks about the step the sentence just named.
func (ev *evaluator) tagAtEnd(m match, s sentence) bool {
	return m.from == ev.clauseStart(m.from) && m.to+3 >= s.last
}

// asksStatus reports a question whether the problem is over by now ("Is
// dit ondertussen in orde?", "Is that all sorted yet?"): it asks about
// the situation, it checks no step the agent proposed.
func (ev *evaluator) asksStatus(k int) bool {
	s := ev.sentence(k)
	_, ok := ev.has(s.first, s.last, statusWords)
	return ok
}

var statusWords = std.set("status-words")

// channelCheck reports a short question whether the number or address for
// a contact the agent has just promised is still right ("Ik bel u om
// drie uur. Is dit nummer nog juist?"): it checks that part of the plan
// (settled case 23). Without a promised contact it asks for an identifier.
func (ev *evaluator) channelCheck(k int) bool {
	if !ev.res.Criteria.Callback {
		return false
	}
	s := ev.sentence(k)
	if s.last-s.first > 14 {
		return false
	}
	if _, ok := ev.adminIn(k); !ok {
		return false
	}
	if _, wh := ev.has(s.first, s.last, whWords); wh {
		return false // "Op welk nummer bent u bereikbaar?" asks for one
	}
	_, check := ev.has(s.first, s.last, idCheckWords)
	return check
}

// contactSoFar reports the agent's contact promised in sentence k or
// before it: the channel checked is the one just promised ("Klopt je
// adres nog? Ik stuur hem opnieuw en bel je morgen" checks where the card
// goes).
func (ev *evaluator) contactSoFar(k int) bool {
	for j := 0; j <= k; j++ {
		if ev.contactOffer(j) {
			return true
		}
	}
	return false
}

// whAsks reports a question word opening sentence k: "Op welk nummer bent
// u bereikbaar?" asks for a number, it checks none; "the number where you
// are now" names one.
func (ev *evaluator) whAsks(k int) bool {
	s := ev.sentence(k)
	_, wh := ev.has(s.first, min(s.first+2, s.last), whWords)
	return wh
}

// okCheck reports a short yes/no question that puts a part of the plan
// the agent has just named to the customer and asks if it is alright:
// "I'll reissue the ticket on your new card. Is the same seat alright?",
// "Would a text be okay for that?", "Is calling this number okay?". The
// question opens with "is/would/will/zou", ends on an ok-word (only "for
// that", "voor u"… after it) and its subject is neither the customer's
// ("Is your router okay?" asks about the problem), a person ("Is he
// okay?") nor everything ("Is alles goed?" asks how they are).
func (ev *evaluator) okCheck(k int) bool {
	s := ev.sentence(k)
	if s.last-s.first > 10 || !ev.is(s.first, okCheckAux) {
		return false
	}
	ok := s.last - 1
	for ok > s.first && (ev.is(ok, tagPreps) || ev.is(ok, youObject) || ev.is(ok, deixisWords)) {
		ok-- // "… okay for that?", "… goed voor u?"
	}
	if ok <= s.first+1 || !ev.is(ok, okWords) {
		return false
	}
	for i := s.first + 1; i < ok; i++ {
		if ev.is(i, secondPerson) && !ev.is(i-1, tagPreps) || ev.is(i, wholeWords) || ev.is(i, thirdPersons) || ev.is(i, vouchPronouns) || ev.is(i, anythingWords) {
			return false // "Is there anything else I can help with?" offers help (settled case 10); "voor u" may stand in it
		}
	}
	_, or := ev.hasNative(s.first, s.last, orWords)
	_, part := ev.has(s.first, s.last, dayParts)
	if ev.asksAvailability(k) || or && (part || len(ev.sentTimes(k)) > 0) {
		return false // "Would a morning or an afternoon be easier?" asks when (settled cases 15, 18)
	}
	return ev.agentIn(k) || k > 0 && ev.agentIn(k-1)
}

var (
	okCheckAux  = std.set("okcheck-aux")
	okWords     = std.set("ok-words")
	deixisWords = std.set("deixis-words")
)

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
	for ok && i+1 < s.last && ev.is(i+1, thanWords) && ev.clauseEnd(i) < s.last {
		// "as you moved rather than switched, … could you DM me?" compares
		// in a clause before the question; "a refund rather than a third
		// one?" offers the choice in the question itself
		i, ok = ev.has(i+1, s.last, preferWords)
	}
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
		if ev.is(i, offerModals) && (ev.is(i, shallWords) || !ev.cueBetween(cs, ev.clauseEnd(cs), "admin") && !ev.adminBetween(k, cs, ev.clauseEnd(cs))) {
			return i // "Can I put a hold on it?", not "Mag ik uw klantnummer?", "Mag ik uw polisnummer?"
		}
	}
	return -1
}

// adminBetween reports an identifier of sentence k, also as a compound
// ("polisnummer", "rijksregisternummer"), between tokens from and to.
func (ev *evaluator) adminBetween(k, from, to int) bool {
	m, ok := ev.adminIn(k)
	return ok && m.from >= from && m.from < to
}

var (
	connectives   = std.set("connectives")
	tagWords      = std.set("tag-words")
	wholeWords    = std.set("whole-words")
	preferWords   = std.set("prefer-words")
	thanWords     = std.set("than-words")
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
func (ev *evaluator) colonBefore(i int) bool { return ev.gapAt(i, ":—–") }

// wouldThat: the agent offers a step and asks, in a closing clause or the
// question after it, whether "that" would do the customer good: "I can
// send a voucher, would that feel fair?", "Ik bestel nieuwe glazen met
// spoed. Zou dat je voorlopig wat lucht geven?". Whatever the verb, the
// question weighs the step just offered (agreement); with no step from
// the agent before it ("Zou dat door de storm komen?") it asks.
func (ev *evaluator) wouldThat(k int) (int, bool) {
	s := ev.sentence(k)
	cs := ev.clauseStart(s.last - 1)
	if s.last-cs > 10 || cs+1 >= s.last || !ev.is(cs, wouldAux) || !ev.is(cs+1, deixisWords) {
		return 0, false
	}
	if cs > s.first {
		_, acts := ev.agentActsIn(sentence{first: s.first, last: cs})
		return cs, acts
	}
	if k == 0 {
		return 0, false
	}
	_, acts := ev.agentActsIn(ev.sentence(k - 1))
	return cs, acts
}

// wouldAux opens a question that weighs a step: "would", "zou".
var wouldAux = std.set("would-aux")
