package scoring

// Frames (round 23, scorer -63 to -68).
//
// Blame: a question that only sends the customer to the link it gives
// ("kun je het via deze link proberen? <URL>", "have you had a look at
// this page?") is the link as the whole answer (settled case 1). No
// record of what the customer sent or did ("we have no record of your
// call", "wij hebben geen opzegging ontvangen") is denial, unless the
// customer is the subject ("sorry you haven't received it") or the agent
// helps on. Someone else said to be the one who will help ("the store
// team will be happy to help you", "die helpen u daar verder") passes the
// customer on; not help given ("glad our team could help"), the purpose
// of the customer's own step ("so our team can assist"), the agent
// bringing someone in, or a negation. The agent reporting it to a third
// party ("ik meld de schade zelf bij de verzekeraar") acts: no blame.
//
// Empathy: solidarity said of the situation ("that would have me
// panicking too", "that'd scare anyone", "dat zou mij ook storen"); what
// the problem cost the customer for nothing ("a long way to travel for
// nothing", "that's your whole week gone"), not "gratis en voor niets" or
// a cost recapped for checking; the feeling granted ("logisch dat u het
// zat bent", "I don't blame you for being angry"), not "neem me niet
// kwalijk" (an apology); "left to deal with it" is the customer's plight,
// "you'll just have to deal with it" dismisses; wishing it on no one
// ("dat gun je niemand"), a feeling denied the customer ("dat geeft geen
// veilig gevoel"), a hardship named as theirs ("frustrating when you…",
// "lastig als je…"), "moet doodeng zijn geweest".
//
// Agreement: the step or moment just proposed, checked ("werkt dat voor
// u?", "kunt u dan thuis zijn?", "will you be in then?", "gaat dat voor
// u?"). Summary: "just checking I've got this right: …?" opens a recap.
//
// Question: "more info" pointed to ("for more info, visit …") or given
// ("we've replied with more info") asks for nothing, "please tell us more
// here: <URL>" does; identifiers asked for ("DM us your account info",
// "what's the parking permit number?", "zou ik je klantnummer mogen?",
// one beside an apology) are no question, "what was missing from the
// order?" and "wat doet de printer precies, geeft hij een foutcode?" are;
// offers of help ("is er iets waar ik je mee kan helpen?", "do you still
// need help?", settled case 10) and rhetorical pushback ("what do you want
// me to do about it?", "wat verwacht je dan?") ask nothing, "what did you
// need help with?" asks.
func frames15Cases() []scorerCase {
	return []scorerCase{
		{"f23/blame/nl/link-proberen", NL, "@USER Hoi Sam, kun je het eens via deze link proberen: <URL> ? ^KD", "blame:website", nil},
		{"f23/blame/nl/link-bekeken", NL, "Heb je deze pagina al bekeken: <URL> ?", "blame:website", nil},
		{"f23/blame/en/link-try", EN, "Could you try the steps on this page: <URL> ?", "blame:website", nil},
		{"f23/blame/en/link-what-shows", EN, "What does the tracking page show for you here: <URL> ?", "question", nil},
		{"f23/question/en/more-info-visit", EN, "For more info about our plans, visit us at <URL>", "", nil},
		{"f23/question/en/tell-us-more-here", EN, "That's not right. Please tell us more here: <URL>", "question", nil},
		{"f23/question/en/more-info-call", EN, "For more info on the new fees, call us any time.", "", nil},
		{"f23/blame/en/no-record", EN, "We have no record of your cancellation call, sir.", "blame:denial", nil},
		{"f23/blame/en/not-received", EN, "We haven't received any meter reading from you this quarter.", "blame:denial", nil},
		{"f23/blame/en/you-not-received", EN, "I'm sorry you haven't received your refund yet.", "apology", nil},
		{"f23/blame/en/cant-see-acts", EN, "I can't see your payment yet, so I'll chase it with billing now.", "", nil},
		{"f23/blame/nl/geen-opzegging", NL, "Wij hebben nog geen opzegging van u ontvangen.", "blame:denial", nil},
		{"f23/blame/nl/vind-geen-mail", NL, "Ik vind geen mail van je terug over die klacht.", "blame:denial", nil},
		{"f23/blame/nl/geen-betaling-dm", NL, "Ik zie nog geen betaling binnengekomen. Stuur je me je klantnummer, zodat ik het kan nakijken?", "", nil},
		{"f23/blame/en/store-team-helps", EN, "The store team will be happy to help you with that.", "blame:management", nil},
		{"f23/blame/en/bank-should-help", EN, "Your bank should be able to help you with that charge.", "blame:supplier", nil},
		{"f23/blame/en/team-helped", EN, "Glad our team was able to help you today.", "", nil},
		{"f23/blame/en/so-team-assists", EN, "Send us a note with the details so our team can assist.", "question", nil},
		{"f23/blame/en/looping-expert", EN, "I'm looping in an expert who can help you with the setup.", "", nil},
		{"f23/blame/nl/winkel-helpt", NL, "Ga maar even langs de winkel, die helpen je daar verder.", "blame:management", nil},
		{"f23/blame/nl/dienst-kan-helpen", NL, "De technische dienst kan u daar verder mee helpen.", "blame:management", nil},
		{"f23/empathy/en/would-me-too", EN, "Three missed deliveries in a row would wind me up too.", "empathy", nil},
		{"f23/empathy/en/would-anyone", EN, "A letter like that out of the blue would scare anyone.", "empathy", nil},
		{"f23/empathy/en/would-you-me-too", EN, "Would you mind copying me in too?", "agreement", nil},
		{"f23/empathy/nl/zou-mij-ook", NL, "Dat zou mij ook ergeren, zo'n tweede aanmaning.", "empathy", nil},
		{"f23/empathy/nl/zou-iedereen", NL, "Van zo'n rekening zou iedereen schrikken.", "empathy", nil},
		{"f23/empathy/en/for-nothing", EN, "You took a morning off for nothing, I'm so sorry.", "empathy,apology", nil},
		{"f23/empathy/en/week-gone", EN, "That's your whole week gone waiting in for the fitter.", "empathy", nil},
		{"f23/empathy/en/for-nothing-recap", EN, "So you drove out to the depot for nothing and nobody called you first, have I got that right?", "summary", nil},
		{"f23/empathy/nl/voor-niks", NL, "Twee keer voor niks naar het station gereden, echt sorry.", "empathy,apology", nil},
		{"f23/empathy/nl/gratis-voor-niets", NL, "Die extra zenders krijg je gratis en voor niets bij je abonnement.", "", nil},
		{"f23/empathy/nl/logisch-zat", NL, "Logisch dat je het zat bent na drie keer bellen.", "empathy", nil},
		{"f23/empathy/en/dont-blame-you", EN, "I don't blame you for being angry after all that.", "empathy", nil},
		{"f23/empathy/nl/niet-kwalijk", NL, "Ik neem het je niet kwalijk dat je boos bent.", "empathy", nil},
		{"f23/empathy/nl/neem-me-niet-kwalijk", NL, "Neem me niet kwalijk, ik had u verkeerd verstaan.", "apology", nil},
		{"f23/apology/nl/neemt-u-het-mij", NL, "Neemt u het mij niet kwalijk dat het zo lang duurde.", "apology", nil},
		{"f23/empathy/en/left-to-deal", EN, "Left to deal with it all on your own, I'd be fuming too.", "empathy", nil},
		{"f23/empathy/en/just-deal-with-it", EN, "You'll just have to deal with it, I'd be annoyed too.", "", nil},
		{"f23/empathy/nl/gun-niemand", NL, "Drie weken zonder warm water, dat gun je niemand.", "empathy", nil},
		{"f23/empathy/en/wish-on-anyone", EN, "Three weeks without hot water, I wouldn't wish that on anyone.", "empathy", nil},
		{"f23/empathy/nl/geen-veilig-gevoel", NL, "Een voordeur die niet meer in het slot valt geeft geen veilig gevoel.", "empathy", nil},
		{"f23/empathy/en/hard-when-you", EN, "Frustrating when you've planned your whole day around the delivery.", "empathy", nil},
		{"f23/empathy/nl/lastig-als-je", NL, "Lastig als je 's avonds thuiskomt en de verwarming het niet doet.", "empathy", nil},
		{"f23/empathy/nl/moet-doodeng", NL, "Dat moet doodeng zijn geweest, midden in de nacht.", "empathy", nil},
		{"f23/agreement/nl/werkt-dat-voor-u", NL, "Ik zet de betaling terug en stuur een nieuwe pas. Werkt dat voor u?", "agreement", nil},
		{"f23/agreement/nl/goede-aanpak", NL, "Ik boek de les kosteloos opnieuw voor je in. Vind je dat een goede aanpak?", "agreement", nil},
		{"f23/agreement/nl/dan-thuis", NL, "De monteur kan vrijdag tussen acht en twaalf komen. Kunt u dan thuis zijn?", "agreement", nil},
		{"f23/agreement/en/in-then", EN, "The fitter can come on Friday between 8 and 12. Will you be in then?", "agreement", nil},
		{"f23/blame/nl/ik-meld-verzekeraar", NL, "Ik meld de schade zelf bij de verzekeraar.", "", nil},
		{"f23/question/en/whats-the-number", EN, "What's the parking permit number?", "", nil},
		{"f23/question/en/date-of-birth", EN, "Right, can I take your date of birth please?", "", nil},
		{"f23/question/nl/wat-is-kenteken", NL, "Wat is het kenteken van de auto?", "", nil},
		{"f23/question/en/missing-from-order", EN, "What was missing from the order?", "question", nil},
		{"f23/agreement/nl/gaat-dat-voor-u", NL, "Ik zet u donderdag om half vier in de agenda, gaat dat voor u?", "agreement", nil},
		{"f23/question/nl/excuses-dan-nummer", NL, "Excuses voor deze vervelende situatie, kun je me je klantnummer even sturen?", "empathy,apology", nil},
		{"f23/question/nl/nummer-dan-kijk-ik-wat", NL, "Stuur je me even je klantnummer, dan kijk ik wat ik voor je kan doen?", "agreement", nil},
		{"f23/question/nl/zou-ik-mogen", NL, "Zou ik even je klantnummer mogen in een privébericht?", "", nil},
		{"f23/question/nl/printer-precies", NL, "Wat doet de printer precies, geeft hij een foutcode?", "question", nil},
		{"f23/question/en/want-me-to-do", EN, "What do you want me to do about the weather?", "", nil},
		{"f23/question/en/what-would-you-have-done", EN, "And what would you have done if the fitter hadn't turned up at all?", "", nil},
		{"f23/question/nl/wat-verwacht-je", NL, "Wat verwacht je dan dat ik doe, de bus zelf besturen?", "blame:denial", nil}, // settled 26 (relabelled at -80)
		{"f23/question/en/what-happened-then", EN, "What happened when the driver knocked?", "question", nil},
		{"f23/summary/en/just-checking", EN, "Just checking I've got this right: the heater broke on Friday, nobody came out, and you've been without heat since?", "summary", nil},
		{"f23/question/en/replied-more-info", EN, "We've replied to your email with more info on the refund.", "", nil},
		{"f23/question/en/account-info", EN, "Can you DM us your account info?", "", nil},
		{"f23/question/nl/account-info", NL, "Kun je me je account info even doorsturen?", "", nil},
		{"f23/question/nl/iets-waar-helpen", NL, "Is er iets waar ik je nog mee kan helpen?", "", nil},
		{"f23/question/nl/nog-iets-doen", NL, "Is er anders nog iets dat ik vandaag voor u kan doen?", "", nil},
		{"f23/question/nl/hulp-nodig", NL, "Heb je daar nog hulp bij nodig?", "", nil},
		{"f23/question/en/still-need-help", EN, "Do you still need help with the router?", "", nil},
		{"f23/question/en/what-need-help", EN, "What did you need help with today?", "question", nil},
		{"f23/blame/nl/winkel-niet", NL, "De winkel kan je daar niet mee helpen, dat regel ik zelf voor je.", "", nil},
	}
}
