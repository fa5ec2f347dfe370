package scoring

import "strings"

// selfService: the customer is told to do it themselves through a
// self-service channel ("Fill in the refund form online", "you can
// rebook it yourself through the claims portal", "een gemiste bezorging
// kunt u zelf melden in de app", "dat kan via het online formulier"),
// as the answer: nobody at the company acts in the reply (rubric:
// sending the customer to self-service instead of helping is website).
func (ev *evaluator) selfService(k int, s sentence) (blameHit, bool) {
	n, ok := ev.selfServiceNoun(s)
	if !ok {
		return blameHit{}, false
	}
	if _, dm := ev.has(s.first, s.last, dmWords); dm {
		return blameHit{}, false // "DM us via the app" keeps the case here
	}
	if _, guides := ev.cueIn(k, "guides"); guides {
		return blameHit{}, false // "I'll walk you through the app" helps there
	}
	if !ev.customerDoes(s, n) || ev.receivesAt(n) {
		return blameHit{}, false // "I'm reversing it and you'll see a confirmation in the app"
	}
	if !ev.refusesForYou() && (ev.instructsIn(s) || ev.offersHelp()) {
		return blameHit{}, false // "je kan je abonnement zelf aanpassen in de app" answers how
	}
	if _, neg := ev.has(s.first, n, negators); neg {
		return blameHit{}, false // "je kunt niet de X-app gebruiken, maar wel onze app" informs
	}
	if _, cond := ev.has(s.first, n, hardConditionals); cond {
		return blameHit{}, false // "if you have a smart TV, you can use the app": an option
	}
	if _, news := ev.has(s.first, n, newsWords); news {
		return blameHit{}, false // "as soon as there's news, you'll find it on our website" (settled rule 14)
	}
	return blameHit{s.first, s.last, BlameWebsite, "self-service"}, true
}

// refusesForYou reports the agent refusing to do it for the customer
// anywhere in the reply ("dat kan ik niet voor je doen", "I can't change
// that for you"): the channel is then where the customer is sent instead
// of being helped, however exactly it is described.
func (ev *evaluator) refusesForYou() bool {
	for k := range ev.t.sents {
		if _, ok := ev.cueIn(k, "refusesfor"); ok {
			return true
		}
	}
	return false
}

// offersHelp reports an offer of further help anywhere in the reply
// ("lukt het niet, laat het gerust weten", "let us know if that doesn't
// work"): the channel is a first step, not the whole answer.
func (ev *evaluator) offersHelp() bool {
	for k := range ev.t.sents {
		if _, ok := ev.cueIn(k, "offer"); ok {
			return true
		}
	}
	return false
}

// selfServiceNoun finds a self-service channel in sentence s: a word of
// the set, or a compound ending in one ("opzegformulier", "krantapp").
func (ev *evaluator) selfServiceNoun(s sentence) (int, bool) {
	for i := s.first; i < s.last; i++ {
		if i > s.first && ev.is(i-1, channelStateLeads) {
			continue // "you'll be back online by Friday", "engineers are on site": a state or a place
		}
		if ev.is(i, selfServiceNouns) || ev.accountArea(i, s) {
			return i, true
		}
		w := ev.t.toks[i].norm
		if len(w) < minTailCompound {
			continue
		}
		for _, tail := range selfServiceTails.list {
			if len(w) > len(tail)+2 && strings.HasSuffix(w, tail) && !selfServiceNot.has(w) {
				return i, true
			}
		}
	}
	return 0, false
}

// accountArea reports the name of the customer's own area of a site or
// app at token i: "my" capitalised in mid-sentence before another
// capitalised word ("via Mijn Belastingdienst", "under My Orders").
func (ev *evaluator) accountArea(i int, s sentence) bool {
	if i == s.first || i+1 >= s.last || !ev.is(i, myWords) {
		return false
	}
	return ev.capitalised(i) && ev.capitalised(i+1)
}

// customerDoes reports the customer as the one who acts in sentence s:
// an imperative opening it ("fill in", "vul"), "you can/u kunt … (zelf)"
// or "u kunt" inverted, or an impersonal "that can be done via"/"dat kan
// via" before the channel at token n.
func (ev *evaluator) customerDoes(s sentence, n int) bool {
	i := s.first
	for i < n && ev.is(i, softOpeners) {
		i++ // "just fill in", "gewoon even invullen"
	}
	if ev.is(i, selfServiceVerbs) {
		return true
	}
	for i := s.first; i < s.last; i++ {
		if ev.is(i, youSubject) {
			if _, m := ev.has(max(s.first, i-1), min(i+2, s.last), modals); m {
				return true
			}
			if _, self := ev.has(i+1, min(i+4, s.last), selfWords); self {
				return true
			}
		}
	}
	// "dat kan via het formulier", "that can be done online"
	if _, via := ev.has(s.first, n, viaWords); via {
		if _, can := ev.has(s.first, min(s.first+4, n), modals); can {
			return true
		}
	}
	return false
}

// minTailCompound is the shortest word that can be a compound with a
// self-service tail: three letters longer than the shortest tail ("app"),
// as selfServiceNoun asks of each tail.
var minTailCompound = func() int {
	n := 0
	for _, t := range selfServiceTails.list {
		if n == 0 || len(t) < n {
			n = len(t)
		}
	}
	return n + 3
}()

var (
	selfServiceNouns  = std.set("self-service-nouns")
	selfServiceTails  = std.set("self-service-tails")
	selfServiceNot    = std.set("self-service-not")
	channelStateLeads = std.set("channel-state-leads")
	selfServiceVerbs  = std.set("self-service-verbs")
	selfWords         = std.set("self-words")
	viaWords          = std.set("via-words")
	softOpeners       = std.set("soft-openers")
	// "mijn", "my": capitalised, the name of an account area
	myWords = std.set("my-words")
)
