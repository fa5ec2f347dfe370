package server

import (
	"kalm/leaderboard/api"
	"kalm/scenarios/engine"
	"kalm/scoring"
)

// wireResult maps the engine's result onto the API v1 types.
func wireResult(r engine.Result) api.Result {
	out := api.Result{Scenario: r.Scenario, Lang: r.Lang, Outcome: string(r.Outcome), Score: r.Score, Max: r.Max,
		Breakdown: wireParts(r.Breakdown), Bonus: r.Bonus, StartMood: r.StartMood, Mood: r.Mood,
		Turns: make([]api.Turn, len(r.Turns)), Triad: api.Triad(r.Triad), Steps: api.Steps(r.Steps),
		FactsKnown: r.FactsKnown}
	if out.FactsKnown == nil {
		out.FactsKnown = []string{}
	}
	for i, t := range r.Turns {
		out.Turns[i] = wireTurn(t)
	}
	return out
}

func wireTurn(t engine.Turn) api.Turn {
	w := api.Turn{Index: t.Index, Node: t.Node, Reply: t.Reply, ElapsedMS: t.ElapsedMS, Score: t.Points,
		Parts: wireParts(t.Parts), Criteria: api.Criteria(t.Criteria), Earned: api.Criteria(t.Earned),
		BlameKind: string(t.BlameKind), Findings: make([]api.Finding, len(t.Findings)), Events: make([]api.Event, len(t.Events)),
		MoodDelta: t.MoodDelta, Mood: t.Mood, Model: t.Model, Lines: make([]api.Line, len(t.Lines)), Ended: t.Ended,
		Outcome: string(t.Outcome)}
	for i, f := range t.Findings {
		w.Findings[i] = wireFinding(f)
	}
	for i, e := range t.Events {
		w.Events[i] = api.Event(e)
	}
	for i, l := range t.Lines {
		w.Lines[i] = api.Line(l)
	}
	return w
}

func wireFinding(f scoring.Finding) api.Finding {
	return api.Finding{Criterion: string(f.Criterion), Hit: f.Hit, Kind: string(f.Kind), Start: f.Start, End: f.End,
		Text: f.Text, Rule: f.Rule, Note: f.Note, NoteID: f.NoteID}
}

func wireParts(ps []engine.Part) []api.Part {
	out := make([]api.Part, len(ps))
	for i, p := range ps {
		out[i] = api.Part(p)
	}
	return out
}
