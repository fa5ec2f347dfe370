package scoring

// frames122Cases (-185): from the misses on the train part of batch el.
//
// "Sorry she took it that way" places the fault in how the customer
// heard it: blame, and no apology, as "sorry you feel that way". A
// complaint made rare ("you're the first guest to raise it", "u bent de
// eerste die klaagt") denies it; so does a manner defended as a given
// ("it's just how he teaches"). "Every reason to feel forgotten" grants
// the feeling, and "a lot to ask of anyone" names the burden: empathy.
// "Shout if that doesn't work for you" checks the plan just offered. The
// Dutch forms were read already: "alle reden om boos te zijn", "laat maar
// weten als dat niet past", and "het spijt me dat hij het zo heeft
// opgevat", regret for the impression (no apology, and no blame alone).
// Where the customer's own code is ("the code, which is on your ticket",
// "de code, die in je bevestiging staat") is told as help: a near miss
// of blame the learned layer may not overrule.
func frames122Cases() []scorerCase {
	return []scorerCase{
		{"f145/blame/en/took-it-that-way", EN, "I'm sorry your son took it that way.", "blame:customer", nil},
		{"f145/blame/en/taken-the-wrong-way", EN, "Sorry if you've taken it the wrong way, it was only a reminder of the dates.", "blame:customer", nil},
		{"f145/blame/en/first-to-raise", EN, "Honestly, you're the first customer this season to complain about the noise.", "blame:denial", nil},
		{"f145/blame/nl/eerste-die-klaagt", NL, "U bent de eerste bezoeker die daarover klaagt.", "blame:denial", nil},
		{"f145/blame/en/just-how-she", EN, "Our instructor is quite strict, it's just how she coaches.", "blame:denial", nil},
		{"f145/blame/en/first-time-asked", EN, "Was this the first time you noticed the leak?", "question", nil},
		{"f145/empathy/en/every-reason-to-feel", EN, "Four calls and no answer, you'd have every reason to feel ignored.", "empathy", nil},
		{"f145/empathy/en/a-lot-to-ask", EN, "Taking another morning off work is a lot to ask of anyone.", "empathy", nil},
		{"f145/agreement/en/shout-if-not", EN, "I can send a new lid on Monday. Shout if that doesn't work for you.", "agreement", nil},
		{"f145/empathy/nl/alle-reden", NL, "Vier keer gebeld en geen antwoord, u heeft alle reden om boos te zijn.", "empathy", nil},
		{"f145/agreement/nl/als-dat-niet-past", NL, "Ik kan maandag een nieuw deksel sturen. Laat maar weten als dat niet past.", "agreement", nil},
		{"f145/apology/nl/zo-opgevat", NL, "Het spijt me dat uw zoon het zo heeft opgevat.", "", nil},
		{"f145/blame/en/code-which-is-in", EN, "All you need at the gate is the entry code, which is on your ticket.", "", nil},
		{"f145/blame/nl/code-die-staat", NL, "Aan de kassa volstaat de boekingscode, die in je bevestiging staat.", "", nil},
	}
}

// frames123Cases (-186): from the misses on the train part of batch em.
//
// Puzzlement at a "heated" exchange, then a fact, denies the complaint.
// "Is she feeling any better today?", "gaat het al wat beter met uw
// zoon?" ask after the person harmed (settled rule 30), and a time in
// such a question proposes nothing. "Enough to sour the whole trip"
// names the harm to the customer's day. What was "shown at the start of
// every session" and "bij het begin van elke rit uitgelegd" is put on
// the customer; "as set out at checkout", "zoals vermeld bij het
// afrekenen" hold the terms against the complaint. "U hoort me om drie
// uur terug" promises the call. "Daar kunt u blind op varen" and "no
// chance it misses" vouch for an outcome.
func frames123Cases() []scorerCase {
	return []scorerCase{
		{"f146/blame/en/puzzled-heated", EN, "I don't understand why this has got so heated, the strings were checked before you left.", "blame:denial", nil},
		{"f146/empathy/en/feeling-better-today", EN, "Is she feeling any better today?", "empathy,question", nil},
		{"f146/empathy/nl/gaat-het-beter", NL, "Gaat het al wat beter met uw zoon?", "empathy,question", nil},
		{"f146/empathy/nl/beter-met-verbinding", NL, "Gaat het beter met de verbinding?", "question", nil},
		{"f146/empathy/en/sour-the-trip", EN, "Two hours in a queue is enough to sour the whole trip.", "empathy", nil},
		{"f146/blame/en/shown-at-start", EN, "How to fasten the harness is shown at the start of every session.", "blame:customer", nil},
		{"f146/blame/nl/begin-van-elke", NL, "Hoe u de gordel vastmaakt, wordt bij het begin van elke rit uitgelegd.", "blame:customer", nil},
		{"f146/blame/en/as-set-out-at-checkout", EN, "Tickets go out two days before the show, as set out at checkout.", "blame:contract", nil},
		{"f146/blame/nl/zoals-bij-afrekenen", NL, "De tickets komen twee dagen voor de show, zoals vermeld bij het afrekenen.", "blame:contract", nil},
		{"f146/callback/nl/hoort-me-terug", NL, "Ik zoek het nu uit en u hoort me vanmiddag om drie uur terug.", "callback", nil},
		{"f146/overpromise/nl/blind-op-varen", NL, "De nieuwe kachel staat er donderdag, daar kunt u blind op varen.", "overpromise", nil},
		{"f146/overpromise/en/no-chance-misses", EN, "Your parcel goes out tonight, there's no chance it misses the Friday slot.", "overpromise", nil},
	}
}

// frames124Cases (-187): from the misses on the train part of batch en.
//
// A third party's charge handed down ("die toeslag moeten we
// doorberekenen", "we have to pass that on") is supplier blame; offering
// to work out a price ("zal ik dat voor u doorrekenen?") is not. "Daar
// valt ons niks te verwijten" clears the company; "dat is de afdeling
// van de koerier" places the matter with another party; "online orders
// follow a separate returns policy" answers with terms. "I'd put my
// wages on it" vouches for an outcome.
func frames124Cases() []scorerCase {
	return []scorerCase{
		{"f147/blame/nl/moeten-doorberekenen", NL, "De verzekeraar heeft de premie verhoogd en dat moeten wij doorberekenen.", "blame:supplier", nil},
		{"f147/blame/en/have-to-pass-on", EN, "The venue raised its hire fee and we have to pass that on.", "blame:supplier", nil},
		{"f147/blame/nl/valt-niets-te-verwijten", NL, "De bus vertrok op tijd, ons valt niets te verwijten.", "blame:denial", nil},
		{"f147/blame/nl/afdeling-van", NL, "Schade tijdens het vervoer, dat is de afdeling van de koerier.", "blame:supplier", nil},
		{"f147/blame/en/separate-policy", EN, "Gift cards follow a separate refund policy.", "blame:contract", nil},
		{"f147/overpromise/en/put-my-wages", EN, "The parcel will be with you on Friday, I'd put my wages on it.", "overpromise", nil},
		{"f147/agreement/nl/doorrekenen-offer", NL, "Zal ik een paar varianten voor u doorrekenen?", "agreement", nil},
	}
}
