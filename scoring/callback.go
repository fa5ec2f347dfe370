package scoring

import "strings"

// callback: the agent (or the company) commits to contacting the
// customer again at a concrete moment. Near misses say what was missing:
// a time of day, a moment at all, or the agent as the one who calls.
func (ev *evaluator) callback() {
	found := false
	var notes []finding
	for k, s := range ev.t.sents {
		if s.last <= s.first {
			continue
		}
		times := ev.sentTimes(k)
		for v := s.first; v < s.last; v++ {
			if !ev.isContact(v, s) {
				continue
			}
			agent := ev.agentActs(v, s)
			if !agent {
				if ev.is(v, callVerbs) && (v == s.first || ev.customerSubject(v)) {
					notes = append(notes, finding{v, v + 1, "customer-calls", noteCustomerCalls})
				}
				continue
			}
			if ev.negatedBefore(v, 3) {
				continue
			}
			best := bestTimeNear(ev.nearTimes(times, v), v)
			if ev.conditionalBefore(v, s) && (best == nil || best.class != timeConcrete || ev.conditionalIsIf(v, s)) {
				notes = append(notes, finding{v, v + 1, "conditional", noteConditional})
				continue
			}
			switch {
			case best == nil:
				notes = append(notes, finding{v, v + 1, "no-time", noteNoTime})
				continue // "I can get you onto a loyalty rate; I'll call you by 4": the next contact may have one
			case best.class == timeConcrete:
				from, to := v, v+1
				if best.from < from {
					from = best.from
				}
				if best.to > to {
					to = best.to
				}
				ev.add(Callback, true, "", from, to, "agent-contact-time", "")
				found = true
			case best.class == timeDayOnly:
				notes = append(notes, finding{best.from, best.to, "day-only", noteDayOnly})
			default:
				notes = append(notes, finding{best.from, best.to, "vague-time", noteVague})
			}
			if found {
				break
			}
			// a day or a vague time reads on: "we'll make a new strap
			// this week, and I'll call you on Friday at ten"
		}
		if found {
			break
		}
	}
	if m := ev.of(Callback, cue, "hear"); !found && len(m) > 0 && ev.heardAtTime(m[0]) {
		ev.add(Callback, true, "", m[0].from, m[0].to, "hear-from-us", "")
		found = true
	}
	ev.res.Criteria.Callback = found
	if !found {
		seen := map[int]bool{}
		for _, n := range notes {
			if !seen[n.from] {
				seen[n.from] = true
				ev.add(Callback, false, "", n.from, n.to, n.rule, n.note)
			}
		}
	}
}

// heardAtTime reports a cue that the customer will hear from us ("you'll
// hear from me", "I'll check back in with you") with a concrete time in
// its clause, not promised on a condition ("if it's our mistake I'll
// confirm it in writing within the hour").
func (ev *evaluator) heardAtTime(m match) bool {
	s := ev.sentence(ev.sentOf(m.from))
	if ev.conditionalBefore(m.from, s) && ev.conditionalIsIf(m.from, s) {
		return false
	}
	best := bestTime(ev.clauseTimes(m))
	return best != nil && best.class == timeConcrete
}

// clauseTimes keeps the time expressions of m's sentence that stand in
// m or in the clause where m starts: "uiterlijk vrijdag om twaalf uur
// hoor je van mij", not the visit's time in "ik heb de monteur voor
// morgen om tien uur ingepland, en straks krijgt u van ons een sms".
func (ev *evaluator) clauseTimes(m match) []timex {
	return ev.keepTimes(ev.sentTimes(ev.sentOf(m.from)), func(t timex) bool {
		return t.from < m.to && m.from < t.to || ev.t.toks[t.from].clause == ev.t.toks[m.from].clause
	})
}

// keepTimes returns the time expressions of ts that keep reports, in the
// scratch slice the contact checks share.
func (ev *evaluator) keepTimes(ts []timex, keep func(timex) bool) []timex {
	near := ev.sc.near[:0]
	for _, t := range ts {
		if keep(t) {
			near = append(near, t)
		}
	}
	ev.sc.near = near
	return near
}

// finding is a near miss waiting to be reported.
type finding struct {
	from, to   int
	rule, note string
}

// nearTimes keeps the time expressions that belong to the contact verb
// at v: in its clause or within contactReach words of it. "A technician
// is free this afternoon at 2pm, … and I'll text you the details" sets
// the visit's time, not the text's.
func (ev *evaluator) nearTimes(ts []timex, v int) []timex {
	return ev.keepTimes(ts, func(t timex) bool {
		d := max(t.from-v, v-t.to+1, 0)
		return (d <= contactReach || ev.t.toks[t.from].clause == ev.t.toks[v].clause) && !ev.timeOfEarlierVerb(t, v)
	})
}

// timeOfEarlierVerb reports a bare "today" before contact verb v with
// an "and/en" between them: it belongs to the verb before the "and" ("ik
// stort het vandaag terug en bel je morgen", "I'll chase the fitter today
// and ring you tomorrow"), or any time inside the step before the "and"
// when the contact after it waits on something (timeOfEarlierConjunct).
func (ev *evaluator) timeOfEarlierVerb(t timex, v int) bool {
	if t.to > v {
		return false
	}
	i, and := ev.has(t.to, v, andWords)
	if !and {
		return false
	}
	if t.to-t.from == 1 && ev.is(t.from, todayWords) {
		return true
	}
	return ev.timeOfEarlierConjunct(t, i, v)
}

// timeOfEarlierConjunct reports a time inside the clause before the
// "and/en/but" at i that joins contact verb v, when the contact waits on
// something: "I'll chase the print team this afternoon and come back to
// you as soon as I hear", "ik laat het vandaag nog overbrengen en stuur u
// een berichtje zodra het er is". The time dates the first step, not the
// contact. A contact that waits on nothing follows the step at its time
// ("I'll check again at 9am and DM you either way"); a time that opens
// the sentence covers both steps ("Morgen om tien kijk ik het na en bel
// ik u"), and so does a "then/dan" after the join ("… and then I'll call").
func (ev *evaluator) timeOfEarlierConjunct(t timex, i, v int) bool {
	s := ev.sentence(ev.sentOf(v))
	if t.from <= s.first || ev.t.toks[t.from].sent != ev.t.toks[v].sent || inTime(ev.sentTimes(ev.sentOf(v)), i) || i == t.to && i+1 < s.last && ev.countAt(i+1) {
		return false // "tussen tien en elf": the "en" of a range
	}
	if _, then := ev.has(i+1, min(v+4, s.last), thenWords); then {
		return false
	}
	_, waits := ev.has(v+1, s.last, waitsFor)
	return waits
}

// countAt reports a count at token i, in digits or words ("elf").
func (ev *evaluator) countAt(i int) bool {
	tk := &ev.t.toks[i]
	return tk.kind == tNum || tk.number() > 0
}

// waitsFor opens what a contact waits on: "as soon as", "zodra", "the moment".
var waitsFor = std.set("waits-for")

// contactReach is how many words a time may stand from its contact verb.
const contactReach = 6

// bestTime returns the most concrete time expression, the first of
// equally concrete ones, or nil.
func bestTime(ts []timex) *timex { return bestTimeNear(ts, -1) }

// bestTimeNear returns the most concrete time expression and, of equally
// concrete ones, the nearest to token v, so that "ik bel vanmiddag met
// de monteur en bel u om drie uur terug" quotes the second call with its
// own time. Times come in reading order, so v = -1 keeps the first.
func bestTimeNear(ts []timex, v int) *timex {
	var best *timex
	dist := func(t *timex) int { return max(t.from-v, v-t.to+1, 0) }
	for i := range ts {
		if best == nil || ts[i].class > best.class || ts[i].class == best.class && dist(&ts[i]) < dist(best) {
			best = &ts[i]
		}
	}
	return best
}

// onThisCall reports a phone noun at v that names the call going on now:
// a word of staying or being on the line in the four words before it.
func (ev *evaluator) onThisCall(v int, s sentence) bool { return ev.namesThisCall(v, s, phoneNouns) }

// namesThisCall reports a word of nouns at i, after an article or a
// phone preposition, with a word of staying or being on the line in the
// four words before it: "while we're on the phone", "stay on the line
// with me", "blijf even aan de lijn".
func (ev *evaluator) namesThisCall(i int, s sentence, nouns wordSet) bool {
	if !ev.is(i, nouns) || i == s.first || !ev.is(i-1, articles) && !ev.is(i-1, phonePreps) {
		return false
	}
	_, during := ev.has(max(s.first, i-4), i, onCallWords)
	return during
}

// isContact reports whether token v is a verb of getting in touch, in a
// sense that means contacting the customer ("stuur u een bericht", not
// "stuur u een nieuw toestel").
func (ev *evaluator) isContact(v int, s sentence) bool {
	if !ev.is(v, contactAny) {
		return false // one flag test for the words no case below reads
	}
	if ev.onThisCall(v, s) {
		return false // "while we're on the phone", "zolang u aan de telefoon blijft"
	}
	switch {
	case ev.is(v, callVerbs):
		if ev.nounUse(v) {
			return false // "an outage on the app this morning", "today's email", "four calls"
		}
		return !ev.callsOther(v, s)
	case ev.is(v, sendVerbs):
		_, ok := ev.has(v+1, s.last, messageWords)
		return ok
	case ev.is(v, postVerbs):
		_, ok := ev.has(v+1, min(v+4, s.last), messageWords)
		return ok
	case ev.is(v, phoneNouns):
		return v > s.first && phonePreps.in(&ev.t.toks[v-1]) || v > s.first+1 && phonePreps.in(&ev.t.toks[v-2])
	case ev.is(v, dmVerbs): // a verb only with its object: "I'll DM you"
		return v+1 < s.last && ev.is(v+1, youObject)
	case ev.is(v, letVerbs):
		if v+1 < s.last && ev.is(v+1, letObjects) {
			return false // "let us know if…", "laat me weten": the customer gets in touch
		}
		_, ok := ev.has(v+1, s.last, knowWords)
		return ok
	case ev.is(v, comeVerbs):
		// Dutch puts "terug" last in the clause ("ik kom er morgen om tien
		// uur op terug", "koppel dat morgen aan u terug"); English keeps
		// "back" close ("get back to you"), not "an emergency came in this
		// morning which put everything back"
		end := ev.clauseEnd(v)
		if ev.res.Lang == EN {
			end = min(end, v+4)
		}
		_, ok := ev.has(v+1, end, backWords)
		return ok
	case ev.is(v, checkBackVerbs): // "I'll check back with you by five", not "check back on the tracking"
		if v+1 >= s.last || !ev.is(v+1, checkBackWords) {
			return false
		}
		_, you := ev.has(v+2, min(v+4, s.last), youObject)
		return you
	case ev.is(v, followVerbs):
		_, ok := ev.has(v+1, min(v+3, s.last), upWords)
		return ok
	case ev.is(v, reachVerbs):
		_, ok := ev.has(v+1, min(v+3, s.last), outWords)
		return ok
	case ev.is(v, takeVerbs):
		_, ok := ev.has(s.first, s.last, contactWords)
		return ok
	case ev.is(v, informVerbs):
		_, ok := ev.has(v+1, min(v+3, s.last), youObject)
		return ok
	}
	return false
}

// The contact verbs isContact reads, each with its own test.
var (
	sendVerbs   = std.set("send-verbs")
	dmVerbs     = std.set("dm-verbs")
	letVerbs    = std.set("let-verbs")
	comeVerbs   = std.set("come-verbs")
	followVerbs = std.set("follow-verbs")
	reachVerbs  = std.set("reach-verbs")
	takeVerbs   = std.set("take-verbs")
	informVerbs = std.set("inform-verbs")
	nounCalls   = std.set("noun-calls")
	callPreps   = std.set("call-preps")

	nounDeterminers = std.set("noun-determiners")
	contactAny      = std.set("contact-any")
)

// callsOther reports a contact verb whose object is someone other than
// the customer: "ik bel nu de aannemer", "I'll ring the courier first",
// "ik bel zelf met de monteur", "bel nu naar de SEH", "met de planning
// bellen", "I'll email the contractor tonight".
func (ev *evaluator) callsOther(v int, s sentence) bool {
	cs, ce := ev.clauseStart(v), ev.clauseEnd(v)
	if v-3 >= cs && ev.is(v-3, callPreps) && ev.is(v-2, otherObjects) {
		return true // "ik ga vandaag nog met de planning bellen"
	}
	if !ev.is(v, phoneVerbs) {
		// "I'll email the contractor tonight" writes to someone else;
		// "I can email the documents to you" sends a thing to the customer
		if _, you := ev.has(v+1, ce, youObject); you {
			return false
		}
		for i := v + 1; i < min(v+4, ce); i++ {
			if ev.destinationAt(i) {
				return true
			}
		}
		return false
	}
	times := ev.sentTimes(ev.sentOf(v))
	for i := v + 1; i < s.last && i <= v+6; i++ {
		switch {
		case inTime(times, i):
			continue
		case ev.is(i, clockPreps):
			if i+1 < s.last && !inTime(times, i+1) {
				return false // "bellen om de details te bespreken": a purpose, no one called
			}
			continue
		case ev.is(i, youObject):
			return false
		case ev.is(i, otherObjects):
			return true
		case ev.is(i, towardWords):
			continue // "ik bel nu naar de SEH"
		case ev.is(i, callPreps):
			// "ik bel zelf met de monteur" calls another party; "bellen
			// met een duidelijk antwoord" brings the customer news
			if _, you := ev.has(cs, v, youObject); you {
				return false // "mag ik u om zeven uur bellen met een nieuwe tijd?"
			}
			if _, news := ev.has(i+1, min(i+4, s.last), messageWords); news {
				return false
			}
			return i+1 < s.last && ev.is(i+1, otherObjects)
		case !ev.is(i, callAdverbs):
			return false
		}
	}
	return false
}

// nounUse reports a contact word used as a noun: after a determiner
// that owns it ("our phone system", "today's email"), or one that is a
// noun more often than a verb ("the app", "app logins", "four calls")
// without the marks of a verb. "A text", "een sms" and "in de mail"
// still reach the customer.
func (ev *evaluator) nounUse(v int) bool {
	if ev.is(v, nounCalls) && !ev.verbUse(v) {
		return true
	}
	return v > 0 && ev.is(v-1, nounDeterminers)
}

// verbUse reports a word that is a noun as often as a verb ("app",
// "email", "text", "calls") used as the verb at v: the customer as its
// object right after ("ik app je", "I'll text you") or the agent, a
// modal or "will" right before ("we'll email", "ik mail").
func (ev *evaluator) verbUse(v int) bool {
	if v+1 < len(ev.t.toks) && ev.is(v+1, youObject) {
		return true
	}
	return v > 0 && (ev.is(v-1, agentSubjects) || ev.is(v-1, modals) || ev.is(v-1, futureAux))
}

// inTime reports whether token i lies in one of the time expressions ts.
func inTime(ts []timex, i int) bool {
	for _, t := range ts {
		if t.from <= i && i < t.to {
			return true
		}
	}
	return false
}

// agentActs reports whether the agent, the company or one of its staff
// is the one who makes contact at verb v.
func (ev *evaluator) agentActs(v int, s sentence) bool {
	if ev.formalYouCalls(v) {
		return false // "mijn collega is er niet, belt u maandag maar terug": the customer calls
	}
	cs := ev.clauseStart(v)
	// inverted ("kan ik u … bellen", "bel ik u") or plain ("ik bel u")
	if _, ok := ev.has(cs, v, agentSubjects); ok {
		// but not "ik wil dat u mij belt"
		if !ev.customerSubject(v) {
			return true
		}
	}
	if v+1 < s.last && ev.is(v+1, agentSubjects) {
		return true
	}
	if v == cs && v > s.first && ev.is(v, imperativeStarts) && !(v+1 < s.last && ev.is(v+1, secondPerson)) {
		return false // "de planner is afwezig, bel morgen maar terug" commands; "…, bel u morgen" is the agent
	}
	// a staff member: "de monteur belt u", "our engineer will call you"
	if _, ok := ev.has(s.first, v, staffWords); ok && !ev.customerSubject(v) {
		return true
	}
	// someone of ours opening the clause: "our pharmacist will ring you
	// by three", "onze veiligheidsmanager neemt vandaag contact met u op";
	// not a record ("our system shows the bill was emailed on 2 May")
	if ev.oursContacts(cs, v) && !ev.customerSubject(v) {
		return true
	}
	// a list of the agent's actions: "I'll check X, request Y and call
	// you back" — unless the customer became the subject on the way
	if a, ok := ev.has(s.first, v, agentSubjects); ok && !ev.youSubjectBetween(a, v) {
		return true
	}
	return false
}

// formalYouCalls reports a Dutch verb opening its clause in the form
// that agrees with "u" as its subject ("belt u maandag terug", "mailt u
// het formulier"): the customer acts. "Bel u morgen om tien" (the agent,
// its "ik" left out) and "bel je" (either) are not read so.
func (ev *evaluator) formalYouCalls(v int) bool {
	return ev.invertedYou(v) && ev.is(v+1, formalYou) && strings.HasSuffix(ev.t.toks[v].norm, "t")
}

// youSubjectBetween reports the customer as a subject between tokens a
// and v: at a clause start, after a modal, or opening a subordinate
// clause ("… dat u morgen belt").
func (ev *evaluator) youSubjectBetween(a, v int) bool {
	for i := a + 1; i < v; i++ {
		if !ev.is(i, youSubject) {
			continue
		}
		prev := &ev.t.toks[i-1]
		if i == ev.clauseStart(i) || modals.hasTok(prev) || subordinators.hasTok(prev) {
			return true
		}
	}
	return false
}

var (
	subordinators       = std.set("subordinators")
	conditionCancellers = std.set("condition-cancellers")
)

// conditionalBefore reports a condition before verb v in its sentence:
// "als ik iets weet, bel ik u"; "either way" lifts it again ("if you DM
// me your postcode I'll check, and either way you'll hear from me by two").
func (ev *evaluator) conditionalBefore(v int, s sentence) bool {
	if c, ok := ev.has(s.first, v, conditionals); ok && !(c > s.first && ev.is(c-1, politeIfs)) && !ev.asComparison(c) {
		_, lifted := ev.has(max(c+1, v-4), v, conditionCancellers)
		return !lifted // but "is it alright if I ring you at three?" offers
	}
	// "ik bel u zodra ik meer weet": a condition right after the promise
	_, after := ev.has(v+1, s.last, lateConditionals)
	return after
}

// conditionalIsIf reports a hard condition ("als", "if"), which voids a
// promise even with a time.
func (ev *evaluator) conditionalIsIf(v int, s sentence) bool {
	c, ok := ev.has(s.first, v, hardConditionals)
	return ok && !(c > s.first && ev.is(c-1, politeIfs)) && !ev.asComparison(c)
}

// asComparison reports a Dutch "als" that means "as", not "if": no
// subject opens a clause after it ("ik zet hem als eerste op de brug",
// "ik zet het door als prio 1 ticket"), unlike "als ik iets weet" or "als
// de monteur komt".
func (ev *evaluator) asComparison(c int) bool {
	if !ev.is(c, alsWords) || c+1 >= len(ev.t.toks) || ev.t.toks[c+1].sent != ev.t.toks[c].sent {
		return false
	}
	next := c + 1
	return !ev.is(next, subjectWords) && !ev.is(next, articles) && !ev.is(next, agentSubjects) && !ev.is(next, thirdPersons)
}

var (
	formalYou      = std.set("formal-you")
	alsWords       = std.set("als-words")
	callVerbs      = std.set("call-verbs")
	messageWords   = std.set("message-words")
	knowWords      = std.set("know-words")
	backWords      = std.set("back-words")
	youObject      = std.set("you-object")
	agentSubjects  = std.set("agent-subjects")
	staffWords     = std.set("staff-words")
	conditionals   = std.set("conditionals")
	otherObjects   = std.set("other-objects")
	callAdverbs    = std.set("call-adverbs")
	phoneVerbs     = std.set("phone-verbs")
	phoneNouns     = std.set("phone-nouns")
	phonePreps     = std.set("phone-preps")
	onCallWords    = std.set("on-call-words")
	checkBackVerbs = std.set("check-back-verbs")
	checkBackWords = std.set("check-back-words")
	postVerbs      = std.set("post-verbs")
	politeIfs      = std.set("polite-ifs")
)

// oursContacts reports the clause [cs, v) opening with "our/onze" and a
// person of the company, and v not a contact done: "our pharmacist will
// ring you", "onze hotelmanager belt je". Records and systems ("our
// system shows it was sent") report, they do not contact, nor does a
// participle ("…is verzonden"), and "our courier" is another company.
func (ev *evaluator) oursContacts(cs, v int) bool {
	if v-cs < 2 || !ev.is(cs, ourPossessives) || ev.is(cs+1, recordNouns) || supplierNoun(ev.t.toks[cs+1].norm) && !ev.notAParty(cs+1) {
		return false // "our courier will ring you" is the courier's call (-96: "our" before a party); "onze bezorger" is ours
	}
	_, done := ev.has(cs, v+1, doneParticiples)
	return !done
}

var recordNouns = std.set("record-nouns")
