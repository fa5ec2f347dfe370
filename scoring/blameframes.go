package scoring

import "strings"

// Blame frames: general shapes of shifting the blame, read from the
// clause structure rather than from listed phrases. Each frame has its
// own rule id; the words live in the language files.

// frameHits runs every blame frame over the reply.
func (ev *evaluator) frameHits() []blameHit {
	var out []blameHit
	helps := ev.helpsOtherwise()
	agentHelps := ev.agentActsAnywhere()
	keeps := ev.keepsCase()
	for k, s := range ev.t.sents {
		if h, ok := ev.expectedRhetoric(k, s); ok {
			out = append(out, h) // a question that wants no answer
		}
		if s.last <= s.first {
			continue
		}
		// "de planner is er pas maandag, belt u dan even terug?": chasing
		// someone who is away, asked or told
		if h, ok := ev.chaseAbsent(k, s); ok {
			out = append(out, h)
		}
		// "almost always down to cleaning it with hot water": a usual
		// cause, hedged or asked on, still puts it on the customer's habit
		if h, ok := ev.habitCause(k, s); ok {
			out = append(out, h)
		}
		// "…, it wouldn't have gone to the old account, would it?" states
		// and only seeks assent: its frames count as a statement's
		if ev.isQuestion(k) && !ev.tagQuestion(k) {
			// "Maybe check the address before you pay next time?": advice put as a question
			if h, ok := ev.suggestedNextTime(k, s); ok {
				out = append(out, h)
			}
			continue
		}
		// "…misschien aan iemand gegeven, bewaar uw pincode voortaan
		// apart": advice for next time blames this time, softened or not
		if h, ok := ev.nextTime(k, s); ok && (!ev.hedged(k) || ev.softAdvice(k, s, h)) {
			out = append(out, h)
		}
		// "prob cos u put the wrong pin in": a guess still blames
		if h, ok := ev.customerCaused(k, s); ok {
			out = append(out, h)
		} else if h, ok := ev.lapseThen(k, s); ok {
			out = append(out, h)
		}
		// "…, probeer het maandag nog eens": softened or not, the customer
		// chases someone who is not there now
		if h, ok := ev.tryAgainLater(k, s); ok {
			out = append(out, h)
		}
		// "your bank should be able to help with that": hedged or not
		if h, ok := ev.othersHelp(k, s); ok && !agentHelps {
			out = append(out, h)
		}
		if ev.hedged(k) {
			// "double charges usually come from the bank", "zo'n storing
			// komt meestal door de netbeheerder": a cause put elsewhere
			// stays put there
			if h, ok := ev.cuePartyHit(k, s, causeLink); ok {
				out = append(out, h)
			}
			continue
		}
		// "er zijn bij ons geen storingen gemeld; heb je de modem al
		// herstart?" reports the status and goes on helping
		if h, ok := ev.ourSideFine(k, s); ok && (!helps || ev.insists(k, s)) {
			out = append(out, h)
		}
		if h, ok := ev.sentAsTold(k, s); ok && (!helps || ev.insists(k, s)) && !agentHelps {
			out = append(out, h)
		}
		if h, ok := ev.noRecord(k, s); ok && !keeps && (!helps && !agentHelps || !ev.helpsBeside(h)) {
			out = append(out, h)
		}
		if h, ok := ev.notUsContrast(k, s); ok {
			out = append(out, h)
		}
		if h, ok := ev.handledElsewhere(k, s); ok {
			out = append(out, h)
		}
		if h, ok := ev.phoneLine(k, s); ok {
			out = append(out, h)
		} else if h, ok := ev.channelHandoff(s); ok {
			out = append(out, h)
		}
		if h, ok := ev.selfHelpLink(k, s); ok && !helps && !agentHelps {
			out = append(out, h)
		}
		if h, ok := ev.cutoffRule(k, s); ok && !agentHelps {
			out = append(out, h)
		}
		if h, ok := ev.termsAsReason(k, s); ok {
			out = append(out, h)
		}
		if h, ok := ev.termAsAnswer(k, s); ok && !helps && !agentHelps {
			out = append(out, h)
		}
		if h, ok := ev.contactLink(k, s, keeps); ok && !agentHelps {
			out = append(out, h)
		}
		if h, ok := ev.decisionOf(s); ok {
			out = append(out, h)
		}
		if h, ok := ev.faultLiesWith(k, s); ok {
			out = append(out, h)
		}
		if h, ok := ev.selfService(k, s); ok && !agentHelps {
			out = append(out, h)
		}
		for _, f := range cueParties {
			if h, ok := ev.cuePartyHit(k, s, f); ok {
				out = append(out, h)
			}
		}
		out = ev.sentenceFrames(k, s, out)
	}
	return out
}

// sentenceFrames appends the hits of the blame frames frameHits reads in
// every sentence without a condition of their own. They are called one
// by one, not through a table of functions: a function value would make
// the evaluator escape to the heap on every reply.
func (ev *evaluator) sentenceFrames(k int, s sentence, out []blameHit) []blameHit {
	add := func(h blameHit, ok bool) {
		if ok {
			out = append(out, h)
		}
	}
	add(ev.theOnes(k, s))
	add(ev.partySide(k, s))
	add(ev.faultOfParty(k, s))
	add(ev.faultBy(k, s))
	add(ev.madeMistake(k, s))
	add(ev.partyDecides(k, s))
	add(ev.feelingThenBut(k, s))
	add(ev.feelingThenFact(k, s))
	add(ev.concludedDone(k, s))
	add(ev.vouches(k, s))
	add(ev.ifYouHad(k, s))
	add(ev.understoodButYou(k, s))
	return out
}

// admitsFault reports a fault word in sentence s that is not negated
// ("er is een storing op ons netwerk", "we've had a problem with logins
// since 8am"): the company admits a problem on its side, the opposite of
// saying its side is fine.
func (ev *evaluator) admitsFault(s sentence) bool {
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, faultWords) || ev.is(i, faultNotProblem) || ev.negatedBefore(i, 4) || ev.negatedFaultBefore(i) {
			continue
		}
		if _, neg := ev.has(i+1, min(i+4, ev.clauseEnd(i)), negators); !neg {
			return true // not "een storing is er niet"
		}
	}
	return false
}

// negatedFaultBefore reports a negated fault word shortly before fault
// word i in its clause: in "no reports of login issues", "geen meldingen
// van storingen" the issues are denied with the reports.
func (ev *evaluator) negatedFaultBefore(i int) bool {
	for j := i - 1; j >= max(ev.clauseStart(i), i-4); j-- {
		if ev.is(j, faultWords) && ev.negatedBefore(j, 3) {
			return true
		}
	}
	return false
}

// okStateIn finds a word saying something is fine in sentence s, past the
// words that only look like one: "Klopt, …" or "het klopt dat …" grant
// the customer's point, and "working on it" is the staff at work.
func (ev *evaluator) okStateIn(s sentence) (int, bool) {
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, okStates) {
			continue
		}
		if ev.is(i, grantWords) && (i == s.first || i+1 < s.last && ev.is(i+1, deixisWords)) {
			continue
		}
		if i+1 < s.last && ev.is(i+1, onWords) && ev.is(i, workWords) && !ev.sideAt(i+1) {
			continue // "working on it" is staff at work; "working on our end" is a state
		}
		if ev.is(i, grantCourtesy) && ev.clauseStart(i) == i && ev.clauseEnd(i) == i+1 {
			continue // "Geen probleem, ik annuleer het vanaf hier" grants a request
		}
		if ev.is(i, adverbOks) && !ev.afterStateVerb(i) {
			continue // "we sturen gewoon een nieuw pakket op onze kosten" says simply
		}
		return i, true
	}
	return 0, false
}

// afterStateVerb reports a verb of running or showing before token i in
// its clause ("bij ons werkt alles gewoon", "onze meting toont gewoon
// 100 Mbps"), or closing the clause right after it ("dat je ketel gewoon
// normaal draait"): only then does "gewoon" say a side is fine.
func (ev *evaluator) afterStateVerb(i int) bool {
	if _, runs := ev.has(ev.clauseStart(i), i, stateVerbs); runs {
		return true
	}
	// a Dutch subordinate clause puts the verb last: "we zien dat je
	// ketel gewoon normaal draait"
	end := ev.clauseEnd(i)
	if end > i+3 {
		return false
	}
	_, runs := ev.has(i+1, end, stateVerbs)
	return runs
}

// grantCourtesy grants a request when it stands alone: "no problem".
var grantCourtesy = std.set("grant-courtesy")

// supposes reports a word of supposition in tokens from…to that is not
// part of a state ("if", "should"; not "working as it should", "alles
// werkt zoals het hoort").
func (ev *evaluator) supposes(from, to int) bool {
	for i := from; i < to; i++ {
		if !ev.is(i, whetherWords) {
			continue
		}
		within := func(m match) bool { return m.from <= i && i < m.to }
		if _, state := ev.cueWhere(ev.sentOf(i), "state", within); !state {
			return true
		}
	}
	return false
}

// sideAt reports an "our side" cue that starts at token i and ends the
// sentence ("working on our end.", "werkt aan onze kant."); "working on
// our side of the line" may still be staff at work.
func (ev *evaluator) sideAt(i int) bool {
	k := ev.sentOf(i)
	last := ev.sentence(k).last
	_, ok := ev.cueWhere(k, "ourside", func(m match) bool { return m.from == i && m.to >= last })
	return ok
}

// blameHit is one blaming span with its kind and rule id.
type blameHit struct {
	from, to int
	kind     BlameKind
	rule     string
}

// ourSideFine: the company's side is said to be fine ("there's no fault
// on our network", "bij ons werkt de app gewoon", "volgens onze gegevens
// is het pakket correct afgeleverd"): the problem must lie elsewhere.
func (ev *evaluator) ourSideFine(k int, s sentence) (blameHit, bool) {
	side, ok := ev.cueIn(k, "ourside")
	if !ok {
		return blameHit{}, false
	}
	if ev.supposes(s.first, side.from) {
		return blameHit{}, false // "indien het zoals bij ons werkt, …" supposes
	}
	if _, sure := ev.cueIn(k, "certain"); sure {
		if _, ahead := ev.prospect(k); ahead {
			return blameHit{}, false // "komt morgen in orde, onze monteur lost het op, zeker weten" promises
		}
	}
	if ev.actsBeyondCheck(k, s.first) {
		// "we fixed it on our side, it works again"; "I've checked it and
		// it reads fine, so I'll send an engineer" ("we've tested it" is
		// the check itself)
		return blameHit{}, false
	}
	if ev.admitsFault(s) {
		return blameHit{}, false // "Klopt, er is een storing op ons platform, onze technici zijn ermee bezig"
	}
	if i, fine := ev.okStateIn(s); fine && !ev.negatedBefore(i, 2) && !ev.fixedNow(i) {
		return blameHit{min(side.from, i), max(side.to, i+1), BlameDenial, "our-side-fine"}, true
	}
	// a state cue: "vanaf onze kant is alles gegaan zoals het moest", "aan
	// onze kant draait alles normaal"
	if m, ok := ev.cueIn(k, "state"); ok && !ev.negatedBefore(m.from, 2) && !ev.fixedNow(m.from) {
		return blameHit{min(side.from, m.from), max(side.to, m.to), BlameDenial, "our-side-fine"}, true
	}
	if i, no := ev.has(s.first, s.last, negators); no {
		if j, fault := ev.has(i+1, min(i+4, s.last), faultWords); fault {
			return blameHit{min(side.from, i), max(side.to, j+1), BlameDenial, "our-side-no-fault"}, true
		}
	}
	return blameHit{}, false
}

// fixedNow reports an ok state said to be back ("it works again", "het
// werkt terug"): the company fixed it, nothing is denied.
func (ev *evaluator) fixedNow(i int) bool {
	_, ok := ev.cueWhere(ev.sentOf(i), "restored", func(m match) bool { return m.from <= i+1 && m.to >= i })
	return ok
}

// feelingThenBut: regret for how the customer feels, then a "but" that
// pushes back ("I'm sorry you feel that way, but the booking was
// confirmed", "het spijt me dat u het zo ervaart, maar…"): the reply
// defends the company instead of owning the problem.
func (ev *evaluator) feelingThenBut(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "feelsorry")
	if !ok {
		return blameHit{}, false
	}
	b, but := ev.has(m.to, s.last, buts)
	if !but {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(sentence{first: b, last: s.last}); acts {
		return blameHit{}, false // "…, but I'll look into it right now" helps
	}
	if w, ok := ev.has(b, s.last, workWords); ok && w+1 < s.last && ev.is(w+1, onWords) {
		return blameHit{}, false // "…, but our team are working on it" says the fix is under way
	}
	return blameHit{m.from, min(b+1, s.last), BlameDenial, "feeling-then-but"}, true
}

// notUsContrast: a party is set against "us" ("decided by Network Rail,
// not by us", "die sms'jes komen van derden, niet van ons", "bij Fluvius,
// ni bij ons"): the reply points away from the company.
func (ev *evaluator) notUsContrast(k int, s sentence) (blameHit, bool) {
	if m, ok := ev.cueIn(k, "outsourced"); ok {
		return blameHit{m.from, m.to, BlameSupplier, "outsourced"}, true
	}
	m, ok := ev.cueIn(k, "notus")
	if !ok {
		return blameHit{}, false
	}
	// "het ligt niet bij ons" denies; "van een incassobureau, niet van
	// ons" names the party it points to
	kind := BlameDenial
	if _, third := ev.cueIn(k, "supplier"); third || ev.hasOrg(s) {
		kind = BlameSupplier
	} else if _, _, named := ev.namedIn(s); named {
		kind = BlameSupplier
	} else if ev.hasOtherParty(s) {
		kind = BlameManagement
	}
	return blameHit{m.from, m.to, kind, "not-us-contrast"}, true
}

// handledElsewhere: someone else decides or handles it ("adjustments
// like that are down to my manager", "claims worden behandeld door de
// afdeling Schade", "that's not something I deal with").
func (ev *evaluator) handledElsewhere(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "elsewhere")
	if !ok {
		return blameHit{}, false
	}
	if j, acts := ev.agentActsIn(s); acts && j < m.from {
		return blameHit{}, false // "I'll ask for it to be reviewed by a senior handler"
	}
	if ev.thingDecides(m) {
		return blameHit{}, false // "…, because that decides which boat you go on"
	}
	if m.to < s.last && ev.is(m.to, meansWords) {
		return blameHit{}, false // "made by hand", "handled by email" name how, not who
	}
	for i := m.to; i < s.last; i++ {
		if !ev.is(i, agentSubjects) {
			continue
		}
		if _, asks := ev.has(i+1, min(i+4, s.last), agentActs); asks {
			return blameHit{}, false // "…, so I've asked them to call you at three"
		}
	}
	if m.to < s.last && ev.is(m.to, usWords) || m.to < s.last && ev.is(m.to, firstPerson) {
		return blameHit{}, false // "handled by us", "geregeld door mij"
	}
	if m.r.kind == BlameSupplier {
		return blameHit{m.from, m.to, BlameSupplier, "handled-elsewhere"}, true // "that's down to them"
	}
	kind := BlameManagement
	if _, third := ev.cueIn(k, "supplier"); third || ev.hasOrg(s) {
		kind = BlameSupplier // "run by a hire firm"
	} else if _, ours, named := ev.namedIn(s); named && !ours {
		kind = BlameSupplier
	}
	return blameHit{m.from, m.to, kind, "handled-elsewhere"}, true
}

// thingDecides reports a cue opened by "that/this" as the subject of its
// clause ("because that decides which boat you go on", "— that decides
// the price"): a fact settles it, no one else does. "the team that
// decides" names a party before its "that".
func (ev *evaluator) thingDecides(m match) bool {
	if !ev.is(m.from, thingPronouns) {
		return false
	}
	return m.from == ev.clauseStart(m.from) || ev.is(m.from-1, subordinators) || ev.is(m.from-1, andWords)
}

var thingPronouns = std.set("thing-pronouns")

// toYourself reports a cue that ends in "to yourself": "the one hour
// you had to yourself" is time alone, not something the customer did
// themselves.
func (ev *evaluator) toYourself(m match) bool {
	return m.to-2 > m.from && ev.is(m.to-2, aloneIdiomPreps)
}

var aloneIdiomPreps = std.set("alone-idiom-preps")

// customerCaused: the customer's own action is given as the cause
// ("prob cos u put the wrong pin in", "volgens ons systeem heeft u die
// afspraak zelf ingepland", "een typfout van uw kant").
func (ev *evaluator) customerCaused(k int, s sentence) (blameHit, bool) {
	if m, ok := ev.cueIn(k, "yourside"); ok && !(m.from > s.first && ev.is(m.from-1, firstPerson)) && !ev.toYourself(m) {
		// not "ik heb je terugbetaling net zelf aangezet": the agent did it
		return blameHit{m.from, m.to, BlameCustomer, "your-side"}, true
	}
	if h, ok := ev.counterfactual(k); ok {
		return h, true
	}
	if ev.is(s.first, elidedShould) && s.first+2 < s.last && ev.is(s.first+1, haveWords) && !ev.is(s.first+2, beenWords) && !ev.is(s.first+2, articles) && !ev.is(s.first+2, possessives) {
		// "Should've paid a day earlier": the left-out subject is the customer
		return blameHit{s.first, s.first + 3, BlameCustomer, "should-have"}, true
	}
	c, ok := ev.cueIn(k, "because")
	if !ok {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(s); acts {
		return blameHit{}, false // "we've refunded it since you haven't used it"
	}
	you, ok := ev.has(c.to, min(c.to+3, s.last), youSubject)
	if !ok {
		return blameHit{}, false
	}
	if v, did := ev.has(you+1, min(you+5, s.last), customerActs); did {
		return blameHit{c.from, v + 1, BlameCustomer, "you-caused"}, true
	}
	return blameHit{}, false
}

// counterfactual: what would not have happened had the customer acted
// otherwise ("Had u de stand nagekeken, dan was dit niet gebeurd", "if
// you'd told us, this wouldn't have happened"): the customer is the one
// the condition names, in this sentence or the one before.
func (ev *evaluator) counterfactual(k int) (blameHit, bool) {
	m, ok := ev.cueIn(k, "counterfactual")
	if !ok {
		return blameHit{}, false
	}
	from := ev.sentence(k).first
	if k > 0 {
		from = ev.sentence(k - 1).first
	}
	// the customer is named and the agent is not: "had ik u gebeld"
	// is the agent's own failing
	you := false
	for i := from; i < m.from; i++ {
		if ev.is(i, firstPerson) || ev.is(i, agentSubjects) {
			return blameHit{}, false
		}
		you = you || ev.is(i, youSubject) || ev.is(i, possessives) // "your payment arrived late; otherwise…"
	}
	if !you {
		return blameHit{}, false
	}
	return blameHit{m.from, m.to, BlameCustomer, "counterfactual"}, true
}

// insists reports a sentence that pushes its claim ("it was definitely
// sent from our end", "dat is gewoon in orde"): a status said to push
// back, not to inform, even beside a troubleshooting question.
func (ev *evaluator) insists(k int, s sentence) bool {
	_, push := ev.has(s.first, s.last, pushbackWords)
	_, certain := ev.cueIn(k, "certain")
	return push || certain
}

var (
	elidedShould = std.set("elided-should")
	haveWords    = std.set("have-words")
	beenWords    = std.set("been-words")
)

// termsAsReason: the terms, rules or tariff are given as why it is so
// ("that's the terms", "staan gewoon in het tarievenoverzicht",
// "it's in the fare rules"), unless the agent is acting on them.
func (ev *evaluator) termsAsReason(k int, s sentence) (blameHit, bool) {
	d, ok := ev.cueIn(k, "docword")
	if !ok {
		i, compound := ev.docCompound(s)
		if !compound {
			return blameHit{}, false
		}
		d = match{from: i, to: i + 1}
	}
	if _, acts := ev.agentActsIn(s); acts {
		return blameHit{}, false // "ik kijk uw contract na"
	}
	if ev.coveredBy(d.from) {
		return blameHit{}, false // "die kookplaat valt gewoon onder de garantie": the terms on the customer's side
	}
	if ev.feelingAfter(d.from, s) {
		return blameHit{}, false // "een vast contract en dan toch een hogere prijs: logisch dat u zich bedrogen voelt" tells their story
	}
	// quoting the terms to answer a question informs; quoting them with
	// a push ("gewoon", "I'm afraid", "that's just", "still") pushes back
	if i, push := ev.has(s.first, s.last, pushbackWords); push {
		return blameHit{min(d.from, i), max(d.to, i+1), BlameContract, "terms-as-reason"}, true
	}
	// "sorry, maar in de voorwaarden staat…", "but we follow EU
	// regulations": the terms answer the complaint with a "but"
	if i, but := ev.has(s.first, d.from, sentenceButs); but && ev.is(d.from, docNouns) {
		return blameHit{i, d.to, BlameContract, "but-the-terms"}, true
	}
	return blameHit{}, false
}

// feelingAfter reports the rules' empathy after token d in sentence s:
// the words before it tell the customer's story ("eerst een sms dat alles
// aan je eigen tarief is en dan toch een rekening: ik snap dat je je
// bij de neus genomen voelt").
func (ev *evaluator) feelingAfter(d int, s sentence) bool {
	return ev.hitStartsIn(Empathy, ev.t.toks[d].end, ev.t.toks[s.last-1].end)
}

// feltBefore reports the party at d named inside what the agent grants
// the customer feels: an empathy hit opens d's clause before it, and
// neither the cause cue cm nor a "because" is between them ("I get that
// you're worried about losing the builder"). "Ik snap dat u boos bent
// want de koerier…" gives a cause after the feeling and is not exempt.
func (ev *evaluator) feltBefore(d int, cm match) bool {
	cs := ev.clauseStart(d)
	if cm.from >= cs && cm.from < d {
		return false
	}
	if _, because := ev.has(cs, d, becauseWords); because {
		return false
	}
	return ev.hitStartsIn(Empathy, ev.t.toks[cs].start, ev.t.toks[d].start)
}

// alternativeNext reports the agent offering another way in the sentence
// after k ("What I can do is look at moving the system", "Ik kan u wel
// een kortingscode geven"): the terms are explained, not used to end the
// talk.
func (ev *evaluator) alternativeNext(k int) bool {
	if k+1 >= len(ev.t.sents) {
		return false
	}
	_, acts := ev.agentActsIn(ev.sentence(k + 1))
	_, instead := ev.cueIn(k+1, "alternative")
	return acts && instead
}

// coveredBy reports the terms word at d as what covers the customer,
// not negated: "valt gewoon onder de garantie", "it's still under
// warranty"; "valt niet onder uw dekking" pushes back.
func (ev *evaluator) coveredBy(d int) bool {
	p := d - 1
	if p >= 0 && (ev.is(p, articles) || ev.is(p, possessives)) {
		p--
	}
	if p < 0 || !ev.is(p, coverPreps) {
		return false
	}
	_, neg := ev.has(ev.clauseStart(d), p, negators)
	return !neg
}

var coverPreps = std.set("cover-preps")

// docCompound finds a compound ending in a terms word in sentence s:
// "actievoorwaarden", "kredietbeleid", "huisreglement".
func (ev *evaluator) docCompound(s sentence) (int, bool) {
	for i := s.first; i < s.last; i++ {
		w := ev.t.toks[i].norm
		for _, tail := range docTails.list {
			if len(w) > len(tail)+2 && strings.HasSuffix(w, tail) {
				return i, true
			}
		}
	}
	return 0, false
}

var (
	docNouns       = std.set("doc")
	docTails       = std.set("doc-tails")
	referenceWords = std.set("reference-words")
)

// hasOrg reports an organisation named by its head noun in sentence s:
// "een marketingbureau", "the energy company".
func (ev *evaluator) hasOrg(s sentence) bool { return ev.orgIn(s, false) }

// theirOrg reports an organisation in s that is not ours: "the dealer",
// "je bank", not "one of our depots".
func (ev *evaluator) theirOrg(s sentence) bool { return ev.orgIn(s, true) }

// orgIn reports an organisation in s; with theirs, not one that "our" or
// "onze" stands one or two words before.
func (ev *evaluator) orgIn(s sentence, theirs bool) bool {
	for i := s.first; i < s.last; i++ {
		if !ev.orgHeadAt(i) {
			continue
		}
		if !theirs || !(i > s.first && ev.is(i-1, ourWords) || i-1 > s.first && ev.is(i-2, ourWords)) {
			return true
		}
	}
	return false
}

// phoneLine: the customer is sent to a phone line: a contact verb or a
// phone word with a phone number ("please call 1-800-869-3557", "their
// telephone number is 0344 493 0787"), not the agent calling them.
func (ev *evaluator) phoneLine(k int, s sentence) (blameHit, bool) {
	n := -1
	for i := s.first; i < s.last && n < 0; i++ {
		digits, j := 0, i
		for ; j < s.last && (ev.t.toks[j].kind == tNum || ev.t.toks[j].kind == tDash); j++ {
			tk := &ev.t.toks[j]
			digits += phoneDigits(ev.t.reply[tk.start:tk.end]) // "078 15 05 23" is four numbers
		}
		if digits >= 7 {
			n = j - 1
		}
	}
	if n < 0 {
		return blameHit{}, false
	}
	if _, agent := ev.agentActsIn(s); agent {
		return blameHit{}, false // "ik bel u op 0470 12 34 56"
	}
	if _, ref := ev.has(s.first, n, referenceWords); ref {
		return blameHit{}, false // "er staat een dossier open met nummer 47128651"
	}
	_, contact := ev.has(s.first, s.last, customerContacts)
	_, phone := ev.has(s.first, s.last, phoneWords)
	if !contact && !phone {
		return blameHit{}, false
	}
	return blameHit{s.first, n + 1, BlameManagement, "phone-line"}, true
}

// channelHandoff: the customer is told to phone or chat, at a link or a
// number, to start over elsewhere ("please ring or chat in with us:
// <URL>", "bel gerust naar onze klantendienst via deze link"), also
// when it is the same company (settled case 1): the call leaves the
// agent's hands. Not the agent calling ("ik bel u"), not a DM.
func (ev *evaluator) channelHandoff(s sentence) (blameHit, bool) {
	h, ok := ev.has(s.first, s.last, handoffVerbs)
	// "phone" and "chat" are verbs before "us", "in", "with", after "please", and a
	// channel after "via", "by"; elsewhere nouns ("your phone #").
	for ok && ev.is(h, handoffNouns) && !(h+1 < s.last && ev.is(h+1, handoffObjects)) && !(h > s.first && (ev.is(h-1, handoffPreps) || ev.is(h-1, pleaseWords))) {
		h, ok = ev.has(h+1, s.last, handoffVerbs)
	}
	if !ok || ev.is(s.first, hardConditionals) {
		return blameHit{}, false // "als het nog eens gebeurt, kan je … bellen": for a next time
	}
	if _, dm := ev.has(s.first, s.last, dmWords); dm {
		return blameHit{}, false
	}
	if _, agent := ev.has(max(s.first, h-3), h, agentSubjects); agent {
		return blameHit{}, false // "send us your number and I'll call": the agent calls
	}
	where := false
	for i := s.first; i < s.last && !where; i++ {
		where = ev.t.toks[i].kind == tURL
	}
	if _, number := ev.has(s.first, s.last, phoneWords); !where && !number {
		return blameHit{}, false
	}
	_, please := ev.has(s.first, h, pleaseWords)
	if please || h == s.first || ev.is(s.first, imperativeStarts) {
		return blameHit{s.first, s.last, BlameManagement, "channel-handoff"}, true
	}
	// "you can call us at", "u kunt ons bellen op": the customer is the
	// subject and the call has somewhere to go
	if _, to := ev.has(h+1, min(h+4, s.last), handoffTargets); !to || !ev.customerSubject(h) {
		return blameHit{}, false
	}
	return blameHit{s.first, s.last, BlameManagement, "channel-handoff"}, true
}

var (
	handoffVerbs   = std.set("handoff-verbs")
	handoffNouns   = std.set("handoff-nouns")
	handoffObjects = std.set("handoff-objects")
	handoffPreps   = std.set("handoff-preps")
	handoffTargets = std.set("handoff-targets")
	pleaseWords    = std.set("please-words")
)

// phoneDigits counts the digits of a number token and the number tokens
// joined to it ("1-800-869-3557" is one token here).
func phoneDigits(s string) int {
	d := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			d++
		}
	}
	return d
}

// selfHelpLink: self-help material given as the answer, by link or
// "here" ("you can find troubleshooting tips here: <URL>", "have you
// tried the steps outlined here?", "suggest it in our Community").
func (ev *evaluator) selfHelpLink(k int, s sentence) (blameHit, bool) {
	i, ok := ev.has(s.first, s.last, selfHelp)
	if !ok {
		return blameHit{}, false
	}
	if _, here := ev.cueIn(k, "herelink"); !here {
		if _, url := ev.urlIn(s); !url {
			return blameHit{}, false
		}
	}
	return blameHit{i, i + 1, BlameWebsite, "self-help-link"}, true
}

// urlIn finds a link in sentence s.
func (ev *evaluator) urlIn(s sentence) (int, bool) {
	for i := s.first; i < s.last; i++ {
		if ev.t.toks[i].kind == tURL {
			return i, true
		}
	}
	return 0, false
}

// helpsBeside reports help in the reply other than the look that found
// no record in h ("ik zie hier nergens iets genoteerd staan" looks and
// finds nothing; "…, ik zet de les terug op uw kaart" helps): a
// question, or the agent acting outside h.
func (ev *evaluator) helpsBeside(h blameHit) bool {
	for k, s := range ev.t.sents {
		if _, link := ev.cueIn(k, "link"); !link && ev.isQuestion(k) {
			return true
		}
		for from := s.first; from < s.last; {
			j, acts := ev.agentActsIn(sentence{first: from, last: s.last, start: ev.t.toks[from].start, end: s.end})
			if !acts {
				break
			}
			if _, looks := ev.has(j, min(j+3, h.to), seeVerbs); j < h.from || j >= h.to || !looks {
				return true
			}
			from = j + 1
		}
	}
	return false
}

// agentActsIn reports the agent or company acting in sentence s: a
// first-person subject followed by a help verb.
func (ev *evaluator) agentActsIn(s sentence) (int, bool) {
	if s.last <= s.first {
		return 0, false
	}
	k := ev.sentOf(s.first)
	if ev.t.sents[k].first != s.first || ev.t.sents[k].last != s.last {
		return ev.agentActsScan(s) // a part of a sentence: read it afresh
	}
	if ev.acts == nil {
		ev.acts = append(ev.sc.acts[:0], make([]agentAct, len(ev.t.sents))...)
	}
	a := &ev.acts[k]
	if !a.read {
		a.j, a.ok = ev.agentActsScan(s)
		a.read = true
	}
	return a.j, a.ok
}

// agentAct is agentActsIn's answer for one sentence, read once: some
// forty rules ask it, so a long reply stays linear.
type agentAct struct {
	read, ok bool
	j        int
}

// agentActsScan is agentActsIn without the memo.
func (ev *evaluator) agentActsScan(s sentence) (int, bool) {
	for i := s.first; i < s.last; i++ {
		if j, ok := ev.letMe(i, s); ok {
			return j, true
		}
		if !ev.is(i, agentSubjects) {
			continue
		}
		if _, none := ev.has(max(s.first, ev.clauseStart(i), i-2), i, negators); none {
			continue // "there's nothing we can do", "niets wat we kunnen doen" (not "dat dekt het niet, maar ik zet…")
		}
		if j, ok := ev.has(i+1, min(i+4, s.last), helpVerbs); ok && !ev.idleAux(j, s) {
			return j, true
		}
		// Dutch inversion: "dan test ik hem", "morgen bel ik u"
		if j := i - 1; j > s.first && ev.is(i, firstPerson) && ev.is(j, helpVerbs) && !ev.is(j, auxHelpVerbs) {
			return j, true
		}
		// "…, dan stellen we hem gratis af": whatever the verb, the clause
		// that follows the customer's step with "dan" is the agent's work
		// ("dus dan rekenen we het tarief" draws a conclusion instead)
		if j := i - 1; j-1 >= s.first && ev.is(j-1, thenWords) && !(j-2 >= s.first && ev.is(j-2, consequenceWords)) &&
			ev.t.toks[j].kind == tWord && !ev.is(j, auxHelpVerbs) && !ev.is(j, modals) {
			return j, true
		}
		// with an auxiliary, the verb comes last: "dan zal ik het voor
		// jou aanpassen", "morgen ga ik de monteur bellen"
		if j, ok := ev.invertedAux(i, s); ok {
			return j, true
		}
	}
	return 0, false
}

// letMe finds the verb of "let me/us" at i ("let me trace it for you",
// "laat me even je lijn nakijken"): the agent acting, said as an offer.
// "Let us know…" asks the customer (no help verb follows).
func (ev *evaluator) letMe(i int, s sentence) (int, bool) {
	if i+2 >= s.last || !ev.is(i, letWords) || !ev.is(i+1, letObjects) {
		return 0, false
	}
	j, ok := ev.has(i+2, min(i+7, ev.clauseEnd(i), s.last), helpVerbs)
	if !ok || ev.idleAux(j, s) {
		return 0, false
	}
	return j, true
}

var (
	letWords   = std.set("let-words")
	letObjects = std.set("let-objects")
)

// invertedAux finds the verb of an inverted auxiliary before the agent
// at i ("zal ik … aanpassen"): a help verb later in i's clause, with no
// negation between.
func (ev *evaluator) invertedAux(i int, s sentence) (int, bool) {
	j := i - 1
	if j <= s.first || !ev.is(i, firstPerson) || !ev.is(j, auxHelpVerbs) {
		return 0, false
	}
	end := min(ev.clauseEnd(i), i+7, s.last)
	if _, no := ev.has(i+1, end, negators); no {
		return 0, false // "dan kan ik het helaas niet aanpassen"
	}
	return ev.has(i+2, end, helpVerbs)
}

// idleAux reports an auxiliary help verb that does not act: "we have had
// no other reports", "we can't find a fault", "we hebben geen storing
// gezien" state what is, they do nothing for the customer.
func (ev *evaluator) idleAux(j int, s sentence) bool {
	if !ev.is(j, auxHelpVerbs) {
		// "ik zie op uw adres geen melding", "we see no fault": looking
		// that finds nothing
		if !ev.is(j, seeVerbs) {
			return false
		}
		n, none := ev.has(j+1, min(j+6, s.last), negators)
		_, that := ev.has(j+1, n, thatWords) // "ik zie dat je nummer niet actief is" reports
		return none && !that
	}
	_, idle := ev.has(j+1, min(j+3, s.last), idleAfterAux)
	return idle
}

var (
	seeVerbs     = std.set("see-verbs")
	auxHelpVerbs = std.set("aux-help-verbs")
	thenWords    = std.set("then-words")
	idleAfterAux = std.set("idle-after-aux")
)

// namedIn finds a name in sentence s (see namedParty), near no verb.
func (ev *evaluator) namedIn(s sentence) (int, bool, bool) {
	for v := s.first; v < s.last; v++ {
		if ev.is(v, contactVerbs) {
			return ev.namedParty(s, v)
		}
	}
	return 0, false, false
}

var (
	orgHeads        = std.set("org-heads")
	phoneWords      = std.set("phone-words")
	selfHelp        = std.set("self-help")
	okStates        = std.set("ok-states")
	adverbOks       = std.set("adverb-oks")
	stateVerbs      = std.set("state-verbs")
	grantWords      = std.set("grant-words")
	onWords         = std.set("on-words")
	workWords       = std.set("work-words")
	faultNotProblem = std.set("fault-not-problem")
	faultWords      = std.set("fault-words")
	customerActs    = std.set("customer-acts")
	pushbackWords   = std.set("pushback-words")
	liesFillers     = std.set("lies-fillers")
)

// faultLiesWith: the fault is placed with a named or third party ("the
// fault is on the Openreach cable", "het probleem ligt bij PostNL", "the
// issue is with the courier"): an explanation that puts the cause
// elsewhere (rubric: a true explanation still counts).
func (ev *evaluator) faultLiesWith(k int, s sentence) (blameHit, bool) {
	for i := s.first; i+3 < s.last; i++ {
		if !ev.is(i, faultWords) || ev.negatedBefore(i, 3) {
			continue
		}
		j := i + 1
		if !ev.is(j, liesVerbs) {
			continue
		}
		j++
		for j < s.last && (ev.is(j, degree) || ev.is(j, liesFillers)) {
			j++ // "is really with", "ligt echt bij", "zit nog vast bij"
		}
		if j >= s.last {
			continue
		}
		at := ev.is(j, liesAtPreps) // "at" names a place as often as a party
		if !at && !ev.is(j, liesPreps) {
			continue
		}
		for p := j + 1; p < min(j+4, s.last); p++ {
			if ev.isUs(p) || ev.is(p, secondPerson) {
				break // "ligt bij ons" owns it; "lies with your router" is the customer's side
			}
			if at && ev.isPartyWord(p) || !at && ev.isThirdParty(p) {
				return blameHit{i, p + 1, BlameSupplier, "fault-lies-with"}, true
			}
		}
	}
	return blameHit{}, false
}

// isThirdParty reports token p as a third party: a supplier word, an
// organisation's head noun, or a capitalised name that is not the
// company's own (Vocabulary.Skip) and does not open the sentence.
func (ev *evaluator) isThirdParty(p int) bool {
	if ev.isPartyWord(p) {
		return true
	}
	tk := ev.t.toks[p]
	if tk.kind != tWord || ev.s.skip[tk.norm] {
		return false
	}
	if p == ev.sentence(ev.sentOf(p)).first || ev.fromContraction(p) {
		return false // a sentence's first word, or a word of "I'll"
	}
	if tk.start > 0 && ev.t.reply[tk.start-1] == '#' {
		return false // a hashtag: "it'll be sorted for good #AppUpdate"
	}
	if ev.is(p, dayNames) || ev.is(p, monthNames) || ev.is(p, holidayNames) {
		return false // "by Tuesday", "in March", "before Christmas": a time, not a party
	}
	return ev.capitalised(p) && p < signatureStart(ev.t) // "^Zoe" signs the reply
}

// holidayNames are moments, not names of a party.
var holidayNames = std.set("holiday-names")

// isPartyWord reports token p as a party by its word alone (a supplier
// word or an organisation's head noun), not by a capital: after "at" a
// capitalised name is as likely a place ("the fault was at Northgate").
func (ev *evaluator) isPartyWord(p int) bool {
	tk := ev.t.toks[p]
	if tk.kind != tWord || ev.s.skip[tk.norm] {
		return false
	}
	return supplierWords.has(tk.norm) && !ev.notAParty(p) || ev.orgHeadAt(p)
}

// fromContraction reports token p as one of the words a contraction
// expands to: it shares its span with a neighbour ("I'll" → i, will).
func (ev *evaluator) fromContraction(p int) bool {
	tk := ev.t.toks
	return p > 0 && tk[p-1].start == tk[p].start || p+1 < len(tk) && tk[p+1].start == tk[p].start
}

var (
	liesVerbs     = std.set("lies-verbs")
	liesPreps     = std.set("lies-preps")
	liesAtPreps   = std.set("lies-at-preps")
	supplierWords = std.set("supplier")
)

// decisionOf: the decision is said to be someone else's ("dat is de keuze
// van uw verhuurder", "it's the airline's decision", "een besluit van
// het hoofdkantoor"): a third party (supplier) or someone above
// (management) is named as who decided.
func (ev *evaluator) decisionOf(s sentence) (blameHit, bool) {
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, decisionNouns) || ev.negatedBefore(i, 3) {
			continue
		}
		// "the airline's decision": the party before the noun
		if i-1 > s.first && ev.partyAt(i-1) != NoBlame {
			return blameHit{i - 1, i + 1, ev.partyAt(i - 1), "decision-of"}, true
		}
		if i+1 >= s.last || !ev.is(i+1, ofWords) && !ev.is(i+1, decidedBy) {
			continue
		}
		for p := i + 2; p < min(i+5, s.last); p++ {
			if ev.isUs(p) {
				break // "mijn keuze", "a decision of ours"
			}
			if kind := ev.partyAt(p); kind != NoBlame {
				return blameHit{i, p + 1, kind, "decision-of"}, true
			}
			if ev.is(p, teamWords) && !ev.ourBefore(p) {
				return blameHit{i, p + 1, BlameManagement, "decision-of"}, true // "a decision by the compliance team"
			}
		}
	}
	return blameHit{}, false
}

// partyAt names the party at token p: supplier for a third party,
// management for someone above in the company, NoBlame for neither.
func (ev *evaluator) partyAt(p int) BlameKind {
	w := strings.TrimSuffix(ev.t.toks[p].norm, "s")
	if ev.is(p, aboveWords) || aboveWords.has(w) {
		return BlameManagement
	}
	if ev.isThirdParty(p) || supplierWords.has(w) && !ev.notAParty(p) {
		return BlameSupplier
	}
	if deptWords.has(w) && !ev.ourBefore(p) {
		return BlameManagement // "de betrokken dienst", "the warehouse"; not "onze afdeling"
	}
	return NoBlame
}

// ourBefore reports "our" or "onze" one or two words before token p:
// "our billing department", "onze technische dienst".
func (ev *evaluator) ourBefore(p int) bool {
	_, ok := ev.has(max(0, p-2), p, ourWords)
	return ok
}

var (
	decisionNouns = std.set("decision-nouns")
	decidedBy     = std.set("decided-by")
	teamWords     = std.set("team-words")
	aboveWords    = std.set("above-words")
	deptWords     = std.set("dept-words")
)
