package scoring

// A second round of cases, written after the first tables, with fresh
// wording for the same rubric lines (../shared/RUBRIC.md).

func extraCases() []scorerCase {
	return []scorerCase{
		// RUBRIC empathy yes: recognises what the customer feels or what the
		// problem does to them; no: dismissive forms.
		{"extra/empathy/nl/wakker-liggen", NL, "Ik kan me goed voorstellen dat u hier wakker van ligt.", "empathy", nil},
		{"extra/empathy/nl/geen-idee-boos", NL, "Ik heb geen idee waarom u boos bent.", "", nil},
		{"extra/empathy/en/only-imagine", EN, "I can only imagine how annoying that must be.", "empathy", nil},
		{"extra/empathy/en/livid-too", EN, "I'd be livid too if that happened to me.", "empathy", nil},
		// RUBRIC settled (revised): without "om te horen", "wat vervelend dat …"
		// acknowledges what the customer goes through: empathy, not apology.
		{"extra/empathy/nl/vervelend-chagrijnig", NL, "Wat vervelend dat u zo lang zonder verwarming zat, daar zou ik ook chagrijnig van worden.", "empathy", nil},

		// RUBRIC apology yes: the agent or company expresses regret; no: an
		// apology undone by "but/maar", a refusal.
		{"extra/apology/nl/spijt-ons", NL, "Het spijt ons enorm dat de technicus niet is gekomen.", "apology", nil},
		{"extra/apology/nl/niet-kwalijk", NL, "Neem me niet kwalijk, dat was mijn fout.", "apology", nil},
		{"extra/apology/nl/excuses-maar-beleid", NL, "Excuses, maar dat is nu eenmaal ons beleid.", "blame:contract", nil},
		{"extra/apology/nl/spijt-me-niet", NL, "Het spijt me niet, u heeft zelf het verkeerde pakket besteld.", "blame:customer", nil},
		{"extra/apology/en/sorry-but-company-policy", EN, "Sorry, but that's company policy.", "blame:contract", nil},

		// RUBRIC blame kinds, fresh wording.
		{"extra/blame/nl/bezorgdienst", NL, "Dat is de schuld van de bezorgdienst.", "blame:supplier", nil},
		{"extra/blame/nl/zelf-controleren", NL, "Dat had u zelf moeten controleren.", "blame:customer", nil},
		{"extra/blame/nl/zou-niet-weten", NL, "Ik zou niet weten waarom dat onze schuld zou zijn.", "blame:denial", nil},
		{"extra/blame/en/not-down-to-us", EN, "That's not down to us.", "blame:denial", nil},
		{"extra/blame/en/airline", EN, "It's the airline that cancelled, not us.", "blame:supplier", nil},
		{"extra/blame/en/sales-department", EN, "You'll need to contact the sales department for that.", "blame:management", nil},
		{"extra/blame/en/outside-remit", EN, "That's outside my remit, you'll need to speak to billing.", "blame:management", nil},
		{"extra/blame/en/help-pages", EN, "Everything you need is on our help pages.", "blame:website", nil},
		{"extra/blame/en/didnt-follow", EN, "You didn't follow the instructions.", "blame:customer", nil},

		// RUBRIC callback yes: clock time, part of a named day, short bounded
		// interval; no: a day without time of day, vague.
		{"extra/callback/nl/elf-uur", NL, "Ik neem morgen om elf uur contact met u op.", "callback", nil},
		{"extra/callback/nl/loop-van-de-ochtend", NL, "Ik bel u morgen in de loop van de ochtend.", "callback", nil},
		{"extra/callback/nl/halfuur", NL, "Ik bel u over een halfuur terug.", "callback", nil},
		{"extra/callback/nl/sms-voor-17", NL, "Ik stuur u voor 17.00 uur een sms met de nieuwe afspraak.", "callback", nil},
		{"extra/callback/nl/na-weekend", NL, "Ik bel u na het weekend.", "", nil},
		{"extra/callback/nl/dinsdag", NL, "Ik bel u dinsdag terug.", "", nil},
		{"extra/callback/en/30-minutes", EN, "I'll call you back in 30 minutes.", "callback", nil},
		{"extra/callback/en/half-past-two", EN, "I'll give you a ring at half past two.", "callback", nil},
		{"extra/callback/en/next-week", EN, "I'll call you next week.", "", nil},
		{"extra/callback/en/due-course", EN, "I'll be in touch in due course.", "", nil},

		// RUBRIC question yes: new information about the problem; settled:
		// an identifier only is not.
		{"extra/question/nl/hoe-lang", NL, "Hoe lang duurt het al?", "question", nil},
		{"extra/question/nl/foto-schade", NL, "Kunt u een foto van de schade sturen?", "question", nil},
		{"extra/question/nl/emailadres", NL, "Wat is uw e-mailadres?", "", nil},
		{"extra/question/nl/klantnummer-sturen", NL, "Kunt u uw klantnummer even sturen?", "", nil},
		{"extra/question/en/photo-damage", EN, "Could you send us a photo of the damage?", "question", nil},
		{"extra/question/en/email-address", EN, "What's your email address?", "", nil},
		{"extra/question/en/booking-reference", EN, "Could you share your booking reference?", "", nil},

		// RUBRIC overpromise yes: guarantees about outcomes the agent cannot
		// control.
		{"extra/overpromise/nl/beloof-niet-meer-fout", NL, "Dit gaat echt niet meer fout, dat beloof ik.", "overpromise", nil},
		{"extra/overpromise/en/sorted-by-tonight", EN, "I promise it will be sorted by tonight.", "overpromise", nil},
		{"extra/overpromise/en/assure-you", EN, "This won't happen again, I can assure you.", "overpromise", nil},

		// RUBRIC agreement yes: asks whether the proposed step suits the
		// customer.
		{"extra/agreement/nl/goed-plan", NL, "Vindt u dat een goed plan?", "agreement", nil},
		{"extra/agreement/en/okay-with-that", EN, "Would you be okay with that?", "agreement", nil},
		{"extra/agreement/en/how-does-that-sound", EN, "How does that sound to you?", "agreement", nil},
	}
}
