package scoring

// frames90Cases (-151): a bare "sorry" that opens a question begs
// pardon for asking ("Sorry, which platform did you say?"), not for a
// harm; "we regret it if…" and "may have been caused" are hedged; a
// "though" that closes its clause in the sentence after a sorry takes
// it back like a "but" ("Sorry about that. The deposit is held by the
// hotel though."), while "…, though I can't promise it" hedges and
// "we'll pass it on though" helps; Dutch says where the facts were
// shown with the participle last ("dat wordt bij het afrekenen ook zo
// vermeld", "dat hangt op de deur"); a yes/no question about what the
// customer did, followed by blame that leans on them or the terms,
// accuses rather than asks.
func frames90Cases() []scorerCase {
	return []scorerCase{
		{"f113/apology/en/pardon-which", EN, "Sorry, which platform did you say?", "", nil},
		{"f113/apology/en/pardon-identifier", EN, "Sorry, can I take the booking reference?", "", nil},
		{"f113/apology/nl/pardon-wat", NL, "Sorry, wat bedoelt u precies met de tweede rekening?", "", nil},
		{"f113/apology/en/sorry-then-ask", EN, "Sorry about the mix-up, which platform were you on?", "apology,question", nil},
		{"f113/apology/en/hashtag-sorry", EN, "That must have been a long wait. #sorry Could you DM us the order number so we can chase it?", "apology", nil},
		{"f113/apology/en/regret-it-if", EN, "We regret it if the class started late.", "", nil},
		{"f113/apology/en/may-have-been", EN, "We regret any upset that may have been caused by the delay.", "", nil},
		{"f113/apology/en/though-takes-back", EN, "Sorry about that. The deposit is held by the hotel though, not by us.", "blame:supplier", nil},
		{"f113/apology/en/though-hedges", EN, "I'm sorry it's taking so long. The part should be here on Friday, though I can't promise the exact day.", "apology", nil},
		{"f113/blame/nl/vermeld-bij-afrekenen", NL, "Die verzendkosten zijn vast, dat wordt bij het afrekenen ook zo vermeld.", "blame:contract", nil},
		{"f113/blame/nl/hangt-op-deur", NL, "We sluiten om vijf uur, dat hangt gewoon op de deur.", "blame:contract", nil},
		{"f113/question/nl/accused", NL, "Heeft u de jas in de droger gedaan? Dan is het uw eigen schuld dat hij gekrompen is.", "blame:customer", nil},
		{"f113/question/en/asked-then-help", EN, "Did the strap snap on the first day? I can swap it for you straight away.", "question", nil},
	}
}
