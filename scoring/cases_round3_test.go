package scoring

// A third round, written while measuring testdata/holdout3.jsonl: fresh
// sentences for the phrasings that round found missing, each with a
// near twin that must stay unlabelled.

func round3Cases() []scorerCase {
	return []scorerCase{
		// RUBRIC empathy: what the problem does to them, in everyday words.
		{"r3/empathy/nl/niet-leuk", NL, "Een week zonder wasmachine, dat is echt niet leuk.", "empathy", nil},
		{"r3/empathy/nl/niet-leuk-om-te-horen", NL, "Dat is niet leuk om te horen.", "apology", nil},
		{"r3/empathy/nl/leuk-om-te-horen", NL, "Leuk om te horen dat alles weer werkt!", "", nil},
		{"r3/empathy/nl/moet-akelig-zijn", NL, "Dat moet akelig geweest zijn, midden in de nacht zonder stroom.", "empathy", nil},
		{"r3/empathy/nl/terecht-zat", NL, "Na vier keer bellen ben je het terecht zat.", "empathy", nil},
		{"r3/empathy/nl/wakker-van", NL, "Van zo'n brief lig je natuurlijk wakker.", "empathy", nil},
		{"r3/empathy/nl/wat-een-stress", NL, "Wat een stress, zo vlak voor je vakantie.", "empathy", nil},
		{"r3/empathy/nl/zou-paniek", NL, "Daar zou ik ook van in paniek raken.", "empathy", nil},
		{"r3/empathy/en/scary", EN, "That's scary, finding a charge you never made.", "empathy", nil},
		{"r3/empathy/en/last-thing", EN, "A broken boiler is the last thing you need in January.", "empathy", nil},
		{"r3/empathy/en/last-thing-list", EN, "The last thing on the list is your address.", "", nil},
		{"r3/empathy/en/must-have-been", EN, "You must have been so worried when the screen went black.", "empathy", nil},
		{"r3/empathy/en/letdown", EN, "A birthday cake that arrives squashed is a real letdown.", "empathy", nil},
		{"r3/empathy/en/see-why-alarming", EN, "I can see why that message was alarming.", "empathy", nil},
		{"r3/empathy/en/wear-anyone-down", EN, "Three weeks of chasing would wear anyone down.", "empathy", nil},

		// RUBRIC callback: contact by message counts; "DM us" is the customer acting.
		{"r3/callback/en/dm-you", EN, "I'll DM you by 3 pm with the courier's answer.", "callback", nil},
		{"r3/callback/en/dm-us", EN, "Please DM us by 3 pm with your order number.", "", nil},
		{"r3/callback/en/reply-here", EN, "I'll reply here before noon with an update.", "callback", nil},
		{"r3/callback/nl/stuur-dm", NL, "Ik stuur je morgen om tien uur een DM met de stand van zaken.", "callback", nil},
		{"r3/callback/en/details-in-dms", EN, "We've booked you on the 9:10 train tomorrow, the details are in your DMs.", "", nil},

		// RUBRIC overpromise: guarantees about outcomes; "zeker als" means "especially".
		{"r3/overpromise/en/ship-guaranteed", EN, "Your order ships on Monday, guaranteed.", "overpromise", nil},
		{"r3/overpromise/en/no-doubt", EN, "The update will fix it, no doubt about it.", "overpromise", nil},
		{"r3/overpromise/en/guarantee-work", EN, "I guarantee the new router will work perfectly.", "overpromise", nil},
		{"r3/overpromise/nl/komt-zeker-aan", NL, "Je pakket komt vrijdag zeker aan.", "overpromise", nil},
		{"r3/overpromise/nl/beloven-normaal", NL, "Volgende week is alles weer normaal, dat beloven we.", "overpromise", nil},
		{"r3/overpromise/nl/normaal-gezien", NL, "Normaal gezien is het morgen opgelost.", "", nil},
		// "zeker als" is no certainty; naming the effect on the person ("zeker als u thuis moet
		// werken") is empathy by the rubric's judging-vs-empathy case (relabelled, round 4)
		{"r3/overpromise/nl/zeker-als", NL, "Dat is niet in orde, zeker als u thuis moet werken.", "empathy", nil},

		// RUBRIC blame, new wordings; and their innocent twins.
		{"r3/blame/nl/servicevoorwaarden", NL, "Zo staat het in onze servicevoorwaarden.", "blame:contract", nil},
		{"r3/blame/en/signed-in", EN, "Were you signed in when the order went through?", "question", nil},
		{"r3/blame/en/you-signed", EN, "You signed the contract, so the fee stands.", "blame:contract", nil},
		{"r3/blame/nl/sorry-doorverbinden", NL, "Sorry voor het doorverbinden, ik help u nu verder.", "apology", nil},
		{"r3/blame/nl/doorverbinden", NL, "Ik ga u doorverbinden met de afdeling facturatie.", "blame:management", nil},
		{"r3/blame/en/only-by", EN, "Refunds can only be handled by the store where you bought it.", "blame:management", nil},
		{"r3/blame/en/no-error-our-side", EN, "We checked and there is no error on our side.", "blame:denial", nil},
		{"r3/blame/en/dont-control", EN, "We don't control the delivery times once it has left.", "blame:denial", nil},
		{"r3/blame/en/what-i-dont-control", EN, "I won't promise what I don't control, but I will call you at four.", "callback", nil},
		{"r3/blame/en/hotel-cancelled", EN, "The hotel cancelled your booking, not us.", "blame:supplier", nil},
		{"r3/blame/nl/alvast-link", NL, "Welke foutmelding zie je? Op <URL> staan alvast wat tips terwijl ik meekijk.", "question", nil},

		// RUBRIC question: details asked for by message; identifiers named
		// in a question about the situation.
		{"r3/question/en/dm-with-what", EN, "Send us a DM with what the engineer told you.", "question", nil},
		{"r3/question/en/dm-order-number", EN, "Send us a DM with your order number.", "", nil},
		{"r3/question/en/email-situation", EN, "Did you pay by card, or with your email through PayPal?", "question", nil},
		{"r3/question/en/account-number", EN, "What is your account number?", "", nil},

		// RUBRIC summary: check-understanding openers.
		{"r3/summary/en/if-i-follow", EN, "So if I follow: the meter was replaced in May and the bill still shows the old one?", "summary", nil},
		{"r3/summary/en/check-i-have-it", EN, "Let me check I've got it right: the parcel came with the box open and the lamp broken?", "summary", nil},
		{"r3/summary/nl/of-ik-het-goed-heb", NL, "Even checken of ik het goed heb: de monteur kwam dinsdag niet opdagen en niemand heeft u gebeld?", "summary", nil},
	}
}
