package scoring

import (
	"slices"
	"strings"
)

// blame: the reply pushes responsibility away from the company. The
// kind reported is that of the first blaming words in the reply.
func (ev *evaluator) blame() {
	type hitAt struct {
		from, to int
		kind     BlameKind
		rule     string
	}
	var hits []hitAt
	for _, m := range ev.of(Blame, hit, "") {
		if ev.vetoed(m) {
			continue
		}
		hits = append(hits, hitAt{m.from, m.to, m.r.kind, m.r.id})
	}
	keeps := ev.keepsCase()
	agentHelps := ev.agentActsAnywhere() // a link beside the agent's own help
	var news *match                      // the site pointed to for news still to come (settled rule 14)
	for _, m := range ev.of(Blame, cue, "web") {
		forNews := ev.forNews(m)
		if forNews && news == nil {
			news = &m
		}
		if forNews || ev.agentOwnsLink(m) || ev.isQuestion(ev.sentOf(m.from)) || !ev.directs(m) || ev.instructs(m) || ev.channelKept(m, keeps) || agentHelps || ev.receivesAt(m.from) || ev.webPlace(m) {
			continue
		}
		hits = append(hits, hitAt{m.from, m.to, BlameWebsite, m.r.id})
	}
	// a bare link counts unless the reply also helps: a link offered
	// beside a question or a suggestion is "in addition to helping".
	if !ev.helpsOtherwise() {
		for _, m := range ev.of(Blame, cue, "link") {
			forNews := ev.forNews(m)
			if forNews && news == nil {
				news = &m
			}
			if forNews || ev.answeredBefore(ev.sentOf(m.from)) || ev.agentOwnsLink(m) || ev.instructs(m) || ev.channelKept(m, keeps) || ev.linkAsks(m) {
				continue
			}
			hits = append(hits, hitAt{m.from, m.to, BlameWebsite, m.r.id})
			break
		}
	}
	for _, h := range ev.supplierBlame() {
		hits = append(hits, hitAt{h[0], h[1], BlameSupplier, "supplier-cause"})
	}
	for _, h := range ev.frameHits() {
		hits = append(hits, hitAt{h.from, h.to, h.kind, h.rule})
	}
	for _, h := range ev.doubtsCustomer() {
		hits = append(hits, hitAt{h[0], h[1], BlameCustomer, "doubting-question"})
	}
	for _, h := range ev.passedOn() {
		hits = append(hits, hitAt{h[0], h[1], ev.passedOnKind(ev.sentOf(h[0])), "customer-must-call"})
	}
	var explained *hitAt // a term explained with an alternative after it
	misses := ev.of(Blame, miss, "")
	hits = slices.DeleteFunc(hits, func(h hitAt) bool {
		if ev.inRecap(h.from) {
			return true
		}
		if _, ok := cancelledBy(ev, match{from: h.from, to: h.to}, misses); ok {
			return true // "sorry we've put you through all that" is no transfer: the near miss stands
		}
		k := ev.sentOf(h.from)
		if h.kind == BlameContract && k > 0 && ev.ownsIn(k-1) && !ev.is(ev.sentence(k).first, buts) {
			return true // "That one's on us. The proof you signed off says the 14th": the terms show our slip
		}
		if h.kind == BlameContract && ev.alternativeNext(k) {
			if explained == nil {
				explained = &hitAt{h.from, h.to, h.kind, h.rule}
			}
			return true // "There's a fee in the contract. What I can do is move it to March instead": explained, not pushed back
		}
		if h.kind == BlameCustomer {
			// "you did cancel on 14 Jan, the payments never stopped. That's
			// our mistake": what the customer did, confirmed, not reproached
			return ev.ownsFrom(k)
		}
		return ev.ownsIn(k)
	})
	if len(hits) == 0 {
		// "een nieuwe pas kost nu eenmaal vijftien euro": the way things
		// are as the answer, when nothing names who is behind it
		for _, m := range ev.of(Blame, cue, "wayitis") {
			if !ev.isQuestion(ev.sentOf(m.from)) && !ev.negatedBefore(m.from, 2) {
				hits = append(hits, hitAt{m.from, m.to, BlameContract, m.r.id})
				break
			}
		}
	}
	if len(hits) == 0 {
		// "that was a mistake on our side": owning it is a harm avoided,
		// and the learned layer adds no blame against this near miss
		if m, ok := ev.ownedFault(); ok {
			ev.add(Blame, false, "", m.from, m.to, "owns-fault", noteOwns)
			return
		}
		// the terms explained and an alternative offered: a near miss the
		// learned layer may not overrule
		if explained != nil {
			ev.add(Blame, false, "", explained.from, explained.to, explained.rule, noteAlternative)
			return
		}
		// "zodra er nieuws is, vind je het op onze website" sends no one
		// away: a near miss the learned layer may not overrule
		if news != nil {
			ev.add(Blame, false, "", news.from, news.to, "news-pointer", noteNews)
			return
		}
		// "de koerier neemt het mee", "the insurer covers the repair": the
		// party named puts it right, so the learned layer may not read
		// it as the cause
		for _, sm := range ev.of(Blame, cue, "supplier") {
			if ev.partyFixes(sm.from) {
				ev.add(Blame, false, "", sm.from, ev.clauseEnd(sm.from), "party-fixes", noteFixes)
				return
			}
		}
		// "two days before the exam you really don't want to be chasing a
		// calculator": the customer's need, named, puts nothing on them, so
		// the learned layer may not read it as blame
		if m, ok := ev.needNamed(); ok {
			ev.add(Blame, false, "", m.from, m.to, "need-named", noteNeed)
			return
		}
		// the lexicon's near misses: "our side of the fence" is a place
		if len(misses) > 0 {
			ev.addMatch(misses[0], false, misses[0].r.note)
		}
		return
	}
	// the kind is that of the first blaming words; a flat denial gives
	// way to what it denies for ("niet onze fout, de koerier …")
	first := hits[0]
	for n, h := range hits {
		if !slices.ContainsFunc(hits[:n], func(o hitAt) bool { return o.from == h.from && o.to == h.to }) {
			ev.add(Blame, true, h.kind, h.from, h.to, h.rule, "") // one finding per span
		}
		if (h.kind != BlameDenial) != (first.kind != BlameDenial) {
			if h.kind != BlameDenial {
				first = h
			}
			continue
		}
		if h.from < first.from {
			first = h
		}
	}
	ev.res.Criteria.Blame = true
	ev.res.BlameKind = first.kind
}

// ownsIn reports the agent owning the fault in sentence k ("de fout ligt
// bij ons", "that was a mistake on our side", "we made an error"), not
// negated ("the fault isn't with us", "no mistake on our side").
func (ev *evaluator) ownsIn(k int) bool {
	_, ok := ev.ownsAt(k)
	return ok
}

// ownsAt returns the words of sentence k that own the fault (see ownsIn).
// Blame and apology ask it once per finding, so each sentence is read
// once: a long sentence full of findings stays linear.
func (ev *evaluator) ownsAt(k int) (match, bool) {
	if ev.owns == nil {
		ev.owns = append(ev.sc.owns[:0], make([]owned, len(ev.t.sents))...)
	}
	o := &ev.owns[k]
	if !o.read {
		m, ok := ev.cueIn(k, "owns")
		o.read, o.m, o.ok = true, m, ok && !ev.negatedBefore(m.from, 5) && !ev.negatedInside(m) && !ev.ourParty(m.to-1) && !ev.noQuestionOf(m)
	}
	return o.m, o.ok
}

// noQuestionOf reports the words of m denied by the end of their clause:
// "van een fout aan onze kant is geen sprake" ("there is no question of
// a mistake on our side") owns nothing, it denies.
func (ev *evaluator) noQuestionOf(m match) bool {
	end := ev.clauseEnd(m.from)
	for i := m.to; i+1 < end; i++ {
		if ev.is(i, negators) && ev.is(i+1, questionOfWords) {
			return true
		}
	}
	return false
}

var questionOfWords = std.set("question-of-words")

// owned is ownsAt's answer for one sentence.
type owned struct {
	read, ok bool
	m        match
}

// ourParty reports an "our" at token i that names another company after
// it ("het probleem ligt bij onze leverancier", "the fault is with our
// courier"): a third party, not the agent's side owning the fault.
func (ev *evaluator) ourParty(i int) bool {
	return ev.is(i, ourWords) && i+1 < len(ev.t.toks) && ev.t.toks[i+1].sent == ev.t.toks[i].sent && ev.partyNoun(i+1)
}

// ownsFrom reports the agent owning the fault in sentence k or a later one.
func (ev *evaluator) ownsFrom(k int) bool {
	for j := k; j < len(ev.t.sents); j++ {
		if ev.ownsIn(j) {
			return true
		}
	}
	return false
}

// declinesBlame reports sentence k declining to blame anyone ("ik zou
// niet zeggen dat de vervoerder hier de boosdoener is", "I wouldn't say
// for one moment this is the courier's problem"): a party and a cause
// word in it blame nobody.
func (ev *evaluator) declinesBlame(k int) bool {
	_, ok := ev.cueIn(k, "disclaim")
	return ok
}

// ownedFault returns the first words in the reply that own the fault.
func (ev *evaluator) ownedFault() (match, bool) {
	for k := range ev.t.sents {
		if m, ok := ev.ownsAt(k); ok {
			return m, true
		}
	}
	return match{}, false
}

// vetoed applies an entry's context condition.
func (ev *evaluator) vetoed(m match) bool {
	var prev *token // nil: none in the sentence (hasTok reads it as "")
	if m.from > 0 && ev.t.toks[m.from-1].sent == ev.t.toks[m.from].sent {
		prev = &ev.t.toks[m.from-1]
	}
	switch m.r.tag {
	case "subjYou": // "ik had u eerder moeten bellen" owns the mistake; "had u eerder moeten horen" informs
		return firstPerson.hasTok(prev) || m.to < len(ev.t.toks) && ev.is(m.to, expectWords)
	case "sameClause": // "die hoort daar niet, ik haal hem eraf" is two clauses
		return ev.t.toks[m.from].clause != ev.t.toks[m.to-1].clause
	case "whQuestion": // "wanneer heeft u het contract getekend?" asks when
		if ev.negatedInside(m) {
			return true // "daar heeft u nooit voor getekend": you never signed up for this
		}
		k := ev.sentOf(m.from)
		s := ev.sentence(k)
		_, wh := ev.has(s.first, s.last, whWords)
		return wh && ev.isQuestion(k)
	case "notOurs": // "our own mistake" owns it
		return ourWords.hasTok(prev)
	case "negVeto": // "it is not your fault" reassures
		return ev.negatedBefore(m.from, 3)
	case "stated", "statedIf": // "does it happen with all apps?" asks; "it doesn't happen to everyone" denies nothing
		if m.r.tag == "statedIf" && (ev.condBefore(m) || relativeWhich.hasTok(prev)) {
			return true // "if it was listed on the page, …" supposes; "the number, which is in her confirmation" points to it
		}
		return ev.isQuestion(ev.sentOf(m.from)) || ev.negatedBefore(m.from, 3)
	case "shouldHave": // "you should have received an email" informs
		return m.to < len(ev.t.toks) && ev.is(m.to, expectWords)
	case "shouldGet": // "u had een brief moeten krijgen" owns the lapse; "u had het kunnen weten" blames
		return m.to < len(ev.t.toks) && ev.is(m.to, receiveWords)
	case "notRelative": // "I won't promise what I don't control" is honest
		return relatives.hasTok(prev)
	case "signIn": // "were you signed in to the backup?" is not the contract
		// "not what you agreed to" sides with the customer
		return m.to < len(ev.t.toks) && ev.is(m.to, particles) || ev.negatedBefore(m.from, 3)
	case "whether": // "kijken of het aan je modem ligt" asks whether; "zou … mogen" supposes
		_, w := ev.has(ev.clauseStart(m.from), m.from, whetherWords)
		return w
	case "insist": // "we did call, but I'll try again at four" acts on it
		s := ev.sentence(ev.sentOf(m.from))
		_, acts := ev.agentActsIn(sentence{first: m.to, last: s.last})
		return acts
	case "endsClause": // "dat is normaal dat u boos bent" grants the feeling
		return m.to < ev.clauseEnd(m.from) && !ev.is(m.to, particles)
	case "endsLast": // "als u belt, krijgt u dat bedrag terug": the clause goes on past the pattern's last word (a closing "hè" or "hoor" may follow)
		end := ev.clauseEnd(m.to - 1)
		return m.to < end && !ev.is(m.to, particles) && !(m.to+1 == end && ev.is(m.to, interjections))
	case "ifYou": // "if you haven't renewed yet, there's no fee" supposes
		return ev.condBefore(m)
	case "unhelped": // "it's on your receipt too; bring it in and I'll test it" goes on helping
		return ev.helpsOtherwise()
	case "notAsk": // "Mag ik vragen in welke winkel dat was?" asks, it offers nothing
		_, ask := ev.has(m.from, m.to, askVerbs)
		return ask
	case "final": // "Would that do?" checks the plan; "would that do anything to the bill?" asks
		return m.to != ev.sentence(ev.sentOf(m.from)).last
	case "ownResult": // "…, so you won't be charged again" follows the agent's own step
		return ev.ownResult(m)
	case "ownFailure": // "the pause didn't save properly on our side" owns what failed
		_, failed := ev.has(m.from, m.to, properlyWords)
		return failed
	case "sorryFor": // "sorry voor het doorverbinden" apologises for it; "ik ga u niet nog eens doorverbinden" refuses it
		_, sorry := ev.has(max(ev.sentence(ev.sentOf(m.from)).first, m.from-4), m.from, sorryWords)
		return sorry || ev.negatedBefore(m.from, 5)
	}
	return false
}

// condBefore reports a hard conditional ("if", "als") before match m in
// its clause: what follows it is supposed, not stated.
func (ev *evaluator) condBefore(m match) bool {
	_, cond := ev.has(ev.clauseStart(m.from), m.from, hardConditionals)
	return cond
}

var (
	particles = std.set("particles")
	// words that make a clause a "whether" or a supposition
	whetherWords  = std.set("whether-words")
	relatives     = std.set("relatives")
	relativeWhich = std.set("relative-which")
	sorryWords    = std.set("sorry-words")
	// "mag ik vragen…": asking, not offering (tag notAsk)
	askVerbs = std.set("ask-verbs")
)

var heardWords = std.set("heard-words")

var expectWords = std.set("expect-words")

// circumstanceOpeners open a sentence with how things stand ("With your
// dad in hospital, …", "Met je moeder in het ziekenhuis…"), not a route.
var circumstanceOpeners = std.set("circumstance-openers")

// receiveWords are what the customer should have been given ("krijgen",
// "ontvangen"): after "u had … moeten" the company owns the lapse.
var receiveWords = std.set("receive-words")

var ourWords = std.set("our-words")

// linkAsks reports a link in a sentence that asks something or moves the
// talk to a DM ("who's the carrier shown here: <URL>", "DM us here:
// <URL>"): the link serves the agent's own help.
func (ev *evaluator) linkAsks(m match) bool {
	k := ev.sentOf(m.from)
	s := ev.sentence(k)
	if _, dm := ev.has(s.first, s.last, dmWords); dm {
		return true
	}
	w, wh := ev.has(s.first, s.last, whWords)
	if _, cond := ev.has(s.first, m.from, hardConditionals); cond {
		return true // "if that doesn't help, contact us here: <URL>" is a next step
	}
	if wh && ev.t.toks[s.last-1].kind == tURL {
		// "who's the carrier shown here: <URL>" asks; "hoe het werkt, lees
		// je hier: <URL>" sends them to read it ("…, which you can read
		// here" is a relative clause: it asks as before)
		_, reads := ev.has(s.first, s.last, linkReadVerbs)
		return !reads || ev.is(w, relatives)
	}
	return ev.isQuestion(k) && !ev.pointsToLink(k)
}

// linkReadVerbs send the customer to read what a link says ("lees je
// hier", "you can read how it works here").
var linkReadVerbs = std.set("link-read-verbs")

// passedOnKind is the kind of blame of sending the customer on in
// sentence k: to another company (supplier) or to another team of ours
// (management).
func (ev *evaluator) passedOnKind(k int) BlameKind {
	s := ev.sentence(k)
	if _, ok := ev.cueIn(k, "supplier"); ok {
		return BlameSupplier // "you'll have to contact the courier"
	}
	if _, ours, named := ev.namedIn(s); named && !ours {
		return BlameSupplier // "contact Brightline Energy"
	}
	if ev.theirOrg(s) {
		return BlameSupplier // "call the dealer", not "one of our depots"
	}
	return BlameManagement
}

// pointsToLink reports a question that sends the customer to the link
// it gives: whether they looked at it ("heb je deze pagina al bekeken?")
// or a request to try or read it ("kan je via deze link proberen?").
// It asks nothing about the problem: the link is the answer.
func (ev *evaluator) pointsToLink(k int) bool {
	if ev.looksAtLink(k) {
		return true
	}
	s := ev.sentence(k)
	_, try := ev.has(s.first, s.last, linkTryVerbs)
	return try
}

var linkTryVerbs = std.set("link-try-verbs")

// forNews reports a website or link given for news to come ("stay tuned
// to our blog for updates", "van zodra er nieuws is, vind je het op onze
// website"): settled case 14, not sending the customer away.
func (ev *evaluator) forNews(m match) bool {
	s := ev.sentence(ev.sentOf(m.from))
	_, news := ev.has(s.first, s.last, newsWords)
	return news
}

var newsWords = std.set("news-words")

// receivesAt reports the channel word at token c as where the customer
// will receive what the agent did ("you'll see the refund in the app
// within the hour", "je krijgt een bevestiging per sms en op de
// website"): it says where the result shows, it sends no one there to do
// the work. "You can see your bill in the app" still sends them to look.
func (ev *evaluator) receivesAt(c int) bool {
	cs, ce := ev.clauseStart(c), ev.clauseEnd(c)
	i, ok := ev.has(cs, ce, receiveVerbs)
	if !ok {
		return false
	}
	if _, can := ev.has(cs, i, abilityModals); can {
		return false
	}
	// the result of the agent's own step: the agent acts in the sentence,
	// or it is still to come ("you'll see it in the app shortly")
	s := ev.sentence(ev.sentOf(c))
	_, agent := ev.has(s.first, s.last, agentSubjects)
	return agent || ev.willIn(cs, ce)
}

var (
	receiveVerbs  = std.set("receive-verbs")
	abilityModals = std.set("ability-modals")
)

// agentOwnsLink reports whether a website mention is the agent's own
// doing ("ik zie op de website", "I'll email you the link as well")
// rather than sending the customer there.
func (ev *evaluator) agentOwnsLink(m match) bool {
	cs := ev.clauseStart(m.from)
	// "ik heb je adres in de app aangepast": a "je" after the agent is
	// its object unless it is a subject there (youSubjectBetween)
	if a, agent := ev.has(cs, m.from, firstPerson); agent {
		if _, youFirst := ev.has(cs, a, youSubject); !youFirst && !ev.youSubjectBetween(a, m.from) {
			return true
		}
	}
	if _, guides := ev.cueIn(ev.sentOf(m.from), "guides"); guides {
		return true // "I'll walk you through the website", "ik laat u op de site zien"
	}
	s := ev.sentence(ev.sentOf(m.from))
	if _, also := ev.has(s.first, s.last, alsoWords); also {
		if _, a := ev.has(s.first, s.last, firstPerson); a {
			return true
		}
	}
	return false
}

// agentActsAnywhere reports the agent acting in some sentence ("ik kijk
// het voor u na", "I'll check it").
func (ev *evaluator) agentActsAnywhere() bool {
	for k, s := range ev.t.sents {
		m, link := ev.cueIn(k, "link")
		if !link {
			m, link = ev.cueIn(k, "web")
		}
		if link {
			// "ik stuur u de link" hands over the link, nothing more; an
			// act in another clause is help beside it ("blokkeer je kaart
			// in de app, dan bekijk ik de betalingen")
			if ev.actsOutside(s, ev.clauseStart(m.from), ev.clauseEnd(m.from)) {
				return true
			}
			continue
		}
		if _, ok := ev.agentActsIn(s); ok {
			return true
		}
	}
	return false
}

// actsOutside reports the agent acting in sentence s outside the clause
// of tokens [cs, ce), other than by sending the link ("kijk op onze
// website, ik stuur je de link" still sends the customer there).
func (ev *evaluator) actsOutside(s sentence, cs, ce int) bool {
	for _, part := range [2]sentence{{first: s.first, last: cs}, {first: ce, last: s.last}} {
		j, ok := ev.agentActsIn(part)
		if !ok {
			continue
		}
		if _, link := ev.has(ev.clauseStart(j), ev.clauseEnd(j), linkWords); !link {
			return true
		}
	}
	return false
}

// keepsCase reports whether the reply says that the agent or the team
// keeps the case: "we'd like to look into this with you", "so our team
// can take a closer look", "zodat ik het kan nakijken".
func (ev *evaluator) keepsCase() bool {
	for i := range ev.t.toks {
		if !ev.is(i, ownerWords) {
			continue
		}
		if _, ok := ev.has(i+1, min(i+10, ev.sentence(ev.sentOf(i)).last), ownershipVerbs); ok {
			return true
		}
	}
	return false
}

// channelKept reports a link that moves the conversation to the same
// team ("reach out to us here", "send us a note at", "tell us more here")
// while the reply keeps the case, or that asks for details: a private
// channel, not a website instead of help.
func (ev *evaluator) channelKept(m match, keeps bool) bool {
	k := ev.sentOf(m.from)
	s := ev.sentence(k)
	if _, ok := ev.cueIn(k, "moreinfo"); ok && ev.asksToGive(k) {
		return true
	}
	if _, ok := ev.cueIn(k, "detailreq"); ok {
		return true
	}
	_, channel := ev.has(s.first, s.last, channelWords)
	_, owner := ev.has(s.first, s.last, ownerWords)
	return keeps && (channel || owner)
}

var (
	channelWords   = std.set("channel-words")
	ownerWords     = std.set("owner-words")
	ownershipVerbs = std.set("ownership-verbs")
)

var (
	alsoWords = std.set("also-words")
	// also-words and "still", "instead": a workaround beside the route
	workaroundWords = std.set("workaround-words")
	youSubject      = std.set("you-subject")
)

// supplierBlame finds sentences that name a third party as the cause:
// a supplier cue and a cause cue in one sentence, unless the agent is
// the one acting on the supplier ("ik ga het bij de vervoerder na").
func (ev *evaluator) supplierBlame() [][2]int {
	var out [][2]int
	for k := range ev.t.sents {
		if ev.declinesBlame(k) {
			continue
		}
		if i, ok := ev.namedThirdParty(k); ok {
			if cm, cause := ev.cueIn(k, "cause"); cause {
				out = append(out, [2]int{min(i, cm.from), max(i+1, cm.to)})
				return out
			}
		}
	}
	for _, sm := range ev.of(Blame, cue, "supplier") {
		if ev.s.skip[ev.t.toks[sm.from].norm] || ev.negatedBefore(sm.from, 6) || ev.asPlace(sm.from) || ev.asChannel(sm.from) || ev.notAParty(sm.from) {
			continue // a product of ours, "niet bij de koerier", "in a hotel room", "via Facebook", "uw nieuwe bank", "onze bezorger"
		}
		if _, cond := ev.has(max(ev.clauseStart(sm.from), sm.from-3), sm.from, hardConditionals); cond {
			continue // "als de installateur niet bereikbaar is" supposes
		}
		k := ev.sentOf(sm.from)
		cm, ok := ev.cueIn(k, "cause")
		if !ok || ev.isQuestion(k) {
			continue // "did the hotel say why it was cancelled?" asks
		}
		if ev.declinesBlame(k) {
			continue
		}
		if ev.is(cm.from, negators) && !ev.negationCauses(cm.from, sm.from) {
			continue // "don't worry, DPD always hit their slots"; "met deze bank gebeurt dat nooit meer"
		}
		if _, acts := ev.agentActsIn(ev.sentence(k)); acts {
			continue // "I'll pass your comments to our supplier"
		}
		if ev.feelingAfter(sm.from, ev.sentence(k)) {
			continue // "stuck abroad with the hotel breathing down your neck, that's frightening" tells their story
		}
		if ev.partyFixes(sm.from) {
			continue // "de verzekeraar neemt die schade over", "the courier will have it at your door by 9"
		}
		if ev.feltBefore(sm.from, cm) {
			continue // "ik snap dat u bang bent om die aannemer kwijt te raken" names their fear
		}
		cs := ev.clauseStart(sm.from)
		if _, agent := ev.has(cs, sm.from, firstPerson); agent {
			if _, act := ev.has(cs, ev.clauseEnd(sm.from), agentActs); act {
				continue
			}
		}
		from, to := sm.from, sm.to
		if cm.from < from {
			from = cm.from
		}
		if cm.to > to {
			to = cm.to
		}
		out = append(out, [2]int{from, to})
		break
	}
	return out
}

var (
	// failing someone: "let down", "fail", "in de steek laten"; negated,
	// praise
	failVerbs     = std.set("fail-verbs")
	agentActs     = std.set("agent-acts")
	partyFixVerbs = std.set("party-fix-verbs")
)

// partyFixes reports the party at p putting the problem right in its
// clause, with no negation there: "het frame wordt vervangen door de
// fabrikant", "the courier will have it at your door by nine". The
// party does the fix; it is not named as the cause (an overpromise, if
// anything, is judged elsewhere).
func (ev *evaluator) partyFixes(p int) bool {
	cs, ce := ev.clauseStart(p), ev.clauseEnd(p)
	if _, neg := ev.has(cs, ce, negators); neg {
		return false
	}
	_, fix := ev.has(cs, ce, partyFixVerbs)
	return fix
}

// negationCauses reports a negation at token n as the failure of the
// party at token p ("the courier didn't turn up", "de leverancier levert
// niet") or the company's disclaimer ("we can't do anything about it"):
// in the party's clause or one with the company in it, and not a "never
// again" promise.
func (ev *evaluator) negationCauses(n, p int) bool {
	if _, again := ev.has(n+1, min(n+4, ev.clauseEnd(n)), againWords); again {
		return false
	}
	if _, fails := ev.has(n+1, min(n+4, ev.clauseEnd(n)), failVerbs); fails {
		return false // "they never let us down", "die laten ons nooit in de steek" praise the party
	}
	if _, you := ev.has(max(ev.clauseStart(n), n-2), n, youSubject); you {
		return false // "sorry you didn't get any sleep, …": what the customer went through
	}
	// "we can't do anything about it, the flight was with a partner
	// airline": the company disclaims in its own clause
	return ev.t.toks[n].clause == ev.t.toks[p].clause || ev.usIn(ev.clauseStart(n), ev.clauseEnd(n))
}

// asChannel reports a party word used as the channel something came
// through: "dat u dit via Facebook moest vernemen", "we heard it through
// the bank's app". How the news travelled, not who caused it.
func (ev *evaluator) asChannel(i int) bool {
	s := ev.sentence(ev.sentOf(i))
	j := i - 1
	if j >= s.first && ev.is(j, articles) {
		j--
	}
	return j >= s.first && ev.is(j, viaWords)
}

// asPlace reports a party word used as a place: "in a hotel room", "at
// the airport", "naar de winkel": where something happened, not who
// caused it.
func (ev *evaluator) asPlace(i int) bool {
	s := ev.sentence(ev.sentOf(i))
	j := i - 1
	if j >= s.first && ev.is(j, possessives) && j-1 >= s.first && ev.is(j-1, partyPreps) {
		return true // "bij uw hotel", "to your hotel": the customer's place
	}
	if j >= s.first && ev.is(j, articles) {
		j--
	}
	return j >= s.first && ev.is(j, placePreps)
}

// webPlace reports a web word that qualifies a place or a shop after
// it ("at the community centre", "through the App Store"): no website.
func (ev *evaluator) webPlace(m match) bool {
	return m.to < len(ev.t.toks) && ev.t.toks[m.to].sent == ev.t.toks[m.from].sent && ev.is(m.to, webPlaceHeads)
}

var webPlaceHeads = std.set("web-place-heads")

// notAParty reports token p, a word for another company, naming none in
// this reply: the goods bought or the company's own deliverer. Every
// frame that reads a supplier word as a party asks it.
func (ev *evaluator) notAParty(p int) bool {
	return ev.asGoods(p) || ev.ourDeliverer(p) || ev.asModifier(p)
}

// asModifier reports a party word that only qualifies the noun after it:
// "the bank holiday", "a £300 hotel bill", "your bank statement". The
// holiday, the bill and the statement are no party.
func (ev *evaluator) asModifier(p int) bool {
	n := p + 1
	return n < len(ev.t.toks) && ev.t.toks[n].sent == ev.t.toks[p].sent && ev.is(n, modifiedHeads)
}

// asGoods reports a party word that also names goods, used for the
// goods: "je nieuwe bank is beschadigd aangekomen" is a sofa, not a
// bank. A new or pointed-at one, or one damaged or delivered in its
// clause, is the thing bought.
func (ev *evaluator) asGoods(i int) bool {
	if !ev.is(i, goodsHomonyms) {
		return false
	}
	if j := i - 1; j >= 0 && (ev.is(j, goodsMarkers) || j-1 >= 0 && ev.is(j, possessives) && ev.is(j-1, goodsMarkers)) {
		return true
	}
	_, state := ev.has(i+1, ev.clauseEnd(i), goodsStates)
	return state
}

// ourDeliverer reports "onze bezorger(s)" at i: the company's own
// delivery staff, not another company ("dat had onze bezorger nooit zo
// mogen doen"); "our courier" stays a delivery company.
func (ev *evaluator) ourDeliverer(i int) bool {
	return ev.is(i, ownDeliverers) && i > 0 && ev.is(i-1, ourWords)
}

var (
	ownDeliverers = std.set("own-deliverers")
	articles      = std.set("articles")
	placePreps    = std.set("place-preps")
	goodsHomonyms = std.set("goods-homonyms")
	goodsMarkers  = std.set("goods-markers")
	goodsStates   = std.set("goods-states")
	modifiedHeads = std.set("modified-heads")
)

// everAfterDoubt reports an again word read as "ever" after a doubt word
// ("heeft u uw polis wel eens doorgenomen?"), where "heeft u het nog eens
// geprobeerd?" asks about another try.
func (ev *evaluator) everAfterDoubt(from, a int) bool {
	return a > from && ev.is(a, everWords) && ev.is(a-1, doubtWords)
}

// doubtsCustomer finds yes/no questions that doubt what the customer did:
// "Have you actually checked your statements?", "Heeft u de modem wel
// herstart?", "Do you not open your post?". The rubric's "Heeft u de
// voorwaarden wel gelezen?" asks nothing; it blames.
func (ev *evaluator) doubtsCustomer() [][2]int {
	var out [][2]int
	for k, s := range ev.t.sents {
		if !ev.isQuestion(k) {
			continue
		}
		for s.first < s.last && ev.is(s.first, doubtOpeners) {
			s.first++ // "Sorry, maar heeft u … wel …?"
		}
		if last := ev.clauseStart(s.last - 1); last > s.first && s.last-last >= 3 {
			for last < s.last-3 && ev.is(last, doubtOpeners) {
				last++ // "…, but did you actually check…?"
			}
			if ev.is(last, doubtAux) {
				s.first = last // "if it's refurbished the box would say so, are you sure?"
			}
		}
		why := s.first < s.last && ev.is(s.first, whyWords)
		if why {
			s.first++ // "Waarom heeft u … niet …?", "Why didn't you …?"
		}
		if s.last-s.first < 3 || !ev.is(s.first, doubtAux) {
			continue
		}
		you := s.first + 1
		// "didn't you see…" expands to "did not you see…"
		negFirst := ev.is(you, negators) && you+1 < s.last && ev.is(you+1, youSubject)
		if negFirst && (!why || ev.is(s.first, doAux)) {
			you++ // "why did not you", "did not you see"
		}
		if ev.is(you, nobodyWords) && !why {
			if _, heed := ev.has(you+1, s.last, heedVerbs); heed {
				out = append(out, [2]int{s.first, s.last}) // "Did nobody read the setup letter?"
			}
			continue
		}
		if !ev.is(you, youSubject) {
			continue // "Mag ik je…" asks to act on the customer, not about them
		}
		if why {
			// only a why that asks why the customer did not do it reproaches:
			// "why did you call?" asks; "don't you" suggests ("why don't you try…")
			if _, neg := ev.has(s.first+1, s.last, negators); neg && !ev.is(s.first, presentDoAux) {
				out = append(out, [2]int{s.first - 1, s.last})
			}
			continue
		}
		if you+1 < s.last && ev.isNative(you+1, embeddedWords) {
			continue // "weet je of je andere nummers kan bellen?" asks
		}
		if _, fine := ev.has(you+1, s.last, fixedStates); fine {
			continue // "is je internet wel weer in orde?" checks it is fixed
		}
		if a, again := ev.has(you+1, s.last, againWords); again && !ev.everAfterDoubt(you+1, a) {
			continue
		}
		if d, doubt := ev.has(you+1, s.last, doubtWords); doubt && !ev.embeddedBefore(you+1, d) || ev.unheeded(you+1, s.last) || ev.checkedBefore(you+1, s.last) || ev.checkedEarlier(s.first, you+1, s.last) {
			out = append(out, [2]int{s.first, s.last})
			continue
		}
		if _, neg := ev.has(you+1, min(you+2, s.last), negators); neg && ev.is(s.first, doAux) {
			out = append(out, [2]int{s.first, s.last})
			continue
		}
		if ev.thenNot(you+1, s.last) {
			out = append(out, [2]int{s.first, s.last}) // "Heb je de dienstregeling dan niet bekeken?"
			continue
		}
		if k+1 < len(ev.t.sents) && (ev.is(ev.sentence(k+1).first, becauseWords) || ev.thenWould(ev.sentence(k+1))) {
			// "Did you drop it after you picked it up? Because it was
			// fine when it left us", "Had je de stand doorgegeven? Dan
			// was je voorschot al aangepast": the reason or the
			// outcome given makes it a reproach
			out = append(out, [2]int{s.first, s.last})
		}
	}
	return out
}

// embeddedBefore reports a question word that opens an embedded clause
// in tokens from…d ("do you know what he actually said?", "weet je of
// de betaling echt is vertrokken?"): a doubt word at d then belongs to
// what is asked about, not to the customer's own account.
func (ev *evaluator) embeddedBefore(from, d int) bool {
	_, ok := ev.hasNative(from, d, embeddedWords)
	return ok
}

// thenNot reports "dan niet"/"dan nooit" in tokens [from, to): in a
// yes/no question about what the customer did, it reproaches ("Heeft u
// de brief dan niet gelezen?"), where "dan nog steeds geen" asks.
func (ev *evaluator) thenNot(from, to int) bool {
	return ev.adjacentIn(from, to, reproachThen, reproachNot)
}

var (
	whyWords     = std.set("why-words")
	presentDoAux = std.set("present-do-aux")
	reproachThen = std.set("reproach-then")
	reproachNot  = std.set("reproach-not")
	doubtWords   = std.set("doubt-words")
	becauseWords = std.set("because-words")
	doubtAux     = std.set("doubt-aux")
	doAux        = std.set("do-aux")
	// words before a doubting question's auxiliary: "sorry, but have you…"
	doubtOpeners = std.set("doubt-openers")
	// what a check that things work again asks about: "is het wel weer in orde?"
	fixedStates = std.set("fixed-states")
)

// passedOn finds sentences that make the customer contact someone else
// or call again later: management blame in the rubric.
func (ev *evaluator) passedOn() [][2]int {
	var out [][2]int
	alsoActs := ev.agentAlsoActs()
	for k, s := range ev.t.sents {
		if s.last <= s.first {
			continue
		}
		if ev.silentThenContact(s) && !ev.isQuestion(k) {
			out = append(out, [2]int{s.first, s.last}) // "…, and if you've heard nothing by Friday, give us a ring"
			continue
		}
		v, ok := ev.contactIn(s)
		if !ok {
			// "dat moet je met de shop bekijken", "daarvoor zal je naar
			// een van onze shops moeten": no contact verb, but a route to
			// another party
			if v, ok = ev.routeToParty(k); !ok || ev.isQuestion(k) {
				continue // "have you reported it to the police?" asks
			}
		}
		if _, dm := ev.has(s.first, s.last, dmWords); dm {
			continue
		}
		if ev.agentContacts(v) || ev.is(ev.clauseStart(v), beforeWords) {
			// "I'm chasing the team this minute": the agent makes the
			// contact; "…, before you need to head out" only times it
			continue
		}
		if c, sure := ev.cueIn(k, "certain"); sure && c.from <= v && v < c.to {
			continue // "you can take that to the bank" vouches; it sends nobody to a bank
		}
		if ev.needNot(v) {
			continue // "so you won't need to arrange a return", "u hoeft niet te bellen": spared, not sent
		}
		if ev.toldCount(v) || ev.keepsOnCall(s) {
			// "Drie keer bellen en dan niks horen…" tells what the customer
			// went through; "try again in a minute and stay on the line
			// with me" keeps them with the agent
			continue
		}
		if ev.offersStep(k) || ev.remedyAtOurPlace(k, s) {
			continue // "wilt u het zelf brengen, of zal ik een koerier sturen?" offers to do it
		}
		if alsoActs {
			continue // "bel eerst het noodnummer; ik contacteer intussen de verhuurder" helps as well
		}
		_, cond := ev.has(s.first, v, hardConditionals)
		if _, nothing := ev.has(s.first, s.last, nothingWords); (ev.is(s.first, hardConditionals) || cond) && !nothing {
			// "als het nog eens gebeurt, mag u ons bellen" is for a next
			// time; "if you hear nothing, call us again" makes them chase
			if ev.laterWithSomeoneElse(s) || ev.contactsThirdParty(k, s, v) || ev.contactsDesk(s, v) {
				// "als u morgen terugbelt, kan zij u helpen": the customer
				// must call again for someone who is not there now;
				// "als je vragen hebt, kan je Google zelf contacteren"
				// sends them to another company
				out = append(out, [2]int{s.first, s.last})
			}
			continue
		}
		if ev.isQuestion(k) {
			// "Heb je al contact gehad met de technische dienst?" asks;
			// "Kunt u de technische dienst bellen?" sends; "Heb je
			// Euphonynet al gecontacteerd?" points at another company.
			if ev.invertedYou(v) && ev.colleagueLaterBefore(k) {
				out = append(out, [2]int{s.first, s.last}) // "…, die is er maandag weer. Belt u dan even terug?"
				continue
			}
			if ev.asksLeave(s) {
				continue // "would you be happy for me to set up a call with the dentist?" offers the agent's step
			}
			if _, modal := ev.has(s.first, v, modals); !modal || ev.is(v, contactParticiples) {
				if ev.agentSubject(v) {
					continue // "'k bel de kennel in Lier straks zelf op, goed?" checks the agent's plan
				}
				if _, ours, named := ev.namedParty(s, v); named && !ours {
					out = append(out, [2]int{s.first, s.last})
				}
				continue
			}
		}
		if _, web := ev.cueIn(k, "web"); web {
			continue
		}
		if _, wh := ev.has(ev.clauseStart(v), v, whWords); wh {
			continue // "please tell us which store you visit" asks where
		}
		// who contacts? the customer ("u moet … bellen", "belt u", "call
		// us") or an imperative at the start; not the agent ("ik bel de
		// afdeling") nor a colleague ("het team belt u").
		if _, acts := ev.agentActsIn(sentence{first: v + 1, last: s.last}); acts || ev.ourWorkAfter(v, s) {
			continue // "breng hem langs, dan stellen we hem gratis af": the agent does the work
		}
		if v+2 < s.last && ev.is(v+1, fromWords) && ev.is(v+2, agentPersons) {
			continue // "you'll have a call from me before half twelve": the agent calls
		}
		if ev.contactsUs(v) {
			// "Kunt u de factuur van de garage naar ons mailen?": the customer
			// comes to us; only having to chase us again passes them on
			if ev.chaseAgain(s) {
				out = append(out, [2]int{s.first, s.last})
			}
			continue
		}
		if !ev.customerToContact(s, v) {
			continue
		}
		if _, third := ev.cueIn(k, "supplier"); third || ev.hasOtherParty(s) || ev.hasOrg(s) || ev.colleagueLaterBefore(k) {
			out = append(out, [2]int{s.first, s.last})
			continue
		}
		if _, _, named := ev.namedParty(s, v); named {
			out = append(out, [2]int{s.first, s.last})
			continue
		}
		if ev.chaseAgain(s) {
			out = append(out, [2]int{s.first, s.last})
		}
	}
	return out
}

// agentContacts reports the agent as the subject right before contact
// word v, with at most a tense auxiliary between ("I'm chasing the team",
// "I'll ring the depot", "ik bel de garage"), and the customer not its
// object ("I'm transferring you" still passes them on). "I'd call your
// bank" advises the customer: "would" is no tense auxiliary here.
func (ev *evaluator) agentContacts(v int) bool {
	cs := ev.clauseStart(v)
	j := v - 1
	if j > cs && ev.is(j, agentTenseAux) {
		j--
	}
	if j < cs || !ev.is(j, agentSubjects) {
		return false
	}
	return v+1 >= len(ev.t.toks) || !ev.is(v+1, contactObjects)
}

var agentTenseAux = std.set("agent-tense-aux")

// asksLeave reports a question asking leave for the agent to act ("would
// you be happy for us to ring you…?", "would you let me go through the
// charges?", "mag ik de monteur vragen u te bellen?"): a permission word
// and the agent just after it.
func (ev *evaluator) asksLeave(s sentence) bool {
	return ev.adjacentIn(s.first, s.last, leaveWords, agentLeaveObjects)
}

var (
	leaveWords        = std.set("leave-words")
	agentLeaveObjects = std.set("agent-leave-objects")
)

// keepsOnCall reports a line or phone in s that names the call going
// on now ("stay on the line with me", "blijf even aan de lijn"): the
// agent keeps the customer with them while they try the step.
func (ev *evaluator) keepsOnCall(s sentence) bool {
	for i := s.first + 1; i < s.last; i++ {
		if ev.namesThisCall(i, s, callLines) {
			return true
		}
	}
	return false
}

// toldCount reports a contact word at v after a count of two or more
// ("drie keer bellen en dan niks horen"): it tells what the customer
// went through; "nog een keer bellen" asks for another call.
func (ev *evaluator) toldCount(v int) bool {
	if v < 2 || !ev.is(v-1, countWords) || ev.t.toks[v-1].sent != ev.t.toks[v-2].sent {
		return false
	}
	n := &ev.t.toks[v-2]
	return n.kind == tNum || numberWords[n.norm] >= 2
}

var (
	// "keer", "times": how often something happened
	countWords = std.set("count-words")
	// the line of the call going on: "on the line", "aan de lijn"
	callLines = std.set("call-lines")
)

// customerToContact reports the customer as the one told to make the
// contact at v: a command ("bel de dienst", "please phone the number on
// your card"), "belt u …", advice ("je neemt best contact op") or an
// obligation ("u moet … bellen", "you'll have to call"), not a story
// ("you sent the phone back") nor "so you don't have to call anyone else".
func (ev *evaluator) customerToContact(s sentence, v int) bool {
	imperative := ev.is(s.first, imperativeStarts) || v == s.first && !ev.is(v, adverbContacts) || ev.imperativeClause(v) ||
		v > s.first && ev.is(v-1, pleaseWords) && !ev.tryStep(v) // "for quicker help please phone the number on your card"
	if imperative || ev.invertedYou(v) || ev.advisesContact(s, v) {
		return true
	}
	if !ev.obliged(v) || !ev.customerSubject(v) {
		return false
	}
	_, not := ev.has(max(s.first, v-4), v, negators)
	return !not
}

// obliged reports a modal in the clause of contact or route word v:
// before it ("u moet … bellen", "you'll have to call") or, Dutch
// verb-final, after it ("daarvoor zal je naar een van onze shops moeten").
func (ev *evaluator) obliged(v int) bool {
	if _, must := ev.has(ev.clauseStart(v), v, modals); must {
		return true
	}
	_, must := ev.has(v+1, ev.clauseEnd(v), modals)
	return must
}

// closingParticles are heard-words that, closing a clause, only soften
// it ("…, hoor").
var closingParticles = std.set("closing-particles")

// chaseIfSilent reports a sentence that has the customer chase when they
// hear nothing ("if you've heard nothing by Friday, give us a ring",
// "hoor je niets, bel dan zelf"): the rubric's example of passing on.
func (ev *evaluator) chaseIfSilent(s sentence) bool {
	if _, nothing := ev.has(s.first, s.last, nothingWords); !nothing {
		return false
	}
	for i := s.first; i < s.last; i++ {
		// "hoor" closing its clause is a particle ("je moet niks
		// terugbrengen hoor, …"), not hearing
		if ev.is(i, heardWords) && !(ev.is(i, closingParticles) && i+1 == ev.clauseEnd(i)) {
			return true
		}
	}
	return false
}

// silentThenContact reports a sentence where, when they hear nothing, the
// customer is the one to make contact: a contact word with no first person
// next to it, wherever it stands ("if you've heard nothing by Friday, give us a ring"; "hoor
// je niets, dan bel ik je" has the agent call).
func (ev *evaluator) silentThenContact(s sentence) bool {
	if !ev.chaseIfSilent(s) {
		return false
	}
	for from := s.first; ; {
		c, ok := ev.has(from, s.last, customerContacts)
		if !ok {
			return false
		}
		if _, me := ev.has(max(s.first, c-2), min(c+2, s.last), firstPerson); !me && !ev.agentSubject(c) && !ev.toldCount(c) {
			return true // not "als we niets horen, zouden we de leverancier bellen"
		}
		from = c + 1
	}
}

// chaseAgain reports a sentence that has the customer contact us again
// later or when they hear nothing ("call us again tomorrow", "if you
// hear nothing, ring back"): they chase, we do not.
func (ev *evaluator) chaseAgain(s sentence) bool {
	_, again := ev.has(s.first, s.last, againWords)
	_, later := ev.has(s.first, s.last, laterWords)
	_, nothing := ev.has(s.first, s.last, nothingWords)
	return again && (later || nothing) || ev.chaseIfSilent(s)
}

// contactsUs reports contact word v sending something to us within its
// clause: "de factuur naar ons mailen", "send it to us". "Contact us at
// the number on your card" and "give us a ring" still send the customer
// to another line (settled rule 1).
func (ev *evaluator) contactsUs(v int) bool {
	cs, ce := ev.clauseStart(v), ev.clauseEnd(v)
	for i := max(cs+1, v-3); i < min(ce, v+4); i++ {
		if i != v && ev.is(i, usWords) && ev.is(i-1, contactUsPreps) {
			return true
		}
	}
	return false
}

// contactIn finds the first word of sentence s that makes contact, past
// a troubleshooting "try" ("try resetting it and let us know") and a
// contact word that names an identifier ("a good contact number").
func (ev *evaluator) contactIn(s sentence) (int, bool) {
	for from := s.first; ; {
		v, ok := ev.has(from, s.last, customerContacts)
		if !ok || !ev.troubleshoots(v, s) && !ev.contactNoun(v, s) && !ev.contactsCustomer(v, s) {
			return v, ok
		}
		from = v + 1
	}
}

// contactsCustomer reports a contact word at v whose object is the
// customer ("would you like our manager to write to you?", "shall we
// ring you at two?"): someone contacts them, they are not sent on.
func (ev *evaluator) contactsCustomer(v int, s sentence) bool {
	o := v + 1
	if o < s.last && ev.is(o, towardWords) {
		o++
	}
	return o < s.last && ev.is(o, contactObjects)
}

// needNot reports the contact at v as one the customer need not make: a
// need word negated shortly before it ("won't need to arrange", "hoeft
// niet te bellen").
func (ev *evaluator) needNot(v int) bool {
	n, ok := ev.has(max(ev.clauseStart(v), v-4), v, spareWords)
	if !ok {
		return false
	}
	_, neg := ev.has(max(ev.clauseStart(v), n-3), v, negators) // "will not need to", "hoeft niet te"
	return neg
}

var spareWords = std.set("spare-words")

// remedyAtOurPlace reports sentence s sending the customer to one of our
// own places for a remedy they collect there ("you can take it back to
// any of our stores for a full refund", "je kunt de stoel gratis
// terugbrengen in een van onze winkels"): the remedy is given, not
// passed on. Another company or a department in s still passes them on.
func (ev *evaluator) remedyAtOurPlace(k int, s sentence) bool {
	if _, remedy := ev.has(s.first, s.last, remedyWords); !remedy {
		return false
	}
	if _, third := ev.cueIn(k, "supplier"); third || ev.theirOrg(s) {
		return false
	}
	place := false
	for i := s.first; i < s.last; i++ {
		switch {
		case ev.is(i, serviceWords):
			if _, owned := ev.has(max(s.first, i-3), i, placeOwners); !owned {
				return false // "the shop you bought it from" is another's
			}
			place = true
		case ev.otherPartyAt(i):
			return false // "de afdeling", "our billing team"
		}
	}
	return place
}

// contactNoun reports a contact word at v that names an identifier: "a
// good contact number", "the contact code on your letter".
func (ev *evaluator) contactNoun(v int, s sentence) bool {
	if v+1 < s.last && ev.is(v+1, idSuffixes) {
		return true
	}
	// "from your last call", "na het vorige gesprek": the contact is a
	// thing named, not a step asked for
	return v > s.first && ev.is(v-1, contactNounLeads)
}

// troubleshoots reports a "try" at v that asks for a step ("try resetting
// the preferences"), not for another go at someone ("try the bank", "try
// again later", "try tagging us again on Monday").
func (ev *evaluator) troubleshoots(v int, s sentence) bool {
	if !ev.tryStep(v) || v+1 >= s.last {
		return false
	}
	if ev.is(v+1, articles) || ev.is(v+1, possessives) || ev.is(v+1, customerContacts) || ev.is(v+1, thirdPersons) {
		return false // "try the bank", "try her on Monday"
	}
	_, again := ev.has(v+1, ev.clauseEnd(v), againWords)
	return !again
}

// imperativeClause reports contact verb v as the command its clause opens
// with: the verb itself ("…, bel dan opnieuw"), a command word shortly
// before it ("…, give us a ring again") or one softening word ("Just call
// us back if…", "Gewoon even terugbellen").
func (ev *evaluator) imperativeClause(v int) bool {
	c := ev.clauseStart(v)
	switch {
	case v == c:
		// "…, bel ik je terug": the agent after the verb is its subject
		return ev.is(v, imperativeStarts) && !(v+1 < len(ev.t.toks) && ev.is(v+1, agentSubjects))
	case v == c+1 && ev.is(c, softOpeners):
		return !ev.is(v, contactParticiples) // "just called them" tells
	}
	return v-c <= 3 && ev.is(c, imperativeStarts) && !ev.is(c, pleaseWords)
}

// routeToParty finds a route word ("naar", "bij", "met", "with") in
// sentence k followed within four words by another party: a shop,
// department or service, also as the head of a compound
// ("businessdienst"), a supplier or an organisation. It returns the
// route word, which passedOn treats as it treats a contact verb.
func (ev *evaluator) routeToParty(k int) (int, bool) {
	s := ev.sentence(k)
	m, ok := ev.cueWhere(k, "route", func(m match) bool {
		if m.from == s.first && ev.is(m.from, circumstanceOpeners) {
			return false // "With your mum in hospital, …" says how things stand
		}
		for i := m.to; i < min(m.to+4, ev.clauseEnd(m.from)); i++ {
			if ev.isUs(i) && !ev.is(i, ourWords) {
				return false // "bij ons", "with us"
			}
			if ev.destinationAt(i) {
				// "onze winkels" and "our billing team" are elsewhere, "ons depot" is us
				return !(i > m.to && ev.is(i-1, ourWords) && !ev.otherPartyAt(i))
			}
		}
		return false
	})
	if !ok {
		return 0, false
	}
	if _, cond := ev.has(s.first, s.last, hardConditionals); cond {
		return 0, false // "als u het zo erg vindt, kunt u naar een andere bank": not sent on
	}
	if _, acts := ev.agentActsIn(s); acts {
		return 0, false // "report it to our support team and we'll look into it"
	}
	if _, also := ev.has(s.first, s.last, workaroundWords); also {
		return 0, false // "u kunt ook aan de balie inchecken", "you can still check in at the desk": a workaround (rubric)
	}
	for _, a := range ev.ms {
		if a.r.crit == Agreement && a.r.role == hit && ev.isQuestion(ev.sentOf(a.from)) {
			return 0, false // "…aan de balie. Wilt u dat ik die pas klaarzet?" offers a plan
		}
	}
	return m.to - 1, true // the route word: "naar", or the "in" of "kan je … in"
}

// destinationAt reports token i as another party: a department, shop or
// colleague word or such a compound, a supplier word or an
// organisation's head noun.
func (ev *evaluator) destinationAt(i int) bool {
	tk := &ev.t.toks[i]
	if ev.is(i, phoneWords) {
		return false // "met jouw gsm nummer": a number, not a party
	}
	return ev.otherPartyAt(i) || supplierWords.hasTok(tk) && !ev.notAParty(i) || ev.orgHeadAt(i)
}

// otherPartyAt reports token i as a department, shop or colleague, also
// as the head of a Dutch compound ("Orangeshops", "klantenafdeling").
func (ev *evaluator) otherPartyAt(i int) bool {
	tk := &ev.t.toks[i]
	if otherParty.hasTok(tk) {
		return true
	}
	for _, h := range partyHeads.list {
		if len(tk.norm) > len(h)+2 && strings.HasSuffix(tk.norm, h) {
			return true
		}
	}
	return false
}

// contactsThirdParty reports that the clause of the contact verb at v
// names a third party, not us, as whom the customer contacts: "als je
// vragen hebt, kan je daarvoor Google zelf contacteren", "if anything's
// missing, raise it with the courier". The conditional before it does not
// make that a next-time offer.
func (ev *evaluator) contactsThirdParty(k int, s sentence, v int) bool {
	main := sentence{first: ev.clauseStart(v), last: s.last}
	if ev.usIn(main.first, main.last) {
		return false // "…, gaan onze installaties door", "…, bel ons"
	}
	if sm, third := ev.cueIn(k, "supplier"); third && sm.from >= main.first && !ev.isUs(sm.from-1) {
		return true
	}
	if ev.hasOrg(main) {
		return true
	}
	_, ours, named := ev.namedParty(main, v)
	return named && !ours
}

// contactsDesk reports another department, shop or colleague in the
// clause of the contact word v and after it: "als dit blijft gebeuren,
// neem je best contact op met de technische dienst" sends the customer
// to another team even for a next time (settled rule 1).
func (ev *evaluator) contactsDesk(s sentence, v int) bool {
	main := sentence{first: ev.clauseStart(v), last: s.last}
	for i := main.first; i < main.last; i++ {
		if ev.isUs(i) && !ev.is(i, ourPossessives) {
			return false // "als je vragen hebt, kan je steeds bij ons terecht"; "our fraud team" is another desk
		}
	}
	d, ok := ev.deskAfter(v, s.last)
	if !ok || d+1 < s.last && ev.is(d+1, youSubject) {
		return false // "als u wilt, belt een collega u morgen": the colleague calls
	}
	if _, acts := ev.agentActsIn(main); acts {
		return false // "if they find anything, I'll give you a call"
	}
	return ev.customerToContact(s, v)
}

var (
	customerContacts = std.set("customer-contacts")
	contactNounLeads = std.set("contact-noun-leads")
	contactObjects   = std.set("contact-objects")
	remedyWords      = std.set("remedy-words")
	serviceWords     = std.set("service-places")
	placeOwners      = std.set("place-owners")
	adverbContacts   = std.set("adverb-contacts")
	towardWords      = std.set("toward-words")
	// the word before "us" when the customer comes to us: "mail naar ons",
	// "write to us", "bij ons terecht", "get in touch with us"
	contactUsPreps   = std.set("contact-us-preps")
	dmWords          = std.set("dm-words")
	imperativeStarts = std.set("imperative-starts")
	otherParty       = std.set("other-party")
	againWords       = std.set("again-words")
	everWords        = std.set("ever-words")
	laterWords       = std.set("later-words")
)

// agentAlsoActs reports a sentence in which the agent acts "as well" or
// "meanwhile" ("ik contacteer intussen de verhuurder", "I'll also chase
// the courier"): what the customer is asked to do is not all the help.
func (ev *evaluator) agentAlsoActs() bool {
	for _, s := range ev.t.sents {
		if _, acts := ev.agentActsIn(s); !acts {
			continue
		}
		if _, also := ev.has(s.first, s.last, alsoWords); also {
			return true
		}
	}
	return false
}

// offersStep reports an offer of a step in sentence k ("of zal ik een
// koerier sturen?", "or shall I book it for you?"): an agreement phrase
// the rules read there.
func (ev *evaluator) offersStep(k int) bool {
	for _, m := range ev.sentMatches(k) {
		if m.r.crit == Agreement && m.r.role == hit && ev.shallI(m) {
			return true
		}
	}
	return false
}

// laterWithSomeoneElse reports a sentence that names a later moment and
// someone other than the agent ("als u maandag terugbelt, kan zij u
// verder helpen", "she's in Tuesdays if you want to try her then").
func (ev *evaluator) laterWithSomeoneElse(s sentence) bool {
	_, later := ev.has(s.first, s.last, laterWords)
	_, day := ev.has(s.first, s.last, dayNames)
	_, other := ev.has(s.first, s.last, thirdPersons)
	return (later || day) && other
}

var thirdPersons = std.set("third-persons")

// deskAfter finds the first department, shop or colleague word after
// token v and before to.
func (ev *evaluator) deskAfter(v, to int) (int, bool) {
	for i := v + 1; i < to; i++ {
		if ev.otherPartyAt(i) {
			return i, true
		}
	}
	return 0, false
}

// hasOtherParty reports a department, shop or colleague in sentence s,
// also as the head of a Dutch compound ("Orangeshops", "klantenafdeling").
func (ev *evaluator) hasOtherParty(s sentence) bool {
	for i := s.first; i < s.last; i++ {
		if ev.otherPartyAt(i) {
			return true
		}
	}
	return false
}

// namedParty finds a name in sentence s that is neither the customer
// (greeted or addressed: "Hey Daniel,", "…, Jessy?") nor a known word: a
// company, service or team ("contact HP phone support", "heb je
// Euphonynet al gecontacteerd?"). ours reports "our"/"onze" before it
// ("our Financial Services group"): another team of the company.
func (ev *evaluator) namedParty(s sentence, v int) (i int, ours, ok bool) {
	if !ev.is(v, contactVerbs) {
		return 0, false, false
	}
	if _, us := ev.has(v+1, min(v+4, s.last), usWords); us {
		return 0, false, false // "reach us at the link DW provided"
	}
	for i = max(s.first+1, v-4); i < min(s.last, v+6); i++ {
		tk := &ev.t.toks[i]
		if tk.start > 0 && strings.ContainsRune("^-*/~", rune(ev.t.reply[tk.start-1])) {
			continue // an agent's signature: "^SH", "-Becky"
		}
		if !ev.unknownName(i) || ev.is(i-1, greetings) {
			continue
		}
		if i == s.last-1 && ev.t.toks[i-1].clause != tk.clause {
			continue // "…, Jessy?" addresses the customer
		}
		return i, ev.is(i-1, ourWords), true
	}
	return 0, false, false
}

var (
	greetings          = std.set("greetings")
	contactVerbs       = std.set("contact-verbs")
	contactParticiples = std.set("contact-participles")
	usWords            = std.set("us-words")
	// "properly", "correctly": a step of ours that failed, not a denial (vetoed, ownFailure)
	properlyWords = std.set("properly-words")
	// "from", "van": a contact from the agent ("a call from me")
	fromWords = std.set("from-words")
)

// partyHeads end compound names of another party ("klantendienst").
var partyHeads = std.set("party-heads")

// namedThirdParty finds "de lijnen van Telenet", "the network of Acme":
// infrastructure that belongs to a named company, in sentence k.
func (ev *evaluator) namedThirdParty(k int) (int, bool) {
	s := ev.sentence(k)
	for i := s.first + 2; i < s.last; i++ {
		tk := ev.t.toks[i]
		if tk.kind != tWord || ev.s.skip[tk.norm] {
			continue
		}
		if !ev.capitalised(i) || !ev.is(i-1, ofWords) || !ev.is(i-2, infraWords) {
			continue
		}
		return i, true
	}
	return 0, false
}

var (
	ofWords    = std.set("of-words")
	infraWords = std.set("infra-words")
)

// customerSubject reports whether the customer is the subject of the
// verb at token v: "u moet … bellen", "kunt u …", "you'll have to call".
// The nearest subject before the verb decides: in "could you send me
// your number so I can call you back", "I" calls.
func (ev *evaluator) customerSubject(v int) bool {
	cs := ev.clauseStart(v)
	for i := v - 1; i >= cs; i-- {
		if ev.is(i, agentSubjects) {
			return false
		}
		// "…, so you'll need to call": a connective opens the clause too
		aux := i > cs && (ev.is(i-1, modals) || ev.is(i-1, futureAux)) // "kunt u", "daarvoor zal je"
		if ev.is(i, youSubject) && (i <= cs+1 || aux || ev.is(i-1, connectives) || ev.is(i-1, consequenceWords)) {
			// "ik kan je niet bellen": after "ik kan", "je" is the object
			return !(i-2 >= cs && aux && ev.is(i-2, agentSubjects))
		}
	}
	return false
}

// tryStep reports "try" at v: "please try resetting it" asks for a step.
func (ev *evaluator) tryStep(v int) bool {
	_, ok := ev.cueWhere(ev.sentOf(v), "trystep", func(m match) bool { return m.from == v })
	return ok
}

// advisesContact reports advice that sends the customer to make the
// contact at v ("ik raad je aan contact op te nemen met je bank", "I'd
// suggest you call the dealer", "je neemt best contact op"): as binding
// as "you must", said politely.
func (ev *evaluator) advisesContact(s sentence, v int) bool {
	m, ok := ev.cueWhere(ev.sentOf(v), "advice", func(m match) bool { return m.from < v })
	if !ok {
		return false
	}
	if _, neg := ev.has(max(s.first, m.from-2), m.from, negators); neg {
		return false // "I wouldn't recommend calling them" advises against
	}
	_, acts := ev.agentActsIn(sentence{first: m.to, last: v})
	return !acts // "what I'd suggest: I'll book a rental from the branch" is the agent's plan
}

// invertedYou reports "belt u …" opening a clause, or second after a
// pronominal adverb ("hiervoor contacteer je best je bank", Dutch verb
// second): the customer calls.
func (ev *evaluator) invertedYou(v int) bool {
	cs := ev.clauseStart(v)
	first := v == cs || v == cs+1 && ev.is(cs, verbSecondOpeners)
	return first && v+1 < len(ev.t.toks) && ev.is(v+1, youSubject)
}

// verbSecondOpeners open a Dutch clause before its verb: "daarvoor", "dan".
var verbSecondOpeners = std.set("verb-second-openers")

var modals = std.set("modals")

// helpsOtherwise reports whether the reply asks the customer something
// (troubleshooting, details) or the agent does something: then a link
// is offered beside the help.
func (ev *evaluator) helpsOtherwise() bool {
	for k, s := range ev.t.sents {
		if _, link := ev.cueIn(k, "link"); link {
			continue
		}
		if ev.isQuestion(k) {
			return true
		}
		if ev.actsBeyondCheck(k, s.first) {
			return true
		}
	}
	return false
}

// checksOnly reports that the agent's action at j in sentence k is the
// check behind a status that the company's side is fine: inside the "our
// side" words ("we've run every test and found nothing"), or looking
// beside them ("het werkt bij ons, ik heb het net getest", "I can see it
// working from here"). It reports, it does not help.
func (ev *evaluator) checksOnly(k, j int) bool {
	side, ok := ev.cueIn(k, "ourside")
	if !ok {
		return false
	}
	if j >= side.from && j < side.to {
		return true
	}
	_, looks := ev.has(j, min(j+5, ev.sentence(k).last), seeVerbs)
	return looks
}

// actsBeyondCheck reports the agent acting in sentence k, from token
// from on, with more than the check of checksOnly ("I've checked our side
// and I'll send an engineer").
func (ev *evaluator) actsBeyondCheck(k, from int) bool {
	s := ev.sentence(k)
	j, acts := ev.agentActsIn(sentence{first: from, last: s.last})
	for acts && ev.feelsAt(j, s) {
		j, acts = ev.agentActsIn(sentence{first: j + 1, last: s.last})
	}
	if !acts {
		return false
	}
	if !ev.checksOnly(k, j) {
		return true
	}
	j, acts = ev.agentActsIn(sentence{first: j + 1, last: s.last})
	return acts && !ev.checksOnly(k, j)
}

// needNamed finds the customer's need named as the rules' empathy ("you
// really don't want to be chasing…", "je wil gewoon dat het werkt").
func (ev *evaluator) needNamed() (match, bool) {
	for _, m := range ev.of(Empathy, cue, "genericneed") {
		s := ev.sentence(ev.sentOf(m.from))
		if ev.hitStartsIn(Empathy, ev.t.toks[s.first].start, ev.t.toks[m.to-1].end) {
			return m, true
		}
	}
	return match{}, false
}

// feelsAt reports the agent's words at j as the rules' empathy ("ik kan
// me voorstellen dat je baalde, maar …"): granting a feeling is no step
// that helps.
func (ev *evaluator) feelsAt(j int, s sentence) bool {
	end := min(j+3, s.last)
	return ev.hitStartsIn(Empathy, ev.t.toks[j].start, ev.t.toks[end-1].end)
}

// instructs reports a website mention that tells the customer exactly
// how to do what they asked ("je kan je abonnement aanpassen in de app
// onder 'Mijn producten'", "reset your password here") or adds to the
// help ("alle uren staan ook in de app"), unless it brushes them off
// ("dat kunt u gewoon zelf regelen").
func (ev *evaluator) instructs(m match) bool {
	return ev.instructsIn(ev.sentence(ev.sentOf(m.from)))
}

// instructsIn is instructs for sentence s.
func (ev *evaluator) instructsIn(s sentence) bool {
	if _, brush := ev.has(s.first, s.last, brushOff); brush || ev.is(s.first, pointers) {
		return false // "dat kunt u gewoon zelf", "check out how to … here"
	}
	if _, also := ev.has(s.first, s.last, alsoWords); also {
		return true
	}
	_, ok := ev.has(s.first, s.last, taskVerbs)
	return ok
}

var (
	pointers  = std.set("pointers")
	brushOff  = std.set("brush-off")
	taskVerbs = std.set("task-verbs")
)

// directs reports whether a website mention sends the customer there:
// the sentence speaks to the customer or says what is to be found there.
func (ev *evaluator) directs(m match) bool {
	s := ev.sentence(ev.sentOf(m.from))
	if _, ok := ev.has(s.first, s.last, secondPerson); ok {
		return true
	}
	if ev.is(s.first, imperativeStarts) || ev.is(s.first, directVerbs) {
		return true
	}
	_, ok := ev.has(s.first, s.last, directVerbs)
	return ok
}

var (
	helpVerbs   = std.set("help-verbs")
	directVerbs = std.set("direct-verbs")
)
