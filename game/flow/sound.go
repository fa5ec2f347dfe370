package flow

import (
	"fmt"
	"slices"
)

// The sound control: the player turns the hold music off and on with
// Ctrl+M anywhere, M where no text box takes typing, or the sound button
// of the call, hold and team screens; the title's sound row sets the
// volume, down to off. The choices are kept between runs (saved as a
// job: it writes a file). Without a sound device the game stays muted
// and the control says so.

// Prefs are the player's settings kept between runs.
type Prefs struct {
	Muted bool
	// Volume is the music's volume in percent: 25, 50, 75 or 100; 0 means
	// the loudest.
	Volume int
}

// volumeSteps are the volumes the title's sound row offers, in percent
// (never changed).
var volumeSteps = [...]int{25, 50, 75, 100}

// volume returns v when it is one of volumeSteps, else the loudest.
func volume(v int) int {
	if slices.Contains(volumeSteps[:], v) {
		return v
	}
	return volumeSteps[len(volumeSteps)-1]
}

// PrefsStore keeps the player's settings. Save writes a file: the game
// calls it from a job, off its goroutine.
type PrefsStore interface {
	Save(Prefs) error
}

// SoundOn reports whether the hold music may play: there is a sound
// device and the player has not turned the sound off.
func (a *App) SoundOn() bool { return !a.Cfg.NoSound && !a.Muted }

// ToggleMute turns the sound off, or on again, and keeps the choice.
// Without a sound device nothing changes and a notice says why.
func (a *App) ToggleMute() {
	if a.Cfg.NoSound {
		a.Err = a.T("muted.nodevice")
		return
	}
	a.Muted = !a.Muted
	a.savePrefs()
}

// StepVolume moves the title's sound row by dir (-1 or +1) along off and
// volumeSteps, around at the ends, and keeps the choice: off is muted with
// the volume kept for the next time the sound goes on.
func (a *App) StepVolume(dir int) {
	if a.Cfg.NoSound {
		a.Err = a.T("muted.nodevice")
		return
	}
	levels := len(volumeSteps) + 1 // off, then volumeSteps
	at := 0
	if !a.Muted {
		at = slices.Index(volumeSteps[:], volume(a.Volume)) + 1
	}
	at = (at + dir + levels) % levels
	a.Muted = at == 0
	if at > 0 {
		a.Volume = volumeSteps[at-1]
	}
	a.savePrefs()
}

// savePrefs saves the sound settings as a job; a failure shows as a
// notice.
func (a *App) savePrefs() {
	store, p := a.Cfg.Prefs, Prefs{Muted: a.Muted, Volume: volume(a.Volume)}
	if store == nil {
		return
	}
	a.Go(func() func(*App) {
		if err := store.Save(p); err != nil {
			return func(a *App) { a.Err = a.T("prefs.failed") + ": " + err.Error() }
		}
		return nil
	})
}

// MusicVolume returns how loud the music plays, from 0 (muted or no
// device) to 1.
func (a *App) MusicVolume() float64 {
	if !a.SoundOn() {
		return 0
	}
	return float64(volume(a.Volume)) / 100
}

// SoundValue returns the state of the sound in words: its volume, off,
// or no sound device.
func (a *App) SoundValue() string {
	switch {
	case a.Cfg.NoSound:
		return a.T("sound.nodevice")
	case a.Muted:
		return a.T("sound.off")
	}
	return fmt.Sprintf("%d%%", volume(a.Volume))
}

// SoundButton returns the label of the sound button: the state it is in.
func (a *App) SoundButton() string {
	switch {
	case a.Cfg.NoSound:
		return a.T("btn.sound.none")
	case a.Muted:
		return a.T("btn.sound.off")
	}
	return a.T("btn.sound.on")
}

// MutedNotice returns the notice for a game without music, or "".
func (a *App) MutedNotice() string {
	switch {
	case a.Cfg.NoSound:
		return a.T("muted.nodevice")
	case a.Muted:
		return a.T("muted.off")
	}
	return ""
}

// typing reports whether the screen has a text box that takes typing.
func typing(s Screen) bool {
	f, ok := s.(interface{ Focused() *Editor })
	return ok && f.Focused() != nil
}

// soundKeys applies the sound keys and returns the input without them:
// KeyMute anywhere, and M or m typed where no text box takes it.
func (a *App) soundKeys(s Screen, in Input) Input {
	out := Input{DT: in.DT}
	for _, p := range in.Presses {
		if p.Key == KeyMute {
			a.ToggleMute()
			continue
		}
		out.Presses = append(out.Presses, p)
	}
	if typing(s) {
		out.Runes = in.Runes
		return out
	}
	for _, r := range in.Runes {
		if r == 'm' || r == 'M' {
			a.ToggleMute()
			continue
		}
		out.Runes = append(out.Runes, r)
	}
	return out
}
