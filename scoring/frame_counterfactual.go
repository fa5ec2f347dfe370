package scoring

import "strings"

// ifYouHad: the customer's own past step, supposed undone, as what would
// have prevented it ("if you'd sent everything together it would've
// been quicker", "had you kept the receipt, this would have been easy",
// "als je op tijd had opgezegd, had je die factuur niet gekregen",
// "had u het formulier ingestuurd, dan was het geregeld"): a
// counterfactual that puts the fault with the customer. The if-clause
// needs the customer as subject and a past participle ("if you'd like"
// offers), and a would-clause after it ("that shouldn't have happened
// if you'd cancelled" owns it).
func (ev *evaluator) ifYouHad(k int, s sentence) (blameHit, bool) {
	for i := s.first; i+2 < s.last; i++ {
		if !ev.is(i+1, youSubject) {
			continue
		}
		switch {
		case ev.is(i, ifWords):
			if end, ok := ev.hadParticiple(i+2, s.last); ok && ev.wouldAfter(end, s.last) {
				return blameHit{i, end, BlameCustomer, "if-you-had"}, true
			}
		case i == s.first && ev.is(i, hadAux) && !ev.is(i, wouldWords):
			if end, ok := ev.participleIn(i+2, min(ev.clauseEnd(i), s.last)); ok && ev.wouldAfter(end, s.last) {
				return blameHit{i, end, BlameCustomer, "if-you-had"}, true
			}
		}
	}
	return blameHit{}, false
}

// hadParticiple finds "had" (or "would", as "you'd" is read) and a past
// participle after it in the clause that starts at i: "you'd sent",
// "you had already paid", Dutch "je die mail had gelezen", or the
// participle just before it ("als u echt betaald had"). It returns the
// token after the two.
func (ev *evaluator) hadParticiple(i, last int) (int, bool) {
	end := min(ev.clauseEnd(i), last)
	for j := i; j < end && j < i+7; j++ {
		if !ev.is(j, hadAux) {
			continue
		}
		if after, ok := ev.participleIn(j+1, min(j+4, end)); ok {
			return after, true
		}
		if j > i {
			if _, ok := ev.participleIn(j-1, j); ok {
				return j + 1, true // Dutch verb last: "als u echt betaald had"
			}
		}
		return 0, false
	}
	return 0, false
}

// participleIn finds the first past participle in tokens [from, to)
// ("had u het formulier op tijd ingestuurd"), returning the token after it.
func (ev *evaluator) participleIn(from, to int) (int, bool) {
	for j := from; j < to; j++ {
		if ev.is(j, irregularParticiples) || regularParticiple(ev.t.toks[j].norm) {
			return j + 1, true
		}
	}
	return 0, false
}

// wouldAfter reports a would-clause from token i on: English "would",
// "could" or "might", or a Dutch main clause that opens on its verb or on
// "dan" ("…, had je die factuur niet gekregen", "…, dan was het
// geregeld"), also right after the if-clause without a comma ("als u
// dat had aangehouden was hij zijn maat gebleven").
func (ev *evaluator) wouldAfter(i, last int) bool {
	for j := i; j < last; j++ {
		if ev.is(j, wouldWords) || ev.is(j, wouldOpens) && (j == ev.clauseStart(j) || j == i) {
			return true
		}
	}
	return false
}

// regularParticiple reports a word shaped like a regular past
// participle: English "-ed" ("sent" and other irregular ones are a word
// set), Dutch "ge…d/t/en", also after a separable prefix ("opgezegd",
// "ingestuurd", "doorgegeven").
func regularParticiple(w string) bool {
	if len(w) < 4 {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	last := w[len(w)-1]
	if last != 'd' && last != 't' && last != 'n' {
		return false
	}
	ge := strings.Index(w, "ge")
	return ge >= 0 && ge <= 5 && len(w)-ge > 4
}

var (
	ifWords              = std.set("if-words")
	hadAux               = std.set("had-aux")
	wouldWords           = std.set("would-words")
	wouldOpens           = std.set("would-opens")
	irregularParticiples = std.set("irregular-participles")
)
