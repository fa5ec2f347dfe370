package scoring

import "slices"

// A link after an answer: "Once an account has been created the Online
// ID can't be changed. More details here: <URL>" answers the customer and
// adds the link; "For more info, visit <URL>" gives the link instead of an
// answer. The rubric counts only the second as website blame.

// answeredBefore reports a sentence before sentence k that answers in
// its own words: a statement (not a question) of at least answerWords
// words, with no link or website in it, that is not courtesy ("We're
// here to help!", "Thanks for reaching out") nor an apology or empathy.
func (ev *evaluator) answeredBefore(k int) bool {
	if ev.answerAt == 0 {
		ev.answerAt = ev.firstAnswer() + 1 // computed once a reply: 0 is "not yet"
	}
	return ev.answerAt-1 < k
}

// firstAnswer returns the first sentence that answers in words (see
// answeredBefore), or the number of sentences for none. One pass over
// the findings marks the sentences holding an apology or empathy.
func (ev *evaluator) firstAnswer() int {
	feeling := ev.sc.feeling[:0]
	for range ev.t.sents {
		feeling = append(feeling, false)
	}
	for _, f := range ev.res.Findings {
		if f.Hit && (f.Criterion == Empathy || f.Criterion == Apology) {
			if k, ok := slices.BinarySearchFunc(ev.t.sents, f.Start, func(s sentence, at int) int {
				switch {
				case s.end <= at:
					return -1
				case s.start > at:
					return 1
				}
				return 0
			}); ok {
				feeling[k] = true
			}
		}
	}
	ev.sc.feeling = feeling
	for j := range ev.t.sents {
		if !feeling[j] && ev.answers(j) {
			return j
		}
	}
	return len(ev.t.sents)
}

// answerWords is how many words a statement needs to count as an answer:
// fewer are greetings and courtesies ("Hi Eric, thanks!").
const answerWords = 6

// answers reports sentence j as an answer in words (see answeredBefore),
// apart from the apology or empathy in it, which firstAnswer checks.
func (ev *evaluator) answers(j int) bool {
	s := ev.sentence(j)
	if ev.isQuestion(j) || ev.linksIn(j) {
		return false
	}
	if _, polite := ev.has(s.first, s.last, courtesyWords); polite {
		return false
	}
	if ev.refusesOrPromises(s) {
		return false // "I am unable to do that via Twitter", "our team would like to address this"
	}
	return ev.wordsIn(s) >= answerWords
}

// linksIn reports a link or a website in sentence k.
func (ev *evaluator) linksIn(k int) bool {
	_, link := ev.cueIn(k, "link")
	_, web := ev.cueIn(k, "web")
	_, url := ev.urlIn(ev.sentence(k))
	return link || web || url
}

// refusesOrPromises reports a sentence in which the agent or the team
// refuses ("we can't change that here", "I am unable to…") or says what
// they mean to do ("our team would like to look into this"): neither is
// an answer the link is added to.
func (ev *evaluator) refusesOrPromises(s sentence) bool {
	if _, ok := ev.has(s.first, s.last, refuseWords); ok {
		return true
	}
	for i := s.first; i < s.last; i++ {
		if !ev.is(i, agentSubjects) && !ev.is(i, ownerWords) {
			continue
		}
		if _, ok := ev.has(i+1, min(i+4, s.last), negators); ok {
			return true
		}
		if _, ok := ev.has(i+1, min(i+4, s.last), wantWords); ok {
			return true
		}
	}
	return false
}

var (
	courtesyWords = std.set("courtesy-words")
	refuseWords   = std.set("refuse-words")
	wantWords     = std.set("want-words")
)
