package engine

import (
	"kalm/scenarios"
)

// Result returns the run so far: turns, score, outcome and the coverage
// of the triad and the six steps, for the debrief.
func (c *Conversation) Result() Result {
	cs := c.CallScore()
	r := Result{
		Scenario:  c.sc.ID,
		Lang:      c.lang,
		Outcome:   c.outcome,
		Score:     cs.Score,
		Max:       cs.Max,
		Breakdown: cs.Breakdown,
		Bonus:     OutcomeBonus(c.outcome),
		StartMood: c.startMood,
		Mood:      c.mood,
		Turns:     c.turns,
	}
	if r.Turns == nil {
		r.Turns = []Turn{}
	}
	var apology, question, callback, agreement bool
	questions, asked, listened := 0, false, false
	for _, t := range c.turns {
		l := t.Criteria
		r.Triad.Understanding = r.Triad.Understanding || l.Empathy
		r.Triad.Sorry = r.Triad.Sorry || l.Apology
		r.Steps.Summarise = r.Steps.Summarise || l.Summary
		apology = apology || l.Apology
		question = question || l.Question
		callback = callback || l.Callback
		agreement = agreement || l.Agreement
		if l.Question {
			questions++
		}
		for _, p := range t.Parts {
			listened = listened || p.What == PartListen
		}
		for _, e := range t.Events {
			switch e.Kind {
			case EventFactAsked:
				asked = true
			}
		}
	}
	r.Triad.Solve = callback
	r.Steps.Listen = listened
	r.Steps.ApologiseAndAsk = apology && question
	r.Steps.Analyse = asked || (!hasAskable(c.sc) && questions >= 2)
	r.Steps.Plan = callback && agreement
	r.Steps.Aftercare = callback
	r.FactsKnown = []string{}
	for _, f := range c.sc.Facts {
		if c.known[f.ID] {
			r.FactsKnown = append(r.FactsKnown, f.ID)
		}
	}
	return r
}

// hasAskable reports whether s has a fact that must be asked for.
func hasAskable(s *scenarios.Scenario) bool {
	for _, f := range s.Facts {
		if !f.Known {
			return true
		}
	}
	return false
}

// Replay plays a whole transcript and returns the result. It stops at
// the ending; replies after it are ignored. A leaderboard server uses it
// to compute a submitted run's score itself.
func Replay(s *scenarios.Scenario, lang string, replies []Reply, opt Options) (Result, error) {
	c, err := Start(s, lang, opt)
	if err != nil {
		return Result{}, err
	}
	for _, r := range replies {
		if c.Ended() {
			break
		}
		if _, err := c.Reply(r.Text, r.ElapsedMS); err != nil {
			return Result{}, err
		}
	}
	return c.Result(), nil
}
