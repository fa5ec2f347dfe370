package scenarios

import (
	"fmt"
	"sort"
	"strings"

	"kalm/scoring"
)

// LabelScorer scores one reply as the answer to what the customer says
// (empty for a golden example, which answers no node); *scoring.Scorer
// implements it.
type LabelScorer interface {
	ScoreTurn(t scoring.Turn) scoring.Result
}

// CheckGolden runs every golden example of the pack through a scorer
// built with the scenario's vocabulary (by newScorer, or scoring.New when
// nil) and reports each label the scorer does not reproduce. It also
// reports model answers the scorer finds blaming or overpromising: the
// debrief shows them as the way to do it.
func CheckGolden(p *Pack, newScorer func(scoring.Vocabulary) LabelScorer) Problems {
	if newScorer == nil {
		newScorer = func(v scoring.Vocabulary) LabelScorer { return scoring.New(v) }
	}
	var probs Problems
	for _, s := range p.Scenarios {
		if s == nil {
			continue
		}
		sc := newScorer(s.Vocabulary.Scoring())
		for i := range s.Golden {
			probs = append(probs, checkGolden(s, &s.Golden[i], sc)...)
		}
		probs = append(probs, checkModels(s, sc)...)
	}
	probs.Sort()
	return probs
}

func checkGolden(s *Scenario, g *Golden, sc LabelScorer) Problems {
	lang, err := scoring.ParseLang(g.Lang)
	if err != nil || g.Text == "" {
		return nil // reported by the loader
	}
	res := sc.ScoreTurn(scoring.Turn{Reply: g.Text, Lang: lang})
	var probs Problems
	add := func(msg string) {
		probs = append(probs, Problem{File: s.File, Line: g.At.Line, Col: g.At.Col, Message: msg})
	}
	crits := make([]string, 0, len(g.Labels))
	for c := range g.Labels {
		crits = append(crits, c)
	}
	sort.Slice(crits, func(i, j int) bool { return critOrder(crits[i]) < critOrder(crits[j]) })
	for _, c := range crits {
		want := g.Labels[c]
		got := res.Criteria.Get(scoring.Criterion(c))
		if got != want {
			add(fmt.Sprintf("golden %q: the scorer says %s: %t (expected %s: %t)", short(g.Text), c, got, c, want))
		}
	}
	if g.BlameKind != "" && res.Criteria.Blame && string(res.BlameKind) != g.BlameKind {
		add(fmt.Sprintf("golden %q: the scorer says blame_kind %s (expected %s)", short(g.Text), res.BlameKind, g.BlameKind))
	}
	return probs
}

func critOrder(c string) int {
	for i, x := range scoring.Criteria() {
		if string(x) == c {
			return i
		}
	}
	return len(scoring.Criteria())
}

// checkModels reports model answers labelled blame or overpromise, each
// scored as the answer to its node's customer lines, as in the game.
func checkModels(s *Scenario, sc LabelScorer) Problems {
	var probs Problems
	for _, n := range s.Nodes {
		if n == nil || !n.Meta.Has("model") {
			continue
		}
		for _, lang := range s.Languages() {
			text := n.Model.Get(lang)
			l, err := scoring.ParseLang(lang)
			if text == "" || err != nil {
				continue
			}
			res := sc.ScoreTurn(scoring.Turn{Customer: strings.Join(n.Say.Get(lang), " "), Reply: text, Lang: l})
			for _, c := range scoring.Criteria() {
				if c.Hurts() && res.Criteria.Get(c) {
					p := n.Model.PosOf(lang)
					probs = append(probs, Problem{File: s.File, Line: p.Line, Col: p.Col,
						Message: fmt.Sprintf("node %s: the %s model answer is labelled %s by the scorer (expected a model reply without blame or overpromise)", n.ID, lang, c)})
				}
			}
		}
	}
	return probs
}
