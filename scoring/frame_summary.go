package scoring

import (
	"slices"
	"strings"
)

// Summary frames: a recap after "so/dus" or a marker, not a plan or a
// question.

// recapFollows reports that what follows summary marker m recaps rather
// than asks or plans: its first word is no question word ("Just to
// clarify, which device…?"), no auxiliary opening a question ("Just to
// check, did you…?"), and not the agent's plan or a condition
// ("genoteerd: als we weer onderbroken worden, bel ik…").
func (ev *evaluator) recapFollows(m match) bool {
	i := m.to
	if i < len(ev.t.toks) && ev.t.toks[i].clause == ev.t.toks[m.from].clause {
		i = ev.clauseEnd(m.from) // the recap starts after the marker's clause
	}
	if i >= len(ev.t.toks) || ev.t.toks[i].sent != ev.t.toks[m.from].sent {
		return true // the recap is in the sentences around it
	}
	return !ev.is(i, whWords) && !ev.is(i, askAux) && !ev.is(i, recapStoppers)
}

// summaryFrames finds a recap of two or more facts without a marker
// phrase: "(Okay,) so/dus" opening a sentence of joined facts ("So the
// router never powered on, and since then you've been on your hotspot"),

func (ev *evaluator) summaryFrames() bool {
	if ev.listThenCheck() || ev.colonRecap() || ev.ackRecap() {
		return true
	}
	for _, s := range ev.t.sents {
		i := s.first
		if end := ev.clauseEnd(i); end-i <= 3 && end+1 < s.last && ev.is(end, soWords) {
			i = end // "Hi Jack, so the screen cracked…", "I see, so the sign says…"
		}
		for i < s.last && ev.is(i, discourseOpeners) {
			i++
		}
		if i+1 < s.last && ev.is(i, soWords) && !ev.is(i+1, whWords) && !ev.is(i+1, askAux) {
			// "so I can…", "so sorry", "so you can…" go on otherwise; a check
			// later in the sentence ("have I understood that?") may say "I"
			_, stop := ev.has(i+1, min(i+3, s.last), recapStoppers)
			_, me := ev.has(i+1, ev.clauseEnd(i+1), firstPerson)
			if !stop && !me && ev.factsIn(i+1, s.last) >= 2 && s.last-i >= 8 {
				ev.add(Summary, true, "", s.first, s.last, "f.so-recap", "")
				ev.markRecap(s.first, s.last, false)
				return true
			}
		}
	}
	return false
}

// factsIn counts the facts laid out in tokens [from, to): clauses, and
// facts joined inside a clause ("…and then…", "…terwijl…").
func (ev *evaluator) factsIn(from, to int) int {
	if to <= from {
		return 0
	}
	n := ev.t.toks[to-1].clause - ev.t.toks[from].clause + 1
	for i := from + 1; i < to; i++ {
		if ev.is(i, recapJoins) && i != ev.clauseStart(i) {
			n++
		}
	}
	return n
}

var (
	discourseOpeners = std.set("discourse-openers")
	recapJoins       = std.set("recap-joins")
	recapStoppers    = std.set("recap-stoppers")
	askAux           = std.set("ask-aux")
)

// cueBetween reports a cue tagged tag starting in tokens [from, to).
func (ev *evaluator) cueBetween(from, to int, tag string) bool {
	lo, _ := slices.BinarySearchFunc(ev.ms, from, func(m match, first int) int { return m.from - first })
	for _, m := range ev.ms[lo:] {
		if m.from >= to {
			break
		}
		if m.r.role == cue && m.r.tag == tag {
			return true
		}
	}
	return false
}

// listThenCheck finds facts laid out as a list and closed by a check,
// with no "so" or marker: "Paid for next day, got it in four, and
// chipped on arrival, yeah?", "Vijf uur vertraging, aansluiting gemist,
// een nacht op een bankje. Heb ik 't zo volledig?". The check is a short
// last clause of the same sentence, perhaps before the customer's name
// ("…, right, Mina?"), or a short question right after.
func (ev *evaluator) listThenCheck() bool {
	for k, s := range ev.t.sents {
		if !ev.isQuestion(k) {
			continue
		}
		end := s.last
		last := ev.clauseStart(end - 1)
		if last > s.first && last == end-1 && ev.unknownName(last) {
			end, last = last, ev.clauseStart(last-1) // "…, right, Mina?": the check before the name
		}
		if last > s.first && end-last <= 4 && ev.checks(last, end) && ev.listIn(s.first, last, ev.factsChecked(last, end)) {
			return ev.addListRecap(s.first, s.last)
		}
		if k > 0 && s.last-s.first <= 7 && ev.checks(s.first, s.last) {
			p := ev.sentence(k - 1)
			if !ev.isQuestion(k-1) && ev.listIn(p.first, p.last, ev.factsChecked(s.first, s.last)) {
				return ev.addListRecap(p.first, s.last)
			}
		}
	}
	return false
}

// factsChecked is how many facts a list needs before the check in
// tokens [from, to). Two before a check that asks whether the agent has
// it right: "Have I got both of those right?", "is that everything?", a
// closing "…, right?" (not "right now"). Three before a bare check word:
// "Anything else?" and "Is alles in orde?" ask about more than a recap.
func (ev *evaluator) factsChecked(from, to int) int {
	if ev.is(to-1, rightChecks) || ev.cueBetween(from, to, "check") {
		return 2
	}
	return 3
}

var rightChecks = std.set("right-checks")

// checks reports a check word in tokens [from, to): "right", "klopt",
// "volledig", "that the lot".
func (ev *evaluator) checks(from, to int) bool {
	if _, wh := ev.has(from, to, whWords); wh {
		return false // "aan welke automaat was dat juist?" asks
	}
	if ev.adminBetween(ev.sentOf(from), from, to) {
		return false // "Klopt dat nummer nog?" checks the channel (settled 23)
	}
	_, ok := ev.has(from, to, recapChecks)
	return ok || ev.cueBetween(from, to, "check")
}

// listIn reports at least n clauses or joined facts in tokens [from,
// to), with no first-person plan among them ("I'll call, then…").
func (ev *evaluator) listIn(from, to, n int) bool {
	if to-from < 6 || ev.factsIn(from, to) < n {
		return false
	}
	_, acts := ev.agentActsIn(sentence{first: from, last: to})
	return !acts
}

// addListRecap records the summary found by listThenCheck.
func (ev *evaluator) addListRecap(from, to int) bool {
	ev.add(Summary, true, "", from, to, "f.list-check", "")
	ev.markRecap(from, to, false)
	return true
}

// colonRecap: a short lead-in that announces a recap ("so", or a summary
// marker the lexicon reads: "Ik vat het even samen:", "Just so I'm
// clear:", "Als ik het goed versta:"), a colon, then two or more facts
// about the customer. Not the agent's own findings ("Ik zie het: …"), a
// plan, or a question after the colon ("Laten we kijken: wanneer…?").
func (ev *evaluator) colonRecap() bool {
	for _, s := range ev.t.sents {
		end := min(s.first+11, s.last-5)
		if end <= s.first+1 || !strings.ContainsAny(ev.t.reply[ev.t.toks[s.first].end:ev.t.toks[end].start], ":,—–-") {
			continue // no colon, comma or dash in the lead-in: most sentences
		}
		for i := s.first + 1; i < end; i++ {
			// a colon after "so" or a marker; a comma or a dash after a marker
			// phrase of its own ("Let me get this straight, you've had…")
			if !ev.colonAt(i) && !(ev.gapAt(i, ",—–-") && ev.markerIn(s.first, i)) {
				continue
			}
			asks := ev.is(i, whWords) || ev.is(i, askAux)
			if !ev.recapLeadIn(s.first, i) || asks && (s.question || !ev.colonAt(i)) {
				break // "Laten we kijken: wanneer…?", "Just to confirm, who…" ask; "…: when you signed up, …" recaps
			}
			if ev.recapsAfter(s, i) {
				ev.add(Summary, true, "", s.first, s.last, "f.colon-recap", "")
				ev.markRecap(s.first, s.last, false)
				return true
			}
			break
		}
	}
	return false
}

// recapsAfter reports two or more facts about the customer after the
// lead-in of sentence s that ends at token i. After a marker of its own
// ("Even op een rijtje: 1200 euro betaald en na een maand…") the facts
// need not name the customer, and the company may act in them ("we sent
// two movers instead of four, …"), as long as the agent plans nothing
// there. After a bare "so", or a marker and a comma or dash, the
// customer is named and the agent is not ("Ik zie het: …" reports the
// agent's own findings).
func (ev *evaluator) recapsAfter(s sentence, i int) bool {
	if ev.factsIn(i, s.last) < 2 {
		return false
	}
	rest := sentence{first: i, last: s.last}
	if ev.colonAt(i) && (ev.markerIn(s.first, i) || ev.cueBetween(s.first, i, "inarow") || ev.cueBetween(s.first, i, "recaplead")) {
		_, plans := ev.agentActsIn(rest)
		return !plans
	}
	if _, me := ev.has(i, s.last, firstPerson); me {
		return false
	}
	_, you := ev.has(i, s.last, youSubject)
	_, your := ev.has(i, s.last, possessives)
	return you || your
}

// colonAt reports a colon between token i-1 and token i.
func (ev *evaluator) colonAt(i int) bool { return ev.gapAt(i, ":") }

// gapAt reports one of chars between token i-1 and token i (none inside
// a contraction such as "I'm", whose two tokens share their text).
func (ev *evaluator) gapAt(i int, chars string) bool {
	a, b := ev.t.toks[i-1].end, ev.t.toks[i].start
	return a < b && strings.ContainsAny(ev.t.reply[a:b], chars)
}

// markerIn reports a summary marker phrase (a hit of the lexicon, not a
// cue) starting in tokens [from, to).
func (ev *evaluator) markerIn(from, to int) bool {
	for _, m := range ev.sentMatches(ev.t.toks[from].sent) {
		if m.r.crit == Summary && m.r.role == hit && m.from >= from && m.from < to && m.r.tag != "end" {
			return true // not a check: "Dat klopt, dat komt door…" agrees
		}
	}
	return false
}

// recapLeadIn reports tokens [from, to) as a lead-in to a recap: "so" or
// a summary marker (hit, weak or cue) in them.
func (ev *evaluator) recapLeadIn(from, to int) bool {
	if _, so := ev.has(from, to, soWords); so {
		return true
	}
	for _, m := range ev.sentMatches(ev.t.toks[from].sent) {
		if m.r.crit == Summary && m.from >= from && m.from < to {
			return true
		}
	}
	return false
}

// ackRecap finds facts laid out beside a word that says they were taken
// in: led by one ("Right, leak reported six weeks back, nobody came out,
// and today the ceiling came down", "got it: drops every evening, only
// upstairs") or closed by one standing alone ("Full day billed, half a
// day worked. Noted.", "Zand op de vloer en €35 kosten. Helder."). The
// rubric's framed recap without "so". The facts are two or more, with no
// agent in them and nothing to come: "Right, I'll book the engineer"
// plans, "Okay, your refund will arrive Friday" forecasts.
func (ev *evaluator) ackRecap() bool {
	for k, s := range ev.t.sents {
		if last, ok := ev.ackSpan(k, s); ok {
			ev.add(Summary, true, "", s.first, last, "f.ack-recap", "")
			ev.markRecap(s.first, last, false)
			return true
		}
	}
	return false
}

// ackSpan returns where an acknowledged recap that opens sentence k
// ends: the sentence itself when a word of uptake leads it or a clause
// saying all of it was taken in closes it ("…, and a charge anyway — I've
// noted all of that"), the next sentence when that one is the uptake
// ("…, and a clear forecast. I've got all of that.", "… Noted.").
func (ev *evaluator) ackSpan(k int, s sentence) (int, bool) {
	if i, ok := ev.ackLead(s); ok && ev.ackedFacts(s, i, true) && (!ev.isQuestion(k) || ev.checks(ev.clauseStart(s.last-1), s.last)) {
		return s.last, true
	}
	if c := ev.clauseStart(s.last - 1); c > s.first && ev.uptakeAll(c, s.last) && ev.ackedFacts(sentence{first: s.first, last: c}, s.first, false) {
		return s.last, true
	}
	if k+1 >= len(ev.t.sents) || ev.isQuestion(k) || !ev.ackedFacts(s, s.first, false) {
		return 0, false
	}
	next := ev.sentence(k + 1)
	saysAll := ev.uptakeAll(next.first, next.last) && next.last-next.first <= 8
	return next.last, saysAll || !ev.isQuestion(k+1) && ev.ackAlone(next)
}

// ackLead returns where the facts start after a leading word of
// uptake and its comma or colon ("Right,", "Got it:", "Helder,").
func (ev *evaluator) ackLead(s sentence) (int, bool) {
	i := s.first
	if i >= s.last || !ev.is(i, ackWords) {
		return 0, false
	}
	if ev.is(i, ackGots) {
		if i+1 >= s.last || !ev.is(i+1, ackIts) {
			return 0, false // "got" alone is no uptake
		}
		i++
	}
	if i+1 >= s.last || ev.clauseEnd(i) != i+1 {
		return 0, false // "Right now…", "Got it working…"
	}
	return i + 1, true
}

// ackAlone reports sentence s as a word of uptake on its own: "Noted.",
// "Got it.", "Helder." A bare "Ok." or "Right." after steps only agrees.
func (ev *evaluator) ackAlone(s sentence) bool {
	n := s.last - s.first
	if n == 1 {
		return ev.is(s.first, ackClosers)
	}
	return n == 2 && ev.is(s.first, ackGots) && ev.is(s.first+1, ackIts)
}

// uptakeAll reports tokens [from, to) as saying all of it was taken in:
// an uptake verb with "all" beside it ("I've noted all of that", "Got
// all that down", "ik heb het allemaal genoteerd", "have I got all of
// it?"). "I've got a refund for you" takes in nothing.
func (ev *evaluator) uptakeAll(from, to int) bool {
	u, ok := ev.has(from, to, uptakeVerbs)
	if !ok {
		return false
	}
	if u+1 < to && ev.is(u+1, wholeWords) {
		return true // "noted all of that", not "got the all clear" or "nothing at all"
	}
	return u > from && ev.is(u-1, wholeWords) // "allemaal genoteerd", not "all you got"
}

// ackedFacts reports two or more facts in tokens [from, s.last) with no
// agent and nothing to come in them; led by a word of uptake, they also
// name the customer ("Right, your card was charged twice and…"). Facts
// told with a feeling are empathy, not a recap.
func (ev *evaluator) ackedFacts(s sentence, from int, led bool) bool {
	if s.last-from < 5 || ev.factsIn(from, s.last) < 2 {
		return false
	}
	if ev.is(from, imperativeStarts) || ev.is(from, directVerbs) {
		return false // "Unplug it, wait a minute and plug it back in. Noted?" directs
	}
	if _, me := ev.has(from, s.last, firstPerson); me {
		return false
	}
	if _, later := ev.has(from, s.last, futureAux); later {
		return false
	}
	if _, stop := ev.has(from, s.last, recapStoppers); stop {
		return false
	}
	if _, acts := ev.agentActsIn(sentence{first: from, last: s.last}); acts {
		return false
	}
	if _, lets := ev.has(from, s.last, letWords); lets {
		return false // "Ok, let's pin it down: you're in for the 14th" plans
	}
	if a, b := ev.span(from, s.last); ev.hitStartsIn(Empathy, a, b) {
		return false // "right, a night lost on top of the wait, that's a kick in the teeth" feels (rubric: empathy, not summary)
	}
	if !led {
		return true
	}
	_, you := ev.has(from, s.last, youSubject)
	_, your := ev.has(from, s.last, possessives)
	return you || your
}

var (
	ackWords    = std.set("ack-words")
	ackGots     = std.set("ack-gots")
	ackIts      = std.set("ack-its")
	ackClosers  = std.set("ack-closers")
	uptakeVerbs = std.set("uptake-verbs")
)
