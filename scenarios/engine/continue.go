package engine

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"kalm/scenarios"
)

// ErrNodeGone is returned by Continue when the node the call is at is
// not in the new version of the scenario.
var ErrNodeGone = errors.New("the node is gone from the new version")

// Continue returns a conversation with s, a new version of c's scenario
// (a pack reloaded after an edit, or the same scenario to fork the
// call), that goes on where c is: at the same node, with the same mood,
// turns, lines, known facts, plan and earned points. Facts that s no
// longer has are forgotten. The next reply is judged by s. opt.Scorer
// scores it (nil: a scorer built from s's vocabulary); opt's other
// fields are c's. c itself is left as it was. When s has no node with
// the id of c's node, Continue returns an error wrapping ErrNodeGone.
func (c *Conversation) Continue(s *scenarios.Scenario, opt Options) (*Conversation, error) {
	if s == nil {
		return nil, errors.New("no scenario")
	}
	if s.Node(c.node.ID) == nil {
		return nil, fmt.Errorf("scenario %s: node %q: %w", s.ID, c.node.ID, ErrNodeGone)
	}
	mood := c.mood
	n, err := Start(s, c.lang, Options{Scorer: opt.Scorer, Untimed: c.untimed, From: c.node.ID, Mood: &mood})
	if err != nil {
		return nil, err
	}
	n.startMood = c.startMood
	n.lines = slices.Clone(c.lines)
	n.plan = c.plan
	n.turns = slices.Clone(c.turns)
	for id := range c.known {
		if s.Fact(id) != nil {
			n.known[id] = true
		}
	}
	asked := 0
	for _, f := range s.Facts {
		if !f.Known && n.known[f.ID] {
			asked++
		}
	}
	n.earn = c.earn.carried(n.earn.askable, asked)
	return n, nil
}

// Clone returns a copy of c that plays on independently of it: a way to
// try several replies at the same moment of a call. It shares c's
// scorer, so it belongs to the same goroutine as c unless the scorer is
// safe for concurrent use (*scoring.Scorer is).
func (c *Conversation) Clone() *Conversation {
	n := *c
	n.lines = slices.Clone(c.lines)
	n.turns = slices.Clone(c.turns)
	n.known = maps.Clone(c.known)
	n.earn = c.earn.carried(c.earn.askable, c.earn.asked)
	return &n
}

// carried returns a copy of e for a new version of the scenario, which
// has askable facts to ask for, asked of them asked already.
func (e earning) carried(askable, asked int) earning {
	return earning{
		earned:  e.earned,
		ackMood: maps.Clone(e.ackMood),
		askable: askable,
		asked:   asked,
		said:    slices.Clone(e.said),
		stalls:  e.stalls,
	}
}
