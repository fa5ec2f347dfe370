package scoring

// Frames (round 23): a question that only sends the customer to the link
// it gives ("kun je het via deze link proberen? <URL>", "have you had a
// look at this page?") is the link as the whole answer (settled case 1),
// not a question that keeps it; "more info" pointed to ("for more info,
// visit …", "more information here: <URL>") asks for nothing, while "please tell
// us more here: <URL>" does. No record of what the customer sent or did
// ("we have no record of your call", "wij hebben geen opzegging
// ontvangen") is denial, unless the customer is the subject ("sorry you
// haven't received it") or the agent helps on. Someone else said to be
// the one who will help ("the store team will be happy to help you",
// "die helpen u daar verder") passes the customer on; not help given
// ("glad our team could help"), the purpose of the customer's own step
// ("so our team can assist"), the agent bringing someone in, or a
// negation.
func frames15Cases() []scorerCase {
	return []scorerCase{
		{"f23/blame/nl/link-proberen", NL, "@USER Hoi Sam, kun je het eens via deze link proberen: <URL> ? ^KD", "blame:website", nil},
		{"f23/blame/nl/link-bekeken", NL, "Heb je deze pagina al bekeken: <URL> ?", "blame:website", nil},
		{"f23/blame/en/link-try", EN, "Could you try the steps on this page: <URL> ?", "blame:website", nil},
		{"f23/blame/en/link-what-shows", EN, "What does the tracking page show for you here: <URL> ?", "question", nil},
		{"f23/question/en/more-info-visit", EN, "For more info about our plans, visit us at <URL>", "", nil},
		{"f23/question/en/tell-us-more-here", EN, "That's not right. Please tell us more here: <URL>", "question", nil},
		{"f23/question/en/more-info-call", EN, "For more info on the new fees, call us any time.", "", nil},
		{"f23/blame/en/no-record", EN, "We have no record of your cancellation call, sir.", "blame:denial", nil},
		{"f23/blame/en/not-received", EN, "We haven't received any meter reading from you this quarter.", "blame:denial", nil},
		{"f23/blame/en/you-not-received", EN, "I'm sorry you haven't received your refund yet.", "apology", nil},
		{"f23/blame/en/cant-see-acts", EN, "I can't see your payment yet, so I'll chase it with billing now.", "", nil},
		{"f23/blame/nl/geen-opzegging", NL, "Wij hebben nog geen opzegging van u ontvangen.", "blame:denial", nil},
		{"f23/blame/nl/vind-geen-mail", NL, "Ik vind geen mail van je terug over die klacht.", "blame:denial", nil},
		{"f23/blame/nl/geen-betaling-dm", NL, "Ik zie nog geen betaling binnengekomen. Stuur je me je klantnummer, zodat ik het kan nakijken?", "", nil},
		{"f23/blame/en/store-team-helps", EN, "The store team will be happy to help you with that.", "blame:management", nil},
		{"f23/blame/en/bank-should-help", EN, "Your bank should be able to help you with that charge.", "blame:supplier", nil},
		{"f23/blame/en/team-helped", EN, "Glad our team was able to help you today.", "", nil},
		{"f23/blame/en/so-team-assists", EN, "Send us a note with the details so our team can assist.", "question", nil},
		{"f23/blame/en/looping-expert", EN, "I'm looping in an expert who can help you with the setup.", "", nil},
		{"f23/blame/nl/winkel-helpt", NL, "Ga maar even langs de winkel, die helpen je daar verder.", "blame:management", nil},
		{"f23/blame/nl/dienst-kan-helpen", NL, "De technische dienst kan u daar verder mee helpen.", "blame:management", nil},
		{"f23/blame/nl/winkel-niet", NL, "De winkel kan je daar niet mee helpen, dat regel ik zelf voor je.", "", nil},
	}
}
