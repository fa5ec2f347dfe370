package scoring

// frames101Cases (-162): a question about checking before the
// customer's own act, and one in the pluperfect, reproach the customer.
//
// Blame: "did you check the size chart before ordering?", "did you read
// the instructions before fitting it?", "Had u even in de
// bevestigingsmail gekeken?", "Had je de handleiding gelezen?"; not "Had
// u de monteur al gezien…?" (what happened), "Did you notice the dent before
// the driver left?" (when the damage came), "I'll check the stock before
// ordering a new one for you."
func frames101Cases() []scorerCase {
	return []scorerCase{
		{"f124/blame/en/check-before-ordering", EN, "Did you check the size chart before ordering?", "blame:customer", nil},
		{"f124/blame/en/read-before-fitting", EN, "did you read the instructions before fitting it?", "blame:customer", nil},
		{"f124/blame/nl/had-u-gekeken", NL, "Had u even in de bevestigingsmail gekeken? Daar staat de ophaaltijd in.", "blame:customer", nil},
		{"f124/blame/nl/had-je-gelezen", NL, "Had je de handleiding gelezen voordat je begon met boren?", "blame:customer", nil},
		{"f124/blame/nl/had-u-al-gezien", NL, "Had u de monteur al gezien voordat hij weer vertrok?", "question", nil},
		{"f124/blame/en/notice-before-driver-left", EN, "Did you notice the dent before the driver left?", "question", nil},
		{"f124/blame/en/i-check-before-ordering", EN, "I'll check the stock before ordering a new one for you.", "", nil},
	}
}
