package scoring

// frames112Cases (-175): from the misses on the train part of batch ea.
//
// A time in the step before "and" does not date a contact that waits on
// something ("I'll ring the depot this morning and get back to you as
// soon as they answer"); a contact that follows the step at once keeps
// it ("I'll check again at 9 and text you either way"), and so does a
// range ("tussen tien en elf"). "Get back to you" is a contact, no
// outcome a certainty word could vouch for; "get your deposit back"
// still is one. A plan checked in a statement: "laat me weten of u
// daarmee geholpen bent", "ik hoor graag of dat in uw agenda past",
// "just say if you'd rather do it that way", "als u zich daarin kunt
// vinden", "if you're happy with that". "Kunt u morgen om tien uur hier
// zijn?" proposes the slot; "Is er morgen om tien iemand thuis?" asks a
// fact. "It was on your confirmation" gives the paper as the answer,
// "the code, which is in your confirmation" points to where it is. "Ik
// kan me voorstellen dat…, maar…" grants a feeling (empathy, rubric: real
// empathy stays empathy after "maar") and is no step that helps, so the
// paper given after it still counts as blame. The customer's need named
// as empathy ("een week voor de verhuizing wil je gewoon dat alles
// geregeld is") is a near miss of blame the learned layer may not
// overrule: none of the corpus's 48 such replies is blame.
func frames112Cases() []scorerCase {
	return []scorerCase{
		{"f135/callback/en/step-time-then-wait", EN, "I'll ring the depot this morning and get back to you as soon as they answer.", "", nil},
		{"f135/callback/nl/step-time-then-wait", NL, "Ik laat het pakket vandaag nog ophalen en stuur je een bericht zodra het bij ons is.", "", nil},
		{"f135/callback/en/step-time-then-contact", EN, "I'll check the stock again at 9 tomorrow and text you either way.", "callback", nil},
		{"f135/callback/nl/range-then-call", NL, "Ik zoek het uit en donderdag tussen tien en elf bel ik u; op dat moment weet ik meer.", "callback", nil},
		{"f135/overpromise/en/chase-and-get-back", EN, "I'll definitely chase the workshop and get back to you once they reply.", "", nil},
		{"f135/overpromise/en/deposit-back", EN, "I'll definitely get your deposit back to you.", "overpromise", nil},
		{"f135/agreement/nl/daarmee-geholpen", NL, "Ik stort de 40 euro vandaag terug. Laat me maar weten of u daarmee geholpen bent.", "agreement", nil},
		{"f135/agreement/nl/hoor-graag-of", NL, "Ik zet de monteur op dinsdagochtend. Ik hoor graag of dat in uw agenda past.", "agreement", nil},
		{"f135/agreement/en/just-say-if", EN, "I could swap the order for the larger size at no cost; just say if you'd rather do it that way.", "agreement", nil},
		{"f135/agreement/en/just-say-which", EN, "I can refund it or send a new one. Just tell me which you'd rather.", "", nil},
		{"f135/agreement/nl/daarin-vinden", NL, "Ik haal de kosten van de factuur, als u zich daarin kunt vinden.", "agreement", nil},
		{"f135/agreement/en/if-happy-with-that", EN, "I can move your lesson to Saturday at ten if you're happy with that.", "agreement", nil},
		{"f135/agreement/nl/u-hier-zijn", NL, "Kunt u morgen om tien uur hier zijn?", "agreement", nil},
		{"f135/agreement/nl/iemand-thuis", NL, "Is er morgen om tien uur iemand thuis?", "", nil},
		{"f135/blame/en/on-your-confirmation", EN, "The check-in times were on your confirmation, sir.", "blame:customer", nil},
		{"f135/blame/en/which-is-in", EN, "You only need the booking code, which is in your confirmation.", "", nil},
		{"f135/blame/nl/need-named", NL, "Een week voor de verhuizing wil je gewoon dat alles geregeld is.", "empathy", nil},
		{"f135/blame/nl/voorstellen-maar", NL, "Ik kan me voorstellen dat je baalde, maar de les begon om negen uur en dat stond vetgedrukt in je bevestiging.", "empathy,blame:contract", nil},
	}
}
