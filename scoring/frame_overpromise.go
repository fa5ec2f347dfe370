package scoring

// Overpromise frames: a promise marker with an outcome someone else brings
// about, and unhedged forecasts of a fix.

// promiseOutcome: a certainty or promise marker in sentence k (or a
// short sentence of certainty right after it: "… en dan is het klaar.
// 100% zeker.") with an outcome to come that the agent does not control.
// The agent's own action ("I'll definitely call you at three") is no such
// outcome.
func (ev *evaluator) promiseOutcome() bool {
	for k := range ev.t.sents {
		c, ok := ev.promiseIn(k)
		if !ok || ev.hedged(k) || ev.noPromiseIn(k+1) {
			continue // "I'll definitely push for a slot. Can't promise one comes up" takes it back
		}
		p, ok := ev.prospect(k)
		if !ok && ev.contactOffer(k) && !ev.agentSubject(c.from) && !ev.isUs(c.from) {
			// "our courier will ring you at ten, and the sofa will
			// definitely be there by noon": the call is the agent's, the marker
			// stands in a clause of its own, not the agent's ("ik regel
			// dat er morgen iemand langskomt, en ik bel u om drie uur")
			if cs, ce := ev.clauseStart(c.from), ev.clauseEnd(c.from); !ev.agentContactIn(k, cs, ce) {
				p, ok = ev.prospectIn(k, cs, ce)
			}
		}
		if !ok && k > 0 && (ev.sentence(k).last-ev.sentence(k).first <= 4 || ev.pointsBack(c)) && !ev.hedged(k-1) {
			p, ok = ev.prospect(k - 1) // "Saturday the 14th is set. You can hold me to that."
		}
		if !ok || p < c.from && ev.stateDenied(k, c) {
			continue // "a hood coming off the wall is definitely not cosmetic": sure of a state, nothing to come
		}
		ev.add(Overpromise, true, "", min(c.from, p), max(c.to, p+1), "f.promise-outcome", "")
		return true
	}
	return false
}

// noPromiseIn reports sentence k as one that says no promise can be
// made ("Can't promise one will come up", "Beloven kan ik het niet"): it
// takes back the certainty said just before it.
func (ev *evaluator) noPromiseIn(k int) bool {
	if k >= len(ev.t.sents) {
		return false
	}
	_, ok := ev.cueWhere(k, "hedge", func(m match) bool { return m.r.note == noteNoPromise })
	return ok
}

// pointsBack reports the certainty marker c as a vouch for what was said
// before it: "you can hold me to that", "daar kunt u op rekenen".
func (ev *evaluator) pointsBack(c match) bool {
	_, ok := ev.has(c.from, c.to, certainBackrefs)
	return ok
}

// certainBackrefs are the words by which a vouch points back.
var certainBackrefs = std.set("certain-backrefs")

// stateDenied reports a certainty marker c in sentence k that denies a
// state ("is definitely not cosmetic", "is zeker geen slijtage"): a
// negation right after it and nothing to come after that. A negation
// that opens a second marker ("no ifs, no buts") denies nothing.
func (ev *evaluator) stateDenied(k int, c match) bool {
	if c.to >= ev.sentence(k).last || !ev.is(c.to, negators) {
		return false
	}
	if _, again := ev.cueWhere(k, "certain", func(m match) bool { return m.from == c.to }); again {
		return false
	}
	_, ahead := ev.prospectIn(k, c.to, ev.sentence(k).last)
	return !ahead
}

// promiseIn returns a marker of certainty in sentence k that promises:
// not negated ("ik kan niet garanderen"), not a wish ("we'd definitely
// like to"), not part of a request ("laat ons zeker weten").
func (ev *evaluator) promiseIn(k int) (match, bool) {
	s := ev.sentence(k)
	for _, m := range ev.sentMatches(k) {
		if m.r.role != cue || m.r.tag != "certain" {
			continue
		}
		if ev.meansEspecially(m) {
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
		if _, fact := ev.cueWhere(k, "surefact", func(f match) bool { return f.from <= m.from && m.from < f.to }); fact {
			continue // "een 100% betrouwbaar resultaat" is sure of a fact (settled case 11)
		}
		if _, theirs := ev.cueWhere(k, "youknow", func(y match) bool { return y.to == m.from }); theirs {
			continue // "u weet zeker dat…", "you were sure it…": the customer's certainty
		}
		if ev.reportedPromise(m) {
			continue // "klaar beloofd voor donderdag", "de garantie wordt beoordeeld", "wordt centraal beslist"
		}
		if ev.withheldPromise(s, m) {
			continue // "I won't call that a promise", "only guaranteed before 2pm", "until this is sorted"
		}
		if ev.ensuresOwnAct(k, m) {
			continue // "ik zorg dat de 45 euro wordt teruggestort": the company's own act, no outcome of others
		}
		if ev.vouchesOwnStep(k, m) {
			continue // "I'll definitely go through the booking log": sure of the agent's own step
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
	s := ev.sentence(k)
	return ev.prospectIn(k, s.first, s.last)
}

// prospectIn is prospect within tokens from to to of sentence k, contact
// aside.
func (ev *evaluator) prospectIn(k, from, to int) (int, bool) {
	within := func(m match) bool { return from <= m.from && m.from < to }
	if _, hear := ev.cueWhere(k, "hear", within); hear {
		return 0, false
	}
	if m, ok := ev.cueWhere(k, "outcome", within); ok && !ev.negatedBefore(m.from, 3) {
		return m.from, true
	}
	// "u krijgt het gegarandeerd binnen vijf dagen", "you'll have the
	// money back by Friday": what the customer will receive
	if m, ok := ev.cueWhere(k, "receive", within); ok && !ev.negatedBefore(m.from, 3) {
		return m.from, true
	}
	for i := from; i < to; i++ {
		switch {
		case ev.is(i, futureAux):
			if _, own := ev.has(max(ev.clauseStart(i), i-2), min(i+5, ev.clauseEnd(i)), ownSteps); own {
				continue // "your feedback will be passed on", "dat het intern bekeken wordt": the agent's own step
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
		if tx.from < from || tx.from >= to {
			continue
		}
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
// the agent brings it about, it is no condition ("until it's fixed", "if
// it isn't resolved by then") and no question ("is het dan opgelost?").
func (ev *evaluator) predictsFix(m match) bool {
	if ev.is(m.from, futureAux) && ev.agentWill(m.from) || !ev.is(m.from, futureAux) && ev.agentSubject(m.from) {
		return false
	}
	if _, cond := ev.has(ev.clauseStart(m.from), m.from, fixConditions); cond {
		return false
	}
	k := ev.sentOf(m.from)
	if ev.isQuestion(k) {
		return false // "is het dan opgelost?" asks, it does not promise
	}
	return !ev.contactOffer(k)
}

var fixConditions = std.set("fix-conditions")

// reportedPromise reports a word of promise that names one rather than
// making it: a promise made before ("beloofd voor de 3e", "er werd je een
// terugbelafspraak beloofd", also in a recap), a warranty ("onder
// garantie", "the Money Back Guarantee"), a decision ("dat wordt
// centraal beslist"). "Ik beloof het", "gegarandeerd morgen" still promise.
func (ev *evaluator) reportedPromise(m match) bool {
	if !ev.is(m.from, reportedPromises) {
		return false
	}
	if ev.inRecap(m.from) {
		return true
	}
	if m.from > 0 && (ev.is(m.from-1, promiseNounLeads) || ev.genitive(m.from-1)) {
		return true // "onder garantie", "the manufacturer's guarantee"
	}
	if m.to < len(ev.t.toks) && ev.is(m.to, promiseDateLeads) {
		return true
	}
	if m.to < len(ev.t.toks) && ev.t.toks[m.to].sent == ev.t.toks[m.from].sent && ev.is(m.to, beVerbs) {
		return true // "…twee werkdagen beloofd was", "…over je hoofd beslist wordt": a participle
	}
	if cs := ev.clauseStart(m.from); m.from > cs && ev.is(m.from-1, relatives) && m.to < ev.clauseEnd(m.from) && ev.is(m.to, articles) {
		return true // "dat beslist de havenkapitein": the verb "decides", its subject after it
	}
	if ev.passiveBy(m.from) {
		return true // "die regels worden door de stad beslist"
	}
	_, aux := ev.has(max(ev.clauseStart(m.from), m.from-3), m.from, beVerbs)
	return aux
}

// genitive reports token i written with "'s" ("the manufacturer's
// guarantee"): the tokenizer drops the ending, the reply keeps it.
func (ev *evaluator) genitive(i int) bool {
	tk := &ev.t.toks[i]
	w := ev.t.reply[tk.start:tk.end]
	n := len(w)
	return n > 2 && w[n-1] == 's' && (w[n-2] == '\'' || n > 4 && w[n-4:n-1] == "\u2019")
}

// passiveBy reports a passive before token i in its clause: a form of
// "be" and then "door"/"by" naming who acts ("worden door de stad
// beslist", "was promised by the shop").
func (ev *evaluator) passiveBy(i int) bool {
	aux, ok := ev.has(ev.clauseStart(i), i, beVerbs)
	if !ok {
		return false
	}
	_, by := ev.has(aux+1, i, agentBys)
	return by
}

var (
	agentBys         = std.set("agent-bys")
	reportedPromises = std.set("reported-promises")
	promiseNounLeads = std.set("promise-noun-leads")
	promiseDateLeads = std.set("promise-date-leads")
)

// withheldPromise reports a certainty marker m (in sentence s) that
// promises nothing: under a denied act of promising ("I'm not going to
// tell you it's definitely covered", "I won't call that a promise yet",
// "Beloven kunnen we niks"), narrowed by "only" to the terms ("next-day
// delivery is only guaranteed before 2pm", "our price promise only
// covers…"), or the end of a wait ("I'll stay with you until this is
// sorted", "zodra dat geregeld is").
func (ev *evaluator) withheldPromise(s sentence, m match) bool {
	if _, only := ev.has(max(s.first, m.from-2), min(m.to+1, s.last), onlyWords); only {
		return true
	}
	if m.from > s.first && ev.is(m.from-1, pendingLeads) {
		return true
	}
	for v := max(s.first, m.from-8); v <= m.from; v++ {
		if !ev.is(v, promiseActs) {
			continue
		}
		if ev.negatedBefore(v, 3) {
			return true // "I won't call that a promise"
		}
		if _, not := ev.has(v+1, min(v+4, ev.clauseEnd(v)), negators); not && v == ev.clauseStart(v) {
			return true // "Beloven kunnen we niks": the verb first, its negation after
		}
	}
	return false
}

var (
	onlyWords    = std.set("only-words")
	pendingLeads = std.set("pending-leads")
	promiseActs  = std.set("promise-acts")
)

// ensuresOwnAct reports a marker m of seeing to something ("ik zorg dat",
// "I'll make sure") whose sentence is about an act of the company's own
// ("… de 45 euro wordt teruggestort", "… the difference is credited", "…
// het contract kosteloos wordt ontbonden") with no other marker of
// certainty: like "I'll sort it out for you" (rubric), a commitment about
// the agent's own side, not a guarantee of what others bring about.
func (ev *evaluator) ensuresOwnAct(k int, m match) bool {
	if _, ensure := ev.has(m.from, m.to, ensureVerbs); !ensure {
		return false
	}
	s := ev.sentence(k)
	if _, act := ev.has(m.to, s.last, adminActs); !act {
		return false
	}
	for _, o := range ev.sentMatches(k) {
		if o.r.role == cue && o.r.tag == "certain" && (o.to <= m.from || o.from >= m.to) {
			if _, ensure := ev.has(o.from, o.to, ensureVerbs); !ensure {
				return false // "ik zorg dat het gegarandeerd vandaag wordt teruggestort"
			}
		}
	}
	return true
}

var (
	ensureVerbs = std.set("ensure-verbs")
	adminActs   = std.set("admin-acts")
)

// vouchesOwnStep reports a certainty marker m in sentence k that only
// vouches for the agent's own next step: the agent is the subject right
// before it ("I'll definitely", "we will certainly"), a step verb follows
// it ("chase", "go through", "refund"), and the sentence
// names no outcome to come ("…and you'll have it by Friday" still
// promises one). The rubric counts a commitment about the agent's own
// action as no overpromise.
func (ev *evaluator) vouchesOwnStep(k int, m match) bool {
	cs := ev.clauseStart(m.from)
	a := ev.agentSubjectIn(cs, m.from)
	if a < 0 || m.from-a > 3 || m.to >= ev.clauseEnd(m.from) || !ev.is(m.to, ownStepVerbs) {
		return false
	}
	if _, out := ev.cueIn(k, "outcome"); out {
		return false
	}
	_, ahead := ev.prospectIn(k, ev.clauseEnd(m.from), ev.sentence(k).last)
	return !ahead
}

// ownStepVerbs are the agent's own steps a certainty marker may vouch
// for without promising an outcome.
var ownStepVerbs = std.set("own-step-verbs")
