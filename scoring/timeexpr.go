package scoring

import (
	"strconv"
	"strings"
)

// timeClass grades a time expression for a callback.
type timeClass uint8

const (
	timeVague    timeClass = iota + 1 // "zo snel mogelijk", "soon", "later this week"
	timeDayOnly                       // a day with no time of day: "morgen", "on Friday"
	timeConcrete                      // a clock time, part of a named day, same-day deadline, short interval
)

// timex is one time expression on tokens [from, to).
type timex struct {
	from, to int
	class    timeClass
}

// sentTimes returns the time expressions of sentence k, computed once.
func (ev *evaluator) sentTimes(k int) []timex {
	if ev.timesDone == nil {
		n := len(ev.t.sents)
		ev.timesDone = append(ev.sc.timesDone[:0], make([]bool, n)...)
		ev.timesOf = append(ev.sc.timesOf[:0], make([][]timex, n)...)
	}
	if !ev.timesDone[k] {
		s := ev.t.sents[k]
		ev.timesOf[k] = ev.times(s.first, s.last)
		ev.timesDone[k] = true
	}
	return ev.timesOf[k]
}

// times returns the time expressions in tokens [from, to) (nil for
// none). They are kept in ev.tx: the slice stays valid for the call.
func (ev *evaluator) times(from, to int) []timex {
	start := len(ev.tx)
	out := ev.appendTimes(ev.tx[start:start], from, to)
	if len(out) == 0 {
		return nil
	}
	ev.tx = append(ev.tx[:start], out...)
	return ev.tx[start:len(ev.tx):len(ev.tx)]
}

// appendTimes appends the time expressions in tokens [from, to) to out.
func (ev *evaluator) appendTimes(out []timex, from, to int) []timex {
	tk := ev.t.toks
	for i := from; i < to; i++ {
		pod := tk[i].partOfDay()
		if tk[i].kind != tNum && !timeWords.in(&tk[i]) && !pod {
			continue // one lookup for the words no case below reads
		}
		// the word sets are read from the tokens' dictionary entries
		// (wordSet.hasTok): the words after and before, nil outside
		cur := &tk[i]
		var next, prev *token
		if i+1 < to {
			next = &tk[i+1]
		}
		if i > from {
			prev = &tk[i-1]
		}
		switch {
		case tk[i].kind == tNum:
			if c, end := ev.numberTime(i, from, to); c != 0 {
				out = append(out, timex{i, end, c})
				i = end - 1
			}
		case intervalWords.hasTok(cur) || recurringWords.hasTok(cur):
			if end, c := ev.interval(i, to); end > 0 {
				out = append(out, timex{i, end, c})
				i = end - 1
			}
		case cur.number() > 0 && cur.number() <= 12 && clockUnits.hasTok(next):
			out = append(out, timex{i, i + 2, timeConcrete})
			i++
		case cur.number() > 1 && cur.number() <= 12 && clockPreps.hasTok(prev) && !notClockUnits.hasTok(next) && !oneWords.hasTok(cur):
			out = append(out, timex{i, i + 1, timeConcrete})
		case halfWords.hasTok(cur) && (next.number() > 0 || isNum(tk, i+1, to) || overVoor.hasTok(next)) && !notBeforeHalf.hasTok(prev):
			end := i + 2
			if quarterWords.hasTok(cur) && overVoor.hasTok(next) && i+2 < to {
				end = i + 3
			}
			out = append(out, timex{i, end, timeConcrete})
			i = end - 1
		case pod:
			out = append(out, timex{i, i + 1, timeConcrete})
		case dayParts.hasTok(cur) && (partOpeners.hasTok(prev) || dayNames.hasTok(prev) || tomorrowWords.hasTok(prev)):
			out = append(out, timex{i - 1, i + 1, timeConcrete})
		case (pastToOpeners.hasTok(cur) || cur.number() > 0) && pastTo.hasTok(next) && i+2 < to && (tk[i+2].number() > 0 || tk[i+2].kind == tNum):
			out = append(out, timex{i, i + 3, timeConcrete})
			i += 2
		case firstWords.hasTok(cur) && thingWords.hasTok(next):
			out = append(out, timex{i, i + 2, timeConcrete})
			i++
		case sameDayWords.hasTok(cur):
			start, end := i, i+1
			if stillLater.hasTok(prev) {
				start = i - 1 // "nog vandaag", "later today"
			}
			if stillWords.hasTok(next) {
				end = i + 2 // "vandaag nog"
			}
			out = append(out, timex{start, end, timeConcrete})
			i = end - 1
		case endWords.hasTok(cur) && ofVan.hasTok(next):
			out = append(out, timex{i, min(i+4, to), timeConcrete})
			i += 2
		case closingTimeWords.hasTok(cur) || workdayWords.hasTok(cur) && theThis.hasTok(prev):
			out = append(out, timex{i, i + 1, timeConcrete})
		case dayNames.hasTok(cur) || dayOnlyWords.hasTok(cur) || (weekWords.hasTok(cur) && nextWords.hasTok(prev)):
			if tomorrowWords.hasTok(cur) && goodWords.hasTok(prev) {
				continue
			}
			out = append(out, timex{i, i + 1, timeDayOnly})
		case monthNames.hasTok(cur) && i > from && tk[i-1].kind == tNum:
			out = append(out, timex{i - 1, i + 1, timeDayOnly})
		case monthNames.hasTok(cur) && monthOpeners.hasTok(prev):
			out = append(out, timex{i - 1, i + 1, timeVague}) // "half juni", "by June": a part of a month ahead
		case vagueWords.hasTok(cur):
			out = append(out, timex{i, i + 1, timeVague})
		case laterWord.hasTok(cur) && !todayWords.hasTok(next):
			out = append(out, timex{i, i + 1, timeVague})
		case soonWords.hasTok(cur) && asWords.hasTok(prev):
			out = append(out, timex{i - 1, i + 1, timeVague})
		case thisWords.hasTok(cur) && periodWords.hasTok(next):
			out = append(out, timex{i, i + 2, timeVague})
			i++
		}
	}
	return out
}

func isNum(tk []token, i, to int) bool { return i < to && tk[i].kind == tNum }

// numberTime reads a time from the number at i: "15:00", "15.00 uur",
// "3 pm", "om 3", "tussen 9 en 10", "8-12", "01/06" (a date).
func (ev *evaluator) numberTime(i, from, to int) (timeClass, int) {
	tk := ev.t.toks
	n := tk[i].norm
	next := ""
	if i+1 < to {
		next = tk[i+1].norm
	}
	prev := ""
	if i > from {
		prev = tk[i-1].norm
	}
	if strings.Contains(n, "/") {
		return timeDayOnly, i + 1
	}
	h, m, hasMin := splitClock(n)
	if h < 0 {
		return 0, 0
	}
	unit := clockUnit(next)
	end := i + 1
	if unit {
		end = i + 2
	}
	switch {
	case hasMin && strings.Contains(n, ":") && h <= 24 && m < 60:
		return timeConcrete, end
	case hasMin && (unit || clockPreps.has(prev)) && h <= 24 && m < 60:
		return timeConcrete, end
	case !hasMin && h >= 1 && h <= 24 && unit:
		return timeConcrete, end
	case !hasMin && h >= 1 && h <= 24 && clockPreps.has(prev) && !notClockUnits.has(next):
		// "tussen 9 en 10", "8-12": take the range
		if i+2 < to && (rangeJoiners.has(next) || next == "-") && tk[i+2].kind == tNum {
			end = i + 3
			if i+3 < to && clockUnits.has(tk[i+3].norm) {
				end = i + 4
			}
		}
		return timeConcrete, end
	case !hasMin && h >= 1 && h <= 24 && next == "-" && i+2 < to && tk[i+2].kind == tNum:
		return timeConcrete, i + 3
	case !hasMin && h >= 1 && h <= 31 && monthNames.has(next):
		return timeDayOnly, i + 2
	}
	return 0, 0
}

// splitClock parses "15", "15:30" or "15.30"; h is -1 when n is not a
// clock-like number.
func splitClock(n string) (h, m int, hasMin bool) {
	sep := strings.IndexAny(n, ":.")
	if sep < 0 {
		v, err := strconv.Atoi(n)
		if err != nil || len(n) > 2 {
			return -1, 0, false
		}
		return v, 0, false
	}
	hs, ms := n[:sep], n[sep+1:]
	if len(hs) == 0 || len(hs) > 2 || len(ms) != 2 {
		return -1, 0, false
	}
	hv, err1 := strconv.Atoi(hs)
	mv, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil {
		return -1, 0, false
	}
	return hv, mv, true
}

// interval reads "binnen een uur", "within two hours", "in half an
// hour", "over twintig minuten" starting at i. Up to eight hours is
// concrete; longer ("binnen 48 uur") is vague.
func (ev *evaluator) interval(i, to int) (int, timeClass) {
	tk := ev.t.toks
	hours := -1.0
	j := i + 1
	qty := 1.0
	for ; j < to && j <= i+4; j++ {
		w := tk[j].norm
		switch {
		case intervalSkip.has(w):
			continue
		case intervalFillers.in(&tk[j]): // "within the next hour"
			continue
		case halfWord.has(w):
			qty = 0.5
			continue
		case oneAndHalf.has(w):
			qty = 1.5
			continue
		case fewWords.has(w):
			qty = 3
			continue
		case tk[j].kind == tNum:
			if v, err := strconv.Atoi(w); err == nil {
				qty = float64(v)
			}
			continue
		case numberWords[w] > 0:
			qty = float64(numberWords[w])
			continue
		case hourWords.has(w):
			hours = qty
		case minuteWords.has(w):
			hours = 0.5
		}
		break
	}
	if hours < 0 {
		return 0, 0
	}
	if hours > 8 {
		return j + 1, timeVague
	}
	return j + 1, timeConcrete
}

// partOfDay reports partOfDay(tk.norm), as the dictionary has it.
func (tk *token) partOfDay() bool {
	if tk.e != nil {
		return tk.e.partOfDay
	}
	return partOfDay(tk.norm)
}

// partOfDay reports one-word parts of a named day: "morgenochtend",
// "vanmiddag", "vrijdagmiddag", "maandagavond".
func partOfDay(w string) bool {
	if partOfDayWords.has(w) {
		return true
	}
	if len(w) < 9 {
		return false
	}
	for _, d := range dayNames.list {
		if len(w) > len(d) && w[:len(d)] == d && dayParts.has(w[len(d):]) {
			return true
		}
	}
	return false
}

var (
	clockPreps    = std.set("clock-preps")
	notClockUnits = std.set("not-clock-units")
	intervalWords = std.set("interval-words")
	dayNames      = std.set("day-names")
	dayParts      = std.set("day-parts")
	partOpeners   = std.set("part-openers")
	monthNames    = std.set("month-names")
	monthOpeners  = std.set("month-openers")
	vagueWords    = std.set("vague-words")
	// intervalFillers may stand inside an interval: "binnen het komende uur"
	intervalFillers = std.set("interval-fillers")
	recurringWords  = std.set("recurring-words")
)

// numberWords are the number words, both languages (language files).
var numberWords = std.numbers

func clockUnit(w string) bool { return clockUnits.has(w) }

var (
	clockUnits     = std.set("clock-units")
	partOfDayWords = std.set("part-of-day-words")
)

// timeWords holds every word the cases of times() start on (the
// language files build it from the time word sets).
var timeWords = std.set("time-words")

// The words the time expressions read, from the language files.
var (
	oneWords         = std.set("one-words")
	halfWords        = std.set("half-words")
	quarterWords     = std.set("quarter-words")
	overVoor         = std.set("over-voor")
	notBeforeHalf    = std.set("not-before-half")
	tomorrowWords    = std.set("tomorrow-words")
	pastToOpeners    = std.set("past-to-openers")
	pastTo           = std.set("past-to")
	firstWords       = std.set("first-words")
	thingWords       = std.set("thing-words")
	sameDayWords     = std.set("same-day-words")
	stillLater       = std.set("still-later")
	stillWords       = std.set("still-words")
	endWords         = std.set("end-words")
	ofVan            = std.set("of-van")
	closingTimeWords = std.set("closing-time-words")
	workdayWords     = std.set("workday-words")
	theThis          = std.set("the-this")
	dayOnlyWords     = std.set("day-only-words")
	weekWords        = std.set("week-words")
	nextWords        = std.set("next-words")
	goodWords        = std.set("good-words")
	laterWord        = std.set("later-word")
	todayWords       = std.set("today-words")
	soonWords        = std.set("soon-words")
	asWords          = std.set("as-words")
	thisWords        = std.set("this-words")
	periodWords      = std.set("period-words")
	intervalSkip     = std.set("interval-skip")
	halfWord         = std.set("half-word")
	oneAndHalf       = std.set("one-and-half")
	fewWords         = std.set("few-words")
	hourWords        = std.set("hour-words")
	minuteWords      = std.set("minute-words")
	rangeJoiners     = std.set("range-joiners")
)
