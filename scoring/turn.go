package scoring

import "strings"

// A Turn is one reply with the customer's message it answers. The rules
// read only the reply; the learned layer also reads what the customer's
// message does (see Asked), because the rubric judges some replies by
// it: quoting the terms or pointing to a page answers a customer's plain
// question, and pushes back a customer's complaint.
type Turn struct {
	Customer string // the customer's message the reply answers; "" when unknown
	Reply    string // the agent's reply
	Lang     Lang   // NL, EN or Auto, as for Score
}

// Asked is what the customer's message does, as the learned layer reads
// it: a few plain signs, not a verdict on the customer. A complaint is
// the default (the customer of a complaint-handling call has one), so
// only a message that surely is no complaint reads otherwise.
type Asked uint8

// What a customer's message does.
const (
	AskedUnknown Asked = iota // no message given: read as a complaint
	AskedTrouble              // a complaint: a word of trouble or a negation, a "!" without thanks, or no sign of anything else
	AskedInfo                 // a plain question with no sign of trouble ("How do I change my plan?")
	AskedThanks               // thanks or praise with no word of trouble ("Thanks, it works again!")
)

// askedNames are the feature names of the Asked values; a complaint (or
// no message) has none: it is the baseline the weights of the others
// are measured against.
var askedNames = [...]string{AskedInfo: "info", AskedThanks: "thanks"}

// String returns the feature name of a (empty for a complaint or none).
func (a Asked) String() string {
	if int(a) < len(askedNames) {
		return askedNames[a]
	}
	return ""
}

// customerTrouble are words by which a customer reports trouble or
// complains; negations count too (see readCustomer). customerThanks are
// words of thanks or praise.
var (
	customerTrouble = std.set("customer-trouble")
	customerThanks  = std.set("customer-thanks")
)

// ScoreTurn scores t.Reply as the answer to t.Customer: Score, with the
// learned layer reading what the customer's message does.
func (s *Scorer) ScoreTurn(t Turn) Result {
	return s.score(t, builtinModel(), nil)
}

// ScoreTurnWith is ScoreTurn with the learned weights m (nil: the rules
// alone) instead of the embedded ones.
func (s *Scorer) ScoreTurnWith(t Turn, m *Model) Result {
	return s.score(t, m, nil)
}

// TurnFeatures lists what the learned layer reads in t, as Features does
// for a reply alone, with the "ctx:" features of the customer's message.
func (s *Scorer) TurnFeatures(t Turn) []string {
	return sortedFeatures(s, t)
}

// ReadCustomer returns what the customer's message msg does.
func (s *Scorer) ReadCustomer(msg string) Asked {
	if msg == "" {
		return AskedUnknown
	}
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	return s.readCustomer(msg, sc)
}

// readCustomer is ReadCustomer with the call's working memory sc, which
// it leaves ready for the reply. A message longer than MaxReplyBytes is
// read on its first part only.
func (s *Scorer) readCustomer(msg string, sc *scratch) Asked {
	msg, _ = CutReply(msg)
	t := s.tokenize(msg, sc)
	sc.toks, sc.sents, sc.clauses = t.toks[:0], t.sents[:0], t.clauses[:0]
	thanks := false
	for i := range t.toks {
		tk := &t.toks[i]
		if negators.in(tk) || customerTrouble.in(tk) {
			return AskedTrouble
		}
		thanks = thanks || customerThanks.in(tk)
	}
	switch {
	case thanks:
		return AskedThanks
	case strings.IndexByte(msg, '!') >= 0:
		return AskedTrouble
	}
	for _, st := range t.sents {
		if st.question {
			return AskedInfo
		}
	}
	return AskedTrouble
}

// Feature name prefix of what the customer's message does ("ctx:info",
// and with the rules' blame kind "ctx:info:website").
const featContext = "ctx:"

// eachContext calls fn with the features of the customer's message when
// it is no complaint: what it does, and that crossed with the blame kind
// the rules found, so the weights can tell a page pointed to in answer
// to a question from one pointed to instead of handling a complaint.
func (ev *evaluator) eachContext(fn func(prefix, a, b string)) {
	a := ev.asked.String()
	if a == "" {
		return
	}
	fn(featContext, a, "")
	if ev.res.BlameKind != NoBlame {
		fn(featContext, a, string(ev.res.BlameKind))
	}
}
