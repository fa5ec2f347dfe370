package scoring

// frames83Cases (-144): a relative or subordinate clause inside the
// ordeal's opening describes it and states nothing ("Twee weken
// rugpijn van een matras die u net had gekocht, …", "Three nights on the
// sofa before the movers even came, …"); "elke"/"every" may lead the
// count. A step the agent offers, then "would that…?"/"zou dat…?" in a
// closing clause or the next question, whatever the verb, weighs the
// step: agreement, not a question ("I can refund the delivery, would
// that feel fair?", "Ik stuur vandaag een leentoestel. Zou dat je wat
// rust geven?"); with no step before it the question asks ("Zou dat
// door de vorst komen?"). "Daar heeft u nooit voor getekend" signs
// nothing: a negator inside the signing pattern takes the contract
// blame away.
func frames83Cases() []scorerCase {
	return []scorerCase{
		{"f106/empathy/nl/relative-in-opening", NL, "Twee weken rugpijn van een matras die u net had gekocht, dan slaapt u geen nacht meer goed.", "empathy", nil},
		{"f106/empathy/en/before-in-opening", EN, "Three nights on the sofa before the movers had even come, that leaves you aching all over.", "empathy", nil},
		{"f106/empathy/nl/elke-count", NL, "Elke twee uur een storing, dan kom je nergens meer aan toe.", "empathy", nil},
		{"f106/empathy/nl/stated-count", NL, "Twee weken is de normale levertijd, dan heeft u het binnen.", "", nil},
		{"f106/empathy/nl/nooit-voor-getekend", NL, "Drie weken zonder douche, daar heeft u nooit voor getekend.", "empathy", nil},
		{"f106/blame/nl/wel-getekend", NL, "Dat heeft u bij de aankoop zo getekend, meneer.", "blame:contract", nil},
		{"f106/agreement/en/would-that-tag", EN, "I can refund the delivery charge today, would that feel fair?", "agreement", nil},
		{"f106/agreement/nl/zou-dat-next", NL, "Ik stuur vandaag nog een leentoestel op. Zou dat je wat rust geven?", "agreement", nil},
		{"f106/question/nl/zou-dat-cause", NL, "De leiding is gesprongen. Zou dat door de vorst komen?", "question", nil},
	}
}
