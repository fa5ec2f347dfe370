package scoring

// frames88Cases (-149): where the facts were shown to the customer,
// given as the answer, is contract blame ("the opening hours are
// displayed on the door"), unless it asks what was shown or supposes it
// ("if it was listed there, …"); "what a mess" and "such a shame" over
// what happened to the customer are empathy (settled rule 22); a
// problem said not to come back is an overpromise even after "so"
// ("…, so you won't have any more dropouts"), while "so you won't have
// to explain it again" follows the agent's own step.
func frames88Cases() []scorerCase {
	return []scorerCase{
		{"f111/blame/en/shown-on-door", EN, "The depot shuts at four on Saturdays, the opening hours are displayed on the door.", "blame:contract", nil},
		{"f111/blame/en/listed-on-page", EN, "Collection charges for your area are all listed on our pricing page: <URL>", "blame:contract", nil},
		{"f111/blame/en/printed-on-voucher", EN, "The expiry date was printed on the voucher itself.", "blame:contract", nil},
		{"f111/blame/en/shown-asks", EN, "What time is printed on the parking ticket?", "question", nil},
		{"f111/blame/en/shown-supposed", EN, "If the fee was listed on the booking page, then you should not have paid it at the desk, and I'll refund it today.", "", nil},
		{"f111/blame/en/shown-negated", EN, "That surcharge was not shown on the checkout page, so I'm taking it off now.", "", nil},
		{"f111/empathy/en/what-a-mess", EN, "What a mess to come back to after a week away, I'm so sorry.", "empathy,apology", nil},
		{"f111/empathy/en/such-a-shame", EN, "Oh, that's such a shame, the cake was the whole point of the day.", "empathy,apology", nil},
		{"f111/empathy/en/mess-in-shop", EN, "Sorry for the mess in the fitting rooms earlier.", "apology", nil},
		{"f111/overpromise/en/so-no-more", EN, "The technician replaced the valve this morning, so you won't have any more leaks now.", "overpromise", nil},
		{"f111/overpromise/en/so-see-again", EN, "That bug is fixed in Tuesday's release, so you won't see that error again.", "overpromise", nil},
		{"f111/overpromise/en/so-effort", EN, "I'm keeping your claim under my own name, so you won't have to explain it all again.", "", nil},
		{"f111/overpromise/en/so-own-step", EN, "I've turned off paper bills for you, so you won't be charged the fee again.", "", nil},
	}
}
