package scoring

import "slices"

// ordealImpact: a sentence opens by naming what the customer has been
// through as a bare phrase, a span of time or a count with no verb of its
// own ("Drie weken zonder pinpas,", "Four nights without heating –"),
// and the next clause says what that does to them ("dan loop je overal
// tegenaan", "that throws your whole week"): empathy as impact, whatever
// the words. A second clause that directs, promises or rules ("…, dan
// moet u opnieuw bellen", "…, daar heeft u gelijk in") names no impact.
func (ev *evaluator) ordealImpact() (int, int, bool) {
	for k, s := range ev.t.sents {
		if ev.isQuestion(k) {
			continue
		}
		c, ok := ev.openingClause(s)
		if !ok || !ev.namesOrdeal(c) || c.last >= s.last {
			continue
		}
		next := ev.t.clauses[ev.t.toks[c.last].clause]
		for n := 0; n < 2 && ev.goesOn(next) && next.last < s.last; n++ {
			next = ev.t.clauses[ev.t.toks[next.last].clause] // "…, en dat al drie dagen, zo kom je…"
		}
		if ev.saysImpact(next) {
			return c.first, next.last, true
		}
	}
	return 0, 0, false
}

// goesOn reports clause c as more of the ordeal before its impact: it
// opens with "en"/"and" or a subordinator ("en dat al drie dagen",
// "terwijl je chef al op de klok kijkt", "and still no date") and the
// agent does nothing in it ("en ik bel u morgen" is a plan).
func (ev *evaluator) goesOn(c span) bool {
	if c.last-c.first < 2 || !ev.is(c.first, ordealAnds) && !ev.is(c.first, ordealSubordinators) {
		return false
	}
	if ev.saysImpact(c) {
		return false // "…, en dan loop je vast" is the impact itself
	}
	_, agent := ev.has(c.first, c.last, agentSubjects)
	return !agent
}

// blamedOrdeal takes back empathy found only by the ordeal frame when a
// blame finding lies inside it: "No outages near you, so it's probably
// your router" names no impact, it puts the cause on the customer. It
// runs after blame.
func (ev *evaluator) blamedOrdeal() {
	if !ev.res.Criteria.Empathy || !ev.res.Criteria.Blame {
		return
	}
	at := -1
	for i, f := range ev.res.Findings {
		if f.Criterion == Empathy && f.Hit {
			if f.Rule != ruleOrdeal || at >= 0 {
				return // other words show empathy too
			}
			at = i
		}
	}
	if at < 0 {
		return
	}
	o := ev.res.Findings[at]
	for _, f := range ev.res.Findings {
		if f.Criterion == Blame && f.Hit && f.Start < o.End && f.End > o.Start {
			ev.res.Findings = slices.Delete(ev.res.Findings, at, at+1)
			ev.res.Criteria.Empathy = false
			return
		}
	}
}

// ruleOrdeal is the rule id of the ordeal frame's findings.
const ruleOrdeal = "f.ordeal-impact"

// openingClause is the first clause of sentence s that is not a greeting,
// an interjection or the customer's name ("Hoi Sanne,", "Oh nee,").
func (ev *evaluator) openingClause(s sentence) (span, bool) {
	for i := s.first; i < s.last; {
		c := ev.t.clauses[ev.t.toks[i].clause]
		if !ev.leadIn(c) {
			return c, true
		}
		i = c.last
	}
	return span{}, false
}

// leadIn reports clause c as a short greeting or interjection, with at
// most the customer's name beside it.
func (ev *evaluator) leadIn(c span) bool {
	if c.last-c.first > 3 {
		return false
	}
	greeted := false
	for i := c.first; i < c.last; i++ {
		switch {
		case ev.is(i, greetings) || ev.is(i, interjections):
			greeted = true
		case !ev.unknownName(i):
			return false
		}
	}
	return greeted
}

// namesOrdeal reports clause c as a bare phrase of hardship: it starts
// with an amount, perhaps said roughly, and a unit of time or of tries
// ("zes weken", "ruim een uur", "a whole month", "three calls", "two
// complaints"), with a count of anything ("twee kleintjes", "35 graden"),
// with "zonder"/"without", or with a bare "geen"/"no" that is neither
// reassurance ("geen zorgen") nor our side found fine ("no faults"); it
// is short and has no verb or subject that would make it a statement
// ("Drie weken is te lang", "Zonder bon kan ik niets").
func (ev *evaluator) namesOrdeal(c span) bool {
	if c.last-c.first > 20 || c.last-c.first < 2 {
		return false
	}
	i := c.first
	for i < c.last-1 && ev.is(i, ordealApprox) {
		i++ // "ruim een uur", "more than a week"
	}
	switch {
	case ev.is(i, ordealWithouts):
	case ev.is(i, ordealNones):
		if i+1 < c.last && ev.is(i+1, ordealCalms) {
			return false // "Geen zorgen, dat…" reassures
		}
		if _, fault := ev.has(i+1, min(i+3, c.last), faultWords); fault {
			return false // "No faults on the line, so…" finds our side fine
		}
	case ev.t.toks[i].kind == tNum || ev.t.toks[i].number() > 1:
		// a count of anything: "Twee kleintjes en geen warm water"
	case ev.amountAt(i) || ev.t.toks[i].number() > 0:
		if _, ok := ev.has(i+1, min(i+3, c.last), ordealUnits); !ok {
			return ev.turnsWorse(c)
		}
	default:
		return ev.turnsWorse(c)
	}
	return !ev.statedOutside(c)
}

// turnsWorse reports clause c as hardship told as a turn for the worse:
// a bare phrase, then "en dan"/"and then" and what went wrong ("Net een
// nieuwe auto en dan al na een week pech", "A week off and then a broken
// table on the doorstep"). Before the turn stands no statement and no
// agent: "Ik bel morgen en dan…" plans, "U heeft betaald en dan…" states.
func (ev *evaluator) turnsWorse(c span) bool {
	for j := c.first + 1; j+1 < c.last && j-c.first <= 12; j++ {
		if !ev.is(j, ordealAnds) || !ev.is(j+1, ordealTurns) {
			continue
		}
		if _, agent := ev.has(c.first, j, agentSubjects); agent {
			return false
		}
		return !ev.statedOutside(span{first: c.first, last: j})
	}
	return false
}

// statedOutside reports a verb or a subject that makes clause c a
// statement ("Drie weken is te lang"), outside a relative or
// subordinate clause inside it: "van een bril die je juist had" and
// "voordat je dag begonnen is" describe the ordeal, they state nothing.
func (ev *evaluator) statedOutside(c span) bool {
	for i := c.first; i < c.last; i++ {
		if i > c.first && ev.is(i, ordealSubordinators) {
			return false // the rest of the clause describes
		}
		if ev.is(i, ordealStatements) {
			return true
		}
	}
	return false
}

// saysImpact reports clause c as what the ordeal does to the customer: it
// opens with a link back to it ("dan", "dat", "daar", "so", "that"),
// names a person ("je", "uw", "you", "anyone", "niemand") and neither
// directs, promises nor rules (a veto word, or the terms named).
func (ev *evaluator) saysImpact(c span) bool {
	i := c.first
	if i < c.last && ev.is(i, ordealAnds) {
		i++
	}
	if i >= c.last {
		return false
	}
	if !ev.is(i, ordealLinks) {
		return ev.personDenied(i, c)
	}
	if _, ok := ev.has(i+1, c.last, ordealPersons); !ok {
		return false
	}
	if _, doc := ev.has(i+1, c.last, docNouns); doc {
		return false // "…, that's against the conditions you accepted" rules
	}
	v, veto := ev.hasNative(i+1, c.last, ordealVetoes) // English "even" directs nothing
	if veto && ev.thereGoes(i, v) {
		v, veto = ev.hasNative(v+1, c.last, ordealVetoes) // "daar gaan je plannen"
	}
	if veto && ev.nobodyBefore(v) {
		v, veto = ev.hasNative(v+1, c.last, ordealVetoes) // "daar begint niemand graag zijn dag mee"
	}
	return !veto || ev.abilityDenied(v, c)
}

// personDenied reports clause c as the customer's lost ability with no
// link back: it opens with "you"/"je" and "can" denied ("Drie weken dat
// spul in de hitte, je kunt je tuin niet eens meer in", "Two days without
// a kettle, you can't even make tea").
func (ev *evaluator) personDenied(i int, c span) bool {
	if i+1 >= c.last || !ev.is(i, secondPerson) || !ev.is(i+1, ordealAbilities) {
		return false
	}
	return ev.abilityDenied(i+1, c)
}

// thereGoes reports the veto word at v as "gaan"/"gaat" right after the
// link "daar" at i and before a possessive: "daar gaan je plannen",
// "daar gaat uw weekend" say what is lost, they promise nothing.
func (ev *evaluator) thereGoes(i, v int) bool {
	return v == i+1 && v+1 < len(ev.t.toks) && ev.is(i, ordealThere) &&
		ev.is(v, ordealGoes) && ev.is(v+1, possessives)
}

// nobodyBefore reports "niemand"/"nobody" one or two words before token
// v: "niemand graag", "nobody will" say what no one would choose, they
// direct nothing.
func (ev *evaluator) nobodyBefore(v int) bool {
	_, ok := ev.has(max(0, v-2), v, nobodyWords)
	return ok
}

// abilityDenied reports the veto word at v as "can" denied later in its
// clause ("zo kun je je toch niet concentreren", "so you can't even
// cook") with no other veto word: the ordeal takes an ability away.
func (ev *evaluator) abilityDenied(v int, c span) bool {
	if !ev.is(v, ordealAbilities) {
		return false
	}
	if _, more := ev.hasNative(v+1, c.last, ordealVetoes); more {
		return false
	}
	if _, choice := ev.has(v+1, c.last, ordealChoices); choice {
		return false // "dan kunt u niet anders dan…" directs
	}
	_, denied := ev.has(v+1, c.last, ordealDenials)
	return denied
}

var (
	ordealWithouts      = std.set("ordeal-withouts")
	ordealNones         = std.set("ordeal-nones")
	ordealCalms         = std.set("ordeal-calms")
	ordealSubordinators = std.set("ordeal-subordinators")
	ordealApprox        = std.set("ordeal-approx")
	ordealUnits         = std.set("ordeal-units")
	ordealStatements    = std.set("ordeal-statements")
	ordealAnds          = std.set("ordeal-ands")
	ordealLinks         = std.set("ordeal-links")
	ordealPersons       = std.set("ordeal-persons")
	ordealVetoes        = std.set("ordeal-vetoes")
	ordealAbilities     = std.set("ordeal-abilities")
	ordealDenials       = std.set("ordeal-denials")
	ordealChoices       = std.set("ordeal-choices")
	nobodyWords         = std.set("nobody-words") // "niemand", "nobody": read by the ordeal and the doubting question
	ordealTurns         = std.set("ordeal-turns")
	ordealThere         = std.set("ordeal-there")
	ordealGoes          = std.set("ordeal-goes")
)
