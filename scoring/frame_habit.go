package scoring

// habitCause: a problem put down to what customers usually do wrong:
// "peeling like that is almost always down to cleaning with hot water",
// "schimmel ontstaat meestal door te weinig ventileren", "usually from
// not airing the room". A word for "usually", a cause link after it, then
// a habit: a handling verb, perhaps denied, or a word for too little or
// wrong. "Usually down to the TV's own software" names a thing, not
// something the customer does; the agent acting in the sentence ("I'll
// check whether it's down to cleaning") decides nothing yet.
func (ev *evaluator) habitCause(k int, s sentence) (blameHit, bool) {
	u, ok := ev.has(s.first, s.last, usualWords)
	if !ok {
		return blameHit{}, false
	}
	for i := u + 1; i < s.last && i <= u+8; i++ {
		if !ev.is(i, habitLinks) {
			continue
		}
		j := i + 1
		for j < s.last && j <= i+2 && ev.is(j, habitSkips) {
			j++ // "door te weinig…", "from not opening…", "down to…"
		}
		if j >= s.last || !ev.is(j, habitActs) {
			continue
		}
		if _, acts := ev.agentActsIn(s); acts {
			return blameHit{}, false
		}
		return blameHit{u, j + 1, BlameCustomer, "habit-cause"}, true
	}
	return blameHit{}, false
}

var (
	usualWords = std.set("usual-words")
	habitLinks = std.set("habit-links")
	habitSkips = std.set("habit-skips")
	habitActs  = std.set("habit-acts")
)
