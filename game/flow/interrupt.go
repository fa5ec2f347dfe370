package flow

import (
	"strings"
	"unicode"
)

// CutMark ends a line the player cut off.
const CutMark = "—"

// cutOff ends the customer's current lines where a reply interrupted
// them: the line being said stops where it was (marked Cut), the lines
// not begun are left unsaid.
func (c *Call) cutOff() {
	out := make([]Entry, 0, len(c.Log))
	for i, e := range c.Log {
		if e.Customer && e.Batch == c.batch {
			s := c.Shown(i)
			if s == "" {
				continue // never said
			}
			if s != e.Text {
				e.Text, e.Cut = strings.TrimRightFunc(s, unicode.IsSpace), true
			}
		}
		out = append(out, e)
	}
	c.Log = out
}

// Saying reports whether the customer is saying entry i right now: it
// has begun and not yet ended.
func (c *Call) Saying(i int) bool {
	e := c.Log[i]
	if !e.Customer || e.Batch < c.batch {
		return false
	}
	t := c.ClockMS - e.StartMS
	return t > 0 && t < e.SpeakMS
}
