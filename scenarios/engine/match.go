package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kalm/scenarios"
	"kalm/scoring"
)

// state is what a transition's condition is judged on.
type state struct {
	labels   scoring.Labels
	mood     int
	turn     int
	asked    map[string]bool
	known    map[string]bool
	mentions int
	plan     bool
}

// holds reports whether every field set in w holds (a nil w always does).
func (s state) holds(w *scenarios.Cond) bool {
	if w == nil {
		return true
	}
	for _, c := range w.All {
		if !s.labels.Get(scoring.Criterion(c)) {
			return false
		}
	}
	if len(w.Any) > 0 {
		found := false
		for _, c := range w.Any {
			if s.labels.Get(scoring.Criterion(c)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, c := range w.None {
		if s.labels.Get(scoring.Criterion(c)) {
			return false
		}
	}
	if w.MoodMin != nil && s.mood < *w.MoodMin {
		return false
	}
	if w.MoodMax != nil && s.mood > *w.MoodMax {
		return false
	}
	if s.turn < w.TurnsMin {
		return false
	}
	for _, f := range w.Asked {
		if !s.asked[f] {
			return false
		}
	}
	for _, f := range w.Known {
		if !s.known[f] {
			return false
		}
	}
	if s.mentions < w.MentionsMin {
		return false
	}
	if w.Plan && !s.plan {
		return false
	}
	return true
}

// lower lower-cases s for word matching.
func lower(s string) string { return strings.ToLower(s) }

// matchAny returns the first of words that occurs in low (lower case) at
// the start of a word.
func matchAny(low string, words []string) (string, bool) {
	for _, w := range words {
		if w == "" {
			continue
		}
		if hasWordPrefix(low, strings.ToLower(w)) {
			return w, true
		}
	}
	return "", false
}

// hasWordPrefix reports whether w occurs in s where the character before
// it is not a letter or digit.
func hasWordPrefix(s, w string) bool {
	for off := 0; off <= len(s)-len(w); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }
