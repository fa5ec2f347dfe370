package scoring

// A situation clause states something about the customer's situation
// rather than about the agent or the company: it is not in a question and
// has no first-person word ("a whole morning off work for a no-show",
// "dan sta je daar in de regen"; not "I'll call you at three", "Kun je
// ons een foto sturen?"). Empathy's learned weights read only the words
// of such clauses (see ReadsFeature), so what the model finds is
// always quoted from one: a trainee is never told that booking a call or
// asking for a photo showed understanding.

// agentPersons are the words that make a clause about the agent or the
// company: I, we, us, our, my and their Dutch forms.
var agentPersons = std.set("agent-persons")

// situationCriterion is the criterion whose model reads situation clauses.
const situationCriterion = Empathy

// situations marks, per clause of the reply, whether it is a situation
// clause, computed once per reply.
func (ev *evaluator) situations() []bool {
	if ev.sits != nil {
		return ev.sits
	}
	var sits []bool
	if ev.sc != nil {
		sits = ev.sc.sits[:0]
	}
	for _, cl := range ev.t.clauses {
		sits = append(sits, ev.isSituation(cl))
	}
	if ev.sc != nil {
		ev.sc.sits = sits
	}
	ev.sits = sits
	return sits
}

// isSituation reports whether the clause cl (a token range) is a
// situation clause: two words or more, outside a question, none of them
// the agent's.
func (ev *evaluator) isSituation(cl span) bool {
	words := 0
	for i := cl.first; i < cl.last; i++ {
		tk := &ev.t.toks[i]
		if ev.t.sents[tk.sent].question || agentPersons.in(tk) {
			return false
		}
		if tk.kind == tWord {
			words++
		}
	}
	return words >= 2
}

// hasSituation reports whether the reply has a situation clause before
// the agent's signature: the cue a model adding empathy needs.
func (ev *evaluator) hasSituation() bool {
	sits := ev.situations()
	end := signatureStart(ev.t)
	for i, ok := range sits {
		if ok && ev.t.clauses[i].first < end {
			return true
		}
	}
	return false
}
