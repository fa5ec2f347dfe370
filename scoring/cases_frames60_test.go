package scoring

// frames117Cases (-180): from the misses on the train part of batch eg.
//
// "No ifs, no buts" vouches twice; the second "no" denies no state. A
// word of honour ("op mijn erewoord"), "dat staat als een huis" and
// "come rain or shine" are certainty in other words. A problem said not
// to come a second or third time is never again, promised. A month ahead
// ("half juni", "by June") is a time the certainty can reach; a month
// gone by ("back in January") is not. A sentence whose first contact has
// a vague time reads on to a later contact with a concrete one ("we'll
// make a new ring this week, and I'll call you Friday at ten"). Staff
// defended ("ze doet echt haar best") deny the rudeness; "wat u dan had
// verwacht" and "had u soms … verwacht?" mock the customer's expectation.
func frames117Cases() []scorerCase {
	return []scorerCase{
		{"f140/overpromise/en/no-ifs-no-buts", EN, "New strings, fitted and tuned, back with you Saturday, no ifs, no buts.", "overpromise", nil},
		{"f140/overpromise/en/definitely-not-state", EN, "The hiss is definitely not a fault in the speaker.", "", nil},
		{"f140/overpromise/nl/erewoord", NL, "Volgende week dinsdag staat de nieuwe kast bij u, op mijn erewoord.", "overpromise", nil},
		{"f140/overpromise/nl/als-een-huis", NL, "Eind mei ligt de nieuwe oplage in de winkel, dat staat als een huis.", "overpromise", nil},
		{"f140/overpromise/en/rain-or-shine", EN, "The new gutter goes up on Monday and it'll hold, come rain or shine.", "overpromise", nil},
		{"f140/overpromise/en/by-june", EN, "By June the new model will be on the shelves, guaranteed.", "overpromise", nil},
		{"f140/overpromise/en/back-in-january", EN, "You definitely paid back in January, I can see it here.", "", nil},
		{"f140/overpromise/nl/geen-derde-keer", NL, "Ik heb de verpakking aangepast, dit overkomt u echt geen derde keer.", "overpromise", nil},
		{"f140/overpromise/nl/derde-keer-niet-mis", NL, "Een tweede keer gaat het bij de levering niet mis.", "overpromise", nil},
		{"f140/overpromise/nl/niet-nog-eens-wachten", NL, "Ik wil niet dat u een derde keer moet wachten, dus ik plan het nu zelf in.", "", nil},
		{"f140/overpromise/en/wont-be-writing-again", EN, "The new hinges are steel — you won't be sending us photos of it again.", "overpromise", nil},
		{"f140/callback/en/later-contact-concrete", EN, "We'll make a new strap this week, and I'll call you on Friday at ten to say it's ready.", "callback", nil},
		{"f140/callback/nl/later-contact-concrete", NL, "We maken deze week een nieuwe band en ik bel u vrijdag om tien uur als hij klaar is.", "callback", nil},
		{"f140/blame/nl/doet-haar-best", NL, "Hij werkt hier pas twee weken en hij doet echt zijn best.", "blame:denial", nil},
		{"f140/blame/en/does-her-best", EN, "She only started on Monday and she really does try her best.", "blame:denial", nil},
		{"f140/blame/nl/we-doen-ons-best", NL, "We doen ons best om de kast voor vrijdag klaar te hebben.", "", nil},
		{"f140/blame/nl/wat-u-dan-verwacht", NL, "Ik snap eerlijk gezegd niet wat u dan had verwacht van een tent in november.", "blame:customer", nil},
		{"f140/blame/nl/had-u-soms-verwacht", NL, "Had u soms een hotelbed verwacht op een camping?", "blame:customer", nil},
	}
}

// frames118Cases (-181): from the misses on the train part of batch eh.
//
// A ban put on a party ("dat mag niet van de verzekeraar") and the one
// party that can do it ("alleen de balie kan dat doen", "only the box
// office can…") shift the blame. "Zo is dat afgesproken" holds the
// arrangement against the complaint; "nothing charged twice at ours"
// denies. Staff said to be used to it are vouched for. "Daar zet ik mijn
// handtekening onder" vouches; "not one more lesson will be cold" is
// never again. "Our regrets if…" is hedged, and "sorry that's how it
// came across" regrets the customer's impression, not the company's act.
func frames118Cases() []scorerCase {
	return []scorerCase{
		{"f141/blame/nl/mag-niet-van", NL, "Vuurwerk op het terrein mag sinds dit jaar niet meer van de gemeente.", "blame:supplier", nil},
		{"f141/blame/nl/alleen-zij-kunnen", NL, "Een nieuwe pas aanmaken kan alleen de receptie doen.", "blame:management", nil},
		{"f141/blame/en/only-they-can", EN, "Only the ticket desk can reissue a pass.", "blame:management", nil},
		{"f141/blame/en/only-the-best", EN, "Only the freshest beans go into our blend.", "", nil},
		{"f141/blame/nl/zo-afgesproken", NL, "De borg houden we in tot de sleutel terug is, zo is dat afgesproken bij de huur.", "blame:contract", nil},
		{"f141/blame/nl/niks-dubbel", NL, "Ik heb het nagekeken en er is bij ons niks dubbel gefactureerd.", "blame:denial", nil},
		{"f141/blame/nl/onze-leraren-gewend", NL, "Onze instructeurs zijn wel gewend aan nerveuze leerlingen.", "blame:denial", nil},
		{"f141/overpromise/nl/handtekening", NL, "Vrijdag hangt de nieuwe gordijnrail, daar zet ik mijn handtekening onder.", "overpromise", nil},
		{"f141/overpromise/en/not-one-more", EN, "The boiler's been replaced and not one more shower will run cold.", "overpromise", nil},
		{"f141/overpromise/en/no-one-is", EN, "No one is more annoyed about this than me.", "", nil},
		{"f141/apology/en/regrets-if", EN, "Our regrets if the invoice was unclear.", "", nil},
		{"f141/apology/en/came-across", EN, "Sorry that's how the visit came across to you.", "", nil},
		{"f141/apology/en/sorry-plain", EN, "Sorry the visit was cut short.", "apology", nil},
	}
}

// frames119Cases (-182): from the misses on the train part of batch ei.
//
// A third party's depot, our system run without a hitch, a check the
// goods passed, a limit kept and a claim disowned shift or deny the
// blame. "I'd have given up on us by now" and "it cost you a weekend"
// are empathy. "Does that sit right with you?" and "say the word and
// I'll book it" check the plan. A link closed by a sign-off still points
// ("hoe dat gaat, lees je hier: <URL> Groetjes, Anke"), and a Dutch
// question fronted by "om" keeps a statement's order: an echo.
func frames119Cases() []scorerCase {
	return []scorerCase{
		{"f142/blame/en/their-depot", EN, "DHL held the box at their depot over the weekend.", "blame:supplier", nil},
		{"f142/blame/en/ran-without-hitch", EN, "Our checkout system ran without a hitch all day on Friday.", "blame:denial", nil},
		{"f142/blame/en/passed-check", EN, "Every harness passed its safety check that morning.", "blame:denial", nil},
		{"f142/blame/nl/onder-maximum", NL, "Er zaten veertig mensen in de zaal, we bleven dus netjes onder de capaciteit.", "blame:denial", nil},
		{"f142/blame/en/not-our-claim", EN, "If the guide said the water was warm, I'm sorry, but that's not something we'd ever promise.", "blame:denial", nil},
		{"f142/question/en/want-me-to-do-hostile", EN, "And what exactly would you like me to do about the rain?", "", nil},
		{"f142/empathy/en/given-up-on-us", EN, "Three emails and no answer, I'd have given up on us by now.", "empathy", nil},
		{"f142/empathy/nl/had-opgegeven", NL, "Vier keer gebeld zonder antwoord, ik had het allang opgegeven.", "empathy", nil},
		{"f142/empathy/en/cost-you-weekend", EN, "The wrong part was our mistake, and it cost you a whole weekend.", "empathy", nil},
		{"f142/agreement/en/sit-right", EN, "I'll refund the deposit today and rebook you for Friday. Does that sit right with you?", "agreement", nil},
		{"f142/agreement/en/say-the-word", EN, "I can put you on Saturday's trip instead, just say the word and I'll book it.", "agreement", nil},
		{"f142/question/nl/url-signoff", NL, "Hoe je de bon verzilvert, lees je hier: https://voorbeeld.nl/bon Groetjes, Anke", "blame:website", nil},
		{"f142/question/nl/om-echo", NL, "Om negen uur stond u al voor de deur?", "", nil},
		{"f142/question/nl/om-question", NL, "Om welke tijd stond u voor de deur?", "question", nil},
	}
}

// frames120Cases (-183): from the misses on the train part of batch ej.
//
// A page pointed to ("there's a troubleshooting page under Help"), a
// decision placed above ("die komt van de directie"), most customers
// held up against the complaint and the customer's own act put as a
// reproach ("Heeft u niet zelf…?") are blame. "This is the last time it
// happens" promises never again; "zo begint niemand graag aan…" is
// empathy, as "dat wil niemand" is.
func frames120Cases() []scorerCase {
	return []scorerCase{
		{"f143/blame/en/theres-a-page", EN, "There's a help page under Settings > Sound that covers all of that.", "blame:website", nil},
		{"f143/blame/nl/van-de-directie", NL, "Die nieuwe openingstijden bedenk ik niet, die komen rechtstreeks van de directie.", "blame:management", nil},
		{"f143/blame/en/most-customers", EN, "Most of our guests find the beds perfectly comfortable.", "blame:denial", nil},
		{"f143/blame/nl/niet-zelf", NL, "Heeft u het formulier niet zelf ondertekend?", "blame:customer", nil},
		{"f143/overpromise/en/last-time", EN, "I've changed the supplier, so this is the last time a box turns up broken.", "overpromise", nil},
		{"f143/overpromise/nl/laatste-keer", NL, "Dit is echt de laatste keer dat u op ons moet wachten.", "overpromise", nil},
		{"f143/overpromise/en/last-time-asked", EN, "Who did you speak to the last time you called?", "question", nil},
		{"f143/empathy/nl/niemand-graag", NL, "Drie uur in de kou op een perron, zo begint niemand graag aan een vakantie.", "empathy", nil},
	}
}

// frames121Cases (-184): from the misses on the train part of batch ek.
//
// A rule voted in at a meeting is placed above; the customer's own
// refusal ("you turned down the life jacket", "u sloeg het af") and the
// house rules ("volgens onze huisregels") are blame. "Komt u niet meer
// tegen" promises never again in the separable verb; "Wil je daarnaast
// een gratis les?" offers a step.
func frames121Cases() []scorerCase {
	return []scorerCase{
		{"f144/blame/en/voted-at-agm", EN, "The new parking fee was voted in at the AGM last spring.", "blame:management", nil},
		{"f144/blame/en/you-turned-down", EN, "Helmets were handed out at the start and you turned down the one we offered.", "blame:customer", nil},
		{"f144/blame/nl/u-sloeg-af", NL, "We boden een plek binnen aan, maar u sloeg dat aanbod zelf af.", "blame:customer", nil},
		{"f144/blame/nl/huisregels", NL, "Volgens onze huisregels mogen honden niet mee naar binnen.", "blame:contract", nil},
		{"f144/overpromise/nl/komt-niet-meer-tegen", NL, "We hebben alle sloten vervangen, een klemmende deur komt u hier niet meer tegen.", "overpromise", nil},
		{"f144/agreement/nl/wil-je-daarnaast", NL, "Het geld staat morgen op je rekening. Wil je daarnaast een gratis rondleiding?", "agreement", nil},
	}
}
