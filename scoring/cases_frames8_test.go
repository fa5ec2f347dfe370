package scoring

// Frames (round 11): a third party named by what it does (a passive
// with "by/door", a causal link, the party as the one who decides), the
// company's side checked and said to be fine, advice for next time, and
// the company owning the fault while naming another party. Each with a
// near twin the rule must leave alone.

func frames8Cases() []scorerCase {
	return []scorerCase{
		// a passive naming a third party; not when the agent arranges it, not "by email"
		{"f11/blame/en/issued-by-council", EN, "Permits are issued by the council, not by us.", "blame:supplier", nil},
		{"f11/blame/en/set-by-the-landlord", EN, "The service charge is set by the landlord every April.", "blame:supplier", nil},
		{"f11/blame/nl/gepland-door-de-garage", NL, "De onderhoudsbeurten worden gepland door de garage zelf.", "blame:supplier", nil},
		{"f11/blame/nl/door-de-installateur-gedaan", NL, "Die aansluiting wordt door de installateur gedaan, daar gaan wij niet over.", "blame:supplier", nil},
		{"f11/blame/en/collected-by-courier-i-book", EN, "I'll book it to be collected by the courier tomorrow morning.", "", nil},
		{"f11/blame/en/sent-by-email", EN, "Your new contract was sent by email on Tuesday.", "", nil},

		// a causal link to a party, whatever it is called; to the weather it names nobody
		{"f11/blame/nl/komt-door-de-taxateur", NL, "De vertraging komt door de taxateur, die heeft zijn verslag nog niet klaar.", "blame:supplier", nil},
		{"f11/blame/en/due-to-the-installer", EN, "The second visit was due to the installer, he brought the wrong bracket.", "blame:supplier", nil},
		{"f11/blame/nl/ligt-aan-onze-hostingpartij", NL, "De storing ligt aan onze betaalpartner, die is ermee bezig.", "blame:supplier", nil},
		{"f11/blame/en/due-to-the-snow", EN, "Your order will be with you by Thursday, the delay was due to the snow.", "", nil},

		// the party as the subject that decides; ours, or a menu, is no party
		{"f11/blame/en/the-insurer-decides", EN, "The insurer decides the payout, we only pass on their letter.", "blame:supplier", nil},
		{"f11/blame/nl/de-bank-bepaalt", NL, "De bank bepaalt die limiet, niet onze winkel.", "blame:supplier", nil},
		{"f11/blame/en/our-team-decides", EN, "Our claims team decides within two days and I'll call you with the answer.", "", nil},

		// checked, or seen from our side, and said to be fine; not when the agent acts on
		{"f11/blame/en/checked-reads-correctly", EN, "The gauge has been checked and it reads correctly.", "blame:denial", nil},
		{"f11/blame/nl/is-nagekeken-klopt", NL, "Uw factuur is nagekeken en het bedrag klopt.", "blame:denial", nil},
		{"f11/blame/en/fine-when-it-left-us", EN, "The vase was intact when it left us, so it broke on the way.", "blame:denial", nil},
		{"f11/blame/en/checked-then-i-send", EN, "I've checked the meter remotely and it's reading correctly, so I'll send an engineer to look at the wiring tomorrow at 10.", "", nil},
		{"f11/blame/nl/no-fault-in-it", NL, "De teller wordt op afstand uitgelezen, daar zit geen fout in.", "blame:denial", nil},
		{"f11/blame/en/staff-did-as-supposed", EN, "The gate staff did exactly what they're supposed to do.", "blame:denial", nil},
		{"f11/blame/en/you-did-as-supposed", EN, "That's so unfair, you did exactly what you were supposed to.", "empathy", nil},

		// advice for next time, nobody of ours in it; our own promise for next time is none
		{"f11/blame/en/right-next-time", EN, "The code expires after ten minutes, so just be quicker next time.", "blame:customer", nil},
		{"f11/blame/nl/voortaan-beter", NL, "Houd uw pincode voortaan beter verborgen.", "blame:customer", nil},
		{"f11/blame/nl/ik-zorg-volgende-keer", NL, "Ik zorg dat u de volgende keer een sms krijgt.", "", nil},
		{"f11/blame/en/let-us-know-in-future", EN, "If you need anything in the future, just let us know.", "", nil},

		// owning the fault while naming another party shifts nothing
		{"f11/blame/nl/fout-zit-bij-ons", NL, "De fout zit bij ons: de aanvraag aan de netbeheerder is nooit verstuurd.", "", nil},
		{"f11/blame/en/take-this-on", EN, "The parking is run by a contractor, but I'll take this on myself.", "", nil},
		{"f11/blame/nl/via-facebook", NL, "Dat u het nieuws via Facebook moest lezen is echt niet in orde, mijn excuses.", "apology", nil},

		// passed on with a condition: to another company still counts; to us it does not
		{"f11/blame/en/if-questions-contact-bank", EN, "If you have questions about the charge, contact your bank.", "blame:supplier", nil},
		{"f11/blame/en/raise-it-with-them", EN, "The courier company handles all of that, you'll have to raise it with them.", "blame:supplier", nil},

		// round 11 (overpromise): certainty in other words; what the customer will receive
		{"f11/overpromise/en/make-sure-never-again", EN, "I'll make sure the meter is never misread again.", "overpromise", nil},
		{"f11/overpromise/en/for-certain", EN, "You'll have the deposit back in your account by Monday for certain.", "overpromise", nil},
		{"f11/overpromise/nl/krijgt-u-zeker", NL, "Die vergoeding krijgt u, daar kunt u zeker van zijn.", "overpromise", nil},
		{"f11/overpromise/nl/gegarandeerd-krijgt", NL, "U krijgt de nieuwe pas gegarandeerd voor het weekend in de bus.", "overpromise", nil},
		{"f11/overpromise/en/cannot-promise-never-again", EN, "I can't promise it will never happen again, but I've flagged your account.", "", nil},
		{"f11/overpromise/nl/u-heeft-zeker-een-punt", NL, "U heeft zeker een punt, dat had duidelijker gemoeten.", "", nil},
		{"f11/overpromise/en/ill-call-i-promise", EN, "I'll call you back at four, I promise.", "callback", nil},

		// round 11 (b): empathy as solidarity, an imagined feeling, concern; the blow exclaimed
		{"f11b/empathy/en/dont-envy", EN, "A cold shower every morning this week, I don't envy you.", "empathy", nil},
		{"f11b/empathy/en/end-of-rope", EN, "Four missed slots, I'd be at the end of my rope too.", "empathy", nil},
		{"f11b/empathy/en/wouldnt-want-either", EN, "Grit in the tap water, I wouldn't want to cook with that either.", "empathy", nil},
		{"f11b/empathy/en/hope-shes-ok", EN, "I hope your daughter is feeling better now.", "empathy", nil},
		{"f11b/empathy/en/what-a-thing-to", EN, "Soot all over the hallway, what a thing to wake up to.", "empathy", nil},
		{"f11b/empathy/en/week-of-worry", EN, "That's two weeks of worry for you.", "empathy", nil},
		{"f11b/empathy/nl/wens-niemand-toe", NL, "Drie nachten zonder verwarming, dat wens ik niemand toe.", "empathy", nil},
		{"f11b/empathy/nl/niet-aan-denken", NL, "Uw zoon alleen op het perron, ik moet er niet aan denken.", "empathy", nil},
		{"f11b/empathy/nl/wat-moet-dat-zijn", NL, "Wat moet dat beangstigend zijn geweest, midden in de nacht.", "empathy", nil},
		{"f11b/empathy/nl/wat-een-domper", NL, "Wat een domper, net op uw verjaardag.", "empathy", nil},
		{"f11b/empathy/nl/da-s-ambetant", NL, "Da's echt ambetant, zo'n lekkende kraan.", "empathy", nil},
		{"f11b/empathy/en/hope-it-works", EN, "I hope the new router works better for you.", "", nil},
		{"f11b/empathy/nl/wat-moet-dat-kosten", NL, "Wat moet dat kosten, een nieuwe meter?", "question", nil},

		// round 11 (b): doubting what the customer did; the rule as the answer; hindsight; "it says otherwise"
		{"f11b/blame/en/by-mistake", EN, "Did you tap your card twice by mistake?", "blame:customer", nil},
		{"f11b/blame/nl/niet-gelezen", NL, "Heeft u de bijsluiter dan niet gelezen?", "blame:customer", nil},
		{"f11b/blame/en/standard-fee", EN, "I'm afraid that's the standard fee for a late return.", "blame:contract", nil},
		{"f11b/blame/nl/duidelijk-aangegeven", NL, "De parkeerzone is duidelijk aangegeven, dus de boete blijft.", "blame:contract", nil},
		{"f11b/blame/en/need-earlier", EN, "Transfers take two days, so you'd need to send it earlier next month.", "blame:customer", nil},
		{"f11b/blame/en/log-says-otherwise", EN, "The driver's log says otherwise, I'm afraid.", "blame:denial", nil},
		{"f11b/blame/nl/u-weet-hoe-dat-gaat", NL, "Tja, de bouw, u weet hoe dat gaat.", "blame:denial", nil},
		{"f11b/blame/en/nothing-could-have-done", EN, "It was the fog, there's nothing the pilots could have done.", "blame:denial", nil},
		{"f11b/blame/en/photos-by-chance", EN, "Did you take any photos of the box by any chance?", "question", nil},

		// round 11 (c): what shifts no blame: a recap closed by a check, an offer to do it, the agent
		// acting as well, refusing to pass on, "never again", a promise
		{"f11c/blame/en/recap-then-check", EN, "So the plumber cancelled twice and now the landlord says it's your problem. Have I got that right?", "summary", nil},
		{"f11c/blame/nl/zelf-of-zal-ik", NL, "Wilt u de oude router zelf naar het afgiftepunt brengen, of zal ik een koerier sturen?", "agreement", nil},
		{"f11c/blame/nl/bel-en-ik-intussen", NL, "Bel eerst het noodnummer van de netbeheerder. Ik contacteer intussen uw verhuurder.", "", nil},
		{"f11c/blame/nl/niet-doorverbinden", NL, "Ik ga u niet nog eens doorverbinden, ik los het nu zelf op.", "", nil},
		{"f11c/blame/en/wont-transfer", EN, "I won't transfer you again, I'll stay on this with you.", "", nil},
		{"f11c/blame/en/should-have-results", EN, "I'm running a line test now. Should have the results in a minute.", "", nil},
		{"f11c/blame/nl/komt-in-orde-zeker", NL, "Dat komt morgen in orde, onze monteur lost het in één keer op, zeker weten.", "overpromise", nil},
		{"f11c/blame/en/definitely-sent", EN, "We checked, and it was definitely sent from our end.", "blame:denial", nil},
		{"f11c/blame/en/dpd-always", EN, "Don't worry, the parcel is on the van and Evri always deliver before six.", "overpromise", nil},
		{"f11c/blame/en/we-cant-partner", EN, "We can't do anything about the second leg, that flight was with a partner airline.", "blame:supplier", nil},
		// role nouns: a party by what it is
		{"f11c/blame/en/set-by-the-dealer", EN, "The repair date is set by the dealer, not by us.", "blame:supplier", nil},
		{"f11c/blame/nl/door-de-loodgieter", NL, "De planning wordt door de loodgieter gemaakt.", "blame:supplier", nil},
	}
}
