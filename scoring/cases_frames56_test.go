package scoring

// frames111Cases (-174): from the misses on the train part of batch dz.
//
// A recap closed by "heb ik het zo goed op een rij?", "zo heb ik het?"
// or framed by "zo heb ik het genoteerd" is a summary, and so is a list
// checked by "…, right, Priya?" with the customer's name after the
// check; "zo zie ik het ook" agrees and restates nothing. "Expect a text
// from me before half four" and "our answer will be in your inbox before
// 11" promise a message at a moment. "Within about five working days" is
// an estimate, while "at about five" is a clock time.
func frames111Cases() []scorerCase {
	return []scorerCase{
		{"f134/summary/nl/op-een-rij", NL, "Gisteren besteld, vandaag kapot geleverd en niemand die opneemt. Heb ik het zo goed op een rij?", "summary", nil},
		{"f134/summary/nl/zo-heb-ik-het", NL, "Twee keer betaald, geen bevestiging gekregen. Zo heb ik het?", "summary", nil},
		{"f134/summary/nl/zo-genoteerd", NL, "Twee keer betaald en geen bevestiging gekregen, zo heb ik het genoteerd.", "summary", nil},
		{"f134/summary/nl/zo-zie-ik-het-ook", NL, "Zo zie ik het ook.", "", nil},
		{"f134/summary/en/right-name", EN, "Two charges and no confirmation email, right, Priya?", "summary", nil},
		{"f134/summary/en/everything-name", EN, "Two charges, no confirmation email and nobody answering: is that everything, Tom?", "summary", nil},
		{"f134/callback/en/expect-a-text", EN, "Expect a text from me before half four today.", "callback", nil},
		{"f134/callback/en/answer-in-inbox", EN, "Our answer will be in your inbox before 11 tomorrow morning.", "callback", nil},
		{"f134/callback/en/working-days-estimate", EN, "I'd expect an answer within about five working days.", "", nil},
		{"f134/callback/en/about-five-clock", EN, "I'll call you at about five.", "callback", nil},
	}
}
