package scoring

// frames92Cases (-153): hardship told as a turn for the worse ("Een week
// vrij en dan een kapotte kast in de gang") followed by what it does to
// the customer names the impact (empathy), and "daar gaan je plannen"
// says what is lost, it promises nothing; a plan before "en dan" is no
// hardship. The customer's own step stressed ("you did send it back")
// is customer blame; an owner named as the one to contact is a third
// party; "ik laat het door de verzekeraar beoordelen" is the agent's own
// step. The agent's word given as certainty ("take it from me", "set in
// stone", "dat is een uitgemaakte zaak") with an outcome, also when the
// vouch points back to the sentence before, is overpromise; the agent's
// own call vouched for is not. "Sorry hoor dat je bestelling later
// kwam" mocks the complaint and "sorry the dessert wasn't up to your
// standards" puts it on the customer's taste: no apology, and both brush
// the complaint off as the customer's doing (customer blame, settled rule
// 26; at -196 the first was relabelled from no blame, which contradicted
// that rule, the corpus's mocking "sorry hoor, dat…" replies and f151).
// "Dat spijt me, al belt onze bezorger altijd aan" takes the sorry back
// like "maar"; "al drie dagen" is "already", and "al kan ik me dat
// voorstellen" concedes. Relief that the person came through it
// ("gelukkig is uw dochter weer veilig thuis", "glad you're in one
// piece") is empathy; relief about a parcel is not.
func frames92Cases() []scorerCase {
	return []scorerCase{
		{"f115/empathy/nl/turn-worse-plans", NL, "Twee dagen vrij genomen en dan een lekke wasmachine in de hal, daar gaan je plannen.", "empathy", nil},
		{"f115/empathy/nl/turn-worse-person", NL, "Net een nieuwe fiets en dan na drie dagen een gebroken ketting, dat zit je natuurlijk niet lekker.", "empathy", nil},
		{"f115/empathy/en/turn-worse", EN, "A brand new laptop and then a dead screen on day two, that leaves you stuck for the whole week.", "empathy", nil},
		{"f115/empathy/nl/plan-then", NL, "Morgen komt de monteur en dan is de lekkage voorgoed verholpen, dat verzeker ik u.", "overpromise", nil},
		{"f115/empathy/nl/there-goes-promise", NL, "Daar gaan we morgen meteen mee aan de slag.", "", nil},
		{"f115/blame/en/you-did-send", EN, "Right, but you did change the colour twice after we had started printing.", "blame:customer", nil},
		{"f115/blame/en/you-did-not", EN, "You did nothing wrong, the mistake was ours and I've refunded the fee.", "", nil},
		{"f115/blame/nl/owner-contact", NL, "Voor schade aan de steiger moet u schriftelijk contact opnemen met de eigenaar van de haven.", "blame:supplier", nil},
		{"f115/blame/nl/laat-beoordelen", NL, "Ik laat de kras morgen door de verzekeraar bekijken.", "", nil},
		{"f115/overpromise/en/take-it-from-me", EN, "Your replacement board ships tonight and reaches you Thursday, take it from me.", "overpromise", nil},
		{"f115/overpromise/en/set-in-stone", EN, "The fitting on Friday the 22nd is set in stone.", "overpromise", nil},
		{"f115/overpromise/nl/uitgemaakte-zaak", NL, "Vrijdag staat de nieuwe boiler bij u in de kelder, dat is een uitgemaakte zaak.", "overpromise", nil},
		{"f115/overpromise/en/hold-me-back", EN, "Your bike will be ready on Monday. You can hold me to that.", "overpromise", nil},
		{"f115/overpromise/en/own-call-vouched", EN, "I'll ring you at five with the result. You can hold me to that.", "callback", nil},
		{"f115/apology/nl/sorry-hoor-dat", NL, "Sorry hoor dat je bestelling een dagje later op de stoep stond.", "blame:customer", nil},
		{"f115/apology/nl/sorry-hoor-sincere", NL, "Sorry hoor, dat is echt schrikken voor u.", "empathy,apology", nil},
		{"f115/apology/en/your-standards", EN, "So sorry the complimentary dessert wasn't up to your standards.", "blame:customer", nil},
		{"f115/apology/nl/al-although", NL, "Dat spijt me, al staat het wel duidelijk in uw contract.", "blame:contract", nil},
		{"f115/apology/nl/al-although-denies", NL, "Dat spijt me, al belt onze bezorger altijd twee keer aan, dus het ligt echt niet aan ons.", "blame:denial", nil},
		{"f115/apology/nl/al-already", NL, "Dat spijt me, al drie dagen zonder warm water is veel te lang.", "apology", nil},
		{"f115/apology/nl/al-agent-concedes", NL, "Jammer dat u wilt opzeggen, al kan ik me dat na deze maand goed voorstellen.", "apology", nil},
		{"f115/empathy/nl/luckily-safe", NL, "Gelukkig is uw dochter weer veilig thuis.", "empathy", nil},
		{"f115/empathy/en/in-one-piece", EN, "Glad you're both in one piece after that.", "empathy", nil},
		{"f115/empathy/nl/luckily-parcel", NL, "Gelukkig is het pakket terecht.", "", nil},
	}
}
