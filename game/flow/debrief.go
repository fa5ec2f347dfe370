package flow

import (
	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// Debrief shows how the call went: outcome, score, the anger plot, the
// triad and six steps, and each reply beside the model answer.
type Debrief struct {
	Scn *scenarios.Scenario
	Res engine.Result
	// Sel is the selected turn (0-based).
	Sel int
	// Best is the best score before this run, if HadBest.
	Best    int
	HadBest bool
	// Sent is true when the run went to the team outbox; SendErr is why
	// it could not.
	Sent    bool
	SendErr string
}

// Anger returns the anger at the start and after each reply.
func (d *Debrief) Anger() []int {
	out := []int{d.Res.StartMood}
	for _, t := range d.Res.Turns {
		out = append(out, t.Mood)
	}
	return out
}

// Update selects a turn, retries from it, or leaves.
func (d *Debrief) Update(a *App, in Input) Screen {
	for _, p := range in.Presses {
		switch p.Key {
		case KeyUp:
			if d.Sel > 0 {
				d.Sel--
			}
		case KeyDown:
			if d.Sel < len(d.Res.Turns)-1 {
				d.Sel++
			}
		case KeyEnter:
			return NewPicker(a)
		case KeyEscape:
			return &Title{}
		}
	}
	if hasRune(in, 'r') || hasRune(in, 'R') {
		return d.Retry(a)
	}
	if hasRune(in, 'l') || hasRune(in, 'L') {
		return NewBoard(a, d)
	}
	return d
}

// Retry starts the call again with the replies before the selected turn
// already made, so the player answers that turn anew.
func (d *Debrief) Retry(a *App) Screen {
	var replay []engine.Reply
	for _, t := range d.Res.Turns[:min(d.Sel, len(d.Res.Turns))] {
		replay = append(replay, engine.Reply{Text: t.Reply, ElapsedMS: t.ElapsedMS})
	}
	return NewCall(a, d.Scn, replay)
}
