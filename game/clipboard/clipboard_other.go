//go:build !((linux && !android) || freebsd || netbsd || openbsd)

package clipboard

import "time"

func read(time.Duration) (string, error) { return "", ErrUnsupported }
