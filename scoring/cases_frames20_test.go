package scoring

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
