package scoring

// Fault frames: a mistake put at another party's or department's door.
// They read word sets, not lexicon cues, so the learned layer gains no new
// words to add blame on ("we made a mistake" owns it).

// faultBy: "het was een vergissing van de betrokken dienst", "a mistake
// by the courier", "foutje van de fabriek": a fault noun, a preposition,
// then a party within four words. "Een fout van onze kant" and "a mistake
// of yours" name no third party; the agent acting in the same sentence
// ("I'll fix the courier's mistake") undoes it, as for a causal link.
func (ev *evaluator) faultBy(k int, s sentence) (blameHit, bool) {
	if _, acts := ev.agentActsIn(s); acts {
		return blameHit{}, false
	}
	for i := s.first; i+2 < s.last; i++ {
		if !ev.is(i, faultNouns) || !ev.is(i+1, faultPreps) || ev.negatedBefore(i, 3) {
			continue
		}
		if p, kind, ok := ev.partyAfter(i+2, min(i+6, s.last)); ok {
			return blameHit{i, p + 1, kind, "fault-by"}, true
		}
	}
	return blameHit{}, false
}

// madeMistake: "the warehouse made an error", "de koerier heeft een fout
// gemaakt": a party as the subject of making a mistake, read back from
// the verb; "we made a mistake" and "you made an error" are no third
// party's.
func (ev *evaluator) madeMistake(k int, s sentence) (blameHit, bool) {
	for i := s.first + 2; i < s.last; i++ {
		if !ev.is(i, faultNouns) || !ev.is(i-1, faultArticles) || !ev.is(i-2, makeVerbs) {
			continue
		}
		if p, kind := ev.partyBefore(i-3, max(s.first, i-6)); kind != NoBlame {
			return blameHit{p, i + 1, kind, "made-mistake"}, true
		}
	}
	return blameHit{}, false
}

var (
	faultNouns    = std.set("fault-nouns")
	faultPreps    = std.set("fault-preps")
	makeVerbs     = std.set("make-verbs")
	faultArticles = std.set("fault-articles")
)
