package scoring

// frames86Cases (-147): a question that puts a concrete moment to the
// customer and asks whether it fits them ("Could you manage Thursday at
// 4:30 instead?", "Lukt 10.30 uur voor jou?", "kom je morgen om 9u
// langs?", "tomorrow between 10 and 2 alright?") checks agreement with
// the proposed time. Not when the customer must call again later
// ("Kunt u morgen na tien uur nog eens bellen?" passes them on), when it
// asks for a step or a detail ("Kunt u vandaag de meterstand
// aflezen?"), about a past event ("Did the engineer come at 3?") or
// with a question word.
func frames86Cases() []scorerCase {
	return []scorerCase{
		{"f109/agreement/en/manage-thursday", EN, "Sorry about that. Could you manage Thursday at 4:30 instead?", "apology,agreement", nil},
		{"f109/agreement/en/come-in-saturday", EN, "can you come in saturday morning so Jo can take a look at it?", "agreement", nil},
		{"f109/agreement/en/slot-alright", EN, "i can send a driver to swap it, tomorrow between 10 and 2 alright?", "agreement", nil},
		{"f109/agreement/nl/lukt-tijd", NL, "Ik houd een plek voor je vrij. Lukt 10.30 uur voor jou?", "agreement", nil},
		{"f109/agreement/nl/kom-je-langs", NL, "kom je morgen om 9u langs? dan vervangen we hem gratis.", "agreement", nil},
		{"f109/agreement/nl/kunt-u-langskomen", NL, "Kunt u vanmiddag even langskomen? Dan zet ik hem meteen goed.", "agreement", nil},
		{"f109/blame/nl/call-back-later", NL, "Mijn collega is er vandaag niet. Kunt u morgen na tien uur nog eens bellen?", "blame:management", nil},
		{"f109/question/nl/read-meter", NL, "Kunt u vandaag de stand van uw meter eens aflezen?", "", nil},
		{"f109/question/en/past-event", EN, "Did the engineer come at 3 this afternoon?", "question", nil},
		{"f109/question/en/what-time", EN, "Roughly what time did it cut out this morning?", "question", nil},
	}
}
