package scoring

// genericNeed: a situation put first and then what anyone in it wants
// ("Met een baby in huis wil je gewoon zeker weten dat het water goed
// is", "Drie dagen voor een concert wil je juist…", "with two kids and
// the shopping, you really don't want to be stood outside"): the need
// named is empathy. The verb comes after the situation, in a statement:
// "Wil je je nummer sturen?" asks, "Als je wilt, …" supposes, "What you
// want is…" and "I know you want…" are not the generic "you". A single
// word before the Dutch verb must link back to the situation ("…, dan
// wil je juist rust"): "dat wilt u vergoed krijgen" is this customer's
// request.
func (ev *evaluator) genericNeed() (int, int, bool) {
	for _, m := range ev.of(Empathy, cue, "genericneed") {
		k := ev.sentOf(m.from)
		s := ev.sentence(k)
		if ev.isQuestion(k) || m.from < s.first+2 {
			continue
		}
		if _, cond := ev.has(s.first, m.from, hardConditionals); cond {
			continue
		}
		if _, agent := ev.has(s.first, m.from, agentSubjects); agent {
			continue
		}
		if _, wh := ev.has(s.first, m.from, whWords); wh {
			continue // "wat wilt u dat ik eraan doe" asks back
		}
		cs := ev.clauseStart(m.from)
		for cs < m.from && ev.is(cs, ordealAnds) {
			cs++ // "…, en dat wilt u vergoed krijgen"
		}
		if p := m.from - 1; !ev.is(p, needLinks) && (p == cs || p > s.first && ev.is(p-1, ordealAnds)) {
			continue // "dat wilt u vergoed krijgen" is this customer's request; "dan wil je…" links back to the situation
		}
		if ev.is(m.from, secondPerson) && m.from != ev.clauseStart(m.from) {
			continue // English puts "you" first in its own clause: "…, you want to…"
		}
		return s.first, ev.clauseEnd(m.from), true
	}
	return 0, 0, false
}

var needLinks = std.set("need-links")
