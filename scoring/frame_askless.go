package scoring

// Questions that ask nothing about the problem: when the customer is free
// so a step can be planned (settled case 15), the channel of a promised
// call, and requests to do a step put as a question (settled case 17).

// asksAvailability reports a question in sentence k whose last clause
// asks when the customer can be reached or visited: it opens with a
// question word of time ("wanneer", "when", "hoe laat", "welke dag",
// "what time"), perhaps after a connective or preposition, and names the
// customer and an availability word: "Welke dag komt u het beste uit?",
// "Wanneer zijt ge volgende week thuis?", "What time suits you best?".
// "Wanneer is het begonnen?" asks about the problem.
func (ev *evaluator) asksAvailability(k int) bool {
	s := ev.sentence(k)
	if ev.someoneHome(k) {
		return true
	}
	cs := ev.clauseStart(s.last - 1)
	if cs > s.first && (ev.is(cs, helpPurpose) || ev.is(cs, availThens)) {
		// "Op welke dagen bent u thuis, zodat ik een moment kies?",
		// "Wanneer bent u thuis, dan kan de opzichter komen kijken?"
		cs = ev.clauseStart(cs - 1)
	}
	i := cs
	for i < s.last && i < cs+2 && (ev.is(i, connectives) || ev.is(i, slotPreps)) {
		i++
	}
	if !ev.timeAsked(i, s.last) {
		return false
	}
	if _, wh := ev.has(s.first, cs, whWords); wh {
		return false // "hoe laat kwam de sms, en welke dag bent u thuis?" asks about the problem too
	}
	if _, past := ev.has(i, s.last, pastBe); past {
		return false // "what time was the ride and where did it drop you off?" asks what happened
	}
	if _, you := ev.has(i, s.last, secondPerson); !you {
		// "Which morning next week could we come round?": the moment of
		// the agent's own visit
		_, we := ev.has(i, s.last, firstPerson)
		_, visit := ev.has(i, s.last, visitVerbs)
		return we && visit
	}
	_, free := ev.has(i, s.last, availWords)
	return free
}

// slotChoice reports a question that offers the customer a choice of
// moments for a step: "Would a morning or an afternoon be easier for
// you?", "Komt dinsdag of woensdag u beter uit?". Like asking when they
// are free (settled cases 15 and 18), it arranges the step and asks
// nothing about the problem: an "or", a day part, day name or time, an
// availability word and the customer.
func (ev *evaluator) slotChoice(k int) bool {
	s := ev.sentence(k)
	if _, or := ev.hasNative(s.first, s.last, orWords); !or {
		return false
	}
	_, part := ev.has(s.first, s.last, dayParts)
	_, day := ev.has(s.first, s.last, dayNames)
	if !part && !day && len(ev.sentTimes(k)) == 0 {
		return false
	}
	if _, you := ev.has(s.first, s.last, secondPerson); !you {
		return false
	}
	_, suits := ev.has(s.first, s.last, choiceSuits)
	return suits
}

var choiceSuits = std.set("choice-suits")

// suitsCheck reports a question whether a plan suits the customer: "Past
// dat voor u?", "Past dat beter bij uw werktijden?", "Wat past jullie het
// best?", "Would that suit you?". Like an agreement check (settled cases
// 15 and 23) it asks nothing about the problem: a word of suiting, the
// customer, "that" or "what" for the plan, nothing in the past and no
// other question word ("Which day suited you last time?" still asks).
func (ev *evaluator) suitsCheck(k int) bool {
	s := ev.sentence(k)
	if _, suits := ev.has(s.first, s.last, planSuits); !suits {
		return false
	}
	if _, you := ev.has(s.first, s.last, secondPerson); !you {
		return false
	}
	if _, past := ev.has(s.first, s.last, pastBe); past {
		return false
	}
	if w, wh := ev.has(s.first, s.last, whWords); wh {
		return ev.is(w, whatWords) // "wat past u het best?"
	}
	_, plan := ev.has(s.first, s.last, deixisWords)
	return plan
}

var planSuits = std.set("plan-suits")

// timeAsked reports a question word of time at token i: "wanneer",
// "when", or "which/welke/hoe/what" with a time noun within three words
// ("welke dagen", "hoe laat", "what time of day", "what's the best day").
func (ev *evaluator) timeAsked(i, end int) bool {
	if i >= end || !ev.is(i, whWords) {
		return false
	}
	if ev.is(i, whenWords) {
		return true
	}
	_, slot := ev.has(i+1, min(i+5, end), slotNouns) // "what's the earliest day…"
	return slot
}

// someoneHome reports a question whether someone will be home or free
// at a moment ("Is someone home tomorrow?", "Is er vrijdag iemand
// thuis?"): like asking when the customer is free (settled case 15), it
// arranges a visit and asks nothing about the problem.
func (ev *evaluator) someoneHome(k int) bool {
	s := ev.sentence(k)
	if ev.whOpened(k) || len(ev.sentTimes(k)) == 0 {
		return false
	}
	if _, past := ev.has(s.first, s.last, pastBe); past {
		return false // "was anyone home then?" asks about the delivery
	}
	_, who := ev.has(s.first, s.last, somebodyWords)
	_, free := ev.has(s.first, s.last, availWords)
	_, in := ev.has(s.first, s.last, presentWords) // "will someone be in?"
	return who && (free || in)
}

// whereToSend reports a question about the place the customer is in now
// ("Are you still in the room?", "Bij welk hotel zijn jullie?", "Op welk
// veld staan jullie?") with the agent sending someone or something there
// in it or the next sentence ("I can send housekeeping up", "dan stuur ik
// een taxi"): like an address asked for a step (settled case 5), it
// arranges the agent's step and asks nothing about the problem. Where it
// happened ("Which street was this on?") and where the damage is ("waar
// zit het gat precies?") still ask.
func (ev *evaluator) whereToSend(k int) bool {
	s := ev.sentence(k)
	if _, place := ev.has(s.first, s.last, whereaboutWords); !place {
		return false
	}
	if _, past := ev.has(s.first, s.last, pastBe); past {
		return false
	}
	if _, now := ev.has(s.first, s.last, nowBeWords); !now {
		return false
	}
	for j := k; j < min(k+2, len(ev.t.sents)); j++ {
		t := ev.sentence(j)
		if a, acts := ev.agentActsIn(t); acts {
			if _, send := ev.has(a, t.last, visitVerbs); send {
				return true
			}
		}
	}
	return false
}

var (
	whereaboutWords = std.set("whereabout-words")
	nowBeWords      = std.set("now-be")
)

var (
	slotPreps  = std.set("slot-preps")
	slotNouns  = std.set("slot-nouns")
	whenWords  = std.set("when-words")
	availWords = std.set("avail-words")

	somebodyWords = std.set("somebody-words")
	presentWords  = std.set("present-words")
	visitVerbs    = std.set("visit-verbs")
	pastBe        = std.set("past-be")
)

// contactCheck reports a question that checks the channel of a promised
// contact: the agent reaching the customer on a number or address ("Kan ik
// u op dit nummer bereiken?", "Can I reach you on this number?") or that
// channel called fine ("Is dat nummer goed voor u?", "Is a text to this
// number ok?"). It looks up where to call, not the problem.
func (ev *evaluator) contactCheck(k int) bool {
	s := ev.sentence(k)
	c, ch := ev.has(s.first, s.last, channelNouns)
	if !ch {
		return false
	}
	if _, ok := ev.has(c+1, s.last, fineWords); ok {
		return true // not "the right order number"
	}
	if _, passive := ev.has(s.first, s.last, reachPassive); passive {
		return true // "a number where you can be reached", "waarop u bereikbaar bent"
	}
	_, reach := ev.has(s.first, s.last, channelVerbs)
	_, me := ev.has(s.first, s.last, agentSubjects)
	return reach && me
}

var (
	channelNouns = std.set("channel-nouns")
	fineWords    = std.set("fine-words")
	channelVerbs = std.set("channel-verbs")
	reachPassive = std.set("reach-passive")
)

// suggests reports a question that asks the customer to do something:
// a suggestion cue ("kunt u de modem herstarten?", "could you try…?") or
// a Dutch verb-first request softened by "eens", "even" or "gerust"
// ("Verwijder je je cookies eens?", "Belt u het ziekenhuis even?"): the
// verb opens a clause, the customer follows it as subject, and it is no
// auxiliary ("Heb je al eens gekeken…?" asks what they did).
func (ev *evaluator) suggests(k int) bool {
	if _, ok := ev.cueIn(k, "suggest"); ok {
		return true
	}
	s := ev.sentence(k)
	if _, soft := ev.has(s.first, s.last, softeners); !soft {
		return false
	}
	for cs := s.first; cs < s.last; cs = ev.clauseEnd(cs) {
		if cs+1 < s.last && ev.is(cs+1, youSubject) && !ev.is(cs, notVerbOpeners) {
			return true
		}
	}
	return false
}

var (
	softeners      = std.set("softeners")
	notVerbOpeners = std.set("not-verb-openers")
)

// availThens open the step that follows the asked moment ("…, dan kan de
// monteur langskomen?").
var availThens = std.set("avail-thens")
