package scoring

import "strings"

// empathy: the reply recognises what the customer feels or what the
// problem does to them. Hits are void when negated, dismissed in the
// same sentence ("rustig maar"), or aimed at the customer's feelings
// instead of the harm ("sorry you feel that way").
func (ev *evaluator) empathy() {
	misses := ev.of(Empathy, miss, "")
	found := false
	var why []match
	mocked := ev.eyeRoll()
	for _, m := range ev.of(Empathy, hit, "") {
		if x, ok := cancelledBy(ev, m, misses); ok {
			why = append(why, x)
			continue
		}
		if mocked || ev.trifled(m) {
			ev.addMatch(m, false, noteSarcasm) // "Twee hele euro's, verschrikkelijk 🙄", "wat erg, een paar minuutjes"
			continue
		}
		if !ev.frameHolds(m) || ev.negationReaches(m.from) && !ev.imagineHow(m) || ev.conditionalClause(m.from) {
			continue
		}
		ev.addMatch(m, true, "")
		found = true
	}
	if !found {
		if m, ok := ev.especiallyFor(); ok {
			ev.add(Empathy, true, "", m.from, ev.clauseEnd(m.from), "f.especially", "")
			found = true
		} else if m, ok := ev.heardAboutYou(); ok {
			ev.add(Empathy, true, "", m.from, ev.clauseEnd(m.from), "f.heard-about-you", "")
			found = true
		} else if from, to, ok := ev.stateForYou(); ok {
			ev.add(Empathy, true, "", from, to, "f.state-for-you", "")
			found = true
		} else if from, to, ok := ev.inTheirPlace(); ok {
			ev.add(Empathy, true, "", from, to, "f.in-their-place", "")
			found = true
		} else if from, to, ok := ev.ordealImpact(); ok {
			ev.add(Empathy, true, "", from, to, ruleOrdeal, "")
			found = true
		} else if from, to, ok := ev.genericNeed(); ok {
			ev.add(Empathy, true, "", from, to, "f.generic-need", "")
			found = true
		}
	}
	ev.res.Criteria.Empathy = found
	if found {
		return
	}
	ev.explain(misses, why)
}

// trifled reports the harm made small in the sentence of sympathy m ("how
// awful, an extra few minutes", "wat erg, een beetje puin"): the
// sympathy is said mockingly.
func (ev *evaluator) trifled(m match) bool {
	_, ok := ev.cueIn(ev.sentOf(m.from), "trifle")
	return ok
}

// especiallyFor: regret or a feeling word, then ", especially when/with…"
// naming the customer's situation ("vervelend om te horen, zeker met een
// lange rit voor de boeg", "I'm so sorry, especially with the kids in
// the car"): the reply names what the problem does to them.
func (ev *evaluator) especiallyFor() (match, bool) {
	for _, m := range ev.of(Empathy, cue, "especially") {
		if m.from == 0 || !ev.gapAt(m.from, ",—–-") {
			continue // "ik bel u zeker als ik iets weet" promises
		}
		s := ev.sentence(ev.sentOf(m.from))
		f, feeling := ev.has(s.first, m.from, feel)
		if feeling {
			// "our colleagues work very hard, especially at busy times"
			// says how the staff feel or work, not the customer
			_, ours := ev.has(ev.clauseStart(f), f, ourPossessives)
			feeling = !ours
		}
		regret := false
		for _, r := range ev.of(Apology, hit, "") {
			regret = regret || r.from >= s.first && r.to <= m.from
		}
		if feeling || regret {
			return m, true
		}
	}
	return match{}, false
}

// heardAboutYou: regret "om te horen" followed by what happens to the
// customer, the customer as the subject ("vervelend om te horen dat u nu
// met de bus naar uw werk moet", "…dat jullie zonder verwarming zaten"):
// like the rubric's "vervelend om te horen dat dit zo moeizaam verliep",
// it names what the problem does to the person, so it is empathy as well
// as apology. Having "problemen" or a "vraag" is the problem itself, and
// "dat je er zo over denkt" the customer's view (like "sorry you feel
// that way"). "Je" before a noun is the customer's thing, not the
// customer ("dat je pakket nog onderweg is").
func (ev *evaluator) heardAboutYou() (match, bool) {
	cues := ev.of(Empathy, cue, "heardyou")
	if len(cues) == 0 {
		return match{}, false
	}
	regrets := ev.of(Apology, hit, "")
	for _, m := range cues {
		s := ev.sentence(ev.sentOf(m.from))
		if _, bare := ev.has(m.to, min(m.to+5, s.last), heardNoImpact); bare {
			continue
		}
		if you := m.to - 1; ev.is(you, subjectOrPossessive) && (m.to >= s.last || !ev.is(m.to, middleFieldOpeners)) {
			continue // "dat je pakket nog onderweg is": the parcel, not the customer
		}
		for _, r := range regrets {
			if r.from >= s.first && r.to <= m.to && r.to >= m.from {
				return m, true // the regret ends where the hearing is
			}
		}
	}
	return match{}, false
}

// stateForYou: a clause that opens "that is …" and judges the situation
// as it bears on the customer or someone of theirs ("That's undignified
// for your mum", "dat is voor u allebei een onrustig idee", "da's een
// flinke omweg voor jou"), whatever word the judgement takes. Questions,
// a verb of ours between ("dat kunnen we voor u doen" has no copula) and
// what the customer gets ("dat is gratis voor u", "for your own safety")
// are not, nor the shrug "that's the X for you".
func (ev *evaluator) stateForYou() (int, int, bool) {
	for k, s := range ev.t.sents {
		if ev.isQuestion(k) {
			continue
		}
		for i := s.first; i+2 < s.last; i++ {
			if i != ev.clauseStart(i) || !ev.is(i, deixisWords) || !ev.is(i+1, stateCopulas) {
				continue
			}
			end := ev.clauseEnd(i)
			f, ok := ev.has(i+2, min(i+8, end), infoFors)
			if !ok || f+1 >= end || !ev.is(f+1, youObject) && !(ev.is(f+1, possessives) && f+2 < end) {
				continue
			}
			if _, gain := ev.has(i+2, min(f+4, end), forYouGains); gain {
				continue
			}
			if _, neg := ev.has(i+1, f, negators); neg {
				continue // "that's not a big problem for you": the harm denied
			}
			return i, end, true
		}
	}
	return 0, 0, false
}

// inTheirPlace: the agent puts themselves in the customer's place in an
// "if" clause of their own ("als mijn medicatie een week zoek was", "if
// it were my car") and says what they would do or feel too, whatever
// the words ("…, zou ik ook op de toppen van mijn tenen staan"):
// conditional solidarity. "Als het morgen niet lukt, zou ik ook de
// monteur bellen" puts no one in the customer's place.
func (ev *evaluator) inTheirPlace() (int, int, bool) {
	for _, s := range ev.t.sents {
		c, ok := ev.has(s.first, min(s.first+2, s.last), hardConditionals)
		if !ok {
			continue
		}
		end := ev.clauseEnd(c)
		_, me := ev.has(c+1, end, singularMe) // "als ik", "als mijn", "if my"; not "als we morgen niets horen"
		if !me || end >= s.last {
			continue
		}
		would, ok := ev.has(end, min(end+3, s.last), condWoulds)
		if !ok {
			continue
		}
		if _, too := ev.has(would+1, min(would+4, s.last), alsoWords); too && ev.agentWould(would) {
			return s.first, ev.clauseEnd(would), true
		}
	}
	return 0, 0, false
}

// agentWould reports the agent as the subject of "zou/would" at w: "zou
// ik", "I'd", "I would".
func (ev *evaluator) agentWould(w int) bool {
	return w+1 < len(ev.t.toks) && ev.is(w+1, firstPerson) || w > 0 && ev.is(w-1, firstPerson)
}

var (
	condWoulds          = std.set("cond-woulds")
	singularMe          = std.set("singular-me")
	stateCopulas        = std.set("state-copulas")
	forYouGains         = std.set("for-you-gains")
	heardNoImpact       = std.set("heard-no-impact")
	subjectOrPossessive = std.set("subject-or-possessive")
	middleFieldOpeners  = std.set("middle-field-openers")
)

// explain adds the near misses of criterion c: the misses that
// cancelled a hit, and the note-only misses that stand alone in their
// clause. Each miss is reported once.
func (ev *evaluator) explain(misses, cancelling []match) {
	seen := map[int]bool{}
	for _, x := range cancelling {
		if !seen[x.from] {
			seen[x.from] = true
			ev.addMatch(x, false, x.r.note)
		}
	}
	for _, x := range misses {
		if seen[x.from] {
			continue
		}
		// a dismissive or non-apologising phrase is worth a hint even when
		// it cancelled nothing; "I understand" is only bare at a clause end
		if x.r.scope == scopeNote && x.r.crit == Empathy && x.to != ev.clauseEnd(x.from) {
			continue
		}
		seen[x.from] = true
		ev.addMatch(x, false, x.r.note)
	}
}

// apology: the agent or the company expresses regret. An apology is
// void when it asks the customer to repeat ("Sorry?"), when a "maar/but"
// in the same sentence takes it back, when it is refused, hedged, or
// aimed at the customer's feelings.
func (ev *evaluator) apology() {
	misses := ev.of(Apology, miss, "")
	found := false
	var why []match
	mocked := ev.eyeRoll()
	for _, m := range ev.of(Apology, hit, "") {
		if x, ok := cancelledBy(ev, m, misses); ok {
			why = append(why, x)
			continue
		}
		if mocked || ev.mockedRegret(m) {
			// "so sorry for your loss of 2 minutes 🙄", "so sorry our baker
			// didn't drop everything for you"
			ev.addMatch(m, false, noteSarcasmSorry)
			continue
		}
		if ev.negatedBefore(m.from, 3) && !ev.ohNoBefore(m.from) {
			ev.addMatch(m, false, noteRefuse)
			continue
		}
		k := ev.sentOf(m.from)
		if ev.isRepeatRequest(k) {
			ev.addMatch(m, false, noteRepeat)
			continue
		}
		if ev.asksPardon(m, k) {
			ev.addMatch(m, false, notePardon)
			continue
		}
		if i, ok := ev.butAfter(m); ok {
			ev.add(Apology, false, "", m.from, i+1, "but-after-sorry", noteButSorry)
			continue
		}
		ev.addMatch(m, true, "")
		found = true
	}
	ev.res.Criteria.Apology = found
	if !found {
		ev.explain(misses, why)
	}
}

// mockedRegret reports a regret m whose sentence goes on to mock the
// customer's expectation: a blame rule tagged "mock" after it ("sorry the
// cards didn't say what you wanted to hear"). Said mockingly, it is no
// apology (rubric: sarcasm).
func (ev *evaluator) mockedRegret(m match) bool {
	k := ev.sentOf(m.from)
	for _, b := range ev.of(Blame, hit, "mock") {
		if b.from >= m.to && ev.sentOf(b.from) == k {
			return true
		}
	}
	return false
}

// eyeRoll reports an eye-roll emoji in the reply ("🙄"): whatever
// sympathy or regret it says, it says mockingly (rubric: sarcasm).
func (ev *evaluator) eyeRoll() bool {
	if strings.IndexByte(ev.t.reply, 0xF0) < 0 {
		return false // no emoji at all, as in most replies: one fast scan
	}
	return strings.ContainsAny(ev.t.reply, eyeRolls)
}

// eyeRolls are the emoji that mark a reply as mocking.
const eyeRolls = "\U0001F644\U0001F612\U0001F643"

// ohNoBefore reports "oh no" just before token i ("oh no, sorry!",
// "och nee, sorry"): an exclamation, not a refusal.
func (ev *evaluator) ohNoBefore(i int) bool {
	s := ev.sentence(ev.sentOf(i))
	j, ok := ev.has(max(s.first, i-3), i, negators)
	return ok && j > s.first && ev.is(j, interjections) && ev.is(j-1, interjections)
}

// isRepeatRequest reports whether sentence k only asks the customer to
// say it again ("Sorry?", "Excuseer, wat zei u?").
func (ev *evaluator) isRepeatRequest(k int) bool {
	s := ev.sentence(k)
	if !s.question {
		return false
	}
	if s.last-s.first <= 2 {
		// "Sorry?", "Wat?", "Excuse me?" ask to repeat; "What happened?",
		// "Welke winkel?" ask about the problem
		return s.last-s.first < 2 || !ev.is(s.first, questionOpeners) || ev.is(s.first+1, repeatSeconds)
	}
	_, ok := ev.cueIn(k, "repeat")
	return ok
}

// asksPardon reports a bare "sorry" that opens question k and goes
// straight on to ask ("Sorry, which station did you say?", "sorry, can I
// take your postcode?", "Sorry, wat bedoel je precies?"): it begs pardon
// for the question and regrets nothing. "Sorry, so the glazier came a
// week late?" recaps and "sorry about that — …" regrets.
func (ev *evaluator) asksPardon(m match, k int) bool {
	s := ev.sentence(k)
	if !s.question || m.from != s.first || m.to-m.from != 1 || m.to >= s.last {
		return false
	}
	if st := ev.t.toks[m.from].start; st > 0 && ev.t.reply[st-1] == '#' {
		return false // "#sorry Kan je…": a hashtag stands on its own
	}
	return ev.is(m.to, pardonNext)
}

var pardonNext = std.set("pardon-next")

var (
	buts          = std.set("buts")
	repeatSeconds = std.set("repeat-seconds")
)

// butAfter finds a "maar/but" after apology m in the same sentence, or
// opening the next one ("Het spijt me. Maar zo staat het in…" joins the
// two as "sorry, maar…" does).
func (ev *evaluator) butAfter(m match) (int, bool) {
	k := ev.sentOf(m.from)
	s := ev.sentence(k)
	if i, ok := ev.has(m.to, s.last, buts); ok && !ev.addsBut(i) && !ev.ownsIn(k) {
		return i, true
	}
	if i, ok := ev.concessiveAl(m, s); ok && !ev.ownsIn(k) {
		return i, true
	}
	if k+1 < len(ev.t.sents) {
		next := ev.sentence(k + 1)
		if next.last > next.first && ev.is(next.first, sentenceButs) {
			return next.first, true
		}
		if i, ok := ev.thoughIn(next); ok {
			return i, true
		}
	}
	return -1, false
}

// concessiveAl finds a Dutch "al" opening a clause after apology m in
// sentence s as "although": a verb, then its subject ("Dat spijt me, al
// belt onze bezorger altijd aan", "…, al schreeuwt Joris nooit"). "al
// drie dagen", "al een week" say "already" and take nothing back.
func (ev *evaluator) concessiveAl(m match, s sentence) (int, bool) {
	for i := m.to; i+2 < s.last; i++ {
		if i != ev.clauseStart(i) || !ev.is(i, concessiveAls) {
			continue
		}
		if ev.t.toks[i+1].number() > 0 || ev.is(i+1, articles) {
			return -1, false // "al een week", "al drie dagen"
		}
		if ev.is(i+2, concessiveSubjects) || ev.unknownName(i+2) {
			return i, true
		}
	}
	return -1, false
}

var (
	concessiveAls      = std.set("concessive-als")
	concessiveSubjects = std.set("concessive-subjects")
)

// thoughIn finds a "though" that closes its clause in sentence s, a
// statement where the agent does nothing: "Sorry about that. The hold is
// placed by the hotel though, not by us" takes the sorry back like a
// "but". "…, though I can't promise it" only hedges what follows, and
// "we'll pass it on though!" or "have you checked the box though?" go
// on helping.
func (ev *evaluator) thoughIn(s sentence) (int, bool) {
	if s.question {
		return -1, false
	}
	if _, acts := ev.agentActsIn(s); acts {
		return -1, false
	}
	for i := s.first + 1; i < s.last; i++ {
		if ev.is(i, afterButs) && ev.clauseEnd(i) == i+1 {
			return i, true
		}
	}
	return -1, false
}

var (
	sentenceButs = std.set("sentence-buts")
	afterButs    = std.set("after-buts")
)

// addsBut reports a "but" at i that adds rather than takes back: "mijn
// excuses voor de late reactie, maar ook voor de storing zelf", "but
// also". A sentence that owns the fault ("sorry, that's our error, the
// order was paid but never shipped") is left to ownsIn.
func (ev *evaluator) addsBut(i int) bool {
	return i+1 < len(ev.t.toks) && ev.t.toks[i+1].sent == ev.t.toks[i].sent && ev.is(i+1, alsoWords)
}

// conditionalClause reports whether token i sits in a clause that opens
// with "als/if": "if you're unhappy, …" supposes, it does not acknowledge.
func (ev *evaluator) conditionalClause(i int) bool {
	cs := ev.clauseStart(i)
	c, ok := ev.has(cs, min(cs+2, i+1), clauseConditionals)
	if !ok {
		return false
	}
	if c+1 < len(ev.t.toks) && ev.is(c+1, firstPerson) {
		return false // "if I were in your shoes, I'd be fuming too": solidarity
	}
	if _, then := ev.has(c+1, i, thenWords); then && ev.is(i, firstPerson) {
		return false // "if the map showed green there, then I'd be cross as well": the agent's own feeling
	}
	// "if that happened to me, I'd be livid", "if my boiler died…, I'd…":
	// the agent in the customer's place, the feeling the agent's own
	_, me := ev.has(c+1, i, firstPerson)
	_, mine := ev.has(c+1, i, ourWords)
	_, says := ev.has(i, min(i+2, len(ev.t.toks)), firstPerson) // "I'd be…", "zou ik ook…"
	return !((me || mine) && says)
}

var ourPossessives = std.set("our-possessives")
