// Package clipboard reads the system clipboard where the platform allows
// it without cgo: on Linux and BSD through the X11 protocol (pure Go);
// elsewhere Read reports ErrUnsupported.
package clipboard

import (
	"errors"
	"time"
)

// ErrUnsupported is returned where the clipboard cannot be read.
var ErrUnsupported = errors.New("the clipboard cannot be read on this platform")

// MaxBytes is the most text Read returns.
const MaxBytes = 1 << 16

// Read returns the clipboard's text, waiting at most timeout for the
// program that owns it to answer.
func Read(timeout time.Duration) (string, error) {
	return read(timeout)
}
