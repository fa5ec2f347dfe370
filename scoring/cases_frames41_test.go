package scoring

// frames95Cases (-156): near misses where a blame pattern meets words that
// blame nobody. "I'd rather you didn't use it" asks the customer to wait,
// "you didn't use the code" still faults them; "something you didn't ask
// for" is the customer's side, "something we didn't do" denies; "I'll let
// you know how it goes" promises news. "Dat ligt niet aan jou" clears the
// customer, and "ligt morgen bij je op de mat" says where a parcel will
// be; "het ligt aan uw modem" still faults the customer.
func frames95Cases() []scorerCase {
	return []scorerCase{
		{"f118/blame/en/rather-you-didnt", EN, "That's not safe, and I'd rather you didn't use the heater until our electrician has seen it.", "", nil},
		{"f118/blame/en/you-didnt-use", EN, "You didn't use the code we sent, so the discount never applied.", "blame:customer", nil},
		{"f118/blame/en/you-didnt-ask", EN, "Being billed for a repair you didn't ask for is maddening.", "empathy", nil},
		{"f118/blame/en/we-didnt-do", EN, "We won't pay for something we didn't do.", "blame:denial", nil},
		{"f118/blame/en/let-you-know-how", EN, "I'll chase the depot this afternoon and let you know how it goes.", "callback", nil},
		{"f118/blame/nl/ligt-niet-aan-jou", NL, "Dat ligt niet aan jou, onze planning liep achter.", "", nil},
		{"f118/blame/nl/ligt-bij-je-op-de-mat", NL, "Het nieuwe pakket ligt morgen bij je op de mat.", "", nil},
		{"f118/blame/nl/ligt-aan-uw-modem", NL, "Het ligt gewoon aan uw modem, meneer.", "blame:customer", nil},
		{"f118/blame/nl/koerier-in-de-buurt", NL, "De koerier zit nu bij u in de buurt.", "", nil},
	}
}
