package scoring

// frames84Cases (-145): a colon after a recap marker of its own ("Even
// op een rijtje:", "Let me make sure I follow:") opens a recap even when
// the facts name no customer or say what the company did, as long as
// the agent plans nothing after it; a lead-in that says the agent reads
// or lays out what was said ("Ik lees het even terug:", "let me play
// that back:") is such a marker before a colon. Two facts closed by a
// check whether the agent has it right ("…, right?", "Have I got that
// right?") recap; "right now" checks nothing. "Let me know if that
// works for you", "Zeg het maar als dat u niet uitkomt": the customer's
// verdict on the plan is asked (agreement). "Daar mag u mij aan houden",
// "you can take that to the bank": certainty, and no bank to go to.
// "I don't make the pricing decisions" and staff who may not deviate
// from the rules shift the blame.
func frames84Cases() []scorerCase {
	return []scorerCase{
		{"f107/summary/nl/rijtje-verbless", NL, "Even op een rijtje: twee keer de verkeerde maat geleverd en het retourlabel werkt niet.", "summary", nil},
		{"f107/summary/en/colon-we-did", EN, "Let me make sure I follow: we booked you for Tuesday, nobody turned up, and the fee was still taken.", "summary", nil},
		{"f107/summary/nl/colon-we-did", NL, "Als ik het goed lees: wij hebben de afspraak verzet en daarna kwam er niemand opdagen.", "summary", nil},
		{"f107/summary/en/play-back", EN, "Let me play that back: the heater died on Friday, the engineer never came, and the flat is freezing.", "summary", nil},
		{"f107/summary/nl/lees-terug", NL, "Ik lees het even terug: je pakket is twee keer teruggestuurd en niemand heeft je gebeld.", "summary", nil},
		{"f107/summary/nl/voor-me", NL, "Ik heb het hier voor me: de kraan lekt sinds maandag en de loodgieter is niet geweest.", "summary", nil},
		{"f107/summary/en/colon-plan", EN, "Got it: I'll send a new charger today and email you the tracking.", "callback", nil},
		{"f107/summary/nl/colon-findings", NL, "Ik zie het: de betaling is binnen en de bestelling staat klaar.", "", nil},
		{"f107/summary/en/two-facts-right", EN, "The parcel went to the wrong street and the driver marked it delivered, right?", "summary", nil},
		{"f107/summary/nl/two-facts-juist", NL, "Je hebt twee keer betaald en de tickets zijn nooit aangekomen, juist?", "summary", nil},
		{"f107/summary/en/two-facts-got-right", EN, "The lift was broken and nobody warned you. Have I got that right?", "summary", nil},
		{"f107/question/en/right-now", EN, "The lift was broken all day. Are you somewhere warm right now?", "question", nil},
		{"f107/agreement/en/let-know-works", EN, "I'll swap the cable and send the new one today. Let me know if that works for you.", "agreement", nil},
		{"f107/agreement/nl/zeg-maar-als", NL, "Ik stuur de monteur morgen tussen negen en elf. Zeg het maar als dat u niet uitkomt.", "agreement", nil},
		{"f107/agreement/nl/zegt-u-maar", NL, "Ik zet de extra kosten terug op uw rekening. Zegt u het maar als dat voor u werkt.", "agreement", nil},
		{"f107/agreement/en/let-know-here", EN, "I'll move your slot to Monday morning. Let me know here if Monday suits.", "agreement", nil},
		{"f107/overpromise/nl/mag-me-aan-houden", NL, "Uw fiets staat vrijdag klaar, daar mag u mij aan houden.", "overpromise", nil},
		{"f107/overpromise/nl/blind-vertrouwen", NL, "De nieuwe ketel hangt er morgen, daar kun je blind op vertrouwen.", "overpromise", nil},
		{"f107/overpromise/en/to-the-bank", EN, "The refund lands on your card tomorrow, you can take that to the bank.", "overpromise", nil},
		{"f107/overpromise/en/hand-on-heart", EN, "Your bike will be ready on Saturday, hand on heart.", "overpromise", nil},
		{"f107/overpromise/nl/mijn-woorden", NL, "Die korting krijgt u zeker terug, let op mijn woorden.", "overpromise", nil},
		{"f107/blame/en/dont-make-decisions", EN, "Well, I don't make the pricing decisions.", "blame:management", nil},
		{"f107/blame/nl/mag-niet-afwijken", NL, "De kassamedewerkers mogen daar helaas niet van afwijken.", "blame:contract", nil},
		{"f107/blame/en/no-exceptions", EN, "Our drivers aren't allowed to make exceptions to the weight limit.", "blame:contract", nil},
	}
}
