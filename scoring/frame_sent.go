package scoring

// sentAsTold: the company's notice reported as sent, in answer to a
// complaint ("Die brief is op 2 april naar je adres verstuurd.", "the
// price change was emailed to all members in October"): what the
// customer says they never got is said to have gone out, so the fault
// must be on their side (rubric: denial, settled case 3, "everything was
// sent correctly"). The frame starts at the notice word (a letter, an
// invoice, a reminder, an email) and needs a form of "to be" right after
// it and a participle of sending later in the clause, with no negation
// between ("de brief is niet verstuurd", "is ten onrechte verstuurd" own
// a lapse). Left alone in a question, a supposition or a where/whether
// clause ("ik kijk waar de brief naartoe is gestuurd"), after a modal
// ("which you would have been sent"), and when the agent acts on it in
// the same sentence. The notice may be the head of a Dutch compound
// ("de annuleringsmail is dinsdag verstuurd"). frameHits leaves it alone
// beside other help unless the reply insists, as it does a status that
// our side is fine.
func (ev *evaluator) sentAsTold(k int, s sentence) (blameHit, bool) {
	for i := s.first; i+2 < s.last; i++ {
		if !ev.is(i+1, sentAux) && !ev.is(i+2, sentAux) || !ev.isNotice(i) {
			continue // the cheap test first: "is" or "was" must follow
		}
		cs, ce := ev.clauseStart(i), ev.clauseEnd(i)
		if _, w := ev.has(cs, i, whetherWords); w {
			continue
		}
		if r, ok := ev.has(cs, i, relatives); ok && r != i-1 {
			continue // "…wat er in de brief stond die is verstuurd"; "die brief is…" opens on the noun's own article
		}
		a := i + 1
		if a < ce && !ev.is(a, sentAux) {
			a++ // "die brief is", "the reminder letter was"
		}
		if a >= ce || !ev.is(a, sentAux) {
			continue
		}
		end := min(a+10, ce) // Dutch puts the participle last: "is op 4 juni naar uw adres verstuurd"
		for p := a + 1; p < end; p++ {
			if ev.is(p, negators) || ev.is(p, modals) || ev.is(p, wouldWords) || ev.is(p, sentWrongly) {
				break
			}
			if !ev.is(p, sentParticiples) {
				continue
			}
			if _, cond := ev.has(s.first, i, conditionals); cond {
				return blameHit{}, false
			}
			if _, acts := ev.agentActsIn(sentence{first: p + 1, last: s.last}); acts {
				return blameHit{}, false // "the letter was sent to the old address, so I'll resend it"
			}
			return blameHit{i, p + 1, BlameDenial, "sent-as-told"}, true
		}
	}
	return blameHit{}, false
}

// isNotice reports a notice word at token i, also as the head of a Dutch
// compound ("annuleringsmail", "betalingsherinnering").
func (ev *evaluator) isNotice(i int) bool {
	return ev.is(i, noticeNouns) || compoundHead(ev.t.toks[i].norm, noticeNouns.list) != ""
}

var (
	// what the company sends to tell the customer: a letter, an
	// invoice, a reminder, an email, a text
	noticeNouns = std.set("notice-nouns")
	// "is", "was", "werd", "has been" before a participle of sending
	sentAux = std.set("sent-aux")
	// verstuurd, sent, emailed…
	sentParticiples = std.set("sent-participles")
	// sent in error owns it: "ten onrechte verstuurd", "sent by mistake"
	sentWrongly = std.set("sent-wrongly")
)
