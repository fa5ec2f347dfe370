package flow

import "kalm/scenarios"

// Picker lists the pack's scenarios with their difficulty and best score.
type Picker struct {
	Sel int
	// Scroll is how many rows the selected call's briefing is scrolled
	// down; ScrollMax is the most the drawing found useful (see Fit).
	Scroll, ScrollMax int
}

// Fit tells the picker how far its briefing can scroll, as the drawing
// found; the scroll is kept within it.
func (p *Picker) Fit(maxScroll int) {
	p.ScrollMax = max(maxScroll, 0)
	p.Scroll = min(max(p.Scroll, 0), p.ScrollMax)
}

// NewPicker returns the scenario picker.
func NewPicker(a *App) *Picker { return &Picker{} }

// pickerAt returns the picker with scenario s selected (the first when
// it is not listed).
func pickerAt(a *App, s *scenarios.Scenario) *Picker {
	p := NewPicker(a)
	for i, x := range a.Scenarios() {
		if x == s {
			p.Sel = i
		}
	}
	return p
}

// Scenarios returns the scenarios the player can play in their language.
func (a *App) Scenarios() []*scenarios.Scenario {
	var out []*scenarios.Scenario
	for _, s := range a.Cfg.Pack.Scenarios {
		if s.HasLang(a.Lang) {
			out = append(out, s)
		}
	}
	return out
}

// Best returns the best score so far for a scenario.
func (a *App) Best(id string) (int, bool) {
	if a.Cfg.Store == nil {
		return 0, false
	}
	b, ok := a.Cfg.Store.Best(id)
	return b.Score, ok
}

// Update chooses a scenario and starts its hold.
func (p *Picker) Update(a *App, in Input) Screen {
	list := a.Scenarios()
	for _, k := range in.Presses {
		switch k.Key {
		case KeyUp:
			if p.Sel > 0 {
				p.Sel, p.Scroll = p.Sel-1, 0
			}
		case KeyDown:
			if p.Sel < len(list)-1 {
				p.Sel, p.Scroll = p.Sel+1, 0
			}
		case KeyHome:
			p.Sel, p.Scroll = 0, 0
		case KeyEnd:
			p.Sel, p.Scroll = max(len(list)-1, 0), 0
		case KeyPageUp:
			p.Scroll = max(0, p.Scroll-ScrollStep)
		case KeyPageDown:
			p.Scroll = min(p.Scroll+ScrollStep, p.ScrollMax)
		case KeyEscape:
			return &Title{}
		case KeyEnter:
			if p.Sel < len(list) {
				return NewHold(a, list[p.Sel])
			}
		}
	}
	if hasRune(in, 'l') || hasRune(in, 'L') {
		return NewBoard(a, p)
	}
	return p
}
