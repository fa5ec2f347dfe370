package scoring

// frames81Cases (-142): news put as a question asks nothing ("Wist je
// dat…?", "Did you know we…?"); a proposed slot or remedy checked in
// other words is agreement, not a question ("Komt die dag u uit?",
// "Komt dat u gelegen?", "past 14.15 uur?", "Past dinsdagmiddag?",
// "Lijkt u dat een goede oplossing?", "Does that sound reasonable to
// you?", "Would a voucher be okay?"); an open "welke dag komt u het
// beste uit?" stays neither (settled rule 15: availability).
func frames81Cases() []scorerCase {
	return []scorerCase{
		{"f104/question/nl/wist-je-dat", NL, "Wist je dat we het pakket ook bij de buren kunnen afleveren?", "", nil},
		{"f104/question/en/did-you-know", EN, "Did you know we can hold parcels at the desk for a week?", "", nil},
		{"f104/agreement/nl/komt-die-dag-uit", NL, "De monteur kan donderdag tussen 8 en 12. Komt die dag u uit?", "agreement", nil},
		{"f104/agreement/nl/komt-gelegen", NL, "Ik heb uw dossier nu zelf in handen. Komt dat u gelegen?", "agreement", nil},
		{"f104/agreement/nl/past-tijd", NL, "Ik zet een nieuwe afspraak klaar, past 14.15 uur?", "agreement", nil},
		{"f104/agreement/nl/past-dagdeel", NL, "Ik stuur een monteur. Past dinsdagmiddag?", "agreement", nil},
		{"f104/agreement/nl/goede-oplossing", NL, "Ik kan de helft terugstorten. Lijkt u dat een goede oplossing?", "agreement", nil},
		{"f104/agreement/en/sound-reasonable", EN, "I can refund the delivery charge today. Does that sound reasonable to you?", "agreement", nil},
		{"f104/agreement/en/voucher-okay", EN, "Would a voucher be okay for you?", "agreement", nil},
		{"f104/agreement/nl/welke-dag-open", NL, "Welke dag komt u het beste uit?", "", nil},
	}
}
