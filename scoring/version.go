package scoring

import (
	"strconv"
	"strings"
)

// Version names the scorer's judgement. It changes whenever a rule, a
// lexicon entry or a learned weight may change what a reply is found to
// contain, so stored results and `kalm score --jsonl` lines can say which
// scorer judged them. TestVersionFingerprint fails when verdicts change
// and Version does not.
const Version = "2026.12.07-208"

// VersionBefore reports whether scorer version a came before version b.
// A version reads "2026.12.05-94": the day it was cut, then a count that
// only grows. A version that does not read so (the empty one of results
// stored before versions were) comes before every one that does; two such
// versions come in no order. It lets a team server re-judge results an
// older scorer judged without undoing a newer server's work.
func VersionBefore(a, b string) bool {
	ka, oka := versionKey(a)
	kb, okb := versionKey(b)
	switch {
	case !okb:
		return false
	case !oka:
		return true
	}
	return ka.day < kb.day || ka.day == kb.day && ka.count < kb.count
}

// versionOrder is a version's place: its day as YYYYMMDD and its count.
type versionOrder struct{ day, count int }

// versionKey reads v as "YYYY.MM.DD-N".
func versionKey(v string) (versionOrder, bool) {
	day, count, ok := strings.Cut(v, "-")
	parts := strings.Split(day, ".")
	if !ok || len(parts) != 3 {
		return versionOrder{}, false
	}
	widths := [3]int{4, 2, 2} // YYYY, MM, DD
	d := 0
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || len(p) != widths[i] {
			return versionOrder{}, false
		}
		d = d*100 + n
	}
	c, err := strconv.Atoi(count)
	if err != nil || c < 0 {
		return versionOrder{}, false
	}
	return versionOrder{day: d, count: c}, true
}
