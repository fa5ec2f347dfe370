package scoring

// Frames (round 20): where a cause or a duty is placed, and what the
// agent vouches for. "Because of" and "due to" link a cause to a party
// (the English cue had been written as one three-word phrase and never
// matched). Whose matter it is ("a question for the airline", "een zaak
// van de gemeente"), who is responsible ("de verhuurder is daarvoor
// verantwoordelijk") and whose side it is on ("at the courier's end")
// place it at a party. The customer's omission stated as a fact ("you
// never sent the form back") blames the customer. "Trust me", "reken
// maar dat" and "met zekerheid" vouch for an outcome; a supposed state
// ("u bent vast doodmoe") recognises a feeling, and a negator after a
// preposition ("for nothing") does not negate it. A Dutch compound the
// lexicon does not know is read as its head ("leveringsvoorwaarden" as
// "voorwaarden"). Each with a near twin the rule must leave alone.
func frames12Cases() []scorerCase {
	return []scorerCase{
		{"f20/blame/en/because-of-party", EN, "The bill went up because of the water company's new tariff.", "blame:supplier", nil},
		{"f20/blame/en/because-of-weather", EN, "Your train was held because of the snow.", "", nil},
		{"f20/blame/en/due-to-party", EN, "The gap in service is due to a fault at the network operator.", "blame:supplier", nil},
		{"f20/blame/en/because-of-this-i", EN, "Because of this, I'm refunding the fee today.", "", nil},
		{"f20/blame/nl/koeriersdienst", NL, "Het verzenden loopt via een koeriersdienst en die zit vol.", "blame:supplier", nil},
		{"f20/blame/en/question-for", EN, "That one's a question for the card issuer, I'm afraid.", "blame:supplier", nil},
		{"f20/blame/en/question-for-you", EN, "One question for you: is the light on the box green?", "question", nil},
		{"f20/blame/nl/zaak-van", NL, "Lantaarnpalen zijn een zaak van de gemeente.", "blame:supplier", nil},
		{"f20/blame/nl/kwestie-van-tijd", NL, "Het is nog een kwestie van een paar dagen.", "", nil},
		{"f20/blame/en/responsible", EN, "The landlord is responsible for the boiler, not us.", "blame:supplier", nil},
		{"f20/blame/nl/verantwoordelijk", NL, "Voor de lift is de vereniging van eigenaars verantwoordelijk.", "blame:supplier", nil},
		{"f20/blame/en/we-are-responsible", EN, "We are responsible for the boiler, so I'm sending someone.", "", nil},
		{"f20/blame/en/party-side", EN, "The hold-up is at the wholesaler's end.", "blame:supplier", nil},
		{"f20/blame/en/other-side", EN, "Your engineer is on the other side of town right now.", "", nil},
		{"f20/blame/en/not-their-side", EN, "It isn't on the bank's side, so I'll look at your account now.", "", nil},
		{"f20/blame/en/you-never-sent", EN, "You never sent the signed form back.", "blame:customer", nil},
		{"f20/blame/en/you-forgot", EN, "You forgot to attach the photos of the damage.", "blame:customer", nil},
		{"f20/blame/en/you-havent-received", EN, "You haven't received the new card yet, so I'll cancel the old one.", "", nil},
		{"f20/blame/nl/nooit-doorgegeven", NL, "Je hebt je nieuwe adres nooit doorgegeven.", "blame:customer", nil},
		{"f20/overpromise/en/trust-me", EN, "Trust me, the new part will sort it for good.", "overpromise", nil},
		{"f20/overpromise/en/trust-me-feeling", EN, "Trust me, I know how maddening that is.", "empathy", nil},
		{"f20/overpromise/nl/reken-maar", NL, "Reken maar dat de nieuwe bank er vrijdag staat.", "overpromise", nil},
		{"f20/overpromise/nl/met-zekerheid", NL, "Met zekerheid is de lekkage morgen verholpen.", "overpromise", nil},
		{"f20/overpromise/en/count-on-the", EN, "You can count on the replacement arriving Monday.", "overpromise", nil},
		{"f20/overpromise/en/count-on-team", EN, "You can count on the team to look at it.", "", nil},
		{"f20/empathy/nl/vast-doodmoe", NL, "U bent vast doodmoe na zo'n nacht.", "empathy", nil},
		{"f20/empathy/nl/zal-wel-spuugzat", NL, "Je zal het wel spuugzat zijn.", "empathy", nil},
		{"f20/empathy/nl/zal-wel-vertraagd", NL, "Het pakket zal wel vertraagd zijn.", "", nil},
		{"f20/empathy/en/for-nothing", EN, "Queuing an hour for nothing is so draining.", "empathy", nil},
		{"f20/empathy/en/not-draining", EN, "The new app is not draining at all.", "", nil},
		{"f20/empathy/nl/alone-name", NL, "Balen hoor Joris!", "empathy", nil},
		{"f20/empathy/en/terrified", EN, "You must have been terrified when the alarm went.", "empathy", nil},
		{"f20/empathy/en/mortifying", EN, "That sounds mortifying in front of your guests.", "empathy", nil},
		{"f20/blame/nl/compound-terms", NL, "Dat staat zo in de parkeervoorwaarden.", "blame:contract", nil},
		{"f20/blame/nl/compound-supplier", NL, "Dat ligt nu bij de energieleverancier.", "blame:supplier", nil},
		{"f20/blame/nl/compound-unknown", NL, "Dat ligt nu bij de ticketbalie.", "", nil},
	}
}
