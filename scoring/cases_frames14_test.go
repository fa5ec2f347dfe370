package scoring

// Frames (round 22): the company's own people, equipment or checks
// vouched for as the answer to a complaint (rubric: denial, "our side is
// fine"): "our cameras are accurate", "the engineer is very
// experienced", "elke meter wordt bij ons geijkt", "we always check every
// order". Each with a near twin the frame must leave alone: negated
// (owning it), supposed ("once it has been checked…"), asked, or said
// beside the agent acting or what will happen. The customer's own step,
// supposed undone, as what would have prevented it: "if you'd sent it
// together it would've been quicker", "had u het formulier ingestuurd,
// dan was het geregeld"; not an offer ("if you'd like…"), the agent's own
// "if I'd known", a question, or an if-clause after the agent owns it.
// What the customer's own way of doing things gets them: "als je hem
// buiten laat staan, krijg je dat", "that can happen if you wash it at
// sixty"; not when the clause goes on ("als u belt, krijgt u dat bedrag
// terug") or a third party does it. Empathy: asking after the person
// after a scare ("are you okay?", "is your son alright now?", "gaat het
// wel goed met je?"), settled in batches s, ag and am; not a plan check
// ("are you okay with a call at four?") or a thing ("is the router okay?").
// Summary: a Dutch lead-in that announces the recap before a colon ("Even
// voor de duidelijkheid: …", "Ik noteer even: …", "Als ik het goed lees:
// …"), and its closing check ("Heb ik dat goed?") is no agreement; the
// same words before a plan are no summary. A self-service channel beside
// the agent refusing to do it ("dat kan ik niet voor je doen") is the
// customer sent there instead of helped, even when it says exactly where.
// The bare pointer ("you can change the delivery slot in the app") was
// the near twin here, with no blame; at -197 it is website blame, as the
// corpus labels every such reply to a complaint and as a reply scored
// without a customer message answers a complaint (since -193). The agent
// doing it in the app is the near twin now.
// "Let me trace it", "laat me even nakijken" is the agent acting, as
// "I'll trace it" is.
func frames14Cases() []scorerCase {
	return []scorerCase{
		{"f22/blame/en/kit-accurate", EN, "The speed cameras on that road are accurate, they're calibrated every quarter.", "blame:denial", nil},
		{"f22/blame/en/kit-not-calibrated", EN, "Our scales weren't calibrated last month, that's on us.", "", nil},
		{"f22/blame/en/staff-trained", EN, "Our fitters are fully qualified, so the fitting was done properly.", "blame:denial", nil},
		{"f22/blame/en/staff-trained-acts", EN, "Our fitters are fully qualified for this and I'll book one for nine tomorrow.", "", nil},
		{"f22/blame/en/staff-will", EN, "The plumber is experienced with this boiler and will be there at ten.", "", nil},
		{"f22/blame/en/every-tested", EN, "Every charger is tested before it leaves the warehouse.", "blame:denial", nil},
		{"f22/blame/en/once-checked", EN, "Once the charger has been returned and checked, we refund it.", "", nil},
		{"f22/blame/en/asked-checked", EN, "Was the charger tested before it was sent?", "question", nil},
		{"f22/blame/en/routine-check", EN, "We always check the seals before a van leaves.", "blame:denial", nil},
		{"f22/blame/nl/kit-geijkt", NL, "Elke watermeter wordt bij ons jaarlijks geijkt.", "blame:denial", nil},
		{"f22/blame/nl/kit-niet-geijkt", NL, "Onze weegschaal was niet geijkt, dat is onze fout.", "", nil},
		{"f22/blame/nl/staff-opgeleid", NL, "Onze bezorgers zijn goed opgeleid om pakketten voorzichtig te behandelen.", "blame:denial", nil},
		{"f22/blame/nl/staff-opgeleid-acts", NL, "Onze monteurs zijn opgeleid voor dit soort storingen, ik stuur er morgenochtend een.", "", nil},
		{"f22/blame/nl/zodra-getest", NL, "Zodra het toestel bij ons is getest, sturen we het terug.", "", nil},
		{"f22/blame/nl/routine-controle", NL, "Wij controleren altijd elke bestelling voor verzending.", "blame:denial", nil},
		{"f22/blame/en/if-you-had", EN, "If you'd booked the slot online it would have been confirmed straight away.", "blame:customer", nil},
		{"f22/blame/en/had-you", EN, "Had you kept the old router, this would have been a five-minute fix.", "blame:customer", nil},
		{"f22/blame/en/if-you-would-like", EN, "If you'd like a copy of the invoice, I can email it today.", "", nil},
		{"f22/blame/en/if-i-had", EN, "If I'd known about the move, I would have changed the address myself.", "", nil},
		// the sorry holds only if the customer had cancelled: settled rule 31 makes it conditional (no apology; relabelled at -150)
		{"f22/blame/en/owns-then-if", EN, "That charge shouldn't have gone out if you'd already cancelled, I'm sorry.", "", nil},
		{"f22/blame/nl/als-je-had", NL, "Als je de stand op tijd had doorgegeven, was die schatting er nooit gekomen.", "blame:customer", nil},
		{"f22/blame/nl/had-u", NL, "Had u het formulier vorige week ingestuurd, dan was uw pas al onderweg.", "blame:customer", nil},
		{"f22/blame/nl/als-ik-had", NL, "Als ik dat had geweten, had ik het adres zelf aangepast.", "", nil},
		{"f22/blame/nl/had-u-vraag", NL, "Had u al eerder gebeld over deze storing?", "question", nil},
		{"f22/blame/nl/if-you-get-that", NL, "Als je de fiets de hele winter buiten zet, krijg je dat.", "blame:customer", nil},
		{"f22/blame/nl/if-you-get-refund", NL, "Als u vandaag nog belt, krijgt u dat bedrag terug.", "", nil},
		{"f22/blame/nl/happens-if-you", NL, "Zoiets kan gebeuren als je de filter nooit schoonmaakt.", "blame:customer", nil},
		{"f22/blame/en/if-you-what-happens", EN, "If you leave the heating on frost mode all week, that's what happens.", "blame:customer", nil},
		{"f22/blame/en/happens-if-you", EN, "That can happen if you wash it at sixty.", "blame:customer", nil},
		{"f22/blame/en/happens-if-courier", EN, "That can happen if the courier leaves it in the rain.", "", nil},
		{"f22/empathy/en/are-you-ok", EN, "Oh no, that sounds scary. Are you okay?", "empathy,question", nil},
		{"f22/empathy/en/is-your-son-ok", EN, "Is your son alright now?", "empathy,question", nil},
		{"f22/empathy/en/ok-with-call", EN, "Are you okay with a call at four?", "agreement", nil},
		{"f22/empathy/en/router-ok", EN, "Is the router okay after the reset?", "question", nil},
		{"f22/empathy/nl/gaat-het-goed", NL, "Gaat het wel goed met je na die val?", "empathy,question", nil},
		{"f22/empathy/nl/iemand-gewond", NL, "Is er iemand gewond geraakt bij de lekkage?", "empathy,question", nil},
		{"f22/empathy/nl/niemand-gewond", NL, "Er is gelukkig niemand gewond geraakt, de monteur was alleen.", "", nil},
		{"f22/summary/nl/voor-de-duidelijkheid", NL, "Even voor de duidelijkheid: je hebt de lamp op tijd teruggestuurd, hij is maandag bij ons aangekomen en je hebt nog geen geld terug.", "summary", nil},
		{"f22/summary/nl/duidelijkheid-plan", NL, "Voor de duidelijkheid: ik bel u morgen om tien uur.", "callback", nil},
		{"f22/summary/nl/ik-noteer", NL, "Ik noteer even: twee keer gebeld, niemand teruggebeld en de monteur is niet gekomen.", "summary", nil},
		{"f22/summary/nl/goed-lees", NL, "Als ik het goed lees: je abonnement is verlengd, je had opgezegd en er is toch 30 euro afgeschreven.", "summary", nil},
		{"f22/summary/nl/check-after", NL, "Voor de zekerheid: u heeft de tafel op de 3e besteld, de levering is twee keer verschoven en u heeft nog niets gehoord. Heb ik dat goed?", "summary", nil},
		{"f22/blame/en/app-cant-for-you", EN, "You can change the delivery slot in the app, I can't do that for you.", "blame:website", nil},
		{"f22/blame/en/app-answers-how", EN, "You can change the delivery slot in the app.", "blame:website", nil},
		{"f22/blame/en/app-agent-does", EN, "I've moved your delivery slot to Thursday in the app myself.", "", nil},
		{"f22/blame/nl/app-kan-niet-voor-je", NL, "Je kunt het adres zelf in de app wijzigen, dat kunnen wij niet voor je doen.", "blame:website", nil},
		{"f22/blame/nl/app-uitleg", NL, "Je kunt het adres zelf in de app wijzigen.", "blame:website", nil},
		{"f22/blame/nl/app-agent-doet", NL, "Ik heb je adres in de app al voor je aangepast.", "", nil},
		{"f22/blame/en/vouch-let-me", EN, "Every parcel is scanned at the depot, so let me trace yours with the driver now.", "", nil},
		{"f22/blame/nl/in-orde-laat-me", NL, "Bij ons is alles in orde, laat me even je lijn nakijken.", "", nil},
		{"f22/blame/nl/in-orde-alone", NL, "Bij ons is alles in orde, daar is niks mis mee.", "blame:denial", nil},
	}
}
