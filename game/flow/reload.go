package flow

import (
	"errors"
	"fmt"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// Reload is a new version of the pack (kalm --watch), or, with Problems,
// why the edited pack could not be loaded.
type Reload struct {
	Pack     *scenarios.Pack
	Problems []string
}

// takeReload applies a waiting Reload, if any, to the app and screen s:
// a good pack replaces the old one and a running call goes on at its node
// with the new version (or starts again when its node is gone); a broken
// one leaves everything as it was and shows its problems in an overlay.
func (a *App) takeReload(s Screen) Screen {
	select {
	case r := <-a.Cfg.Reloads:
		if len(r.Problems) > 0 || r.Pack == nil {
			a.Overlay = r.Problems
			return s
		}
		a.Overlay = nil
		a.Cfg.Pack = r.Pack
		if c, ok := s.(*Call); ok {
			return c.reload(a, r.Pack)
		}
	default:
	}
	return s
}

// reload goes on with the new version of the call's scenario in p.
func (c *Call) reload(a *App, p *scenarios.Pack) Screen {
	ns := p.Scenario(c.Scn.ID)
	if ns == nil {
		a.Overlay = []string{fmt.Sprintf("scenario %q is no longer in the pack: the call goes on with the version loaded before", c.Scn.ID)}
		return c
	}
	conv, err := c.Conv.Continue(ns, engine.Options{Scorer: a.scorer(ns)})
	if errors.Is(err, engine.ErrNodeGone) {
		return NewCall(a, ns, nil) // its node is gone: from the start
	}
	if err != nil {
		a.Overlay = []string{err.Error()}
		return c
	}
	c.Conv, c.Scn = conv, ns
	return c
}
