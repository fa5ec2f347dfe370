package flow

// Jobs keep disk and network work off the game's goroutine: a job runs
// where Config.Background puts it (a worker goroutine in the game; at once
// when nil, as in tests) and returns what to change in the app, which is
// applied on the game's goroutine at the next Step.

// Job is work for the background; its result changes the app.
type Job func() func(*App)

// Go runs job in the background and applies its result at a later Step
// (at once without a Background).
func (a *App) Go(job Job) {
	if a.Cfg.Background == nil {
		if apply := job(); apply != nil {
			apply(a)
		}
		return
	}
	a.Cfg.Background(func() {
		if apply := job(); apply != nil {
			a.done <- apply
		}
	})
}

// takeDone applies the results of the jobs that finished.
func (a *App) takeDone() {
	for {
		select {
		case apply := <-a.done:
			apply(a)
		default:
			return
		}
	}
}
