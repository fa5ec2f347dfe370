package scoring

// Frames (rounds 12, 13, 15 and 16; 15 and 16 at the end): advice that sends the customer to another party
// ("ik raad je aan je bank te contacteren"), a status that says our side
// is fine ("no outages are known in your area"), the agent's own check
// beside it, a bare contact link in Dutch word order, and "please phone
// the number". Each with a near twin the rule must leave alone.

func frames9Cases() []scorerCase {
	return []scorerCase{
		// advice is as binding as "you must"; advising against it, or the agent's own plan, is not
		{"f12/blame/nl/raad-aan-bank", NL, "Ik raad je aan om hiervoor even contact op te nemen met je bank.", "blame:supplier", nil},
		{"f12/blame/nl/neemt-best-contact-op", NL, "Voor die schade neemt u best contact op met de verzekeraar.", "blame:supplier", nil},
		{"f12/blame/en/suggest-you-call-dealer", EN, "I'd suggest you call the dealer about the warranty.", "blame:supplier", nil},
		{"f12/blame/en/best-get-in-touch", EN, "You'd best get in touch with the airline about your seat.", "blame:supplier", nil},
		{"f12/blame/en/advise-against-calling", EN, "I wouldn't recommend calling the courier, I'll chase them myself this afternoon.", "", nil},
		{"f12/blame/en/suggest-i-book", EN, "What I'd suggest: I'll book a courier from the depot near you for Friday morning.", "", nil},

		// no outage known, said as the answer; going on to help is a status report
		{"f12/blame/en/no-known-outages", EN, "There are no known outages on our network right now.", "blame:denial", nil},
		{"f12/blame/nl/geen-storingen-gemeld", NL, "Er zijn momenteel geen storingen gemeld in uw regio.", "blame:denial", nil},
		{"f12/blame/nl/geen-storing-en-helpt", NL, "Er is geen storing gemeld bij u in de straat, dus ik stuur nu een reset naar uw modem. Ziet u het lampje knipperen?", "question", nil},

		// our side is fine and the agent's check beside it is no help; "works again" is fixed
		{"f12/blame/nl/werkt-bij-ons-getest", NL, "Bij ons werkt de betaalpagina gewoon, ik heb het zelf net getest.", "blame:denial", nil},
		{"f12/blame/en/see-it-working-from-here", EN, "I can see the app working fine from here.", "blame:denial", nil},
		{"f12/blame/en/works-again-on-our-side", EN, "The fault is fixed and it works again on our side, I just tested it.", "", nil},
		{"f12/blame/en/back-to-normal-tomorrow", EN, "Our engineers are replacing the cable tonight, so it'll be back to normal tomorrow.", "overpromise", nil}, // no denial; back by a set day is an overpromise (rubric; fixed at -102)

		// a bare contact link in Dutch word order; "please phone the number" on a card
		{"f12/blame/nl/ons-bereiken-via-link", NL, "Je kan ons altijd bereiken via <URL>.", "blame:website", nil},
		{"f12/blame/en/please-phone-the-number", EN, "For faster help please phone the number on the back of your bill.", "blame:management", nil},
		{"f12/blame/en/pay-by-phone-agent-stays", EN, "You can pay by phone on the automated line, and I'll stay on while you do it.", "", nil},

		// round 13: "so you'll need to…" after a connective; a negated obligation is none
		{"f13/blame/en/so-you-need-to-call", EN, "That's a refunds matter so you'll need to call the refunds team.", "blame:management", nil},
		{"f13/blame/en/so-you-dont-have-to-call", EN, "I'll ring the depot myself so you don't have to call anyone else.", "", nil},
		// "ask them", "aan X vragen": a question passed to another company
		{"f13/blame/nl/moet-u-aan-de-bank-vragen", NL, "Geen idee, dat moet u aan uw bank vragen.", "blame:supplier", nil},
		// "please try resetting" is a step, not a party to contact
		{"f13/blame/en/please-try-resetting", EN, "Could you please try resetting the router in the Netgear app and let me know what the lights do?", "question", nil},
		// call or chat to start over, even "so we can look": the channel leaves the agent; the agent calling is no handoff
		{"f13/blame/en/call-or-chat-so-we-can-look", EN, "So we can look at it with you, please give us a call or start a chat: <URL>", "blame:management", nil},
		{"f13/blame/en/send-number-and-i-call", EN, "Send us your number through the form below and I'll call you this afternoon. <URL>", "callback", nil},
		// a separate company is a third party
		{"f13/blame/en/separate-company", EN, "The car park is run by a separate company, so we can't refund the ticket.", "blame:supplier", nil},
		{"f13/blame/nl/apart-bedrijf", NL, "De installateur is een apart bedrijf, daar hebben wij geen zicht op.", "blame:supplier", nil},
		// "you should have them by…" expects, it does not reproach
		{"f13/blame/en/should-have-them-by", EN, "I've sent the keys by courier, you should have them by Thursday.", "", nil},

		// round 14: regret for the customer's feeling, then a pushback; a real apology then help is none
		{"f14/blame/en/sorry-you-feel-but", EN, "I'm sorry you feel that way, but the booking was confirmed by email on the 2nd.", "blame:denial", nil},
		{"f14/blame/nl/spijt-ervaart-maar", NL, "Het spijt me dat u het zo ervaart, maar de tarieven stonden gewoon in de brochure.", "blame:contract", nil},
		{"f14/blame/en/sorry-but-i-fix", EN, "I'm so sorry you've had to chase this. I'll book the engineer for Friday morning now.", "apology", nil},
		// our measurements say the line is fine
		{"f14/blame/nl/volgens-onze-metingen-stabiel", NL, "Volgens onze metingen is de verbinding stabiel, dus aan onze kant ligt het niet.", "blame:denial", nil},
		// an objection to a fine, sent to the authority
		{"f14/blame/nl/bezwaar-bij-gemeente", NL, "Daar moet u bij de gemeente bezwaar tegen maken, wij kunnen daar niets mee.", "blame:supplier", nil},

		// the plan's limits held against the complaint; what the plan does cover is none
		{"f14/blame/nl/valt-niet-onder-polis", NL, "Schade door vorst valt niet onder uw polis.", "blame:contract", nil},
		{"f14/blame/nl/snelheid-beperkt-vanaf", NL, "Je bundel is onbeperkt, maar je snelheid wordt wel beperkt vanaf 40 GB.", "blame:contract", nil},
		{"f14/blame/en/only-valid-for", EN, "That voucher is only valid on weekdays, it says so on the back.", "blame:contract", nil},
		{"f14/blame/nl/regels-voor-iedereen", NL, "Dat zijn nu eenmaal de regels voor iedereen, ook voor u.", "blame:contract", nil},
		{"f14/blame/nl/lees-nog-eens-goed", NL, "Lees de brief nog eens goed, daar staat dat de kosten vanaf mei gelden.", "blame:customer", nil},
		{"f14/blame/nl/ik-kijk-het-goed-na", NL, "Ik kijk het nog eens goed na en bel u om drie uur terug.", "callback", nil},
		{"f14/blame/nl/onze-site-werkt-wel", NL, "Onze webshop werkt wel, bij mij laadt hij gewoon.", "blame:denial", nil},
		{"f14/blame/en/our-site-works-again", EN, "Our site is working again since ten, sorry for the wait this morning.", "apology", nil},
		{"f14/blame/nl/valt-gewoon-onder-garantie", NL, "Goed nieuws: dit valt gewoon onder uw garantie, ik stuur vandaag een nieuwe.", "", nil},

		// round 13 (overpromise): a passive outcome with a certainty word; the agent's own review is no outcome
		{"f13/overpromise/nl/wordt-goedgekeurd-garandeer", NL, "Uw aanvraag wordt deze keer goedgekeurd, dat garandeer ik u.", "overpromise", nil},
		{"f13/overpromise/en/cancelled-certainty", EN, "Send me the receipt and the fine will be cancelled, that's a certainty.", "overpromise", nil},
		{"f13/overpromise/nl/donder-op-zeggen", NL, "Het geld staat maandag op uw rekening, daar kunt u donder op zeggen.", "overpromise", nil},
		{"f13/overpromise/nl/intern-bekeken-wordt", NL, "Ik zorg ervoor dat uw klacht intern bekeken wordt.", "", nil},
		{"f13/overpromise/nl/u-weet-zeker", NL, "U weet zeker dat de deur op slot was en toch wordt uw claim afgewezen, dat is zuur.", "empathy", nil},
		{"f13/overpromise/en/hundred-percent-reliable", EN, "The meter is checked every year and gives a 100% reliable reading.", "blame:denial", nil}, // vouching for the meter is "our side is fine" (rubric, settled 3): denial since -62

		// round 15 (blame): a route to another party with no contact verb ("met de winkel", "to the
		// repairs desk"); a workaround with "ook", our own depot, a question, and the agent acting are not
		{"f15/blame/nl/met-de-winkel-regelen", NL, "Een omruiling moet je met de winkel regelen, daar kan ik niet aan.", "blame:management", nil},
		{"f15/blame/nl/naar-onze-winkels", NL, "Daarvoor moet u naar een van onze winkels, zij zetten de kaart om.", "blame:management", nil},
		{"f15/blame/en/take-to-the-repairs-desk", EN, "You'll need to take that to the repairs desk on the second floor.", "blame:management", nil},
		{"f15/blame/nl/direct-contact-klantendienst", NL, "Hiervoor neemt u best direct contact op met de facturatiedienst.", "blame:management", nil},
		{"f15/blame/nl/ook-aan-het-loket", NL, "U kunt de kaart ook aan het loket opladen als de automaat stuk is.", "", nil},
		{"f15/blame/nl/naar-ons-depot", NL, "Het oude toestel stuur je dan gratis terug naar ons depot in Gent.", "", nil},
		{"f15/blame/en/reported-to-the-bank-question", EN, "Have you already reported the card to your bank?", "question", nil},
		{"f15/blame/en/report-to-team-we-look", EN, "Please report it to our safety team and we'll look into it with them today.", "", nil},
		{"f15/blame/nl/balie-met-aanbod", NL, "Uw nieuwe kaart komt volgende week, maar u kunt morgen al contant geld halen aan de balie van ons filiaal. Zal ik dat voor u klaarzetten?", "agreement", nil},
		{"f15/blame/en/direct-message-not-a-contact", EN, "Could you send us a direct message with the tracking code?", "", nil},

		// round 17 (blame): doubting the customer ("Weet u zeker dat…?", "…, are you sure?"), our
		// tracking or measurements as the answer, "that's how X works", "is normaal" after a
		// regret for their feelings; asking whether they know something is no doubt
		{"f17/blame/nl/weet-u-zeker", NL, "Weet u zeker dat de deur goed dicht was toen u wegging?", "blame:customer", nil},
		{"f17/blame/en/are-you-sure-end", EN, "The app logs every scan, are you sure you tapped in?", "blame:customer", nil},
		{"f17/blame/nl/weet-je-of", NL, "Weet je of de buren ook geen stroom hebben?", "question", nil},
		{"f17/blame/en/tracking-shows", EN, "Our tracking shows the van reached your street at 9:40, so it was delivered.", "blame:denial", nil},
		{"f17/blame/nl/onze-metingen", NL, "Onze metingen laten zien dat de lijn tot aan uw modem in orde is.", "blame:denial", nil},
		{"f17/blame/en/thats-how-it-works", EN, "That's how the loyalty scheme works, points expire after a year.", "blame:contract", nil},
		{"f17/blame/nl/spijt-maar-normaal", NL, "Het spijt me dat u het zo ervaart, maar wat lawaai is normaal bij deze pomp.", "blame:denial", nil},
		{"f17/overpromise/nl/een-zeker-bedrag", NL, "Er wordt een zeker bedrag ingehouden tot de borg is teruggegeven.", "", nil},

		// round 17 (agreement): "would you like me to…" offers whatever it names; checking the
		// channel of a contact just promised is agreement (settled case 23), asking for one is not
		{"f17/agreement/en/like-me-to-send", EN, "I'm refunding the lamp now. Would you like me to send a voucher as well?", "agreement", nil},
		{"f17/agreement/nl/wilt-u-dat-ik-stuur", NL, "Wilt u dat ik de nieuwe pas naar uw werkadres stuur?", "agreement", nil},
		{"f17/agreement/en/may-i-have-number", EN, "May I have the phone number on the account?", "", nil},
		{"f17/agreement/nl/nummer-nog-juist", NL, "Ik bel u morgen om tien uur terug. Is dit nummer nog juist?", "callback,agreement", nil},
		{"f17/agreement/en/still-best-email", EN, "I'll email you the new contract before 5pm today. Is that still the best email?", "callback,agreement", nil},
		{"f17/agreement/nl/welk-nummer", NL, "Ik bel u binnen een uur terug. Op welk nummer kan ik u bereiken?", "callback", nil},
		{"f17/agreement/en/number-no-promise", EN, "Is this still the best number for your account?", "", nil},

		// round 17 (question): an English question in a statement's word order hands the
		// customer's words back; one that opens a clause with an auxiliary or question word asks
		{"f17/question/en/declarative-echo", EN, "The app crashed mid-payment and charged you twice?", "", nil},
		{"f17/question/en/fragment-echo", EN, "A whole week without the landline?", "", nil},
		{"f17/question/en/hi-were-you-able", EN, "Hi Sam, were you able to log in after the reset?", "question", nil},
		{"f17/question/en/dash-can-you", EN, "I'll log it as lost right now - can you describe the suitcase for me?", "question", nil},

		// round 15 (question): a question word opens it, or it asks to send something about the
		// problem; a request for a step, or for what the customer would like, does not ask
		{"f15/question/nl/op-welke-manier", NL, "Op welke manier probeer je de app te openen?", "question", nil},
		{"f15/question/en/how-are-you-trying", EN, "How are you trying to log in, with the app or the website?", "question", nil},
		{"f15/question/nl/kan-je-een-foto-sturen", NL, "Kan je ons een foto van de schade doorsturen?", "question", nil},
		{"f15/question/en/can-you-share-screenshot", EN, "Can you share a screenshot of the error with us?", "question", nil},
		{"f15/question/nl/kun-je-herstarten", NL, "Kun je de router eens herstarten?", "", nil},
		{"f15/question/nl/welke-dag-wil-je", NL, "Welke dag wil je dat de monteur langskomt?", "", nil},

		// round 16 (summary): a lead-in that announces a recap, a colon, two facts about the
		// customer; the agent's own findings after "Ik zie het:" are none, nor "as soon as we hear"
		{"f16/summary/nl/even-op-een-rij", NL, "Even op een rij: u heeft de bank op 2 mei betaald, de levering is twee keer verzet en u heeft nog niets gehoord.", "summary", nil},
		{"f16/summary/en/just-so-im-clear", EN, "Just so I'm clear: your meter was read in June, the bill still says estimated, and you've been charged twice.", "summary", nil},
		{"f16/summary/nl/ik-vat-samen", NL, "Ik vat het samen, de pakketten zijn niet geleverd en de koerier heeft uw deurbel nooit gebruikt.", "summary", nil},
		{"f16/summary/nl/ik-zie-het-findings", NL, "Ik zie het: uw pakket ligt in het depot en de koerier komt morgen terug.", "", nil},
		{"f16/summary/en/as-soon-as-we-hear", EN, "We'll let you know as soon as we hear back from the depot.", "", nil},
		{"f16/summary/en/if-we-get-cut-off", EN, "Can I take a number in case we get cut off?", "", nil},
		{"f16/summary/en/summary-noun", EN, "Your booking summary is attached to the email I sent you.", "", nil}, // at -81: the old sentence ("the fee was listed in the summary you received") pushes back with the terms, a contested blame label
		{"f16/summary/nl/dat-klopt-agrees", NL, "Dat klopt, dat bedrag is de maandprijs van uw nieuwe pakket.", "", nil},
		{"f16/summary/en/okay-so-understood", EN, "Okay, so the heating went off on Friday, the engineer never came, and you've got a newborn at home. Have I understood that correctly?", "summary", nil},
		{"f16/summary/nl/hoi-dus", NL, "Hoi Sanne, dus de lader kwam stuk aan en de vervangende lader is nu ook al kapot.", "summary", nil},
		{"f16/summary/en/get-this-straight", EN, "Let me get this straight, you were charged twice for March and the refund never arrived?", "summary", nil},
		{"f16/summary/en/so-driver-couldnt", EN, "So the driver couldn't find your flat and went off with all of your shopping?", "summary", nil},
		{"f16/summary/en/so-we-can", EN, "So we can sort this out today, could you send me your postcode?", "", nil},
		{"f16/summary/nl/dus-belofte-zou", NL, "Je hebt dus gisteren gebeld, je kreeg de belofte dat het opgelost zou worden, en er is niets gebeurd.", "summary", nil},
		{"f16/summary/en/so-sorry-not-recap", EN, "so sorry about that, you're through to a real person now and I can help.", "apology", nil},
		{"f16/summary/en/i-see-so", EN, "I see, so the invoice says March and the meter was only fitted in May.", "summary", nil},
		{"f16/summary/en/if-i-get-in-touch", EN, "Is it ok if I get in touch by email once I've spoken to the depot?", "agreement", nil},
		{"f16/summary/en/colon-when-you", EN, "Just so I've got it straight: when you booked, the page said free parking, and now the hotel charges you for it.", "summary", nil},
		{"f16/summary/nl/klopt-dat-check", NL, "U heeft twee keer betaald en de tweede keer was voor de oude woning, klopt dat?", "summary", nil},

		// round 16 (empathy): understanding said as a clause about the customer; regret, then
		// "especially when…" naming their situation; what is at stake for them
		{"f16/empathy/nl/snap-dat-u", NL, "Ik snap dat u geen zin meer hebt om nog een dag thuis te wachten.", "empathy", nil},
		{"f16/empathy/en/understand-why-you", EN, "I can understand why you don't trust the next date we give you.", "empathy", nil},
		{"f16/empathy/en/dont-understand-why", EN, "I don't understand why you're making such a fuss about a parcel.", "", nil},
		{"f16/empathy/nl/vervelend-zeker-met", NL, "Vervelend om te horen, zeker met uw verhuizing volgende week.", "apology,empathy", nil},
		{"f16/empathy/en/sorry-especially-with", EN, "Sorry about this, especially with the kids off school this week.", "apology,empathy", nil},
		{"f16/empathy/nl/bel-zeker-als", NL, "Ik bel u zeker als de monteur er is.", "", nil},
		{"f16/empathy/en/a-big-deal", EN, "Missing your sister's wedding photos is a big deal, I'm so sorry.", "apology,empathy", nil},
		{"f16/empathy/en/whats-the-big-deal", EN, "What's the big deal, it's one day late.", "", nil},
		{"f16/empathy/en/riding-on-it", EN, "I know how much is riding on this interview for you.", "empathy", nil},
		{"f16/empathy/en/get-why-stings", EN, "After twelve years you pay more than new customers do, and I get why that stings.", "empathy", nil},
		{"f16/empathy/nl/snap-waarom", NL, "Ik snap waarom dat zo tegen de borst stuit na al die jaren.", "empathy", nil},
		{"f16/empathy/en/we-can-see-why-it-failed", EN, "Send us the date so we can see why the payment failed.", "", nil},
		{"f16/empathy/en/must-have-given-fright", EN, "That must have given you an awful fright when the alarm went off at night.", "empathy", nil},
		{"f16/empathy/nl/spannend", NL, "Dat is echt spannend, zo vlak voor uw examen.", "empathy", nil},
	}
}
