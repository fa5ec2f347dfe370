package scoring

// frames114Cases (-177): from the misses on the train part of batches ec
// and ed.
//
// A tag question after a statement ("…, would it?", "…, didn't you?")
// seeks assent and asks nothing: its blame frames count as a statement's.
// "Heeft u uw polis wel eens doorgenomen?" doubts the customer as "wel
// gelezen?" does: "wel eens" is "ever", not "again". Understanding, then
// a "but" whose clause has the customer as its subject ("ik kan me
// voorstellen dat u balen, maar uw dochter gaf zelf…") lays the cause
// with the customer; the plan or a right after the subject ("…, but
// you'll have it back tomorrow", "maar je hoeft je geen zorgen te
// maken") does not. A Dutch question opened by a preposition, with no
// question word and no choice, hands a fact back ("In de kelder?").
func frames114Cases() []scorerCase {
	return []scorerCase{
		{"f137/blame/en/tag-if-you-had", EN, "If you'd renewed the parking permit when we reminded you, the van wouldn't have been clamped, would it?", "blame:customer", nil},
		{"f137/blame/en/tag-plain-question", EN, "The permit runs until June, doesn't it?", "", nil},
		{"f137/blame/nl/wel-eens-doorgelezen", NL, "Heeft u de voorwaarden van uw reisverzekering wel eens doorgelezen?", "blame:customer", nil},
		{"f137/blame/nl/imagine-but-your-daughter", NL, "Ik kan me voorstellen dat u daarvan baalt, maar uw dochter gaf zelf aan dat ze de late rit wilde.", "empathy,blame:customer", nil},
		{"f137/blame/en/understand-but-you-booked", EN, "I understand you're disappointed, but you booked the off-peak slot yourself.", "empathy,blame:customer", nil},
		{"f137/blame/en/understand-but-you-will", EN, "I understand you're disappointed, but you will have the full refund by Friday.", "empathy", nil},
		{"f137/blame/nl/snap-maar-je-hoeft", NL, "Ik snap dat je schrok, maar je hoeft je geen zorgen te maken over de boete.", "empathy", nil},
		{"f137/blame/nl/snap-maar-je-krijgt-terug", NL, "Ik snap dat je schrok, maar je krijgt het volledige bedrag morgen terug.", "empathy", nil},
		{"f137/question/nl/prep-echo", NL, "In de kelder? Daar hoort de meterkast niet te staan.", "", nil},
		{"f137/question/nl/prep-wh", NL, "In welke kamer staat de meterkast precies?", "question", nil},
		{"f137/question/nl/prep-choice", NL, "Op uw naam of op die van uw partner?", "question", nil},
	}
}

// frames115Cases (-178): from the misses on the train part of batch ee.
//
// More contractions typed without the apostrophe, as trainees type them:
// "shes off til monday", "weve no record", "hows he doing". Certainty in
// other idioms: "you can set your watch by it", "daar kun je gewoon
// vanuit gaan", "daar verandert niks meer aan" (a rule that stays, with
// no outcome promised, is none). "Onze serverlogs" are our records, and
// "geen enkele onderbreking" denies a fault as "geen storing" does.
func frames115Cases() []scorerCase {
	return []scorerCase{
		{"f138/blame/en/shes-off-ring-her", EN, "only priya can move a tasting and shes off til thursday, best to give her a ring then", "blame:management", nil},
		{"f138/question/en/hows-she-doing", EN, "oh no, hows she doing now?", "empathy,question", nil},
		{"f138/blame/en/weve-no-record", EN, "weve no record of a call from you that day.", "blame:denial", nil},
		{"f138/overpromise/en/set-your-watch", EN, "The new kiln part is with you on Tuesday at ten, you can set your watch by it.", "overpromise", nil},
		{"f138/overpromise/nl/vanuit-gaan", NL, "Vrijdag staat de nieuwe zadel bij u op de stoep, daar kunt u gewoon vanuit gaan.", "overpromise", nil},
		{"f138/overpromise/nl/verandert-niks-meer", NL, "Ik stuur een nieuwe set, maandag heeft u hem, daar verandert niks meer aan.", "overpromise", nil},
		{"f138/overpromise/nl/rule-stays", NL, "De minimumleeftijd is twaalf jaar, daar verandert niks aan.", "", nil},
		{"f138/blame/nl/serverlogs-no-interruption", NL, "In onze serverlogs zie ik die avond geen enkele onderbreking.", "blame:denial", nil},
	}
}

// frames116Cases (-179): from the misses on the train part of batch ef.
//
// A name of two capitalised words before "hands" is a third party ("it's
// in Royal Mail's hands"); "in good hands" names nobody. The booking
// record set against the customer's word ("our diary has you down for
// 10am Tuesday, not today") denies; the record confirmed ("our system
// has you down for Thursday at 2") does not. "Did you measure it before
// you flew?" asks what the customer should have checked first, as "did
// you look at it before you paid?" does.
func frames116Cases() []scorerCase {
	return []scorerCase{
		{"f139/blame/en/royal-mail-hands", EN, "Once the box is scanned out of here it's in Parcel Force's hands.", "blame:supplier", nil},
		{"f139/blame/en/good-hands", EN, "Your cello is in good hands with us.", "", nil},
		{"f139/blame/en/diary-down-not-today", EN, "Our diary has you down for 3pm on Friday, not this morning.", "blame:denial", nil},
		{"f139/blame/en/diary-down-confirmed", EN, "Our booking system has you down for Thursday at 2.", "", nil},
		{"f139/blame/en/measured-before", EN, "Did you weigh the case before you set off for the airport?", "blame:customer", nil},
		{"f139/question/en/noticed-before-left", EN, "Did you notice the scratch before the driver left?", "question", nil},
	}
}
