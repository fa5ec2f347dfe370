package scoring

import (
	"slices"
	"strings"
)

// Party frames: a third party named as the one the outcome depends on,
// the one singled out, or the one the case now sits with. Each reads
// the party after or before its cue with partyAt (a supplier word, an
// organisation, a capitalised name that is not the company's own).

// cueParty is a frame of a cue and a third party right after it: the
// cue (a tag of the language files), its rule id, how many words after
// the cue the party may stand, and whether the agent acting in the same
// sentence undoes it ("I'll have it collected by the courier").
type cueParty struct {
	tag, rule   string
	reach       int
	agentUndoes bool
}

// cueParties are the frames of a cue followed by a party.
var cueParties = [...]cueParty{
	// "the delivery time depends on USPS", "dat hangt af van Proximus":
	// the outcome is put in a third party's hands
	{"depends", "depends-on", 6, false},
	// "at this point it's with your bank", "het ligt nu bij de koerier":
	// the case sits with a third party, not with us
	{"itswith", "its-with", 4, false},
	// "any refund would go through the airline", "dat loopt via de
	// netbeheerder": routed through a third party
	{"via", "goes-via", 4, true},
	// "fines are issued by the parking company", "de afspraken worden
	// gepland door het ziekenhuis": a passive naming who acts
	{"byparty", "done-by", 5, true},
	causeLink,
}

// causeLink: "dat komt door de kapsalon zelf", "te wijten aan de
// taxateur": a causal link to a party, whatever it is called.
var causeLink = cueParty{"causelink", "caused-by", 5, true}

// cuePartyHit reads frame f in sentence k: its cue, not negated, with a
// party within f.reach words after it.
func (ev *evaluator) cuePartyHit(k int, s sentence, f cueParty) (blameHit, bool) {
	m, ok := ev.cueIn(k, f.tag)
	if !ok || ev.negatedBefore(m.from, 2) || ev.negatedInside(m) {
		return blameHit{}, false
	}
	if _, acts := ev.agentActsIn(s); acts && f.agentUndoes {
		return blameHit{}, false
	}
	if m.to < s.last && ev.is(m.to, inWords) {
		return blameHit{}, false // "it'll be in your bank tomorrow": where the money will be, not whose it is
	}
	if _, will := ev.has(m.from, m.to, futureAux); will && f.tag == "itswith" && ev.timeBefore(k, m.from) {
		return blameHit{}, false // "from next week it'll be Sam every session": who will do it, not whose fault
	}
	if p, kind, ok := ev.partyAfter(m.to, min(m.to+f.reach, s.last)); ok {
		return blameHit{m.from, p + 1, kind, f.rule}, true
	}
	return blameHit{}, false
}

var oneThingNouns = std.set("one-thing-nouns")

// theOnes: "Lenovo are the ones running behind on parts", "de koerier
// is de enige die…", "the bank is responsible for that": a third party
// singled out as the cause, read before the cue.
func (ev *evaluator) theOnes(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "theones")
	if !ok || m.to < s.last && ev.is(m.to, oneThingNouns) {
		return blameHit{}, false // "originals are the one thing you can't print again"
	}
	// not "we're the ones who…", "you're the one who…", "the bank isn't responsible"
	lo := max(s.first, m.from-4)
	p, kind := ev.partyBefore(m.from-1, lo)
	switch {
	case kind != NoBlame:
		return blameHit{p, m.to, kind, "the-ones"}, true
	case p < lo && lo == s.first && ev.unknownName(s.first):
		return blameHit{s.first, m.to, BlameSupplier, "the-ones"}, true // "Evri are the ones…"
	}
	return blameHit{}, false
}

// partyBefore reads back from token from to token lo for the party a
// frame's verb belongs to. It returns where it stopped and the party's
// kind: NoBlame when the company, the customer or a negation comes first
// ("our team decides", "your bank sets", "the bank isn't responsible"),
// or when it ran past lo (then the position is lo-1).
func (ev *evaluator) partyBefore(from, lo int) (int, BlameKind) {
	for p := from; p >= lo; p-- {
		if ev.isUs(p) || ev.is(p, secondPerson) || ev.is(p, negators) {
			return p, NoBlame
		}
		if kind := ev.partyAt(p); kind != NoBlame {
			return p, kind
		}
	}
	return lo - 1, NoBlame
}

// partyAfter finds the first party in tokens [from, to): "your bank" is
// a third party although it is the customer's; "us", "our team" and
// the customer themselves end the search.
func (ev *evaluator) partyAfter(from, to int) (int, BlameKind, bool) {
	for p := from; p < to; p++ {
		if ev.isUs(p) {
			if ev.is(p, ourWords) && p+1 < to && ev.partyNoun(p+1) {
				return p + 1, BlameSupplier, true // "onze hostingpartij", "our delivery partner"
			}
			return 0, NoBlame, false
		}
		if ev.is(p, secondPerson) {
			if p+1 < to && supplierWords.has(ev.t.toks[p+1].norm) && !ev.notAParty(p+1) {
				return p + 1, BlameSupplier, true // "your bank"
			}
			return 0, NoBlame, false // "depends on your tariff"
		}
		if kind := ev.partyAt(p); kind != NoBlame {
			return p, kind, true
		}
	}
	return 0, NoBlame, false
}

// partyNoun reports token p as a noun for another company: a supplier
// word or an organisation's head ("partner", "hostingpartij"), not a
// name, nor a supplier word that names no party here (notAParty). "Our
// partner" is still a third party.
func (ev *evaluator) partyNoun(p int) bool {
	w := ev.t.toks[p].norm
	return supplierNoun(w) && !ev.notAParty(p) || ev.orgHeadAt(p)
}

// notOrgHeads end in an organisation's head noun but are things or acts,
// and so is every word that ends in one of them.
var notOrgHeads = std.set("not-org-heads")

// supplierNoun reports w as a supplier word, singular or plural
// ("courier", "couriers").
func supplierNoun(w string) bool {
	return supplierWords.has(w) || supplierWords.has(strings.TrimSuffix(w, "s"))
}

// orgHeadAt is orgHead of token i's word, worked out once per token (the
// frames ask it of the same words many times).
func (ev *evaluator) orgHeadAt(i int) bool {
	tk := &ev.t.toks[i]
	if tk.org == 0 {
		tk.org = 1
		if orgHead(tk.norm) {
			tk.org = 2
		}
	}
	return tk.org == 2
}

// orgHead reports a word that ends in an organisation's head noun
// ("partner", "incassobureau", "hostingpartij", "drukkerij"), unless it
// ends in one of the things or acts that end in one ("thuisbatterij",
// "oplichterij", "confirm").
func orgHead(w string) bool {
	return orgHeadEnds.endsIn(w) && !notOrgHeadEnds.endsIn(w)
}

// suffixSet answers "does w end in one of these words?" with one map
// lookup per distinct word length instead of one comparison per word.
type suffixSet struct {
	lens []int           // distinct lengths, ascending
	ends map[string]bool // the words
}

// newSuffixSet indexes words by length.
func newSuffixSet(words []string) suffixSet {
	s := suffixSet{ends: make(map[string]bool, len(words))}
	for _, w := range words {
		s.ends[w] = true
		if !slices.Contains(s.lens, len(w)) {
			s.lens = append(s.lens, len(w))
		}
	}
	slices.Sort(s.lens)
	return s
}

// endsIn reports whether w ends in one of the set's words.
func (s suffixSet) endsIn(w string) bool {
	for _, n := range s.lens {
		if n > len(w) {
			return false
		}
		if s.ends[w[len(w)-n:]] {
			return true
		}
	}
	return false
}

// orgHeadEnds and notOrgHeadEnds index the head nouns for orgHead; built
// once, read only.
var (
	orgHeadEnds    = newSuffixSet(orgHeads.list)
	notOrgHeadEnds = newSuffixSet(notOrgHeads.list)
)

// endsInOne reports whether w ends in one of ends.
func endsInOne(w string, ends []string) bool {
	return slices.ContainsFunc(ends, func(e string) bool { return strings.HasSuffix(w, e) })
}

// usIn reports the company or the agent among tokens [from, to).
func (ev *evaluator) usIn(from, to int) bool {
	for i := from; i < to; i++ {
		if ev.isUs(i) {
			return true
		}
	}
	return false
}

// isUs reports token p as the company or the agent: "our", "I", "us".
func (ev *evaluator) isUs(p int) bool {
	return ev.is(p, ourWords) || ev.is(p, firstPerson) || ev.is(p, usWords)
}

// unknownName reports token p as a capitalised word the lexicon does not
// know: a name even where a sentence starts ("Evri are the ones…").
func (ev *evaluator) unknownName(p int) bool {
	tk := &ev.t.toks[p]
	if tk.kind != tWord || tk.id != 0 || (tk.flags != nil && *tk.flags != (setFlags{})) || ev.s.skip[tk.norm] || len(tk.norm) < 2 || ev.fromContraction(p) {
		return false
	}
	return ev.capitalised(p) && p < signatureStart(ev.t) // "^Zoe" signs the reply, it names no party
}

// faultOfParty: a fault placed at a third party ("een algemene panne
// bij Proximus", "the fault is with Openreach", "a problem with the mast
// of Proximus", "een storing bij onze hostingpartij"): the cause is
// elsewhere. The party follows "bij", "with", "van" or "of": a name
// that is no place ("in de regio Gent"), or a word for another company
// (partyNoun), "our" one too.
func (ev *evaluator) faultOfParty(k int, s sentence) (blameHit, bool) {
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, faultWords) || ev.negatedBefore(i, 3) {
			continue
		}
		for p := i + 2; p < min(i+8, s.last); p++ {
			if ev.is(p, negators) {
				break // "niet afkomstig van Orange" denies it comes from them
			}
			if q, ok := ev.faultParty(p, !ev.is(i, faultNotProblem)); ok {
				return blameHit{i, q + 1, BlameSupplier, "fault-of-party"}, true
			}
			if ev.isUs(p) || ev.is(p, secondPerson) {
				break // "een storing bij ons", "a fault on your line"
			}
		}
	}
	return blameHit{}, false
}

// faultParty reads the party a fault is placed at, right after a
// preposition at token p, and returns its last token: a name ("bij
// KPN"), or, when nouns is set, a word for another company ("bij de
// hostingpartij") or one of ours that is still another company ("bij
// onze hostingpartij"). nouns is off for a word that names no problem
// ("de notitie van de bezorger").
func (ev *evaluator) faultParty(p int, nouns bool) (int, bool) {
	switch {
	case !ev.is(p-1, partyPreps) && !(ev.is(p-1, articles) && p >= 2 && ev.is(p-2, partyPreps)):
		return 0, false
	case nouns && ev.is(p, ourWords) && p+1 < len(ev.t.toks) && ev.partyNoun(p+1):
		return p + 1, true
	case nouns && ev.partyNoun(p):
		return p, true
	case ev.is(p-1, partyPreps) && ev.unknownName(p) && !ev.asPlace(p) && !ev.is(p-2, areaWords):
		return p, true // not "a fault affecting parts of Bristol": where, not whose
	}
	return 0, false
}

var (
	inWords    = std.set("in-words")
	freeWords  = std.set("free-words")
	toOm       = std.set("to-om")
	partyPreps = std.set("party-preps")
	areaWords  = std.set("area-words")
)

// partyDecides: a third party as the subject that handles or decides it
// ("the courier company handles all of that", "the loss adjuster sets the
// payout", "de kapsalon beheert zijn eigen agenda"): the matter is theirs,
// even when the agent goes on to chase them (the rubric's true explanation).
func (ev *evaluator) partyDecides(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "partyacts")
	if !ok || ev.negatedInside(m) || m.from+1 < s.last && ev.is(m.from+1, negators) {
		return blameHit{}, false // "the bank doesn't decide", "de bank beslist niet"
	}
	if ev.capitalised(m.from) {
		return blameHit{}, false // "Billing > Manage plan": a menu, not a verb
	}
	if _, cond := ev.has(ev.clauseStart(m.from), m.from, hardConditionals); cond {
		return blameHit{}, false // "zodra de bank het regelt, …" supposes
	}
	lo := max(ev.clauseStart(m.from), m.from-3)
	p, kind := ev.partyBefore(m.from-1, lo)
	if kind != NoBlame {
		return blameHit{p, m.to, kind, "party-decides"}, true
	}
	if p >= lo {
		return blameHit{}, false // stopped at "our team decides", "your bank sets"
	}
	if p, kind := ev.modalDecider(m); kind != NoBlame {
		return blameHit{p, m.to, kind, "party-decides"}, true
	}
	return ev.invertedDecider(k, m)
}

// modalDecider reads the party before a modal that the verb m ends the
// clause after, as Dutch puts it ("iedere maatschappij mag zelf haar
// prijzen bepalen"), or before "is vrij om" / "is free to" ("elke
// provider is vrij om zijn tarieven te bepalen"): the party decides all
// the same. Nothing between the modal and the verb may be us, the
// customer or a negation.
func (ev *evaluator) modalDecider(m match) (int, BlameKind) {
	cs := ev.clauseStart(m.from)
	for q := m.from - 1; q >= max(cs, m.from-6); q-- {
		if ev.isUs(q) || ev.is(q, secondPerson) || ev.is(q, negators) {
			return 0, NoBlame
		}
		free := ev.is(q, freeWords) && ev.is(q+1, toOm) && q > cs && ev.is(q-1, beVerbs)
		if !ev.is(q, modals) && !free {
			continue
		}
		if free {
			q-- // "is free to", "is vrij om"
		}
		lo := max(cs, q-3)
		if p, kind := ev.partyBefore(q-1, lo); kind != NoBlame {
			return p, kind
		}
		return 0, NoBlame
	}
	return 0, NoBlame
}

// invertedDecider reads the party after the verb where Dutch puts the
// subject: "Over terugbetaling beslist de organisator", "Wat vergoed
// wordt, bepaalt de verzekeraar". The verb opens its clause or follows a
// fronted "over/voor…"; a question only asks who decides, and "uw
// verzekeraar" is left alone as partyDecides leaves "your bank".
func (ev *evaluator) invertedDecider(k int, m match) (blameHit, bool) {
	c := ev.clauseStart(m.from)
	if m.from != c && !ev.is(c, overVoor) || ev.isQuestion(k) {
		return blameHit{}, false
	}
	for p := m.to; p < min(m.to+2, ev.clauseEnd(m.from)); p++ {
		if ev.isUs(p) || ev.is(p, secondPerson) {
			break // "bepalen wij", "regel je zelf"
		}
		if kind := ev.partyAt(p); kind != NoBlame {
			return blameHit{m.from, p + 1, kind, "party-decides"}, true
		}
	}
	return blameHit{}, false
}

// partySide: "the hold-up is on the courier's side", "it's at Evri's
// end", "it's in Royal Mail's hands": the side of a third party, the
// word before "side", "end" or "hands" (the possessive's "'s" is gone
// from the tokens). "Our side" and "your end" are other frames'
// (ourSideFine, the customer's side).
func (ev *evaluator) partySide(k int, s sentence) (blameHit, bool) {
	m, ok := ev.cueIn(k, "partyside")
	if !ok || ev.negatedBefore(m.from, 3) {
		return blameHit{}, false // "the fault isn't on the bank's side"
	}
	p := m.to - 2
	if p <= m.from || ev.isUs(p) || ev.is(p, secondPerson) {
		return blameHit{}, false
	}
	if ev.partyAt(p) != NoBlame || ev.nameEndsAt(p, m.from) {
		return blameHit{m.from, m.to, BlameSupplier, "party-side"}, true
	}
	if ev.is(p, theirWords) && ev.partyNamedBefore(k, m.from) {
		return blameHit{m.from, m.to, BlameSupplier, "party-side"}, true // "…the promoter…, so it's in their hands"
	}
	return blameHit{}, false
}

// nameEndsAt reports a name that ends at token p, after token from: an
// unknown capitalised word ("Evri"), or a capitalised word after one
// ("Royal Mail", where "mail" alone is a word the lexicon knows). A place
// names where, not who.
func (ev *evaluator) nameEndsAt(p, from int) bool {
	if ev.unknownName(p) && !ev.asPlace(p) {
		return true
	}
	q := p - 1
	return q > from && ev.capitalised(p) && ev.unknownName(q) && !ev.asPlace(q)
}

// partyNamedBefore reports a third party named before token to in
// sentence k or in the sentence before it: the one "their" points back to.
func (ev *evaluator) partyNamedBefore(k, to int) bool {
	from := ev.t.sents[max(0, k-1)].first
	for p := from; p < to; p++ {
		if ev.partyAt(p) != NoBlame {
			return true
		}
	}
	return false
}

// theirWords is "their"/"hun", read by partySide as pointing back.
var theirWords = std.set("their-words")

// timeBefore reports a time expression in sentence k that ends at or
// before token i ("from next week", "vanaf maandag"): what follows is
// planned for then.
func (ev *evaluator) timeBefore(k, i int) bool {
	for _, tx := range ev.sentTimes(k) {
		if tx.to <= i {
			return true
		}
	}
	return false
}
