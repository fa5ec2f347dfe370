package scoring

// A link after an answer: "Once an account has been created the Online
// ID can't be changed. More details here: <URL>" answers the customer and
// adds the link; "For more info, visit <URL>" gives the link instead of an
// answer. The rubric counts only the second as website blame.

// answeredBefore reports a sentence before sentence k that answers in
// its own words: a statement (not a question) of at least answerWords
// words, with no link or website in it, that is not courtesy ("We're
// here to help!", "Thanks for reaching out") nor an apology or empathy.
func (ev *evaluator) answeredBefore(k int) bool {
	for j := 0; j < k; j++ {
		if ev.answers(j) {
			return true
		}
	}
	return false
}

// answerWords is how many words a statement needs to count as an answer:
// fewer are greetings and courtesies ("Hi Eric, thanks!").
const answerWords = 6

// answers reports sentence j as an answer in words (see answeredBefore).
func (ev *evaluator) answers(j int) bool {
	s := ev.sentence(j)
	if ev.isQuestion(j) {
		return false
	}
	if ev.linksIn(j) {
		return false
	}
	if _, polite := ev.has(s.first, s.last, courtesyWords); polite {
		return false
	}
	if ev.refusesOrPromises(s) {
		return false // "I am unable to do that via Twitter", "our team would like to address this"
	}
	words := 0
	for i := s.first; i < s.last; i++ {
		if ev.t.toks[i].kind == tWord {
			words++
		}
	}
	if words < answerWords {
		return false
	}
	for _, f := range ev.res.Findings {
		if f.Hit && (f.Criterion == Empathy || f.Criterion == Apology) && f.Start >= s.start && f.Start < s.end {
			return false
		}
	}
	return true
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
