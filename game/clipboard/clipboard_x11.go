//go:build (linux && !android) || freebsd || netbsd || openbsd

package clipboard

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// read asks the CLIPBOARD selection's owner for UTF-8 text through a
// window of our own, as X11 clients do.
func read(timeout time.Duration) (string, error) {
	c, err := xgb.NewConn()
	if err != nil {
		return "", fmt.Errorf("clipboard: %w", err)
	}
	defer c.Close()
	screen := xproto.Setup(c).DefaultScreen(c)
	win, err := xproto.NewWindowId(c)
	if err != nil {
		return "", fmt.Errorf("clipboard: %w", err)
	}
	if err := xproto.CreateWindowChecked(c, screen.RootDepth, win, screen.Root, 0, 0, 1, 1, 0,
		xproto.WindowClassInputOutput, screen.RootVisual, 0, nil).Check(); err != nil {
		return "", fmt.Errorf("clipboard: %w", err)
	}
	atom := func(name string) (xproto.Atom, error) {
		r, err := xproto.InternAtom(c, false, uint16(len(name)), name).Reply()
		if err != nil {
			return 0, err
		}
		return r.Atom, nil
	}
	clip, err1 := atom("CLIPBOARD")
	utf8Atom, err2 := atom("UTF8_STRING")
	prop, err3 := atom("KALM_CLIPBOARD")
	if err := errors.Join(err1, err2, err3); err != nil {
		return "", fmt.Errorf("clipboard: %w", err)
	}
	xproto.ConvertSelection(c, win, clip, utf8Atom, prop, xproto.TimeCurrentTime)

	got := make(chan xproto.SelectionNotifyEvent, 1)
	go func() {
		for {
			ev, err := c.WaitForEvent()
			if ev == nil && err == nil {
				return // connection closed
			}
			if sn, ok := ev.(xproto.SelectionNotifyEvent); ok {
				got <- sn
				return
			}
		}
	}()
	select {
	case sn := <-got:
		if sn.Property == xproto.AtomNone {
			return "", nil // empty clipboard or no text in it
		}
	case <-time.After(timeout):
		return "", errors.New("clipboard: the program that owns it did not answer")
	}
	r, err := xproto.GetProperty(c, true, win, prop, xproto.GetPropertyTypeAny, 0, MaxBytes/4).Reply()
	if err != nil {
		return "", fmt.Errorf("clipboard: %w", err)
	}
	s := string(r.Value)
	if !utf8.ValidString(s) {
		return "", errors.New("clipboard: the text is not UTF-8")
	}
	return s, nil
}
