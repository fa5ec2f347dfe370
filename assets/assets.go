// Package assets holds what the game embeds: the Go fonts (regular and
// bold, full Latin glyphs for Dutch and English, BSD-licensed, from
// golang.org/x/image). Sounds are synthesised (see game/music).
package assets

import (
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Regular returns the regular font (TrueType).
func Regular() []byte { return goregular.TTF }

// Bold returns the bold font (TrueType).
func Bold() []byte { return gobold.TTF }
