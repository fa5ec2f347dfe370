package engine

import (
	"strings"

	"kalm/scenarios"
	"kalm/scoring"
)

// state is what a transition's condition is judged on.
type state struct {
	labels   scoring.Labels
	mood     int
	turn     int
	asked    map[string]bool
	known    map[string]bool
	mentions int
	plan     bool
}

// holds reports whether every field set in w holds (a nil w always does).
func (s state) holds(w *scenarios.Cond) bool {
	if w == nil {
		return true
	}
	for _, c := range w.All {
		if !s.labels.Get(scoring.Criterion(c)) {
			return false
		}
	}
	if len(w.Any) > 0 {
		found := false
		for _, c := range w.Any {
			if s.labels.Get(scoring.Criterion(c)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, c := range w.None {
		if s.labels.Get(scoring.Criterion(c)) {
			return false
		}
	}
	if w.MoodMin != nil && s.mood < *w.MoodMin {
		return false
	}
	if w.MoodMax != nil && s.mood > *w.MoodMax {
		return false
	}
	if s.turn < w.TurnsMin {
		return false
	}
	for _, f := range w.Asked {
		if !s.asked[f] {
			return false
		}
	}
	for _, f := range w.Known {
		if !s.known[f] {
			return false
		}
	}
	if s.mentions < w.MentionsMin {
		return false
	}
	if w.Plan && !s.plan {
		return false
	}
	return true
}

// phrases are the compiled words of one trigger or fact list, in the
// played language first, then the others: a Dutch agent who says
// "error" or "calm down" is understood too.
type phrases []scoring.Phrase

// Phrases are a scenario's fact and trigger words compiled for one
// language, as Start needs them. They never change once compiled:
// conversations may share them (Options.Phrases).
type Phrases struct {
	sc       *scenarios.Scenario
	lang     string
	triggers []phrases // per Triggers entry
	mentions []phrases // per Facts entry
	asks     []phrases // per Facts entry
}

// CompilePhrases compiles the words of s's facts and triggers for lang.
func CompilePhrases(s *scenarios.Scenario, lang string) *Phrases {
	p := &Phrases{sc: s, lang: lang}
	for _, f := range s.Facts {
		p.mentions = append(p.mentions, compileLines(f.Mention, lang))
		p.asks = append(p.asks, compileLines(f.Ask, lang))
	}
	for _, t := range s.Triggers {
		p.triggers = append(p.triggers, compileLines(t.Words, lang))
	}
	return p
}

// compileLines compiles the lines of every language, lang first. A line
// that cannot be compiled (kalm check reports it) is left out.
func compileLines(l scenarios.Lines, lang string) phrases {
	var out phrases
	for _, lg := range []string{lang, "nl", "en"} {
		for _, w := range l.Get(lg) {
			if p, err := scoring.CompilePhrase(w); err == nil {
				out = append(out, p)
			}
		}
	}
	return dedupe(out)
}

// dedupe drops phrases that normalise to the same words.
func dedupe(ps phrases) phrases {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		if !seen[p.String()] {
			seen[p.String()] = true
			out = append(out, p)
		}
	}
	return out
}

// find returns the words of the first phrase that occurs, not negated,
// in the reply: "I would never tell you to calm down" does not say it.
func (ps phrases) find(r scoring.Reading) (string, bool) {
	for _, p := range ps {
		if m, ok := r.Find(p); ok && !m.Negated {
			return m.Text, true
		}
	}
	return "", false
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }
