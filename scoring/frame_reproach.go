package scoring

// unheeded reports, in the rest [from, to) of a yes/no question to the
// customer, a negation and then a verb of noticing: "Had u dat bord niet
// gezien?", "didn't you see the sign?" reproach the customer for missing
// what was there. "Heeft u de mail
// niet ontvangen?" asks what happened, and "nog niet gezien" (not yet)
// asks too.
func (ev *evaluator) unheeded(from, to int) bool {
	h, heed := ev.has(from, to, heedVerbs)
	if !heed {
		return false
	}
	// the negation bears on the noticing: "have you noticed anything you
	// don't recognise?" asks
	if _, neg := ev.has(from-2, h, negators); !neg {
		return false
	}
	_, yet := ev.has(from-2, to, notYetWords)
	return !yet
}

// checkedBefore reports, in the rest [from, to) of a yes/no question to
// the customer, a verb of noticing or checking and later "before you…"
// or "before" and the customer's act ("before ordering"): "did you look
// at the order summary before you paid?", "heeft u de maat gecontroleerd
// voordat u bestelde?", "did you measure it before you flew?" ask what
// the customer should have done first.
// "Did you notice it before the driver left?" asks when the damage came.
func (ev *evaluator) checkedBefore(from, to int) bool {
	h, heed := ev.has(from, to, heedVerbs)
	if !heed {
		h, heed = ev.has(from, to, checkedVerbs)
	}
	if !heed {
		return false
	}
	b, before := ev.has(h+1, to, beforeWords)
	return before && b+1 < to && (ev.is(b+1, youSubject) || ev.is(b+1, beforeActs))
}

// checkedEarlier reports a yes/no question in the pluperfect about
// noticing or checking, opened at first: "Had u even op de kalender
// gekeken?", "Had je de handleiding gelezen?" ask what the customer
// should have done. "Had u de monteur al gezien?" asks what happened,
// and "Had je mijn vorige bericht gezien?" points to the agent's own.
func (ev *evaluator) checkedEarlier(first, from, to int) bool {
	if !ev.is(first, pluperfectAux) {
		return false
	}
	if _, heed := ev.has(from, to, heedVerbs); !heed {
		return false
	}
	_, already := ev.has(from, to, alreadyWords)
	_, mine := ev.has(from, to, myWords)
	return !already && !mine
}

// thenWould reports a sentence that opens on an outcome that would have
// followed: "Dan was je voorschot al aangepast.", "Then it would have
// been covered." After a yes/no question about what the customer did,
// it makes the question a reproach. "Dan kan ik het nakijken" offers,
// and "then we could refund it" (no "have") is a plan.
func (ev *evaluator) thenWould(s sentence) bool {
	if s.last-s.first < 3 || !ev.is(s.first, thenWords) {
		return false
	}
	if ev.is(s.first+1, wouldOpens) {
		return true
	}
	for j := s.first + 1; j < min(s.first+4, s.last-1); j++ {
		if ev.is(j, wouldWords) && (ev.is(j+1, haveWords) || j+2 < s.last && ev.is(j+2, haveWords)) {
			return true
		}
	}
	return false
}

var (
	// verbs of noticing what was there: see, read, notice, think of
	heedVerbs   = std.set("heed-verbs")
	beforeWords = std.set("before-words")
	// verbs of checking or measuring, for checkedBefore: "did you measure
	// it before you flew?"
	checkedVerbs = std.set("checked-verbs")
	// the customer's act after "before": "before ordering"
	beforeActs = std.set("before-acts")
	// "had" opening a question about what the customer had checked
	pluperfectAux = std.set("pluperfect-aux")
	// "al", "already": what happened, not what should have
	alreadyWords = std.set("already-words")
	// "not yet": "nog niet gezien", "haven't you seen it yet?" ask
	notYetWords = std.set("not-yet-words")
)
