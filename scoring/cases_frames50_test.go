package scoring

// frames104Cases (-167): words of the rules that read the wrong thing,
// found on batch dr once it was measured.
//
// Not blame: "easy to say so" (nobody's terms say anything; the
// written source must say it: "the signs in the car park say so"), the
// hour "you had to yourself" (time alone, nothing the customer did),
// the agent making the contact ("I'm chasing the team this minute",
// "neem ik contact met u op" after news from the insurer), a contact
// that only times the callback ("before you need to head out").
// Blame: "that's not how you entered the postcode" holds the customer's
// own entry against them, as "that's how you filled it in" does.
func frames104Cases() []scorerCase {
	return []scorerCase{
		{"f127/blame/en/easy-to-say-so", EN, "Sorry for the wait. It would be easy to say so, but the delay was ours.", "apology", nil},
		{"f127/blame/en/signs-say-so", EN, "The signs in the car park say so at every entrance.", "blame:contract", nil},
		{"f127/blame/en/does-say-so", EN, "The booking page does say so, under the price.", "blame:contract", nil},
		{"f127/blame/en/had-to-yourself", EN, "What a way to spend the one evening you had to yourself.", "empathy", nil},
		{"f127/blame/en/cancelled-yourself", EN, "You had cancelled the order yourself on Monday.", "blame:customer", nil},
		{"f127/blame/en/chasing-before-you-head-out", EN, "I'm chasing the team this minute and I'll ring you back by ten past three, before you need to head out.", "callback", nil},
		{"f127/blame/en/not-how-you-entered", EN, "That's not how you entered the postcode, it needs a space in the middle.", "blame:customer", nil},
		{"f127/blame/nl/neem-ik-contact-na-verzekeraar", NL, "Zodra ik iets van de verzekeraar hoor, neem ik contact met u op.", "", nil},
	}
}

// frames105Cases (-168): "not what you agreed to" sides with the
// customer, found on batch ds once it was measured; "that's what you
// agreed to" still holds the terms against them.
func frames105Cases() []scorerCase {
	return []scorerCase{
		{"f128/blame/en/not-what-you-agreed", EN, "You were billed for a full service on top, not what you agreed to, so I've cancelled that invoice.", "", nil},
		{"f128/blame/en/what-you-agreed", EN, "That's what you agreed to when you signed up.", "blame:contract", nil},
	}
}
