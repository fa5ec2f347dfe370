package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"kalm/scenarios"
	"kalm/scenarios/engine"
	"kalm/scenarios/graph"
	"kalm/scoring"
)

// coverageBudget is the most replies `kalm check --coverage` plays per
// scenario before it stops looking.
const coverageBudget = 20000

// move names one transition: the node it leaves and its 1-based place
// among that node's transitions.
type move struct {
	node  string
	index int
}

// coverage is what a scenario's own example replies (its golden replies
// and model answers) exercise when a call is played with them.
type coverage struct {
	nodes   map[string]bool
	moves   map[move]bool
	replies int  // replies played
	cut     bool // the search stopped at the budget
}

// exercise plays s with its golden replies and model answers in each of
// its languages: from the start, every example reply is tried in every
// state of the call that earlier example replies led to (breadth first,
// at most budget replies in all). It records the nodes reached and the
// transitions taken.
func exercise(s *scenarios.Scenario, sc engine.Scorer, budget int) coverage {
	cv := coverage{nodes: map[string]bool{}, moves: map[move]bool{}}
	langs := s.Languages()
	for i, lang := range langs {
		share := (budget - cv.replies) / (len(langs) - i)
		cv.explore(s, lang, examples(s, lang), sc, share)
	}
	return cv
}

// explore runs the breadth-first search in one language, playing at
// most budget replies.
func (cv *coverage) explore(s *scenarios.Scenario, lang string, replies []string, sc engine.Scorer, budget int) {
	start, err := engine.Start(s, lang, engine.Options{Scorer: sc, Untimed: true})
	if err != nil {
		return // the loader reported why
	}
	cv.nodes[start.Node()] = true
	st := newStateKeys(s)
	seen := map[string]bool{st.key(start): true}
	queue := []*engine.Conversation{start}
	played := 0
	for len(queue) > 0 && !start.Ended() {
		c := queue[0]
		queue = queue[1:]
		for _, text := range replies {
			if played >= budget {
				cv.cut = true
				return
			}
			fork := c.Clone()
			t, err := fork.Reply(text, 0)
			played++
			cv.replies++
			if err != nil {
				continue
			}
			if t.Transition > 0 {
				cv.moves[move{t.Node, t.Transition}] = true
			}
			cv.nodes[fork.Node()] = true
			if key := st.key(fork); !fork.Ended() && !seen[key] {
				seen[key] = true
				queue = append(queue, fork)
			}
		}
	}
}

// examples returns s's golden replies in lang and its model answers in
// lang, each once.
func examples(s *scenarios.Scenario, lang string) []string {
	var out []string
	add := func(text string) {
		if text = strings.TrimSpace(text); text != "" && !slices.Contains(out, text) {
			out = append(out, text)
		}
	}
	for _, g := range s.Golden {
		if g.Lang == lang {
			add(g.Text)
		}
	}
	for _, n := range s.Nodes {
		if n != nil {
			add(n.Model.Get(lang))
		}
	}
	return out
}

// stateKeys tells apart the states of a call that the scenario's
// transitions can tell apart: the node, the anger and the number of
// replies (each only as far as a condition or the breaking point looks
// at them), the facts known and whether a plan was made.
type stateKeys struct {
	s     *scenarios.Scenario
	moods []int // a mood ≥ each of these may be taken differently
	turns []int // so may this many replies so far
}

// newStateKeys collects the mood and reply counts at which s's
// transitions or its breaking point change.
func newStateKeys(s *scenarios.Scenario) stateKeys {
	moods, turns := []int{engine.BreakingPointMood}, []int{s.Turns() - 1}
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		for _, t := range n.Next {
			w := t.When
			if w == nil {
				continue
			}
			if w.MoodMin != nil {
				moods = append(moods, *w.MoodMin)
			}
			if w.MoodMax != nil {
				moods = append(moods, *w.MoodMax+1)
			}
			if w.TurnsMin > 0 {
				turns = append(turns, w.TurnsMin-1) // the reply after this many
			}
		}
	}
	slices.Sort(moods)
	slices.Sort(turns)
	return stateKeys{s: s, moods: slices.Compact(moods), turns: slices.Compact(turns)}
}

// key returns the state of c as a string.
func (k stateKeys) key(c *engine.Conversation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%d|%d|", c.Node(), band(k.moods, c.Mood()), band(k.turns, len(c.Turns())))
	for _, f := range k.s.Facts {
		if c.Known(f.ID) {
			b.WriteString(f.ID + ",")
		}
	}
	plan := false
	for _, t := range c.Turns() {
		plan = plan || t.Criteria.Callback
	}
	fmt.Fprintf(&b, "|%t", plan)
	return b.String()
}

// band returns how many of the sorted bounds v has reached.
func band(bounds []int, v int) int {
	n := 0
	for _, b := range bounds {
		if v >= b {
			n++
		}
	}
	return n
}

// problems reports each transition of s that cv did not take, as a
// warning at the transition.
func (cv coverage) problems(s *scenarios.Scenario) scenarios.Problems {
	var out scenarios.Problems
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		for i, t := range n.Next {
			if cv.moves[move{n.ID, i + 1}] {
				continue
			}
			out = append(out, scenarios.Problem{File: s.File, Line: t.At.Line, Col: t.At.Col, Warning: true,
				Message: fmt.Sprintf("node %q: transition %d (%s → %s) is taken by no golden reply or model answer (expected a golden reply that takes it)",
					n.ID, i+1, graph.CondText(t.When), t.Goto)})
		}
	}
	return out
}

// summary writes one line: the nodes and transitions exercised.
func (cv coverage) summary(w io.Writer, s *scenarios.Scenario) {
	nodes, moves, total := 0, 0, 0
	var missed []string
	for _, n := range s.Nodes {
		if n == nil {
			continue
		}
		if cv.nodes[n.ID] {
			nodes++
		} else {
			missed = append(missed, n.ID)
		}
		for i := range n.Next {
			total++
			if cv.moves[move{n.ID, i + 1}] {
				moves++
			}
		}
	}
	fmt.Fprintf(w, "coverage: %s: %d of %d nodes, %d of %d transitions", s.ID, nodes, len(s.Nodes), moves, total)
	if len(missed) > 0 {
		fmt.Fprintf(w, " (not reached: %s)", strings.Join(missed, ", "))
	}
	if cv.cut {
		fmt.Fprintf(w, "; stopped after %d replies, more may be reachable", cv.replies)
	}
	fmt.Fprintln(w)
}

// memoScorer scores each distinct reply once: the coverage search says
// the same example replies again and again.
type memoScorer struct {
	sc   engine.Scorer
	seen map[scoring.Turn]scoring.Result
}

func newMemoScorer(sc engine.Scorer) *memoScorer {
	return &memoScorer{sc: sc, seen: map[scoring.Turn]scoring.Result{}}
}

// ScoreTurn returns the inner scorer's result, computed once per turn.
func (m *memoScorer) ScoreTurn(t scoring.Turn) scoring.Result {
	if r, ok := m.seen[t]; ok {
		return r
	}
	r := m.sc.ScoreTurn(t)
	m.seen[t] = r
	return r
}
