package game

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"

	"github.com/hajimehoshi/ebiten/v2/audio"

	"kalm/game/music"
)

// SoundAvailable reports whether a sound device seems present. Ebiten's
// audio makes the whole game fail without one, so the game checks first
// and plays muted (flow.Config.NoSound).
func SoundAvailable() bool {
	if runtime.GOOS != "linux" {
		return true
	}
	if m, _ := filepath.Glob("/dev/snd/pcmC*"); len(m) > 0 {
		return true
	}
	if rt := os.Getenv("XDG_RUNTIME_DIR"); rt != "" {
		for _, s := range []string{"pulse/native", "pipewire-0"} {
			if _, err := os.Stat(filepath.Join(rt, s)); err == nil {
				return true
			}
		}
	}
	return false
}

// music plays the hold music in a loop while the hold screen shows.
type holdMusic struct {
	player *audio.Player
}

// renderMusic renders the hold music as PCM for newMusic.
func renderMusic() []byte { return music.Render(music.FurElise(), 0.14) }

// newMusic opens the sound device and loops pcm on it.
func newMusic(pcm []byte) *holdMusic {
	ctx := audio.NewContext(music.SampleRate)
	loop := audio.NewInfiniteLoop(bytes.NewReader(pcm), int64(len(pcm)))
	p, err := ctx.NewPlayer(loop)
	if err != nil {
		return nil
	}
	p.SetVolume(0.5)
	return &holdMusic{player: p}
}

// play starts or pauses the music, at volume (0..1) of its full
// loudness.
func (m *holdMusic) play(on bool, volume float64) {
	if m == nil || m.player == nil {
		return
	}
	if v := 0.5 * volume; m.player.Volume() != v {
		m.player.SetVolume(v)
	}
	if on && !m.player.IsPlaying() {
		m.player.Play()
	}
	if !on && m.player.IsPlaying() {
		m.player.Pause()
	}
}

func (m *holdMusic) stop() {
	if m != nil && m.player != nil {
		m.player.Close()
	}
}
