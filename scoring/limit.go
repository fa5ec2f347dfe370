package scoring

import (
	"strings"
	"unicode/utf8"
)

// MaxReplyBytes is the longest reply the scorer reads: 4 KiB, about 600
// words, ten times a long spoken turn. The game and the team server refuse
// longer replies; Score reads only the first MaxReplyBytes of one and
// marks the result as cut.
const MaxReplyBytes = 4096

// CutReply returns reply unchanged when it fits in MaxReplyBytes, and
// otherwise its longest prefix within the limit that ends at a word
// boundary (or, for one giant word, at a character boundary), with cut
// set. Invalid UTF-8 is never split inside a valid character.
func CutReply(reply string) (string, bool) {
	if len(reply) <= MaxReplyBytes {
		return reply, false
	}
	end := MaxReplyBytes
	for end > 0 && !utf8.RuneStart(reply[end]) {
		end--
	}
	head := reply[:end]
	if sp := strings.LastIndexAny(head, " \t\n\r"); sp > MaxReplyBytes/2 {
		head = head[:sp]
	}
	return head, true
}

// TooLong reports whether reply is longer than the scorer reads: the game
// and the server refuse such a reply instead of scoring part of it.
func TooLong(reply string) bool { return len(reply) > MaxReplyBytes }
