package scoring

// contactLink: the customer is told to contact the company at a link or
// elsewhere, with no word that the team will look into it (settled
// cases 1 and 2: "Contact us here: <URL>", "you can send us a message by
// clicking the link below"): the reply sends them off instead of
// helping. To colleagues or another team it is management; to a form or
// a link, website. Keeping the case ("so we can investigate", "we'd like
// to look into this with you") or moving to a DM is not blame.
func (ev *evaluator) contactLink(k int, s sentence, keeps bool) (blameHit, bool) {
	if keeps || ev.isQuestion(k) {
		return blameHit{}, false
	}
	v, ok := ev.has(s.first, s.last, contactLinkVerbs)
	if !ok || !ev.linkNear(k) {
		return blameHit{}, false
	}
	if _, dm := ev.has(s.first, s.last, dmWords); dm {
		return blameHit{}, false
	}
	if _, cond := ev.has(s.first, v, hardConditionals); cond {
		return blameHit{}, false // "if that doesn't work, contact us here" is a next step
	}
	if _, acts := ev.agentActsIn(s); acts {
		return blameHit{}, false // "reach out here and we'll see what options there are"
	}
	if _, purpose := ev.has(v, s.last, soThatWords); purpose {
		return blameHit{}, false // "write to us so we can investigate"
	}
	for _, tag := range []string{"moreinfo", "detailreq"} {
		if _, ask := ev.cueIn(k, tag); ask {
			return blameHit{}, false // "please tell us more here: <URL>" asks
		}
	}
	// who is to be contacted: us, our team, colleagues, or "we can be reached"
	_, us := ev.has(v, min(v+4, s.last), contactTargets)
	if _, before := ev.has(max(s.first, v-3), v, usWords); before {
		us = true // "je kan ons altijd bereiken via <URL>"
	}
	passive := ev.is(v, passiveReach)
	if !us && !passive {
		return blameHit{}, false
	}
	kind := BlameWebsite
	if _, other := ev.has(s.first, s.last, otherTeams); other {
		kind = BlameManagement
	}
	return blameHit{s.first, s.last, kind, "contact-link"}, true
}

// linkNear reports a link in sentence k or opening the next one ("by
// clicking the link below. <URL>"), or a word for one ("the link below").
func (ev *evaluator) linkNear(k int) bool {
	s := ev.sentence(k)
	if _, ok := ev.urlIn(s); ok {
		return true
	}
	if _, word := ev.has(s.first, s.last, linkWords); word {
		return true
	}
	if k+1 < len(ev.t.sents) {
		n := ev.sentence(k + 1)
		return n.last > n.first && ev.t.toks[n.first].kind == tURL
	}
	return false
}

var (
	contactLinkVerbs = std.set("contact-link-verbs")
	contactTargets   = std.set("contact-targets")
	passiveReach     = std.set("passive-reach")
	otherTeams       = std.set("other-teams")
	linkWords        = std.set("link-words")
	soThatWords      = std.set("so-that-words")
)
