package scoring

// lapseThen: the customer's lapse given as the reason for what went
// wrong ("je hebt niet op tijd herladen, dus je bundel is vervallen",
// "because you didn't send the form back, the claim was closed", "you
// paid late, so a fee was added"). A lapse is a second-person subject
// with a duty left undone (a negated duty verb) or done late; it is the
// cause when a consequence word follows it ("so", "dus", "daardoor") or
// "because" stands right before it. Not when the agent acts on it
// ("…, so I'll send a new code"), nor when the sentence supposes ("if
// you didn't get it, …").
func (ev *evaluator) lapseThen(k int, s sentence) (blameHit, bool) {
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, youSubject) {
			continue
		}
		d, lapse := ev.lapseAfter(k, i+1, ev.clauseEnd(i))
		if !lapse {
			continue
		}
		if _, cond := ev.has(max(s.first, i-3), i, hardConditionals); cond {
			continue
		}
		if c, ok := ev.cueIn(k, "because"); ok && c.to <= i && i-c.to < 3 {
			if _, acts := ev.agentActsIn(s); !acts {
				return blameHit{c.from, d + 1, BlameCustomer, "lapse-then"}, true
			}
			continue
		}
		c, then := ev.has(d+1, s.last, consequenceWords)
		if !then {
			continue
		}
		if _, acts := ev.agentActsIn(sentence{first: c + 1, last: s.last}); acts {
			continue
		}
		return blameHit{i, c + 1, BlameCustomer, "lapse-then"}, true
	}
	return blameHit{}, false
}

// lapseAfter finds a duty left undone or done late in tokens [from, to)
// of sentence k ("niet … betaald", "didn't return", "te laat betaald",
// "paid late") and returns the duty verb.
func (ev *evaluator) lapseAfter(k, from, to int) (int, bool) {
	for j := from; j < to; j++ {
		if !ev.is(j, negators) {
			continue
		}
		if d, ok := ev.has(j+1, min(j+6, to), dutyActs); ok {
			return d, true
		}
	}
	if l, ok := ev.cueIn(k, "late"); ok && l.from >= from && l.from < to {
		if d, ok := ev.has(max(from, l.from-3), min(l.to+3, to), dutyActs); ok {
			return d, true
		}
	}
	return 0, false
}

var (
	dutyActs         = std.set("duty-acts")
	consequenceWords = std.set("consequence-words")
)

// nextTime: advice for the customer's next time, with nobody at the
// company in the sentence ("so it's just a case of getting it right next
// time", "bewaar uw pincode voortaan apart", "for future, put a safe
// place in the notes"): it says the customer got it wrong this time. Not
// when the company or the agent is in it ("we'll include it next time",
// "laat ons weten als het de volgende keer niet lukt").
func (ev *evaluator) nextTime(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "nexttime")
	if !ok {
		return blameHit{}, false
	}
	if ev.usIn(s.first, s.last) {
		return blameHit{}, false // "ik zal zorgen dat u de volgende keer…"
	}
	cs := ev.clauseStart(m.from)
	if _, cond := ev.has(cs, m.from, hardConditionals); cond {
		return blameHit{}, false // "if you need anything in the future"
	}
	if _, gets := ev.has(cs, ev.clauseEnd(m.from), receiveVerbs); gets {
		return blameHit{}, false // "voortaan krijgt u vooraf een herinnering": a service, not advice
	}
	if _, can := ev.has(cs, m.from, abilityModals); can && ev.is(cs, resultOpeners) {
		return blameHit{}, false // "dan kan ze voortaan zelf inloggen": what the agent's step makes possible
	}
	if ev.tipAfterHelp(k, s) {
		return blameHit{}, false // "I've cancelled it for you now. For future reference you can also manage it in the app"
	}
	return blameHit{m.from, m.to, BlameCustomer, "next-time"}, true
}

// tipAfterHelp reports sentence k as a tip for later ("you can also…",
// "vind je ze ook in de app") after the agent has already acted in an
// earlier sentence: the help is given, the tip comes on top of it.
func (ev *evaluator) tipAfterHelp(k int, s sentence) bool {
	_, can := ev.has(s.first, s.last, abilityModals)
	_, also := ev.has(s.first, s.last, alsoWords)
	if !can && !also {
		return false
	}
	for j := range k {
		if _, acts := ev.agentActsIn(ev.sentence(j)); acts {
			return true
		}
	}
	return false
}

var resultOpeners = std.set("result-openers")

// suggestedNextTime: advice for next time put as a suggestion question
// that opens with a hedge ("Maybe check the address before you pay next
// time?", "Misschien de volgende keer eerst even de maat nameten?"); it
// says the customer got it wrong this time, as nextTime does. A question
// that does not open with the hedge asks or offers ("Is there a spot
// where the courier could leave it next time?").
func (ev *evaluator) suggestedNextTime(k int, s sentence) (blameHit, bool) {
	if !ev.is(s.first, suggestOpeners) {
		return blameHit{}, false
	}
	return ev.nextTime(k, s)
}

var suggestOpeners = std.set("suggest-openers")

// softAdvice reports the advice for next time h in a hedged sentence k as
// advice all the same: the sentence opens with the hedge ("Might be worth
// setting an alarm next time"), or every hedge stands in a clause before
// the advice's, which has no purpose word ("U heeft de code misschien aan
// iemand gegeven, bewaar uw pincode voortaan apart"). Not a wish ("het zou
// fijner zijn als we dat in de toekomst sneller konden melden") or a
// purpose ("…, zodat je het voortaan misschien op tijd ziet").
func (ev *evaluator) softAdvice(k int, s sentence, h blameHit) bool {
	if ev.is(s.first, suggestOpeners) || ev.is(s.first, mightWords) {
		return true
	}
	start := ev.clauseStart(h.from)
	if _, purpose := ev.has(start, h.from, purposeWords); purpose {
		return false
	}
	for _, m := range ev.sentMatches(k) {
		if m.r.role == cue && m.r.tag == "hedge" && m.to > start {
			return false
		}
	}
	return true
}

var mightWords = std.set("might-words")
