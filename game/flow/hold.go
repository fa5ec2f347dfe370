package flow

import (
	"time"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// Hold is the wait before the call: the hold timer runs (faster than
// real time) while the music plays and the customer's anger rises.
// Picking up early does not help: the whole wait counts.
type Hold struct {
	Scn     *scenarios.Scenario
	Elapsed time.Duration // real time on this screen
}

// NewHold returns the hold screen for s, or the call when s has no hold.
func NewHold(a *App, s *scenarios.Scenario) Screen {
	if s.Customer.Hold.Minutes <= 0 {
		return NewCall(a, s, nil)
	}
	return &Hold{Scn: s}
}

func (a *App) holdSpeed() int {
	if a.Cfg.HoldSpeed > 0 {
		return a.Cfg.HoldSpeed
	}
	return 60
}

// Waited returns how long the customer has waited so far, in hold time.
func (h *Hold) Waited(a *App) time.Duration {
	w := h.Elapsed * time.Duration(a.holdSpeed())
	if total := h.Total(); w > total {
		return total
	}
	return w
}

// Total returns the customer's whole wait.
func (h *Hold) Total() time.Duration {
	return time.Duration(h.Scn.Customer.Hold.Minutes) * time.Minute
}

// Anger returns the customer's anger after the wait so far.
func (h *Hold) Anger(a *App) int {
	per := 1
	if p := h.Scn.Customer.Hold.AngerPerMinute; p != nil {
		per = *p
	}
	add := int(h.Waited(a)/time.Minute) * per
	if add > engine.MaxHoldAnger {
		add = engine.MaxHoldAnger
	}
	return min(100, h.Scn.Mood+add)
}

// Update runs the timer; Enter or Space picks up, Esc goes back to the
// picker with this call selected (even in the frame the wait ends: the
// player chose to leave). Nothing was said: there is nothing to debrief.
func (h *Hold) Update(a *App, in Input) Screen {
	if pressed(in, KeyEscape) {
		return pickerAt(a, h.Scn)
	}
	h.Elapsed += in.DT
	if pressed(in, KeyEnter) || hasRune(in, ' ') || h.Waited(a) >= h.Total() {
		return NewCall(a, h.Scn, nil)
	}
	return h
}

// Animating reports that the hold changes with time alone: its timer
// runs.
func (h *Hold) Animating() bool { return true }

func hasRune(in Input, r rune) bool {
	for _, x := range in.Runes {
		if x == r {
			return true
		}
	}
	return false
}
