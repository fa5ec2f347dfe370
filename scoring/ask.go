package scoring

import "strings"

// question: the reply asks the customer for new information about the
// problem or their situation. Questions that only offer help, ask to
// repeat, check a summary or agreement, ask for an identifier, tell the
// customer what to do, or attack them do not count.
func (ev *evaluator) question() {
	found := false
	var admin []int
	for k, s := range ev.t.sents {
		if s.last <= s.first {
			continue
		}
		if !ev.isQuestion(k) {
			if m, ok := ev.cueIn(k, "moreinfo"); ok && ev.asksToGive(k) && !ev.infoPointer(m) {
				// "please provide some more details", not "more info here: <URL>"
				ev.add(Question, true, "", m.from, m.to, "more-details", "")
				found = true
			} else if m, ok := ev.cueWhere(k, "detailreq", func(m match) bool { return ev.asksCustomer(m) && !ev.proofPhoto(m) }); ok {
				ev.add(Question, true, "", m.from, m.to, "detail-request", "")
				found = true
			} else if m, ok := ev.cueWhere(k, "wonder", ev.wondersToCustomer); ok {
				ev.add(Question, true, "", m.from, s.last, "wondering", "")
				found = true
			} else if from, to, ok := ev.reportBack(k); ok {
				ev.add(Question, true, "", from, to, "report-back", "")
				found = true
			}
			continue
		}
		if ev.isRepeatRequest(k) || ev.agreementIn(k) || ev.hitIn(k, Blame, BlameCustomer) || ev.isEcho(k) || ev.asksAvailability(k) || ev.whereToSend(k) || ev.slotChoice(k) || ev.suitsCheck(k) || ev.contactCheck(k) || ev.summaryIn(k) && !ev.asksAfterRecap(k) || ev.counterfactualNext(k) || ev.accusedNext(k) {
			continue
		}
		if _, ok := ev.cueIn(k, "hostile"); ok {
			continue
		}
		if ev.tagQuestion(k) {
			continue // "…, would it?", "You did restring it yourself, didn't you?" seeks assent
		}
		if ev.maybeQuestion(k) {
			continue // "Misschien bij de buren afgegeven?" suggests an answer, it asks for none
		}
		if m, ok := ev.cueIn(k, "openhelp"); ok {
			// "Waarmee kan ik je helpen?" asks the customer to say what
			// the problem is; "Kan ik je helpen?" only offers
			ev.add(Question, true, "", m.from, m.to, "open-help", "")
			found = true
			continue
		}
		if _, ok := ev.cueIn(k, "offer"); ok {
			continue
		}
		if c, ok := ev.cueIn(k, "check"); ok && (ev.shortCheck(k) || c.to >= s.last-1) {
			continue
		}
		if ev.contactOffer(k) {
			continue
		}
		if ev.looksAtLink(k) {
			continue // "Bekeek je al eens deze link?" points to the site
		}
		if m, ok := ev.cueIn(k, "moreinfo"); ok && ev.asksToGive(k) && !ev.infoPointer(m) {
			ev.add(Question, true, "", m.from, m.to, "more-details", "")
			found = true
			continue
		}
		if m, ok := ev.cueWhere(k, "strongdetail", ev.asksDetail); ok && !ev.afterPurpose(k, m.from) && !ev.idInfo(k, m) && !ev.idRequestBeside(k, m) {
			ev.add(Question, true, "", s.first, s.last, "asks-details", "")
			found = true
			continue
		}
		if _, proof := ev.cueWhere(k, "strongdetail", ev.proofPhoto); proof && !ev.whOpened(k) {
			admin = append(admin, k) // "Stuur je een foto van je rijbewijs?" asks for a document to check
			continue
		}
		if ev.asksWhichItem(k) {
			admin = append(admin, k) // "which card did the payment go through on?" looks the booking up
			continue
		}
		if ev.asksAtHand(k) {
			admin = append(admin, k) // "Have you got your card to hand?" readies the look-up
			continue
		}
		if m, ok := ev.adminIn(k); ok && (!ev.embeddedQuestion(k) || ev.whAsksID(k, m)) && ev.adminRequest(k, m) && !ev.otherClauseAsks(k, m) {
			admin = append(admin, k)
			continue
		}
		if ev.dmInviteOnly(k) {
			continue // "Can you send us a DM when you have a moment?" (settled case 8)
		}
		if ev.confirmsStatus(k) {
			// "Het zou opgelost moeten zijn. Kan jij bevestigen?": how it stands now
			ev.add(Question, true, "", s.first, s.last, "confirm-status", "")
			found = true
			continue
		}
		if ev.suggests(k) && !ev.embeddedQuestion(k) && !ev.whOpened(k) && !ev.asksForReport(k) {
			continue // "kunt u de modem herstarten?" tells, it does not ask
		}
		ev.add(Question, true, "", s.first, s.last, "asks", "")
		found = true
	}
	ev.res.Criteria.Question = found
	if !found {
		for _, k := range admin {
			s := ev.sentence(k)
			ev.add(Question, false, "", s.first, s.last, "identifier-only", noteAdmin)
		}
	}
}

// tagQuestion reports a question that only ends in an English tag after a
// statement ("it wouldn't have gone to the old account, would it?", "the
// capitals will fix it quicker, are they?"): it seeks assent, or scores a
// point, and asks for nothing new.
func (ev *evaluator) tagQuestion(k int) bool {
	s := ev.sentence(k)
	if !s.question || s.last-s.first < 5 || !ev.is(s.last-1, tagPronouns) {
		return false
	}
	aux := s.last - 2
	if ev.is(aux, negators) {
		aux--
	}
	return aux > s.first+2 && ev.is(aux, enAux) && ev.clauseStart(aux) == aux
}

var tagPronouns = std.set("tag-pronouns")

// maybeQuestion reports a question that opens with "misschien/maybe" and
// has no question word: it puts forward a guess or a tip ("Misschien even
// je wifi herstarten?", "Maybe a neighbour took it in?"), where
// "Misschien weet u nog hoe laat hij kwam?" still asks.
func (ev *evaluator) maybeQuestion(k int) bool {
	s := ev.sentence(k)
	if !s.question || !ev.is(s.first, suggestOpeners) {
		return false
	}
	_, wh := ev.has(s.first+1, s.last, questionOpeners)
	return !wh
}

// confirmsStatus reports a question that asks the customer to confirm
// how things stand, with nothing named to confirm but "this" or a clause
// ("Kan jij bevestigen?", "kun je dit even bevestigen?", "can you confirm
// it works now?"): the customer reports on the problem. "Can you confirm
// your address?" or "the street name" asks for an identifier, and "which
// you'd prefer" for a choice.
func (ev *evaluator) confirmsStatus(k int) bool {
	s := ev.sentence(k)
	v, ok := ev.has(s.first, s.last, confirmVerbs)
	if !ok {
		return false
	}
	if _, named := ev.has(s.first, s.last, namedObjects); named {
		return false
	}
	_, wh := ev.has(v+1, s.last, whWords)
	return !wh
}

var (
	// confirm, bevestigen
	confirmVerbs = std.set("confirm-verbs")
	// what makes "confirm" ask for a thing: a possessive or an article
	// ("your address", "the street name", "de naam")
	namedObjects = std.set("named-objects")
)

// otherClauseAsks reports a clause of question sentence k, away from the
// identifier m, that opens with a question word: "what does the bag look
// like, and did they give you a reference?" asks about the problem too.
func (ev *evaluator) otherClauseAsks(k int, m match) bool {
	s := ev.sentence(k)
	for i := s.first; i < s.last; i = ev.clauseEnd(i) {
		end := min(ev.clauseEnd(i), s.last)
		if m.from >= i && m.from < end {
			continue
		}
		if _, asks := ev.clauseQuestionWord(i, end); asks {
			return true
		}
	}
	return false
}

// clauseQuestionWord returns the first word of the clause [i, end), past
// a joining "and/en" ("…, and did they…"), and whether it opens a
// question.
func (ev *evaluator) clauseQuestionWord(i, end int) (int, bool) {
	if ev.is(i, andWords) && i+1 < end {
		i++
	}
	return i, ev.opensQuestion(i, end)
}

// asksAfterRecap reports a question word opening the last clause of
// sentence k, after a recap in its first ("So you cancelled in January
// and still paid in February — what date did you cancel?"): the recap
// is checked and a new question asked.
func (ev *evaluator) asksAfterRecap(k int) bool {
	s := ev.sentence(k)
	i := ev.clauseStart(s.last - 1)
	if i <= s.first {
		return false
	}
	j, asks := ev.clauseQuestionWord(i, s.last)
	return asks && ev.is(j, recapAskOpeners)
}

var recapAskOpeners = std.set("recap-ask-openers")

// reportBack finds a request to tell what happened or what the customer
// sees, put as an instruction: "let us know the error code", "DM me which
// store you use", "stuur ons de resultaten", "keep me posted on the
// results", "just checking in to see if you still have the issue". An
// offer ("let us know if you need anything") or a request for an
// identifier only ("DM us your email address") asks nothing about the
// problem.
func (ev *evaluator) reportBack(k int) (int, int, bool) {
	s := ev.sentence(k)
	if _, offer := ev.cueIn(k, "offer"); offer {
		return 0, 0, false
	}
	if _, plan := ev.reportPlan(k); plan {
		return 0, 0, false // "laat maar weten of dat goed is" checks the plan
	}
	for v := s.first; v < s.last; v++ {
		if !ev.is(v, reportVerbs) {
			continue
		}
		// a request to the customer: an imperative, or "let/laat/please/
		// can you…" just before ("weten we eindelijk wie…" is no request)
		r, asked := ev.lastIn(max(s.first, v-3), v, requestMarkers)
		if !asked && v != ev.clauseStart(v) {
			continue
		}
		if cs := ev.clauseStart(v); asked && ev.toldBy(r) || ev.is(cs, subordinators) && !ev.is(cs+1, youSubject) {
			continue // "fijn dat u ons laat weten…", "zodra de kwekerij laat weten wanneer…" tell; "if you DM us which store…" asks
		}
		if _, other := ev.has(ev.clauseStart(v), v, thirdPersons); other {
			continue // "dan kan zij u precies uitleggen wat…": a colleague explains
		}
		if _, not := ev.has(max(s.first, v-2), v, negators); not {
			continue // "you don't know what to believe" states, it asks nothing
		}
		if _, agent := ev.has(ev.clauseStart(v), v, agentSubjects); agent {
			continue // "ik laat u morgen weten wanneer": the agent informs
		}
		end := min(v+8, s.last)
		if i, ok := ev.has(v+1, end, reportObjects); ok && !ev.possessed(i) && !ev.idCompound(i) {
			if ev.proofPhotoAt(i) {
				continue // "stuur me de foto van de boete" asks for a document to check
			}
			return v, i + 1, true // "your details" are identifiers
		}
		if i, ok := ev.has(v+1, end, whWords); ok && !ev.agentWh(i) {
			if _, need := ev.has(i+1, min(i+4, s.last), offerNeedWords); need {
				continue // "let us know what else you need"
			}
			if _, want := ev.has(i+1, min(i+4, s.last), wantWords); want {
				continue // "laat maar weten wat je wilt": a choice between steps (settled 18)
			}
			return v, i + 1, true
		}
		i := v + 1
		if ev.is(v, tellWords) && i < end && ev.is(i, letObjects) {
			i++ // "tell me if the lights change", "zeg me of het lampje nog knippert"
		}
		if i < end && (ev.is(i, knowWhether) && ev.is(v, knowWords) || ev.is(i, tellWhether) && ev.is(v, tellWords)) && ev.clauseStart(i) == ev.clauseStart(v) {
			// "laat me weten of het lukt", "let me know if it still drops":
			// report back what happens (settled 17), not "if you need anything"
			if _, need := ev.has(i+1, min(i+6, s.last), offerNeedWords); !need {
				return v, i + 1, true
			}
		}
	}
	return 0, 0, false
}

// toldBy reports a request marker at r with the customer before it as
// the subject of a statement ("u wilt weten waar u aan toe bent", "dat u
// ons laat weten"), where "Wilt u…?" and "laat ons weten" ask.
// The customer as the subject of a wish ("and you want to know why") is
// told too; "could you let me know" and "u kunt ons laten weten" ask.
func (ev *evaluator) toldBy(r int) bool {
	c := ev.clauseStart(r)
	if ev.is(r, youSubject) {
		return r+1 < len(ev.t.toks) && ev.is(r+1, wantWords) && (r == c || !ev.is(r-1, requestMarkers))
	}
	if !ev.is(r, tellingMarkers) {
		return false // "you can DM us which store" asks
	}
	if r > c && ev.is(r-1, letObjects) {
		r--
	}
	return r > c && ev.is(r-1, youSubject) && (r-1 == c || !ev.is(r-2, requestMarkers))
}

// whOpened reports a question that opens with a question word, perhaps
// after a preposition: "Op welke manier probeer je te herladen?",
// "Hoe lang duurt het al?" ask for something, they suggest nothing.
// "Welke datum wil je?" asks what the customer wants, not about the
// problem.
func (ev *evaluator) whOpened(k int) bool {
	s := ev.sentence(k)
	if _, wish := ev.has(s.first, s.last, wishWords); wish {
		return false
	}
	_, ok := ev.has(s.first, min(s.first+2, ev.clauseEnd(s.first)), questionOpeners)
	return ok
}

// asksForReport reports a request to send or give something that tells
// about the problem ("Kan je mij een voorbeeld doorsturen?", "could you
// share the results?"), not one of the customer's identifiers.
func (ev *evaluator) asksForReport(k int) bool {
	s := ev.sentence(k)
	if _, give := ev.has(s.first, s.last, giveVerbs); !give {
		return false
	}
	i, ok := ev.has(s.first, s.last, reportObjects)
	return ok && !ev.idCompound(i)
}

// dmInviteOnly reports a question that only invites the customer to a
// private message ("Can you send us a DM when you have a moment?",
// "Stuur je ons even een DM?"): it asks for nothing about the problem
// (settled case 8). A what/which/how in it asks for something.
func (ev *evaluator) dmInviteOnly(k int) bool {
	s := ev.sentence(k)
	if _, dm := ev.has(s.first, s.last, dmWords); !dm || !ev.asksToGive(k) {
		return false
	}
	if ev.detailCue(k) {
		return false
	}
	for i := s.first; i < s.last; i++ {
		if ev.is(i, whWords) && !(ev.is(i, clauseConditionals) && i+1 < s.last && ev.is(i+1, youSubject)) {
			return false // "when you have a moment" is no question word
		}
	}
	_, ids := ev.adminIn(k)
	return !ids // an identifier request is reported as one
}

// detailCue reports words in sentence k that ask about the problem:
// "what happened", "more info", a request for details, "the details".
func (ev *evaluator) detailCue(k int) bool {
	_, strong := ev.cueIn(k, "strongdetail")
	_, more := ev.cueIn(k, "moreinfo")
	_, req := ev.cueIn(k, "detailreq")
	_, generic := ev.cueIn(k, "genericid")
	return strong || more || req || generic
}

// idCompound reports an identifier written as two words, a report
// object naming a kind of number after another word: "reservation
// code", "order number"; "error code" names the problem.
func (ev *evaluator) idCompound(i int) bool {
	return i > 0 && ev.is(i, idSuffixes) && ev.t.toks[i-1].kind == tWord && !ev.is(i-1, reportObjects)
}

// possessed reports "your" one or two words before token i: "your
// (purchase) details" are the customer's identifiers.
func (ev *evaluator) possessed(i int) bool {
	_, ok := ev.has(max(0, i-2), i, possessives)
	return ok
}

var (
	reportVerbs    = std.set("report-verbs")
	reportObjects  = std.set("report-objects")
	offerNeedWords = std.set("offer-need-words")
	requestMarkers = std.set("request-markers")
	tellingMarkers = std.set("telling-markers")
	possessives    = std.set("possessives")
)

// adminIn finds an identifier in sentence k: a lexicon identifier, or
// a compound ending in one ("polisnummer", "trackcode").
func (ev *evaluator) adminIn(k int) (match, bool) {
	if m, ok := ev.cueIn(k, "admin"); ok && !ev.incidentPartyOwns(m) {
		_, generic := ev.cueWhere(k, "genericid", func(g match) bool { return g.from == m.from })
		if !generic || ev.possessed(m.from) {
			return m, true
		}
	}
	s := ev.sentence(k)
	for i := s.first; i < s.last; i++ {
		w := ev.t.toks[i].norm
		if h := compoundHead(w, idSuffixes.list); h != "" && !reportObjects.has(w[:len(w)-len(h)]) {
			return match{from: i, to: i + 1}, true // "foutcode", like "error code", names the problem
		}
	}
	return match{}, false
}

// incidentPartyOwns reports an identifier m that belongs to a party in
// what happened, not to the customer ("het e-mailadres van de afzender",
// "the caller's number"): asking for it asks about the incident.
func (ev *evaluator) incidentPartyOwns(m match) bool {
	s := ev.sentence(ev.sentOf(m.from))
	_, party := ev.has(max(s.first, m.from-2), min(m.to+3, s.last), incidentParties)
	return party
}

// incidentParties are the others in a scam or a nuisance: the sender,
// the caller.
var incidentParties = std.set("incident-parties")

var (
	idSuffixes   = std.set("id-suffixes")
	idCheckWords = std.set("id-check-words")
)

// asksToGive reports a request to give, send or tell something in
// sentence k: "stuur ons wat meer details", "please provide more info".
func (ev *evaluator) asksToGive(k int) bool {
	s := ev.sentence(k)
	_, give := ev.has(s.first, s.last, giveVerbs)
	return give
}

// infoPointer reports "more info" that the reply points to rather
// than asks for: "for more info, visit …", "voor meer info", "more
// information here: <URL>", "we've responded with more info", unless a
// request comes before it ("please tell us more here: <URL>").
func (ev *evaluator) infoPointer(m match) bool {
	if m.from > 0 && ev.is(m.from-1, infoFors) {
		return true
	}
	cs := ev.clauseStart(m.from)
	if g, gave := ev.has(cs, m.from, infoGiven); gave {
		if _, we := ev.has(cs, g, firstPerson); we {
			return true // "we've responded to your DM with more info"
		}
	}
	if ev.agentGives(cs, m.from) {
		return true // "ik geef je graag meer info in een privébericht", "dan stuur ik je meer details"
	}
	s := ev.sentence(ev.sentOf(m.from))
	if _, asks := ev.has(s.first, m.from, infoRequests); asks {
		return false
	}
	for i := m.to; i < min(m.to+3, s.last); i++ {
		if ev.t.toks[i].kind == tURL || ev.is(i, infoPointers) {
			return true
		}
	}
	return false
}

var (
	infoFors     = std.set("info-fors")
	infoPointers = std.set("info-pointers")
	infoRequests = std.set("info-requests")
	infoGiven    = std.set("info-given")
)

// idRequestBeside reports a request for an identifier in a later clause
// than the detail word m, whose own clause asks nothing: "Mijn excuses
// voor deze nare situatie, kan je je gsmnummer in privé sturen?" asks for
// the number; the situation is what the apology is for.
func (ev *evaluator) idRequestBeside(k int, m match) bool {
	a, ok := ev.adminIn(k)
	if !ok || m.from >= a.from || ev.t.toks[a.from].clause == ev.t.toks[m.from].clause {
		return false
	}
	cs, ce := ev.clauseStart(m.from), ev.clauseEnd(m.from)
	if _, asks := ev.has(cs, ce, giveVerbs); asks || ev.is(cs, questionOpeners) {
		return false // "Wat doet de printer precies, …?", "stuur een foto van het scherm, met …"
	}
	return ev.adminRequest(k, a) && !ev.embeddedQuestion(k)
}

// asksDetail reports a detail cue that asks about the problem: not a
// photo of a proof (proofPhoto), nor a word supposed in a condition ("if
// it's our error I'll credit it back, is that ok?").
func (ev *evaluator) asksDetail(m match) bool {
	if ev.condBefore(m) {
		return false
	}
	return !ev.proofPhoto(m)
}

// proofPhoto reports a detail cue that asks for a photo of a proof: "a
// photo of the receipt", "een foto van je rijbewijs" ask for a document
// to check, as an identifier is (not about the problem), where "a photo of
// the damage" shows the problem itself. The photo word is the cue's last
// word (or its only one), its object a proof word after "of"/"van".
func (ev *evaluator) proofPhoto(m match) bool { return ev.proofPhotoAt(m.to - 1) }

// proofPhotoAt is proofPhoto of the photo word at token p.
func (ev *evaluator) proofPhotoAt(p int) bool {
	if !ev.is(p, photoWords) {
		return false
	}
	end := min(ev.clauseEnd(p), p+6)
	o, of := ev.has(p+1, min(p+3, end), ofWords)
	if !of {
		return false
	}
	for j := o + 1; j < min(o+4, end); j++ {
		if ev.is(j, proofWords) || endsInOne(ev.t.toks[j].norm, proofWords.list) {
			return true // "de boete", "de parkeerboete", "het tankbonnetje"
		}
	}
	return false
}

var (
	photoWords = std.set("photo-words")
	proofWords = std.set("proof-words")
)

// idInfo reports a detail word that names an identifier with the word
// before it: "your account info", "je klantinfo" ask for an identifier,
// not about the problem.
func (ev *evaluator) idInfo(k int, m match) bool {
	_, ok := ev.cueWhere(k, "admin", func(a match) bool { return a.to == m.from })
	return ok
}

// afterPurpose reports whether token i follows a purpose marker in
// sentence k: in "DM us your account so we can look at the issue" the
// issue is why we ask, not what we ask for.
func (ev *evaluator) afterPurpose(k, i int) bool {
	s := ev.sentence(k)
	_, ok := ev.has(s.first+1, i, purposeMarkers)
	return ok
}

// looksAtLink reports a question whether the customer looked at a link
// or page: it points them there rather than asking about the problem.
func (ev *evaluator) looksAtLink(k int) bool {
	s := ev.sentence(k)
	if _, ok := ev.has(s.first, s.last, lookedVerbs); !ok {
		return false
	}
	_, link := ev.cueIn(k, "link")
	_, web := ev.cueIn(k, "web")
	return link || web
}

var (
	purposeMarkers = std.set("purpose-markers")
	lookedVerbs    = std.set("looked-verbs")
	echoOpeners    = std.set("echo-openers")
	echoLeads      = std.set("echo-leads")
	knowWhether    = std.set("whether-after-know")
	// "tell me if…": a report asked for, like "let me know if…"
	tellWords   = std.set("tell-words")
	tellWhether = std.set("whether-after-tell")
	whWords     = std.set("wh-words")
)

var (
	dutchWhether = std.set("dutch-whether")
	recapChecks  = std.set("recap-checks")
)

var giveVerbs = std.set("give-verbs") // "have you the reference for me?"

// isEcho reports a short exclamation put as a question: "Al twintig
// minuten?!" echoes the customer, it asks nothing.
func (ev *evaluator) isEcho(k int) bool {
	s := ev.sentence(k)
	if ev.declarativeEcho(s) || ev.exclaimedEcho(s) || ev.articleEcho(s) {
		return true
	}
	s.first = ev.pastOpeners(s) // "Hm, maar drie glazen?" hands back as "Maar drie glazen?" does
	if s.last-s.first > 3 {
		// "Geen internet sinds vanochtend?", "Still no signal?": a fact
		// handed back, not a question about it
		if s.last-s.first > 7 {
			return false
		}
		if !ev.echoOpened(s) && !ev.saysEcho(s) {
			return false
		}
		_, wh := ev.has(s.first+1, s.last, whWords)
		return !wh
	}
	first := &ev.t.toks[s.first]
	if questionOpeners.hasTok(first) && !ev.echoOpened(s) || auxOpeners.hasTok(first) {
		return false // "Sinds wanneer?" asks; "Sinds vrijdag al?" hands back
	}
	if _, wh := ev.has(s.first+1, s.last, whWords); wh {
		return false
	}
	_, choice := ev.hasNative(s.first, s.last, orWords)
	return !choice
}

// articleEcho reports a Dutch question that opens, past a greeting or an
// interjection, with an article, a demonstrative or a preposition ("Hoi
// Sanne, het pakket is helemaal kwijt?", "De monteur is niet geweest?",
// "In je eigen garage?", "Achter een pilaar, voor 85 euro?"): the word
// order of a statement, a fact handed back. A Dutch question about
// something new puts its verb or question word first ("Is het pakket
// helemaal weg?"); a question word anywhere or a choice still asks.
func (ev *evaluator) articleEcho(s sentence) bool {
	if ev.res.Lang != NL || s.last-s.first > 12 {
		return false
	}
	i := ev.pastOpeners(s)
	if i >= s.last || !ev.is(i, statementOpeners) && !ev.is(i, echoPreps) || i+1 < s.last && ev.is(i+1, auxOpeners) {
		return false // "Het lukt je nog steeds niet?" asks how it stands now
	}
	if _, wh := ev.has(i+1, s.last, whWords); wh {
		return false
	}
	for j := ev.clauseEnd(i); j < s.last; j = ev.clauseEnd(j) {
		if ev.is(j, auxOpeners) {
			return false // "dat is jammer, is het ondertussen gelukt?" asks in its last clause
		}
	}
	_, choice := ev.hasNative(i, s.last, orWords)
	return !choice
}

var (
	statementOpeners = std.set("statement-openers")
	echoPreps        = std.set("echo-preps")
)

// pastOpeners returns the first token of sentence s past the clauses that
// open it with a greeting, an interjection or a discourse word ("Hi
// Evelien, …", "Oh nee, …", "Hm, …"): where what the sentence says begins.
func (ev *evaluator) pastOpeners(s sentence) int {
	i := s.first
	for i < s.last && (ev.is(i, greetings) || ev.is(i, interjections) || ev.is(i, discourseOpeners)) {
		if ev.clauseEnd(i) >= s.last {
			break // "dag 12 al?": the word opens the only clause, so it is part of what is said
		}
		i = ev.clauseEnd(i)
	}
	return i
}

// exclaimedEcho reports a question mark doubled or joined by "!" ("Drie
// weken al?!", "in the snow at 5am??") closing a sentence that asks
// nothing itself: no question word, no verb or question word opening
// it, nobody addressed ("Midden in de nacht?!"). Astonishment hands
// the customer's words back; "have u updated the app??" still asks.
func (ev *evaluator) exclaimedEcho(s sentence) bool {
	if p := ev.punctAfter(s); !strings.Contains(p, "?!") && !strings.Contains(p, "!?") && !strings.Contains(p, "??") {
		return false
	}
	for i := s.first; i < s.last; i = ev.clauseEnd(i) {
		if first := &ev.t.toks[i]; questionOpeners.hasTok(first) || auxOpeners.hasTok(first) {
			return false // "oh no, is he ok??": a clause opens with a verb
		}
	}
	if _, wh := ev.has(s.first, s.last, whWords); wh {
		return false
	}
	_, you := ev.has(s.first, s.last, youSubject)
	return !you
}

// punctAfter returns the run of punctuation that closes sentence s.
func (ev *evaluator) punctAfter(s sentence) string {
	r := ev.t.reply
	i := ev.t.toks[s.last-1].end
	j := i
	for j < len(r) && j-i < 8 && strings.IndexByte("?!.", r[j]) >= 0 {
		j++
	}
	return r[i:j]
}

// echoOpened reports a question opened by words that hand a fact back: a
// count or time ("Drie weken al?", "Sinds vrijdag al?"), an ordinal ("De
// vijfde keer al?", "Voor de derde keer?"), "geen", "still", after at
// most two leading words ("voor de", "helemaal").
func (ev *evaluator) echoOpened(s sentence) bool {
	i := s.first
	for i < s.first+2 && i+1 < s.last && ev.is(i, echoLeads) {
		i++
	}
	return ev.is(i, echoOpeners) || ev.t.toks[i].kind == tNum
}

// declarativeEcho reports an English question in the word order of a
// statement ("The site crashed and then took the money twice?", "A sports
// package you didn't order?"): English asks with a question word or an
// auxiliary first, so this hands the customer's words back. Dutch asks
// with any verb first, which the lexicon cannot list; it is left alone.
func (ev *evaluator) declarativeEcho(s sentence) bool {
	if ev.res.Lang != EN || s.last-s.first > 20 || strings.ContainsRune(ev.t.reply[max(ev.t.toks[s.first].start-2, 0):ev.t.toks[s.last-1].end], '¿') {
		return false // "¿puedes contarnos…?": Spanish asks in any order
	}
	for i := s.first; i < s.last; i = ev.clauseEnd(i) {
		// any clause may carry the question: "Hi Jeffrey, were you able…?",
		// "I'll log it now — can you describe the bag?"
		j := i
		for j < ev.clauseEnd(i) && (ev.is(j, doubtOpeners) || ev.is(j, discourseOpeners) || ev.is(j, greetings) || ev.is(j, pleaseWords)) {
			j++
		}
		if j >= ev.clauseEnd(i) {
			continue
		}
		first := &ev.t.toks[j]
		if questionOpeners.hasTok(first) || auxOpeners.hasTok(first) || anythingWords.hasTok(first) || first.kind != tWord {
			return false // "Any steps tried so far?" asks too
		}
	}
	for i := s.first; i < s.last; i++ {
		if ev.isNative(i, orWords) && !ev.is(i, andWords) {
			return false // "online or by phone?" offers a choice
		}
	}
	_, wh := ev.has(s.first, s.last, whWords)
	return !wh
}

// saysEcho reports a fact handed back with "you say?": "Updated online,
// you say?", "Gisteren al, zegt u?".
func (ev *evaluator) saysEcho(s sentence) bool {
	for i := s.first; i+1 < s.last; i++ {
		if ev.is(i, secondPerson) && ev.is(i+1, sayWords) || ev.is(i, sayWords) && ev.is(i+1, secondPerson) {
			return i+2 >= s.last
		}
	}
	return false
}

var sayWords = std.set("say-words")

// summaryIn reports a summary marker in sentence k: "just to check:
// your parcel came damaged?" checks a summary, it asks nothing new.
func (ev *evaluator) summaryIn(k int) bool {
	for _, m := range ev.of(Summary, hit, "") {
		if ev.sentOf(m.from) != k || m.r.tag == "weak" {
			continue
		}
		if m.r.tag == "end" && !ev.closesSentence(m) {
			continue // "Klopt het saldo wel als je op de computer inlogt?" asks
		}
		return true
	}
	// a recap found by the summary rules, or a short check right after
	// one ("… and it's been slower ever since — have I got that
	// straight?", "That's the full picture?")
	s := ev.sentence(k)
	for _, f := range ev.res.Findings {
		if f.Criterion != Summary || !f.Hit {
			continue
		}
		if f.Start >= s.start && f.Start <= s.end || f.End > s.start && f.End <= s.end {
			return true
		}
		if k > 0 && f.End <= s.start && f.End >= ev.sentence(k-1).start && s.last-s.first <= 8 {
			_, check := ev.cueIn(k, "check")
			_, end := ev.has(s.first, s.last, recapChecks)
			if check || end || s.last-s.first <= 2 {
				return true // "Heeft u dat ook overdag?" still asks
			}
		}
	}
	return false
}

// agreementIn reports an agreement check found in sentence k (the
// agreement rule runs first).
func (ev *evaluator) agreementIn(k int) bool {
	s := ev.sentence(k)
	return ev.hitStartsIn(Agreement, s.start, ev.t.toks[s.last-1].end)
}

// hitIn reports a blame of kind in sentence k (a hostile question).
func (ev *evaluator) hitIn(k int, c Criterion, kind BlameKind) bool {
	for _, m := range ev.of(c, hit, "") {
		if ev.sentOf(m.from) == k && m.r.kind == kind && !ev.vetoed(m) {
			return true
		}
	}
	// the blame frames: "Did you actually…?", "Heb je Snelnet al
	// gecontacteerd?" blame or pass on; they ask nothing
	s := ev.sentence(k)
	for _, f := range ev.res.Findings {
		if f.Criterion == c && f.Hit && f.Start >= s.start && f.Start <= s.end &&
			(f.Kind == kind || f.Rule == "customer-must-call" || f.Rule == "chase-absent") {
			return true
		}
	}
	return false
}

// shortCheck reports a summary check such as "Klopt dat?" or "Is that
// right?": a short question, or one ending a restatement.
func (ev *evaluator) shortCheck(k int) bool {
	s := ev.sentence(k)
	return s.last-s.first <= 6
}

// contactOffer reports a question that offers a callback ("Kan ik u om
// drie uur terugbellen?"): that is a callback, not a question.
func (ev *evaluator) contactOffer(k int) bool {
	s := ev.sentence(k)
	return ev.agentContactIn(k, s.first, s.last)
}

// agentContactIn reports contact the agent makes between tokens from and to
// of sentence k ("…, and I'll call you at four").
func (ev *evaluator) agentContactIn(k, from, to int) bool {
	s := ev.sentence(k)
	for v := from; v < to; v++ {
		if ev.isContact(v, s) && ev.agentActs(v, s) {
			return true
		}
	}
	return false
}

// embeddedQuestion reports a question word after the opening of
// sentence k: "kunt u kijken of het lampje brandt?" still asks.
func (ev *evaluator) embeddedQuestion(k int) bool {
	s := ev.sentence(k)
	purpose := ev.agentPurpose(s)
	for i := s.first + 2; i < s.last; i++ {
		if !ev.isNative(i, embeddedWords) || i == ev.clauseStart(i) {
			continue
		}
		// Dutch "of" asks "whether" only when a clause follows it, and
		// not right after an identifier ("je klantnummer of je postcode")
		if ev.isNative(i, dutchWhether) && (i+1 >= s.last || !ev.is(i+1, dutchSubjects) || ev.idAt(k, i-1)) {
			continue
		}
		if i+1 < s.last && ev.is(i+1, agentSubjects) {
			continue // "…, dan kijk ik na wat ik voor je kan doen": the agent's own step
		}
		if purpose >= 0 && purpose+1 < i {
			continue // "…so we can see where it's got to": what the agent will look up
		}
		return true
	}
	return false
}

// agentPurpose returns where sentence s first states a purpose of the
// agent's ("so we can", "zodat ik"), past its first word, or -1.
func (ev *evaluator) agentPurpose(s sentence) int {
	for j := s.first + 1; j+1 < s.last; j++ {
		if ev.is(j, purposeMarkers) && ev.is(j+1, agentSubjects) {
			return j
		}
	}
	return -1
}

var embeddedWords = std.set("embedded-words")
var orWords = std.set("or-words")

var dutchSubjects = std.set("dutch-subjects")

// counterfactualNext reports a question that is the condition of a
// counterfactual in the next sentence ("Had u het adres doorgegeven? Dan
// was dit niet gebeurd."): it reproaches, it asks nothing.
func (ev *evaluator) counterfactualNext(k int) bool {
	if k+1 >= len(ev.t.sents) {
		return false
	}
	_, ok := ev.cueIn(k+1, "counterfactual")
	return ok && ev.hitIn(k+1, Blame, BlameCustomer)
}

// accusedNext reports a yes/no question about what the customer did,
// followed by blame that leans on them or on the terms ("Heeft u ze in
// de winter buiten laten staan? Ze zijn niet vorstbestendig, dat stond
// gewoon op het etiket.", "Did you tumble-dry it? The label says not
// to."): the question accuses; it asks nothing the agent will use.
func (ev *evaluator) accusedNext(k int) bool {
	s := ev.sentence(k)
	if k+1 >= len(ev.t.sents) || s.last-s.first < 3 {
		return false
	}
	first := s.first
	for first < s.last && ev.is(first, discourseOpeners) {
		first++
	}
	if first+1 >= s.last || !ev.is(first, askAux) && !ev.is(first, auxOpeners) || !ev.is(first+1, youSubject) {
		return false
	}
	return ev.hitIn(k+1, Blame, BlameCustomer) || ev.hitIn(k+1, Blame, BlameContract)
}

// asksCustomer reports that a detail request m asks the customer, not
// that it describes what the agent will send: "stuur ons een DM met wat
// er gebeurde", not "ik stuur je vanmiddag een mail met wat ik vond".
func (ev *evaluator) asksCustomer(m match) bool {
	if i := m.from + 1; i < m.to && ev.is(i, youObject) && !(i+1 < m.to && ev.is(i+1, letObjects)) {
		return false // "he'll tell you what's happening", "we let you know what happened": the customer is told
	}
	last := m.to - 1
	return !ev.is(last, whWords) || !ev.agentWh(last)
}

// agentWh reports a question word that belongs to the agent's own
// clause: followed by the agent as subject ("met wat ik gevonden heb",
// "DM door, ik bekijk wat ik kan doen"), or after the agent as subject
// of its clause ("ik stuur je morgen een bericht met wanneer hij komt",
// but not "we need you to DM us with what happened").
func (ev *evaluator) agentWh(i int) bool {
	if i+1 < len(ev.t.toks) && ev.t.toks[i+1].sent == ev.t.toks[i].sent && ev.is(i+1, agentSubjects) {
		return true
	}
	return ev.agentSubjectIn(ev.clauseStart(i), i) >= 0
}

// agentSubjectIn returns the last agent subject ("ik", "we", "I") in
// tokens [from, to) that no "us/me/ons" follows there, or -1: after "we
// need you to DM us", the agent is the receiver, not the subject.
func (ev *evaluator) agentSubjectIn(from, to int) int {
	agent := -1
	for i := from; i < to; i++ {
		switch {
		case ev.is(i, agentSubjects):
			agent = i
		case ev.is(i, letObjects):
			agent = -1
		}
	}
	return agent
}

// wondersToCustomer reports that a "wonder" cue m puts a question to the
// customer: "ik vraag me af of…", "I was wondering if…", "ik ben
// benieuwd hoe…", not the agent asking someone else ("ik vraag na of we
// het kunnen vergoeden", "'k vraag aan de technieker wanneer hij komt").
func (ev *evaluator) wondersToCustomer(m match) bool {
	verb := m.from + 1
	if verb >= m.to || !ev.is(verb, askOthersVerbs) {
		return true
	}
	_, asked := ev.has(verb+1, m.to-1, askedOnes)
	return asked
}

var (
	askOthersVerbs = std.set("ask-others-verbs")
	askedOnes      = std.set("asked-ones")
)

// agentGives reports tokens [from, to) of one clause in which the agent
// is the subject of a verb of giving: "ik geef je graag meer info", "dan
// stuur ik je de details", not "kun je me meer info sturen" nor "DM us
// so we can get more info" (no giving verb after the agent).
func (ev *evaluator) agentGives(from, to int) bool {
	agent := ev.agentSubjectIn(from, to)
	if agent < 0 {
		return false
	}
	_, give := ev.has(max(from, agent-1), to, giveVerbs)
	return give
}
