package engine

import (
	"kalm/scoring"
)

// The parts of a call's score besides the criteria (docs/scoring.md).
const (
	MaxScore       = 100 // a call's score is 0..MaxScore
	ScoreScale     = 3   // the scale of Result.Score: 3 is out of 100 with stalling costing points (2: out of 100 before that; 1: an open-ended sum of points)
	ScaleOutOf100  = 2   // the first scale out of 100
	ResolvedPoints = 20  // the call ended resolved
	CalmPoints     = 10  // all of the anger brought down
	HungUpPoints   = -10 // the customer hung up
	RepeatPoints   = -5  // a reply near-identical to an earlier one
	RepeatMood     = 5   // the anger a repeated reply adds
	StallPoints    = -5  // a second or later reply in a row that moved the call nowhere
	FlareUpMood    = 10  // anger risen this much since it was acknowledged asks for empathy again
)

// Part keys of a score breakdown that are no criterion.
const (
	PartTrigger     = "trigger"     // a scenario's trigger phrases
	PartInterrupted = "interrupted" // replying before the customer finished
	PartRepeated    = "repeated"    // saying (nearly) the same again
	PartStalled     = "stalled"     // replies in a row that moved the call nowhere
	PartListen      = "listen"      // letting the customer vent (and a silence fall)
	PartOutcome     = "outcome"     // how the call ended
	PartCalm        = "calm"        // the anger brought down
	PartHungUp      = "hung_up"     // the customer hung up
	PartFloor       = "floor"       // the score does not go below 0
)

// Part is one line of a score: what earned or cost points, and how many.
// What is a criterion ("empathy", "blame") or one of the Part keys; the
// catalogue's "part.<what>" names it for the player.
type Part struct {
	What   string `json:"what"`
	Points int    `json:"points"`
}

// CallScore is a call's score out of MaxScore and the parts that make it.
// The parts add up to Score.
type CallScore struct {
	Score     int    `json:"score"`
	Max       int    `json:"max"`
	Breakdown []Part `json:"breakdown"`
}

// scoreCall adds up the turns' parts, the outcome and the anger brought
// down. The helpful parts are scaled to MaxScore when a scenario's
// weights make their maximum differ from it; the total is kept in 0..100
// by a "floor" part.
func scoreCall(turns []Turn, outcome Outcome, startMood, mood int, w scoring.Weights) CallScore {
	var parts []Part
	add := func(what string, pts int) {
		if pts == 0 {
			return
		}
		for i := range parts {
			if parts[i].What == what {
				parts[i].Points += pts
				return
			}
		}
		parts = append(parts, Part{What: what, Points: pts})
	}
	for _, t := range turns {
		for _, p := range t.Parts {
			add(p.What, p.Points)
		}
	}
	if outcome == Resolved {
		add(PartOutcome, ResolvedPoints)
	}
	add(PartCalm, calmPoints(startMood, mood, outcome))
	if outcome == HungUp {
		add(PartHungUp, HungUpPoints)
	}
	parts = scaleHelpful(parts, maxHelpful(w))
	total := 0
	for _, p := range parts {
		total += p.Points
	}
	switch {
	case total < 0:
		parts = append(parts, Part{What: PartFloor, Points: -total})
		total = 0
	case total > MaxScore: // only when a pack's weights let parts overlap
		parts = append(parts, Part{What: PartFloor, Points: MaxScore - total})
		total = MaxScore
	}
	if parts == nil {
		parts = []Part{}
	}
	return CallScore{Score: total, Max: MaxScore, Breakdown: parts}
}

// calmPoints is CalmPoints times the share of the starting anger brought
// down; a call that ended with a hang-up brought nothing down.
func calmPoints(start, end int, o Outcome) int {
	if start <= 0 || end >= start || o == HungUp {
		return 0
	}
	return (CalmPoints*(start-end) + start/2) / start
}

// maxHelpful is the most the helpful parts can earn under w.
func maxHelpful(w scoring.Weights) int {
	m := ResolvedPoints + CalmPoints + ListenPoints
	for _, c := range scoring.Criteria() {
		if !c.Hurts() && w[c] > 0 {
			m += w[c]
		}
	}
	return m
}

// isHelpful reports whether a part is earned (not a cost).
func isHelpful(what string) bool {
	switch what {
	case PartOutcome, PartCalm, PartListen:
		return true
	}
	c := scoring.Criterion(what)
	for _, x := range scoring.Criteria() {
		if x == c {
			return !c.Hurts()
		}
	}
	return false
}

// scaleHelpful scales the helpful parts by MaxScore/max (largest
// remainder, so they still add up) when max is not MaxScore.
func scaleHelpful(parts []Part, max int) []Part {
	if max == MaxScore || max <= 0 {
		return parts
	}
	sum, scaledSum := 0, 0
	type rem struct{ i, r int }
	var rems []rem
	for i := range parts {
		if !isHelpful(parts[i].What) {
			continue
		}
		sum += parts[i].Points
		n := parts[i].Points * MaxScore
		parts[i].Points = n / max
		scaledSum += parts[i].Points
		rems = append(rems, rem{i, n % max})
	}
	want := (sum*MaxScore + max/2) / max
	for left := want - scaledSum; left > 0 && len(rems) > 0; left-- {
		best := 0
		for k := range rems {
			if rems[k].r > rems[best].r {
				best = k
			}
		}
		parts[rems[best].i].Points++
		rems[best].r = -1
	}
	return parts
}
