package scoring

// Frames (round 7): the way things are ("nu eenmaal"), the product said
// to be fine, the customer's responsibility, a fault placed at a named
// party, calling back later for someone who is not there, and empathy
// from the agent's place or for what the day cost. Each with a near twin
// the frame must leave alone.

func frames6Cases() []scorerCase {
	return []scorerCase{
		// the way things are, the cover, the product said to be fine
		{"f6/blame/nl/nu-eenmaal", NL, "Een nieuwe pas kost nu eenmaal vijftien euro.", "blame:contract", nil},
		{"f6/blame/nl/niet-onder-dekking", NL, "Glasschade valt niet onder uw pakket.", "blame:contract", nil},
		{"f6/blame/en/condition-of-cover", EN, "The bike has to be locked to something fixed, that's a condition of the policy.", "blame:contract", nil},
		{"f6/blame/nl/niks-mis-mee", NL, "Die melding is normaal, daar is niks mis mee hoor.", "blame:denial", nil},
		{"f6/blame/en/nothing-wrong-with-it", EN, "I've looked at the readings and there's nothing wrong with the meter.", "blame:denial", nil},
		{"f6/blame/en/something-wrong-fixing", EN, "There's something wrong with the meter and I'm booking an engineer for Thursday.", "", nil},

		// the customer's doing
		{"f6/blame/nl/uw-verantwoordelijkheid", NL, "Het slot controleren is uw verantwoordelijkheid als huurder.", "blame:customer", nil},
		{"f6/blame/en/not-your-responsibility", EN, "That's not your responsibility at all, I'll sort the paperwork.", "", nil},
		{"f6/blame/en/not-on-their-own", EN, "Glass doesn't crack on its own, so it must have been hit.", "blame:customer", nil},
		{"f6/blame/nl/zelf-doorgegeven", NL, "Die standen heeft u zelf doorgegeven.", "blame:customer", nil},

		// a fault placed at a named party, not a place or the customer's name
		{"f6/blame/nl/panne-bij-naam", NL, "Het is een panne bij Fluxys, wij kunnen daar niks aan doen.", "blame:supplier", nil},
		{"f6/blame/en/storing-in-de-regio", NL, "Er is een storing in de regio Hasselt, onze technici zijn ermee bezig.", "", nil},
		{"f6/blame/en/outage-named-customer", EN, "There is an outage in your street at the moment, Priya, and our team is on it.", "", nil},
		{"f6/blame/en/thats-on-them", EN, "The van was run by a hire firm, so the damage is really on them.", "blame:supplier", nil},

		// calling back later for someone who is not there
		{"f6/blame/nl/maandag-terugbellen", NL, "Mijn collega is er vandaag niet, als u maandag terugbelt kan zij u helpen.", "blame:management", nil},
		{"f6/blame/en/ring-back-when-she-is-in", EN, "If you ring back on Thursday she'll be able to sort it.", "blame:management", nil},
		{"f6/blame/nl/als-het-weer-gebeurt", NL, "Als het weer gebeurt, mag u ons altijd bellen.", "", nil},

		// empathy from the agent's place, and for what the day cost
		{"f6/empathy/en/in-your-shoes", EN, "If I were in your shoes I'd be livid too.", "empathy", nil},
		{"f6/empathy/nl/zou-ook-ontploffen", NL, "Drie keer voor niks thuisblijven, ik zou ook ontploffen.", "empathy", nil},
		{"f6/empathy/nl/zou-ook-herstarten", NL, "Ik zou ook even de modem herstarten, dat helpt vaak.", "", nil},
		{"f6/empathy/en/lost-the-whole-day", EN, "You've lost the whole afternoon to this, I'm sorry.", "empathy,apology", nil},
		{"f6/empathy/en/day-not-back", EN, "Your daughter's first concert, that's an evening you don't get back.", "empathy", nil},
		{"f6/empathy/en/poor-thing", EN, "Oh, the poor dog, he must have been terrified in that crate.", "empathy", nil},
		{"f6/empathy/en/you-dont-know-what", EN, "Two letters that say different things, no wonder you don't know what to do.", "empathy", nil},

		// no panic on a cue at the very end of the reply
		{"f6/blame/en/its-with-at-end", EN, "It is with", "", nil},
		// a list of facts closed by a check is a summary; a wh-question is not a check
		{"f6/summary/en/list-yeah", EN, "Booked for Friday, nobody turned up, and the fee taken anyway, yeah?", "summary", nil},
		{"f6/summary/nl/list-then-check", NL, "Twee keer verzet, geen monteur gezien, en nu een boete. Heb ik het zo volledig?", "summary", nil},
		{"f6/summary/nl/plan-then-wh", NL, "Ik bestel nu een nieuwe pas, die is er binnen drie dagen, en ik stuur u de code per sms. Aan welke automaat was het juist?", "question", nil},

		// certainty in other words about what others bring about
		{"f6/overpromise/en/made-sure", EN, "He'll be seen within the hour, I've made sure of it.", "overpromise", nil},
		{"f6/overpromise/nl/draait-weer", NL, "De monteur is onderweg en binnen het uur draait alles weer.", "overpromise", nil},
		{"f6/overpromise/en/i-made-sure-to-call", EN, "I've made sure to note it, and I'll call you at five.", "callback", nil},

		// the plan put to the customer in other words
		{"f6/agreement/en/fair", EN, "I'm refunding the delivery and adding a ten pound credit. Fair?", "agreement", nil},
		{"f6/agreement/nl/zit-je-goed-mee", NL, "Ik zet er een extra les bij, zaterdag om negen uur. Zit je daar goed mee?", "agreement", nil},
		{"f6/agreement/en/does-ten-work", EN, "I can send the engineer tomorrow morning. Does 10 work for you?", "agreement", nil},
		{"f6/agreement/en/fair-statement", EN, "That's a fair point and I'm sorry.", "apology", nil},

		// a fact handed back is no question
		{"f6/question/nl/na-een-week-al", NL, "Na drie dagen al? Dat is snel.", "", nil},
		// forwarding is the agent's act; "ever" asks; "whatever you prefer" offers
		{"f6/blame/nl/geef-door-aan-koerier", NL, "Ik geef het door aan de koerier en bel u morgen om tien uur.", "callback", nil},
		{"f6/blame/nl/ooit-eerder", NL, "Heeft u ooit eerder zo'n storing gehad?", "question", nil},
		{"f6/blame/nl/wat-u-zelf-wil", NL, "Ik stuur een nieuwe of een tegoedbon, wat u zelf het liefste heeft.", "", nil},
		{"f6/summary/nl/zeg-ik-dat-goed", NL, "Twee keer gebeld, nooit teruggebeld, en nu een aanmaning. Zeg ik dat zo goed?", "summary", nil},
		{"f6/blame/en/team-handles", EN, "The out of hours team handles weekends, so you'd have to ring them.", "blame:management", nil},
		{"f6/blame/en/team-handles-i-ask", EN, "Our billing team handles refunds, so I've asked them to call you at three today.", "callback", nil},
		// rules that were written as if alternatives were phrases, now firing
		{"f6/overpromise/en/definitely-leaving", EN, "Ignore the board, your train's definitely leaving on time.", "overpromise", nil},
		{"f6/overpromise/en/thats-sorted", EN, "I've spoken to the warehouse so that's sorted, it'll be with you on Monday.", "overpromise", nil},
		{"f6/overpromise/en/until-its-sorted", EN, "I'll stay with you until it's sorted.", "", nil},
		{"f6/agreement/en/would-that-do-you", EN, "I can book the engineer for Friday morning, would that do you?", "agreement", nil},
		{"f6/question/nl/niet-verstaan", NL, "Sorry, ik heb u niet verstaan, wat zei u?", "", nil},
		{"f6/blame/en/we-follow-the-rules", EN, "I hear you, but we have to follow the safety regulations on every flight.", "empathy,blame:contract", nil},
		{"f6/apology/nl/mijn-fout", NL, "Dat is mijn fout, ik pas het nu aan.", "", nil},
		// each contact verb is read with the times near it
		{"f6/callback/en/second-contact-has-time", EN, "I can get you onto the new tariff, and I'll call you back by four today to confirm.", "callback", nil},
		{"f6/callback/nl/bevestiging-ver-van-tijd", NL, "Ik heb de monteur voor morgen om tien uur ingepland, en straks krijgt u van ons nog een bevestiging per sms.", "", nil},
		// a promise about everyone, a fault removed, a question about when, "should have heard"
		{"f6/blame/en/never-happens-to-anyone", EN, "I'll make sure that never happens to anyone again.", "overpromise", nil},
		{"f6/blame/en/happens-to-everyone", EN, "That happens with every airline, sir.", "blame:denial", nil},
		{"f6/blame/nl/niet-komma-ik", NL, "Die kosten horen daar niet, ik haal ze er nu af.", "", nil},
		{"f6/blame/nl/wanneer-getekend", NL, "Wanneer heeft u het huurcontract getekend?", "question", nil},
		{"f6/blame/nl/had-moeten-horen", NL, "Dat had u eerder van ons moeten horen, excuses.", "apology", nil},
	}
}
