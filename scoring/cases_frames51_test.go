package scoring

// frames106Cases (-169): words of the rules that read the wrong thing,
// found on batch du once it was measured, and their twins that must
// still count.
//
// Question: a relative clause after a comma asks nothing ("done by our
// fitter, who you met last week"); "Zei u dat…?" asks the customer to
// say it again; "laat maar weten wat je wilt" offers a choice of steps
// (settled 18); a tag after a statement ("…, would it?") seeks assent
// (since -177 its blame counts as a statement's: "…, didn't you?" puts
// the customer's own doing as the cause), and "Misschien even de router
// herstarten?" puts forward a tip or a guess (unless a question word follows: "Misschien weet u nog hoe laat
// de bezorger kwam?"). Blame: "because that decides which boat" names a fact,
// not a party, and "made by hand" says how; "ik zeg niet dat u iets fout
// deed" denies the reproach; "het ligt vrijdag bij je op de stoep" is
// where the parcel will be. Empathy: a feeling named in a hedged apology
// ("any disappointment this may have caused") is hedged too.
// Overpromise: "I'll definitely push for a slot. Can't promise one comes
// up" takes the certainty back.
func frames106Cases() []scorerCase {
	return []scorerCase{
		{"f129/question/en/relative-who", EN, "The new strings were fitted by our luthier, who you met last week", "", nil},
		{"f129/question/en/clause-asks", EN, "Sorry about the wait, when did the crack first show", "apology,question", nil},
		{"f129/question/nl/relative-wanneer", NL, "Ik zet de fiets klaar in de winkel, wanneer je hem komt ophalen", "", nil},
		{"f129/question/nl/clause-asks", NL, "Sorry voor het wachten, wanneer is de barst ontstaan", "apology,question", nil},
		{"f129/question/nl/zei-je-dat", NL, "De verbinding hapert even. Zei je dat de kraan nog steeds lekt?", "", nil},
		{"f129/question/en/did-you-say-that", EN, "You broke up there for a second. Did you say that the tap is still leaking?", "", nil},
		{"f129/question/nl/what-happened", NL, "Wat is er precies gebeurd met de kraan?", "question", nil},
		{"f129/question/en/tag-would-it", EN, "If you'd told us about the new address, the parcel wouldn't have gone to the old one, would it?", "blame:customer", nil},
		{"f129/question/en/tag-didnt-you", EN, "You did fit the new pads yourself, didn't you?", "blame:customer", nil},
		{"f129/question/en/plain-was-it", EN, "Was it raining when the roof started leaking?", "question", nil},
		{"f129/question/nl/misschien-herstarten", NL, "Dat is balen. Misschien even de router opnieuw opstarten?", "empathy", nil},
		{"f129/question/en/maybe-neighbour", EN, "The parcel shows as delivered at 2pm. Maybe a neighbour took it in?", "", nil},
		{"f129/question/nl/misschien-hoe-laat", NL, "Misschien weet u nog hoe laat de bezorger kwam?", "question", nil},
		{"f129/question/nl/laat-weten-wat-je-wilt", NL, "Je kunt het geld terugkrijgen of de les verzetten, laat maar weten wat je wilt.", "", nil},
		{"f129/question/nl/laat-weten-wat-je-ziet", NL, "Laat me weten wat je op het schermpje ziet.", "question", nil},
		{"f129/blame/en/that-decides", EN, "How long have you been skating, because that decides which group I can put you in?", "question", nil},
		{"f129/blame/en/team-that-decides", EN, "It goes to the claims team that decides these things.", "blame:management", nil},
		{"f129/blame/en/made-by-hand", EN, "Every saddle we sell is made by hand to order.", "", nil},
		{"f129/blame/en/handled-by-finance", EN, "Refunds are handled by the finance team.", "blame:management", nil},
		{"f129/blame/nl/zeg-niet-dat-u", NL, "Ik zeg niet dat u zelf iets verkeerd hebt gedaan, ik pas de factuur aan.", "", nil},
		{"f129/blame/nl/niet-beweren", NL, "Ik zou nooit beweren dat u zelf iets fout hebt gedaan.", "", nil},
		{"f129/blame/nl/u-deed-fout", NL, "U heeft zelf iets fout gedaan bij het bestellen.", "blame:customer", nil},
		{"f129/blame/en/not-saying-you", EN, "I'm not saying you did anything wrong yourself, the form asks for it twice.", "", nil},
		{"f129/blame/nl/ligt-op-de-stoep", NL, "Het nieuwe pakket gaat vandaag weg en ligt dinsdag bij je op de stoep.", "", nil},
		{"f129/blame/nl/om-tien-uur-ligt-het", NL, "Het gaat vandaag nog weg, om 10 uur ligt het bij je.", "", nil},
		{"f129/blame/nl/ligt-aan-je-router", NL, "Dan ligt het aan je router, meneer.", "blame:customer", nil},
		{"f129/empathy/en/hedged-disappointment", EN, "Apologies for any disappointment the workshop may have caused.", "", nil},
		{"f129/empathy/en/plain-disappointment", EN, "Apologies for the disappointment, I know how much you were looking forward to it.", "apology,empathy", nil},
		{"f129/overpromise/en/cant-promise-after", EN, "I'll definitely ring the workshop after this call and push for a slot this week. Can't promise one will come up.", "", nil},
		{"f129/overpromise/en/definitely-fixed", EN, "It will definitely be fixed by Friday.", "overpromise", nil},
	}
}
