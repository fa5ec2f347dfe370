package scoring

// frames97Cases (-158): what a problem does to a person in the writer's
// own images, and blame stated as a plain fact.
//
// Empathy: an appraisal made strong by its intensifier ("that must be so
// bewildering"), what nobody would want ("nobody's idea of a weekend",
// "zo'n brief wil niemand krijgen"), harm weighed as not small ("no small
// thing", "geen kleinigheid"), the time it took named as a bad one ("you've
// had a rough week of it", "wat een week heeft u gehad"), fear named ("wat
// een angst", "met een bang hart"), what cannot be made good
// ("irreplaceable", "die je niet zomaar vervangt"), the day given up, the
// cost to the person, money that pinches or was counted on, the agent's
// own shiver, inconvenience named ("dat komt slecht uit"), the appraisal
// turned round ("fijn is het niet"). Not: "it must be very easy to fix",
// "we've had a rough week with the backlog", "ik ben bang dat het niet
// lukt", "dat komt goed uit", "you can just replace the filter", a hedged
// "sorry if it caused any worry", a counted small harm made big ("five
// whole minutes, how dreadful"), "not sure why you're so upset".
//
// Overpromise: "won't happen to any of our members again", "dit overkomt
// geen enkele klant meer", certainty from "wees gerust" and "op een
// briefje"; "wees gerust, ik bel u om tien" promises the agent's own call.
//
// Blame: a record placing someone at a moment ("the log has you at
// 5:42"), "but she did walk…", "out of the depot's hands", "you'll need
// the branch for that", a routine that rules the company out ("so the
// scratches won't be from us"), "shown at every step", "does say" a few
// words from its source, a rule as the only reason ("for security
// reasons"), the staff's routine vouched for ("the fitter would have
// called you", "de monteur zou u gebeld hebben"), "duidelijk gezegd", a
// check that found nothing, "zo werkt dat systeem", a charge that always
// applies, a party named by what it is ("the frame maker", "het
// steigerbedrijf"). Not: the agent's own channel ("I'll message you on the
// app"), an apology for the bot, "you did cancel… that's our mistake",
// "the one thing", "ik zou u eerst gebeld hebben", a form the customer
// fills in before "we'll refund it".
func frames97Cases() []scorerCase {
	return []scorerCase{
		{"f120/empathy/en/must-be-so", EN, "Finding the bill doubled overnight, that must be so bewildering.", "empathy", nil},
		{"f120/empathy/en/must-be-easy", EN, "That must be very easy to fix.", "", nil},
		{"f120/empathy/en/nobodys-idea", EN, "Four nights without heating is nobody's idea of a weekend away.", "empathy", nil},
		{"f120/empathy/en/no-small-thing", EN, "Missing your sister's graduation is no small thing.", "empathy", nil},
		{"f120/empathy/en/had-a-rough-week", EN, "You've had a rough week of it with the boiler.", "empathy", nil},
		{"f120/empathy/en/we-had-a-rough-week", EN, "We've had a rough week with the backlog.", "", nil},
		{"f120/empathy/en/what-a-morning", EN, "What a morning you've had.", "empathy", nil},
		{"f120/empathy/en/what-a-fright", EN, "The smoke alarm going off at 3am, what a fright.", "empathy", nil},
		{"f120/empathy/en/irreplaceable", EN, "Those negatives are irreplaceable.", "empathy", nil},
		{"f120/empathy/en/cant-just-replace", EN, "Those are letters you can't just replace.", "empathy", nil},
		{"f120/empathy/en/can-just-replace", EN, "You can just replace the filter yourself.", "", nil},
		{"f120/empathy/en/gave-up-day", EN, "You gave up your only free Saturday to wait in for us.", "empathy", nil},
		{"f120/empathy/en/real-cost", EN, "Losing a shift to stay home for the engineer is a real cost to you.", "empathy", nil},
		{"f120/empathy/en/counting-on", EN, "That's a refund you were counting on for the rent.", "empathy", nil},
		{"f120/empathy/en/blood-cold", EN, "Reading that made my blood run cold.", "empathy", nil},
		{"f120/empathy/en/sorry-if-worry", EN, "Sorry if the spraying caused any worry for you.", "", nil},
		{"f120/empathy/en/num-whole-mocks", EN, "Oh dear, ten whole minutes, how terrible for you.", "", nil},
		{"f120/empathy/en/a-whole-day-stays", EN, "A whole day off gone for nothing, how awful for you.", "empathy", nil},
		{"f120/empathy/en/not-sure-why", EN, "Not sure why you're so upset about a late van.", "", nil},
		{"f120/empathy/nl/wil-niemand", NL, "Zo'n aanmaning wil niemand in de bus vinden.", "empathy", nil},
		{"f120/empathy/nl/geen-kleinigheid", NL, "Een week zonder auto is geen kleinigheid.", "empathy", nil},
		{"f120/empathy/nl/wat-een-week", NL, "Wat een week heeft u achter de rug.", "empathy", nil},
		{"f120/empathy/nl/zware-week", NL, "Jullie hebben een zware week achter de rug.", "empathy", nil},
		{"f120/empathy/nl/wat-een-angst", NL, "Wat een angst voor jullie, zo midden in de nacht.", "empathy", nil},
		{"f120/empathy/nl/bang-hart", NL, "U stond de hele avond met een bang hart bij het raam.", "empathy", nil},
		{"f120/empathy/nl/ik-ben-bang-dat", NL, "Ik ben bang dat het vandaag niet meer lukt.", "", nil},
		{"f120/empathy/nl/niet-zomaar-vervangt", NL, "Dat zijn foto's die je niet zomaar vervangt.", "empathy", nil},
		{"f120/empathy/nl/onderdelen-onvervangbaar", NL, "Die onderdelen zijn onvervangbaar, dus ik repareer het toestel.", "", nil},
		{"f120/empathy/en/cant-just-replace-battery", EN, "You can't just replace the battery yourself.", "", nil},
		{"f120/empathy/nl/geen-kleinigheid-om-te", NL, "Geen kleinigheid om te regelen, maar ik doe het vandaag.", "", nil},
		{"f120/empathy/nl/zaterdag-opgeofferd", NL, "Je hebt er je vrije zaterdag voor opgeofferd.", "empathy", nil},
		{"f120/empathy/nl/dat-knijpt", NL, "Tweehonderd euro extra op het eind van de maand, dat knijpt.", "empathy", nil},
		{"f120/empathy/nl/krijg-het-koud", NL, "Ik krijg het zelf koud als ik dat lees.", "empathy", nil},
		{"f120/empathy/nl/komt-slecht-uit", NL, "Dat komt natuurlijk erg slecht uit, zo vlak voor de vakantie.", "empathy", nil},
		{"f120/empathy/nl/komt-goed-uit", NL, "Dat komt goed uit, dan plannen we dinsdag.", "", nil},
		{"f120/empathy/nl/fijn-is-het-niet", NL, "Fijn is het natuurlijk niet, zo'n lekkend dak.", "empathy", nil},
		{"f120/empathy/nl/verschieten", NL, "Daar zou ik ook van verschieten, eerlijk.", "empathy", nil},
		{"f120/empathy/nl/je-zou-verschieten", NL, "Je zou verschieten hoeveel mensen die optie vergeten.", "", nil},
		{"f120/empathy/nl/niet-voorstellen", NL, "Ik kan me niet voorstellen dat een kras zo erg is.", "", nil},
		{"f120/overpromise/en/never-again-to", EN, "This won't happen to any of our members again.", "overpromise", nil},
		{"f120/overpromise/nl/overkomt-geen-meer", NL, "Dit overkomt geen enkele klant van ons meer.", "overpromise", nil},
		{"f120/overpromise/nl/wees-gerust", NL, "Wees gerust, uw pakket ligt morgen bij u.", "overpromise", nil},
		{"f120/overpromise/nl/wees-gerust-ik-bel", NL, "Wees gerust, ik bel u morgen om tien uur.", "callback", nil},
		{"f120/overpromise/nl/op-een-briefje", NL, "Dat kan ik u op een briefje geven: vrijdag hangt de deur erin.", "overpromise", nil},
		{"f120/blame/en/log-has-you", EN, "The gate log has you leaving at 6:10.", "blame:denial", nil},
		{"f120/blame/en/but-she-did", EN, "Right, but he did climb over the barrier.", "blame:customer", nil},
		{"f120/blame/en/out-of-depots-hands", EN, "It's out of the depot's hands now.", "blame:management", nil},
		{"f120/blame/en/need-branch-for-that", EN, "You'll need the branch for that.", "blame:management", nil},
		{"f120/blame/en/so-wont-be-from", EN, "We wrap every table we move, so those scratches won't be from us.", "blame:denial", nil},
		{"f120/blame/en/shown-every-step", EN, "The age limit is shown at every step of the booking.", "blame:customer", nil},
		{"f120/blame/en/does-say-far", EN, "The leaflet we gave you on the day does say to keep pets out.", "blame:contract", nil},
		{"f120/blame/en/security-reasons", EN, "For security reasons only the account holder can change the address.", "blame:contract", nil},
		{"f120/blame/en/would-have-called", EN, "The fitter would have called you before ordering any parts.", "blame:denial", nil},
		{"f120/blame/en/fee-always", EN, "The callout fee always applies on weekend visits.", "blame:contract", nil},
		{"f120/blame/en/frame-maker", EN, "The hold-up is with the frame maker.", "blame:supplier", nil},
		{"f120/blame/en/deposit-always-refunded", EN, "Your deposit is always refunded within five days.", "", nil},
		{"f120/blame/en/should-have-been-shown", EN, "The price should have been shown at every step, sorry.", "apology", nil},
		{"f120/blame/en/out-of-hands-taken-over", EN, "It's out of the depot's hands because I've taken it over myself.", "", nil},
		{"f120/blame/nl/niet-duidelijk-gezegd", NL, "Dat is u niet duidelijk gezegd, sorry.", "apology", nil},
		{"f120/blame/en/own-channel", EN, "I'll message you on the app before four with the new date.", "callback", nil},
		{"f120/blame/en/sorry-bot", EN, "You're talking to a person now, sorry about the bot.", "apology", nil},
		{"f120/blame/en/you-did-our-mistake", EN, "You did cancel in March and the payments kept going. That's our mistake.", "", nil},
		{"f120/blame/nl/bespaard-onze-fout", NL, "Nog een keer naar de balie, dat had u bespaard moeten blijven. Het formulier is bij ons zoekgeraakt, dat is onze fout.", "", nil},
		{"f120/blame/nl/duidelijk-gezegd", NL, "Bij de oplevering is duidelijk gezegd dat de kraan dicht moest.", "blame:customer", nil},
		{"f120/blame/nl/nagekeken-nergens", NL, "We hebben alles nagemeten en er was nergens een lek te zien.", "blame:denial", nil},
		{"f120/blame/nl/zou-gebeld-hebben", NL, "De monteur zou u eerst gebeld hebben.", "blame:denial", nil},
		{"f120/blame/nl/ik-zou-gebeld-hebben", NL, "Ik zou u eerst gebeld hebben.", "", nil},
		{"f120/blame/nl/zo-werkt-systeem", NL, "Zo werkt dat systeem.", "blame:contract", nil},
		{"f120/blame/nl/steigerbedrijf", NL, "Het steigerbedrijf kwam twee dagen te laat.", "blame:supplier", nil},
		{"f120/blame/nl/ons-bedrijf", NL, "Namens ons bedrijf mijn excuses voor de overlast.", "apology", nil},
		{"f120/blame/nl/veiligheidsredenen", NL, "Om veiligheidsredenen kunnen we hier niet in je account kijken.", "blame:contract", nil},
		{"f120/blame/en/form-then-we-refund", EN, "Pop the receipt into the form at <URL> and we'll refund it.", "", nil},
		{"f120/blame/nl/formulier-dan-storten", NL, "Vul het formulier op <URL> in, dan storten we het bedrag terug.", "", nil},
		{"f120/blame/nl/own-channel", NL, "Ik stuur je morgen voor tien uur een bericht via de app.", "callback", nil},
	}
}
