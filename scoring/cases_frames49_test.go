package scoring

// frames103Cases (-166): more help offered in other words is no
// question, and a visit that leads to our own work passes no one on.
// "Van dienst zijn" ("kan ik je nog ergens mee van dienst zijn?") and
// "be of service/help" ("can I be of any further service?") offer help
// as "kan ik je nog ergens mee helpen?" does; the customer is not asked
// for anything about the problem.
//
// Still a question: an open "how/waarmee" ("waarmee kan ik u van dienst
// zijn?", "how else can I be of help?") asks the customer to say what
// they need, and "dienst" as a department ("iets gehoord van de
// technische dienst?") is no offer.
//
// Not blame: the customer's visit followed by our work, whatever the
// verb ("breng hem binnen, we lakken de bumper opnieuw") or whoever of
// ours does it ("…, dan kijkt onze chef werkplaats ernaar"). Still
// blame: calling again for a colleague ("bel morgen nog eens terug, dan
// kijkt mijn collega ernaar").
func frames103Cases() []scorerCase {
	return []scorerCase{
		{"f126/question/nl/ergens-mee-van-dienst", NL, "Ik heb de storing gemeld bij de technici. Kan ik je verder nog ergens mee van dienst zijn?", "", nil},
		{"f126/question/nl/nog-van-dienst", NL, "Kunnen we u vandaag nog van dienst zijn?", "", nil},
		{"f126/question/nl/iets-waarmee-van-dienst", NL, "Is er nog iets anders waarmee ik je van dienst kan zijn?", "", nil},
		{"f126/question/nl/waarmee-van-dienst", NL, "Goedemiddag, waarmee kan ik u van dienst zijn?", "question", nil},
		{"f126/question/nl/gehoord-van-dienst", NL, "Heeft u al iets gehoord van de technische dienst over de nieuwe meter?", "question", nil},
		{"f126/question/en/be-of-further-service", EN, "Your refund went through this morning. Can I be of any further service?", "", nil},
		{"f126/question/en/be-of-more-help", EN, "Could we be of more help with the claim form?", "", nil},
		{"f126/question/en/how-else-be-of-help", EN, "How else can I be of help today?", "question", nil},
		{"f126/blame/nl/binnen-we-lakken", NL, "Breng hem vrijdag binnen, we lakken de bumper opnieuw.", "", nil},
		{"f126/blame/nl/langs-dan-onze-chef", NL, "Kunt u morgenochtend langskomen, dan kijkt onze chef werkplaats er meteen naar?", "agreement", nil},
		{"f126/blame/nl/terugbellen-dan-collega", NL, "Bel morgen nog eens terug, dan kijkt mijn collega ernaar.", "blame:management", nil},
	}
}
