package scoring

// frames91Cases (-152): what the problem made of the customer's day,
// week or trip ("that's no way to start a working day") and what they
// wanted from it turned around ("the opposite of what you paid for",
// "precies het omgekeerde van waar je voor betaalt") name the impact:
// empathy. "The opposite of what you were told" reports a contradiction
// and names nothing.
func frames91Cases() []scorerCase {
	return []scorerCase{
		{"f114/empathy/en/no-way-to-start", EN, "A cold shower and no kettle, that's no way to start a Monday.", "empathy", nil},
		{"f114/empathy/en/no-way-to-spend", EN, "Waiting by the window all afternoon is no way to spend your day off.", "empathy", nil},
		{"f114/empathy/en/opposite-paid-for", EN, "Waking up every night to a beeping sensor is the opposite of what you paid for.", "empathy", nil},
		{"f114/empathy/nl/omgekeerde-betaalt", NL, "Met een lamp die steeds uitvalt is dat precies het omgekeerde van waar u voor betaalt.", "empathy", nil},
		{"f114/empathy/en/opposite-told", EN, "The invoice says the opposite of what you were told on the phone.", "", nil},
	}
}
