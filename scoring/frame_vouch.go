package scoring

// vouches: the company's own people, equipment or checks are vouched for
// as the answer to a complaint ("our cameras are accurate", "the engineer
// is very experienced", "elk toestel wordt bij ons getest", "we always
// check every order"): the company's side is said to be sound, so the
// fault must lie elsewhere (rubric: denial, "our side is fine"). The
// frame starts at the vouching word ("accurate", "getest"), at "always",
// or at a check passed ("the car passed its checks"), which are rare, and
// reads the verb and subject before it.
// Left alone when negated ("our scales weren't calibrated" owns it),
// supposed ("zodra je retour is binnengekomen en gecontroleerd…"), said
// of the customer's own thing ("your meter is accurate"), or beside the
// agent acting ("our engineers are trained for this and I'll send one at
// nine") or what will happen ("…and will be there at ten").
func (ev *evaluator) vouches(k int, s sentence) (blameHit, bool) {
	var from int
	m, ok := ev.cueWhere(k, "vouch", func(m match) bool {
		var ok bool
		from, ok = ev.vouchedSubject(m.from)
		return ok
	})
	if !ok {
		m, ok = ev.cueWhere(k, "vouchroutine", func(m match) bool {
			var ok bool
			from, ok = ev.routineCheck(m.from)
			return ok
		})
		if !ok {
			m, ok = ev.cueWhere(k, "vouchpassed", func(m match) bool {
				var ok bool
				from, ok = ev.passedSubject(m.from)
				return ok
			})
		}
		if !ok {
			return blameHit{}, false
		}
	}
	to := max(m.to, from+1)
	if ev.negatedBefore(m.from, 4) {
		return blameHit{}, false
	}
	if _, cond := ev.has(s.first, from, conditionals); cond {
		return blameHit{}, false
	}
	if _, w := ev.has(ev.clauseStart(from), from, whetherWords); w {
		return blameHit{}, false
	}
	_, before := ev.agentActsIn(sentence{first: s.first, last: from})
	if _, after := ev.agentActsIn(sentence{first: to, last: s.last}); before || after {
		return blameHit{}, false // "every parcel is checked, so I'll trace yours now"
	}
	if ev.willIn(from, s.last) {
		return blameHit{}, false // "we will get it checked", "the engineer is experienced with it and will be there at ten"
	}
	if best := bestTime(ev.sentTimes(k)); best != nil && best.class >= timeDayOnly {
		return blameHit{}, false // "de monteur is ervaren en komt morgen om tien uur langs" arranges a visit
	}
	return blameHit{from, to, BlameDenial, "vouches"}, true
}

// vouchedSubject reads what the vouching word at w says of: a verb "to
// be" at most four words before it ("is vorige week nog gekeurd"), and
// before that verb the company's side ("our", "every", a staff word, a
// piece of equipment, "he"/"she"), not the customer's ("your meter"). It
// returns where the subject starts.
func (ev *evaluator) vouchedSubject(w int) (int, bool) {
	cs := ev.clauseStart(w)
	b, ok := ev.lastIn(max(cs, w-4), w, beVerbs)
	if !ok {
		return 0, false
	}
	for p := b - 1; p >= max(cs, b-4); p-- {
		switch {
		case ev.is(p, secondPerson):
			return 0, false // "your meter is accurate", "u bent ervaren"
		case ev.is(p, ourWords) || ev.is(p, vouchQuantifiers) || ev.is(p, vouchPronouns):
			return p, true
		case ev.is(p, staffWords) || ev.is(p, vouchKit):
			if p > cs && ev.is(p-1, secondPerson) {
				return 0, false
			}
			return p, true
		}
	}
	return 0, false
}

// routineCheck reads "always" at a as a routine check of the company's:
// "we always check", "our staff always double-check", Dutch "wij
// controleren altijd". It returns where the subject starts.
func (ev *evaluator) routineCheck(a int) (int, bool) {
	cs := ev.clauseStart(a)
	subject := func(from, to int) (int, bool) {
		for p := max(cs, from); p < to; p++ {
			if ev.is(p, ourWords) || ev.is(p, agentSubjects) {
				return p, true
			}
		}
		return 0, false
	}
	end := ev.clauseEnd(a)
	if a+1 < end && ev.is(a+1, checkVerbs) || a+2 < end && ev.is(a+2, checkVerbs) {
		return subject(a-2, a) // "we always check", "our staff always double-check"
	}
	if a-1 >= cs && ev.is(a-1, checkVerbs) {
		return subject(a-3, a-1) // "wij controleren altijd"
	}
	return 0, false
}

// passedSubject reads what passed a check at w ("the car passed its checks that
// morning", "they've passed all of our quality testing", "elk toestel doorstaat
// de keuring"): a subject in the clause before it that is not the customer's
// ("your car passed its MOT" vouches for nothing of ours). It returns where
// the subject starts.
func (ev *evaluator) passedSubject(w int) (int, bool) {
	cs := ev.clauseStart(w)
	if w == cs {
		return 0, false
	}
	for p := w - 1; p >= max(cs, w-4); p-- {
		if ev.is(p, secondPerson) {
			return 0, false
		}
	}
	return max(cs, w-3), true
}

// willIn reports a future auxiliary ("will", "zal") in tokens [from,
// to); the Dutch passive "wordt"/"worden" is not one here.
func (ev *evaluator) willIn(from, to int) bool {
	for i := from; i < to; i++ {
		if ev.is(i, futureAux) && !ev.is(i, passiveAux) {
			return true
		}
	}
	return false
}

var (
	passiveAux       = std.set("passive-aux")
	beVerbs          = std.set("be-verbs")
	vouchQuantifiers = std.set("vouch-quantifiers")
	vouchPronouns    = std.set("vouch-pronouns")
	vouchKit         = std.set("vouch-kit")
	checkVerbs       = std.set("check-verbs")
)
