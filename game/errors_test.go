package game

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRunErrorsAreTyped: the errors Ebiten's game loop returns without a
// window system or with a failing sound device become ErrNoDisplay and
// ErrNoAudio, with Ebiten's error still inside; others stay as they are.
func TestRunErrorsAreTyped(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		sound bool
		want  error // nil: neither
	}{
		{"no DISPLAY and no framebuffer", errors.New("ui: no window system is available: fbdev: open /dev/fb0: no such file or directory"), false, ErrNoDisplay},
		{"a DISPLAY that does not answer", errors.New("glfw: x11: failed to open display :77: a platform-specific error occurred"), true, ErrNoDisplay},
		{"an X error naming DISPLAY", errors.New("glfw: X11: The DISPLAY environment variable is missing"), false, ErrNoDisplay},
		{"the audio context failed", errors.New("audio: audio error: oto: ALSA error: no such device"), true, ErrNoAudio},
		{"audio error with the sound off is not the device", errors.New("audio: audio error: oto: ALSA error"), false, nil},
		{"anything else", errors.New("graphics: shader compile failed"), true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := classify(tc.err, tc.sound)
			assert.ErrorIs(t, got, tc.err, "Ebiten's error stays inside")
			for _, typed := range []error{ErrNoDisplay, ErrNoAudio} {
				assert.Equal(t, typed == tc.want, errors.Is(got, typed), "%v", typed)
			}
		})
	}
	assert.NoError(t, classify(nil, true))
}
