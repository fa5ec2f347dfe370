package scoring

// Frames (round 27, scorer -80).
//
// Blame, the brush-off of settled case 26: a regret for how the customer
// sees it ("het spijt me dat u het zo ervaart", "sorry dat je er zo over
// denkt", "I'm sorry you see it that way") or puzzlement at their anger
// ("ik snap niet waarom u zo boos bent", "I don't see why you're this
// upset"), followed by the company's side as a plain fact, in the next
// sentence or after a comma, is denial (feeling-then-fact). Not when the
// agent acts or asks after it, takes the remark along ("we nemen uw
// opmerking mee"), invites a message, or speaks of their own effort.
// "Wat had u dan verwacht?" and "what else did you expect?" put the
// complaint down to the customer's expectation (what-did-you-expect,
// customer blame; denial when the agent says what they cannot do: "wat
// verwacht je dan dat ik doe?"); "what were you expecting to see on the
// bill?" asks. A bill, fee or charge said to be correct with words
// between ("de incasso van mei is gewoon terecht", "the charges on this
// bill are all correct") stands against the complaint (contract);
// "de boete is echt niet terecht" grants it.
//
// Empathy: "especially at busy times" after the staff's own hard work
// names no effect on the customer.
func frames19Cases() []scorerCase {
	return []scorerCase{
		{"f29/blame/nl/zo-ervaart-dan-feit", NL, "Het spijt me dat u het zo ervaart. De huur wordt elk jaar op 1 juli aangepast.", "blame:denial", nil},
		{"f29/blame/nl/zo-over-denkt-dan-feit", NL, "Sorry dat je er zo over denkt. Onze bezorgers rijden elke dag dezelfde route.", "blame:denial", nil},
		{"f29/blame/en/see-it-that-way", EN, "I'm sorry you see it that way. The tariff is reviewed every April for all customers.", "blame:denial", nil},
		{"f29/blame/nl/zo-ervaart-ik-kijk", NL, "Het spijt me dat u het zo ervaart. Ik kijk nu meteen naar uw factuur.", "", nil},
		{"f29/blame/nl/zo-ervaart-opmerking-mee", NL, "Het spijt me dat u het zo heeft beleefd. We nemen uw opmerking mee in ons overleg.", "", nil},
		{"f29/blame/en/feel-that-way-then-asks", EN, "I'm sorry you feel that way. The app was updated on Monday. Which phone are you using?", "question", nil},
		{"f29/blame/en/feel-that-way-alone", EN, "I'm sorry you feel that way.", "", nil},
		{"f29/blame/nl/snap-niet-boos-komma", NL, "Ik snap eerlijk gezegd niet waarom u zo boos bent, de levertijd is gewoon vijf werkdagen.", "blame:denial", nil},
		{"f29/blame/en/dont-see-why-upset", EN, "I don't see why you're this upset, the parcel is only one day late.", "", nil},
		{"f29/blame/nl/snap-niet-boos-ik-los-op", NL, "Ik snap niet waarom u zo boos bent, ik los het nu voor u op.", "", nil},
		{"f29/empathy/nl/begrijp-waarom-boos", NL, "Ik begrijp waarom u zo boos bent, het is al de derde keer.", "empathy", nil},
		{"f29/blame/nl/wat-had-u-verwacht", NL, "Tja, voor die prijs, wat had u dan verwacht?", "blame:customer", nil},
		{"f29/blame/en/what-else-did-you-expect", EN, "It was a budget flight, what else did you expect?", "blame:customer", nil},
		{"f29/question/en/what-were-you-expecting", EN, "What were you expecting to see on the statement?", "question", nil},
		{"f29/blame/nl/really-think-we", NL, "Denkt u nou echt dat wij uw post expres kwijtraken?", "blame:denial", nil},
		{"f29/blame/nl/incasso-gewoon-terecht", NL, "De incasso van mei is gewoon terecht, uw contract liep nog.", "blame:contract", nil},
		{"f29/blame/en/charges-all-correct", EN, "I've checked and the charges on this bill are all correct.", "blame:contract", nil},
		{"f29/blame/nl/boete-niet-terecht", NL, "Die boete is echt niet terecht, ik haal hem er nu af.", "", nil},
		{"f29/empathy/en/staff-work-hard-especially", EN, "Our drivers work very hard, especially at weekends.", "", nil},
		{"f29/empathy/en/sorry-especially-with-kids", EN, "I'm so sorry, especially with the kids in the car.", "empathy,apology", nil},
	}
}

// Empathy (-81): the situation judged by what nobody wants or would put
// up with ("daar wordt niemand blij van", "dat houdt niemand
// lang vol", "daar zit niemand op te wachten", "nobody wants to spend
// their Saturday on hold", "that's not how anyone wants to start a
// holiday"), and "dat wil je echt niet zien"; not "niemand heeft u
// teruggebeld" (a fact) nor "that applies to everyone" (the terms).
// The timing that makes it worse for the person: "en dat uitgerekend
// op jullie trouwdag", "oei, net nu je trein vertrekt", "today of all
// days", "zo vlak voor je examen"; not "ik bel u vlak voor vijf uur".
// Not empathy: "wat een drama" about a small thing (mockery), "sorry
// voor het gedoe" (the bare fault, settled case 27), "dat is ernstig"
// and "dat is niet oké" (judging, settled case 22).
//
// Question: a last sentence with no punctuation that opens with an
// English auxiliary asks only when a subject follows ("did he call you
// back after that"); "will chase it up now" and "dont worry" do not.
func frames20Cases() []scorerCase {
	return []scorerCase{
		{"f30/empathy/nl/niemand-blij", NL, "Vier dagen zonder verwarming, daar wordt niemand blij van.", "empathy", nil},
		{"f30/empathy/nl/houdt-niemand-vol", NL, "Elke nacht om drie uur dat alarm, dat houdt niemand lang vol.", "empathy", nil},
		{"f30/empathy/nl/niemand-op-te-wachten", NL, "Een tweede aanmaning in één week, daar zit niemand op te wachten.", "empathy", nil},
		{"f30/empathy/en/nobody-wants", EN, "Nobody wants to spend their Saturday on hold to a bank.", "empathy", nil},
		{"f30/empathy/en/not-how-anyone-wants", EN, "A cold shower on your first morning is not how anyone wants to start a holiday.", "empathy", nil},
		{"f30/empathy/nl/dat-wil-je-niet-zien", NL, "Drie keer dezelfde boete, dat wil je echt niet zien.", "empathy", nil},
		{"f30/empathy/nl/niemand-teruggebeld", NL, "Er heeft niemand teruggebeld, ik zoek uit waarom.", "", nil},
		{"f30/empathy/en/applies-to-everyone", EN, "The deposit applies to everyone who books a van.", "", nil},
		{"f30/empathy/nl/uitgerekend", NL, "Wat een gedoe, en dat uitgerekend op de dag van je verhuizing.", "empathy", nil},
		{"f30/empathy/nl/net-nu", NL, "Oei, net nu je op vakantie wilt vertrekken.", "empathy", nil},
		{"f30/empathy/en/of-all-days", EN, "I'm sorry this happened on your birthday of all days.", "empathy,apology", nil},
		{"f30/empathy/nl/zo-vlak-voor", NL, "Het spijt me, en dat zo vlak voor je examen.", "empathy,apology", nil},
		{"f30/callback/nl/vlak-voor-vijf", NL, "Ik bel u vandaag vlak voor vijf uur terug.", "callback", nil},
		{"f30/empathy/nl/wat-een-drama", NL, "Och, een krasje op de doos, wat een drama.", "", nil},
		{"f30/empathy/nl/echt-een-drama", NL, "Met twee kinderen en zonder verwarming, dat is echt een drama.", "empathy", nil},
		{"f30/empathy/nl/sorry-voor-het-gedoe", NL, "Sorry voor het gedoe, ik stuur je een nieuw label.", "apology", nil},
		{"f30/empathy/en/sorry-for-the-hassle", EN, "Apologies for the hassle, I've sent a new label.", "apology", nil},
		{"f30/empathy/nl/gedoe-met-kinderen", NL, "Sorry voor het gedoe, en dat terwijl je met drie kinderen thuis zit.", "empathy,apology", nil},
		{"f30/empathy/nl/dat-is-ernstig", NL, "Dat is ernstig en het spijt me.", "apology", nil},
		{"f30/empathy/nl/niet-oke", NL, "Dat is echt niet oké, excuses.", "apology", nil},
		{"f30/question/en/will-chase-no-mark", EN, "sorry for the delay, will chase it up now", "apology", nil},
		{"f30/question/en/dont-worry-no-mark", EN, "dont worry about the form, thanks for letting us know", "", nil},
		{"f30/question/en/did-he-call-no-mark", EN, "did he call you back after that", "question", nil},
		{"f30/agreement/en/would-friday-no-mark", EN, "I'll send the fitter, would friday at 9 work for you", "agreement", nil},
	}
}
