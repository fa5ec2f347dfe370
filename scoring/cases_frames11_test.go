package scoring

// Frames (round 19): who acts, read past word order and word class. A
// Dutch auxiliary before the agent puts the verb last ("dan zal ik het
// voor je aanpassen"): the agent still acts, so a self-service route
// offered beside it is no brush-off. "Try" followed by a step asks for
// troubleshooting, not another go at someone ("try resetting it" vs "try
// the bank", "try again later"). "Contact" before an identifier is a
// noun ("a good contact number"), not a command to call. A cause put at
// a party stays put there under a hedge ("usually come from the bank"),
// other customers' good experience is held up against the complaint
// ("most of our customers love it"), and whose job it is names the
// party after "down to" or "valt onder". Each with a near twin the rule
// must leave alone.
func frames11Cases() []scorerCase {
	return []scorerCase{
		{"f19/blame/nl/zal-ik-aanpassen", NL, "Dat kan in de app. Of stuur me je klantnummer, dan zal ik het voor jou aanpassen.", "", nil},
		{"f19/blame/nl/ga-ik-regelen", NL, "U kunt het online wijzigen, anders ga ik het morgen voor u regelen.", "", nil},
		{"f19/blame/nl/app-alleen", NL, "Dat kan je gewoon zelf in de app wijzigen.", "blame:website", nil},
		{"f19/blame/nl/kan-ik-niet-aanpassen", NL, "Dat moet je zelf in de app wijzigen, dat kan ik niet voor je doen.", "blame:website", nil},
		{"f19/blame/nl/doe-ik-het", NL, "Het kan via de klantenzone. Of geef me je nummer, dan doe ik het voor je.", "", nil},
		{"f19/blame/en/try-resetting", EN, "Could you try resetting the settings in Outlook and let us know if it helps?", "question", nil},
		{"f19/blame/en/try-the-bank", EN, "Please try the bank, they handle chargebacks.", "blame:supplier", nil},
		{"f19/blame/en/try-again-later", EN, "Our booking line is busy, try calling the hotel again later.", "blame:supplier", nil},
		{"f19/blame/en/contact-number", EN, "Please double-check the contact number on your account.", "", nil},
		{"f19/blame/en/contact-the-dealer", EN, "You'll need to contact the dealer about the gearbox.", "blame:supplier", nil},
		{"f19/blame/en/usually-come-from", EN, "Delays like this usually come from the courier's depot.", "blame:supplier", nil},
		{"f19/blame/en/usually-our-warehouse", EN, "Your parcel usually comes from our Leeds warehouse.", "", nil},
		{"f19/blame/nl/komt-meestal-door", NL, "Zo'n storing komt meestal door werken van de netbeheerder.", "blame:supplier", nil},
		{"f19/blame/en/most-customers-love", EN, "Sorry you're not keen, but most of our customers love the new menu.", "blame:denial", nil},
		{"f19/blame/en/stable-for-most", EN, "The update has been stable for most users.", "blame:denial", nil},
		{"f19/blame/nl/andere-klanten-werkt", NL, "Bij andere klanten werkt de app gewoon.", "blame:denial", nil},
		{"f19/blame/en/most-customers-get", EN, "Most customers get their refund within a week.", "", nil},
		{"f19/blame/en/down-to-airline", EN, "Refunds on that ticket are down to the airline now.", "blame:supplier", nil},
		{"f19/blame/en/up-to-days", EN, "Delivery takes up to five days.", "", nil},
		{"f19/blame/nl/valt-onder-verhuurder", NL, "Dat valt onder de verhuurder, niet onder ons.", "blame:supplier", nil},
		{"f19/blame/nl/valt-onder-garantie", NL, "Dat valt onder de garantie, ik stuur vandaag een nieuwe.", "", nil},
	}
}
