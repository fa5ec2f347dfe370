package scoring

// Frames (round 6): a third party the outcome depends on, the one
// singled out, the one the case sits with; work done elsewhere; what the
// customer did themselves; a status insisted on beside a question. Each
// with a near twin the frame must leave alone.

func frames5Cases() []scorerCase {
	return []scorerCase{
		// the outcome in a third party's hands
		{"f5/blame/en/depends-on-courier", EN, "Once it leaves us, the delivery day depends on DPD.", "blame:supplier", nil},
		{"f5/blame/nl/hangt-af-van", NL, "Wanneer de glasvezel er ligt, hangt af van de netbeheerder.", "blame:supplier", nil},
		{"f5/blame/en/depends-on-your-plan", EN, "The speed you get depends on your plan; which one are you on?", "question", nil},
		{"f5/blame/nl/niet-afhankelijk", NL, "Dat hangt niet af van de bank, ik zet het vandaag zelf recht.", "", nil},

		// a third party singled out
		{"f5/blame/en/they-are-the-ones", EN, "Sorry for the wait. Evri are the ones holding your parcel at the depot.", "apology,blame:supplier", nil},
		{"f5/blame/nl/zij-zijn-degenen", NL, "De aannemer is degene die de planning maakt.", "blame:supplier", nil},
		{"f5/blame/en/we-are-the-ones", EN, "We're the ones who got this wrong, and I'm sorry.", "apology", nil},

		// the case sits with a third party
		{"f5/blame/en/its-with-your-bank", EN, "We refunded it on Monday, so now it's with your bank.", "blame:supplier", nil},
		{"f5/blame/nl/ligt-bij-koerier", NL, "Het pakket is onderweg, het ligt nu bij PostNL.", "blame:supplier", nil},
		{"f5/blame/en/thatll-be-carrier", EN, "That'll be Parcelforce again, they never ring the bell.", "blame:supplier", nil},
		{"f5/blame/en/its-with-us", EN, "It's with us now and I'm sorting it today.", "", nil},

		// work done elsewhere
		{"f5/blame/en/done-by-team", EN, "Refund requests are done by our finance team, not by me.", "blame:management", nil},
		{"f5/blame/en/made-centrally", EN, "Those decisions are made centrally, so there's nothing I can change.", "blame:management", nil},
		{"f5/blame/nl/uitbesteed", NL, "Het onderhoud is uitbesteed aan een ander bedrijf.", "blame:supplier", nil},
		{"f5/blame/en/hard-done-by", EN, "I can see why you feel hard done by, and I'm sorry.", "empathy,apology", nil},
		{"f5/blame/en/ask-review-by", EN, "I'll ask for the decision to be reviewed by a senior adviser and call you at four.", "callback", nil},

		// not us
		{"f5/blame/en/nothing-to-do-with-us", EN, "The charge came from the parking firm, nothing to do with us.", "blame:supplier", nil},
		{"f5/blame/nl/ligt-niet-aan-ons", NL, "De factuur is op tijd verstuurd, aan ons ligt het niet.", "blame:denial", nil},

		// what the customer did themselves
		{"f5/blame/nl/u-heeft-zelf", NL, "U heeft vorige maand zelf de automatische betaling stopgezet.", "blame:customer", nil},
		{"f5/blame/en/something-you-set", EN, "The data limit is something you set yourself, sir.", "blame:customer", nil},
		{"f5/blame/nl/zo-ingevuld", NL, "Dat heeft u bij de bestelling zo ingevuld.", "blame:customer", nil},
		{"f5/blame/en/should-have-elided", EN, "Should've kept the receipt, then we could have done something.", "blame:customer", nil},
		{"f5/blame/en/should-have-been", EN, "Should have been sorted weeks ago, I'm sorry. I'll fix it now.", "apology", nil},
		{"f5/blame/nl/als-u-had-hoeven", NL, "Als u de foto's had gestuurd, hadden we niet hoeven gokken.", "blame:customer", nil},
		{"f5/blame/nl/kunt-u-zelf", NL, "Heeft u dat zelf al geprobeerd?", "question", nil},

		// a status insisted on beside a troubleshooting question
		{"f5/blame/en/definitely-sent", EN, "Did you look in your junk folder? It was definitely sent from our side.", "question,blame:denial", nil},
		{"f5/blame/nl/gewoon-gemaild", NL, "we hebben de factuur gewoon gemaild hoor, kijk even in je spam", "blame:denial", nil},
		{"f5/blame/nl/zie-geen-melding", NL, "Ik zie hier geen storing, alles aan onze kant is in orde.", "blame:denial", nil},
		{"f5/blame/en/status-then-question", EN, "There's no outage in your area at the moment. Which lights are on at the router?", "question", nil},

		// the charge or rule as the answer
		{"f5/blame/nl/incasso-terecht", NL, "Die afschrijving is dus gewoon terecht.", "blame:contract", nil},
		{"f5/blame/en/thats-standard", EN, "A twenty pound fee applies after the second reminder, that's standard.", "blame:contract", nil},
		{"f5/blame/en/charge-wrong", EN, "That charge isn't right, I'm taking it off now.", "", nil},

		// the company as the one who calls
		{"f5/blame/nl/ik-kan-je-niet-bellen", NL, "Ik kan je nu niet bellen vanuit het kantoor, maar ik help je hier verder.", "", nil},
		{"f5/blame/nl/winkel-langs", NL, "Daarvoor moet u langs bij een van onze winkels.", "blame:management", nil},
	}
}
