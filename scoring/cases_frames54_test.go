package scoring

// frames109Cases (-172): from the misses on the train parts of batches dw
// and dx.
//
// "Booking fees are non-refundable" is the terms as the reason, written
// as one word too; a non-refundable room the agent pays for is not. A
// notice that "is verstuurd" may be a Dutch compound
// ("betalingsherinnering"). "There is no record of…" with no one named
// means the company's own records, unless someone else is quoted. An
// interjection before an echo ("Hm, maar drie glazen?") leaves it an echo;
// before a real question ("Oei, is uw dochter in orde?") it still asks.
func frames109Cases() []scorerCase {
	return []scorerCase{
		{"f132/blame/en/fees-non-refundable", EN, "Tickets for that evening are non-refundable.", "blame:contract", nil},
		{"f132/blame/nl/niet-restitueerbaar", NL, "Tickets voor die avond zijn niet-restitueerbaar.", "blame:contract", nil},
		{"f132/blame/en/non-refundable-room-paid", EN, "We booked you a non-refundable room, so I'll cover it myself.", "", nil},
		{"f132/blame/nl/herinnering-verstuurd", NL, "De betalingsherinnering is op 2 mei naar uw adres verstuurd.", "blame:denial", nil},
		{"f132/blame/nl/herinnering-niet-verstuurd", NL, "De betalingsherinnering is niet verstuurd, dat had wel gemoeten.", "", nil},
		{"f132/blame/en/there-is-no-record", EN, "Unfortunately there is no record of a refund request on your account.", "blame:denial", nil},
		{"f132/blame/nl/is-er-geen-opzegging", NL, "Helaas is er geen opzegging ontvangen.", "blame:denial", nil},
		{"f132/blame/en/neighbour-says-no-record", EN, "Your neighbour says there's no record of it.", "", nil},
		{"f132/blame/nl/geen-opzegging-zelf-door", NL, "Er is geen opzegging ontvangen, dus ik zet hem nu zelf door.", "", nil},
		{"f132/question/nl/hm-maar-drie", NL, "Hm, maar twee stukken taart?", "", nil},
		{"f132/question/en/wow-only-two", EN, "Wow, only two slices?", "", nil},
		{"f132/question/nl/oei-dochter", NL, "Oei, is uw dochter in orde?", "empathy,question", nil},
		{"f132/question/en/oh-no-son", EN, "Oh no, is your son alright?", "empathy,question", nil},
		{"f132/question/nl/dag-vijf-al", NL, "Dag 5 al?", "", nil},
	}
}
