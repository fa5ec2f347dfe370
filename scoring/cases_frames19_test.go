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
		{"f29/blame/en/dont-see-why-upset", EN, "I don't see why you're this upset, the parcel is only one day late.", "blame:denial", nil},
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

// Empathy (-82): the agent's own feeling about what happened to the
// customer ("dat vind ik echt naar", "dat raakt me", "we're gutted for
// you"), what it costs them ("that really stings", "een zware slag voor
// je budget", "what a waste of a day off") and being left stuck ("dan zit
// je echt vast", "that leaves you in a bind"); not "vind je het erg als ik
// je even in de wacht zet?" nor "the waste collection is on Tuesday".
//
// Blame: the company's record as proof, then "so it was done" ("…, so the
// parcel was delivered", "…, dus de herinnering is gewoon verstuurd"),
// settled case 3; not "I'm so sorry…" nor "flag it so it's processed".
// Overpromise: "I can make the switch" is no "make sure"; "beloofd was"
// and "beslist wordt" are participles; "zeker vlak na" means especially.
// Question: "welke foutcode" asks about the problem like "error code";
// an identifier in one clause does not undo a question word opening
// another ("what colour is the suitcase, and did they give you a
// reference?").
func frames21Cases() []scorerCase {
	return []scorerCase{
		{"f31/empathy/nl/vind-ik-naar", NL, "Dat uw moeder zo lang moest wachten, dat vind ik echt naar.", "empathy", nil},
		{"f31/empathy/nl/raakt-me", NL, "Dat u er 's nachts van wakker ligt, dat raakt me.", "empathy", nil},
		{"f31/empathy/en/gutted-for-you", EN, "We're gutted for you, the whole trip was planned around that concert.", "empathy,apology", nil},
		{"f31/empathy/en/really-stings", EN, "Paying twice for the same month really stings, I know.", "empathy", nil},
		{"f31/empathy/nl/zware-slag", NL, "Drie boetes in één week, dat is een zware slag voor je budget.", "empathy", nil},
		{"f31/empathy/en/what-a-waste", EN, "What a waste of a day off, and I'm sorry.", "empathy,apology", nil},
		{"f31/empathy/nl/zit-je-vast", NL, "Zonder sleutel op zondag, dan zit je echt vast.", "empathy", nil},
		{"f31/empathy/nl/vind-je-het-erg", NL, "Vind je het erg als ik je even in de wacht zet?", "agreement", nil},
		{"f31/empathy/en/waste-collection", EN, "Your waste collection is on Tuesday morning.", "", nil},
		{"f31/blame/en/so-it-was-delivered", EN, "The scanner logged it at your door at 11:40, so the parcel was delivered.", "blame:denial", nil},
		{"f31/blame/nl/dus-verstuurd", NL, "De betaling kwam pas op de 20e binnen, dus de herinnering is gewoon verstuurd.", "blame:denial", nil},
		{"f31/blame/en/so-sorry-delivered", EN, "I'm so sorry your parcel was marked as delivered when it wasn't.", "apology", nil},
		{"f31/blame/en/flag-so-processed", EN, "I'll flag it so the refund is processed first thing tomorrow.", "", nil},
		{"f31/overpromise/en/can-make-the-switch", EN, "There's a block on online changes, but I can make the switch for you now.", "", nil},
		{"f31/overpromise/en/make-sure", EN, "I will make sure the engineer has your new address.", "", nil},
		{"f31/overpromise/nl/beloofd-was", NL, "Er was drie werkdagen beloofd en het zijn er nu tien, dat begrijp ik.", "empathy", nil},
		{"f31/overpromise/nl/zeker-vlak-na", NL, "Dat is veel geld, zeker vlak na de zomervakantie.", "", nil},
		{"f31/question/nl/welke-foutcode", NL, "Welke foutcode staat er op het scherm van de wasmachine?", "question", nil},
		{"f31/question/nl/welke-klantcode", NL, "Wat is uw klantcode?", "", nil},
		{"f31/question/en/look-like-and-reference", EN, "What colour is the suitcase, and did the airline give you a reference?", "question", nil},
		{"f31/question/en/number-and-postcode", EN, "What is your account number, and your postcode?", "", nil},
	}
}

// Blame (-83): the customer told to call or try again when a colleague is
// back, said in the sentence after the colleague ("mijn collega van de
// planning is er donderdag weer. Belt u dan even terug?", "…, probeer het
// maandag nog eens"), management as in the rubric's "Belt u morgen terug,
// dan is mijn collega er"; not the agent's own "ik probeer het morgen nog
// eens". A decision "by" a team ("it's a decision by the fraud team")
// like "of" one. A yes/no question about what the customer did, followed
// by "because…" ("Did you drop it? Because it was fine when it left us"),
// reproaches (customer blame, and no question). A party known by what we
// buy from it ("the caterer we use let us down", "de koeriersdienst die
// wij inschakelen") is a supplier when a cause follows.
// Empathy: the day the problem spoiled ("your birthday dinner should
// have been special", "not the weekend away you'd planned"); not "the
// invoice should have been sent on the first".
func frames22Cases() []scorerCase {
	return []scorerCase{
		{"f32/blame/nl/collega-dan-belt-u", NL, "Mijn collega van de planning is er donderdag weer. Belt u dan even terug?", "blame:management", nil},
		{"f32/blame/nl/collega-dan-terugbellen", NL, "Dat doet mijn collega van de kassa en die is er pas vrijdag. Belt u dan maar terug.", "blame:management", nil},
		{"f32/blame/nl/probeer-maandag-nog-eens", NL, "De collega die de vergunningen doet is deze week vrij, probeer het maandag nog eens.", "blame:management", nil},
		{"f32/blame/en/off-this-week-try-again", EN, "She's off this week, try again on Monday.", "blame:management", nil},
		{"f32/blame/nl/ik-probeer-nog-eens", NL, "Mijn collega is er morgen weer, ik probeer het dan nog eens bij haar en bel u om tien uur.", "callback", nil},
		{"f32/blame/en/decision-by-team", EN, "It's a decision by the fraud team and I can't overturn it.", "blame:management", nil},
		{"f32/blame/en/did-you-because", EN, "Did you leave it out in the rain? Because it was fine when it left the shop.", "blame:customer", nil},
		{"f32/question/en/did-you-then-asks", EN, "Did you get the text about the new date? I'll resend it if not.", "question", nil},
		{"f32/blame/en/caterer-we-use", EN, "Sorry about that, the caterer we use let us down this morning.", "blame:supplier,apology", nil},
		{"f32/blame/nl/dienst-die-wij-gebruiken", NL, "De koeriersdienst die wij inschakelen had gisteren een storing.", "blame:supplier", nil},
		{"f32/blame/en/we-use-secure-page", EN, "We use a secure payment page, so your card details stay safe.", "", nil},
		{"f32/empathy/en/should-have-been-special", EN, "Your birthday dinner should have been special, and I'm sorry it wasn't.", "empathy,apology", nil},
		{"f32/empathy/en/not-what-you-planned", EN, "That's not the weekend away you'd planned.", "empathy", nil},
		{"f32/empathy/nl/niet-voorgesteld", NL, "Zo had je je eerste avond in het nieuwe huis niet voorgesteld.", "empathy", nil},
		{"f32/empathy/en/invoice-should-have-been", EN, "The invoice should have been sent on the first.", "", nil},
	}
}
